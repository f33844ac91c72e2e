// Reads for the national overview (/{locale}/overview): figures about all buyer networks for
// everyone, and the networks that have gone quiet for agency staff only. A handful of GROUP BY
// queries over columns the registry's triggers keep (lastActivityAt, NetworkCounty) and their
// indexes, so the page costs the same few queries at ten networks and at ten thousand. Drafts
// count nowhere, not even for agency staff: they are their founders' until published.
import 'server-only';

import { NetworkInitiator, NetworkStatus, OrganizationKind, type FundingKind } from '@/generated/prisma/enums';
import { COUNTIES, type CountyCode, isCountyCode } from '@/modules/accounts/client';
import { db } from '@/server/db/client';
import { MEMBER_ORGANIZATION_KINDS, memberOrganizationSql } from '@/server/member-organizations';
import { PUBLISHED_NETWORK, publishedNetworkSql } from '@/server/network-visibility';
import { shortLivedCache } from '@/server/short-lived-cache';

import { addMonths, canSeeAgencyOverview, swedishDate, type OverviewViewer } from './rules';

/** How many rows the lists show; the total is reported beside them. */
export const OVERVIEW_LIST_LIMIT = 50;
export const FUNDING_HORIZON_MONTHS = 6;
export const INACTIVITY_MONTHS = 12;

export type AreaCount = { slug: string; nameSv: string; nameEn: string; count: number };

export type FundingEnding = {
  networkSlug: string;
  networkName: string;
  /** Null for a network financed by its members' fees. */
  funderName: string | null;
  kind: FundingKind;
  /** YYYY-MM-DD */
  periodEnd: string;
};

export type NationalOverview = {
  networkCount: number;
  /** Every status and initiator type, in the enum's order, zeros included. */
  networksByStatus: Array<{ status: NetworkStatus; count: number }>;
  networksByInitiator: Array<{ initiator: NetworkInitiator; count: number }>;
  /** Distinct organisations with an active membership in any network. */
  memberOrganizationCount: number;
  memberOrganizationsByKind: Array<{ kind: OrganizationKind; count: number }>;
  /** All 21 counties in SCB order, zeros included; `null` collects organisations without a county. */
  memberOrganizationsByCounty: Array<{ countyCode: CountyCode | null; count: number }>;
  networksByArea: AreaCount[];
  fundingEnding: { from: string; to: string; rows: FundingEnding[]; total: number };
};

export type InactiveNetwork = {
  slug: string;
  name: string;
  status: NetworkStatus;
  /** YYYY-MM-DD */
  lastActivityAt: string;
  memberOrganizationCount: number;
};

export type InactiveNetworks = { since: string; rows: InactiveNetwork[]; total: number };

type MemberOrganizationRow = { kind: OrganizationKind | null; countyCode: string | null; grouping: number; count: number };

// Sorted explicitly: JavaScript lists integer-like keys ('12') before the others ('01').
const COUNTY_CODES = (Object.keys(COUNTIES) as CountyCode[]).sort();


/** The public part of the overview. `now` is for tests; the page uses the current time. */
const cachedOverview = shortLivedCache<NationalOverview>({ ttlMs: 60_000, max: 1 });

/** The public overview as of up to a minute ago: it reads every membership at scale. */
export function getCachedNationalOverview(): Promise<NationalOverview> {
  return cachedOverview('overview', () => getNationalOverview());
}

export async function getNationalOverview(options: { now?: Date } = {}): Promise<NationalOverview> {
  const from = swedishDate(options.now ?? new Date());
  const to = addMonths(from, FUNDING_HORIZON_MONTHS);

  const [byStatusAndInitiator, memberOrganizations, areas, fundingRows] = await Promise.all([
    db().network.groupBy({ by: ['status', 'initiator'], where: PUBLISHED_NETWORK, _count: { _all: true } }),
    // One pass over the member organisations gives both breakdowns and the total:
    // GROUPING() tells the sets apart (1 = by kind, 2 = by county, 3 = all).
    db().$queryRaw<MemberOrganizationRow[]>`
      SELECT o.kind::text AS kind, o."countyCode", GROUPING(o.kind, o."countyCode")::int AS grouping, count(*)::int AS count
        FROM "Organization" o
       WHERE EXISTS (SELECT 1 FROM "Membership" m JOIN "Network" n ON n.id = m."networkId"
                      WHERE m."organizationId" = o.id AND ${memberOrganizationSql('m', 'o')} AND ${publishedNetworkSql('n')})
       GROUP BY GROUPING SETS ((o.kind), (o."countyCode"), ())`,
    // A proposed area counts once a published network uses it; until then it is its founders' draft.
    db().thematicArea.findMany({
      where: { OR: [{ status: 'APPROVED' }, { networks: { some: PUBLISHED_NETWORK } }] },
      select: { slug: true, nameSv: true, nameEn: true, _count: { select: { networks: { where: PUBLISHED_NETWORK } } } },
    }),
    // Every row (the page sorts them and shows the first; the CSV has them all). Granted
    // periods only (an application is not funding, an ended one has ended), from the
    // (status, periodEnd) index, each network looked up by its key (OFFSET 0 keeps the planner
    // from reading every network to hash them); a closed network needs no follow-up.
    db().$queryRaw<Array<FundingEnding & { total: number }>>`
      SELECT n.slug AS "networkSlug", n.name AS "networkName", o.name AS "funderName", f.kind::text AS kind,
             to_char(p."periodEnd", 'YYYY-MM-DD') AS "periodEnd", count(*) OVER ()::int AS total
        FROM "FundingPeriod" p
        JOIN "NetworkFunder" f ON f.id = p."funderId"
       CROSS JOIN LATERAL (SELECT slug, name, status FROM "Network" n WHERE id = f."networkId" AND ${publishedNetworkSql('n')} OFFSET 0) n
        LEFT JOIN "Organization" o ON o.id = f."funderOrganizationId"
       WHERE p.status = 'GRANTED' AND p."periodEnd" BETWEEN ${from}::date AND ${to}::date AND n.status <> 'CLOSED'
       ORDER BY p."periodEnd", n.name, p.id`,
  ]);

  const countWhere = <T>(rows: T[], match: (row: T) => boolean, count: (row: T) => number) =>
    rows.filter(match).reduce((sum, row) => sum + count(row), 0);
  const groupCount = (row: (typeof byStatusAndInitiator)[number]) => row._count._all;

  const byKind = memberOrganizations.filter((row) => row.grouping === 1);
  const byCounty = memberOrganizations.filter((row) => row.grouping === 2);
  const withoutCounty = byCounty.find((row) => row.countyCode === null || !isCountyCode(row.countyCode));

  return {
    networkCount: countWhere(byStatusAndInitiator, () => true, groupCount),
    networksByStatus: Object.values(NetworkStatus).map((status) => ({
      status,
      count: countWhere(byStatusAndInitiator, (row) => row.status === status, groupCount),
    })),
    networksByInitiator: Object.values(NetworkInitiator).map((initiator) => ({
      initiator,
      count: countWhere(byStatusAndInitiator, (row) => row.initiator === initiator, groupCount),
    })),
    memberOrganizationCount: Number(memberOrganizations.find((row) => row.grouping === 3)?.count ?? 0),
    // A company is never a member organisation, so it is not among the kinds.
    memberOrganizationsByKind: MEMBER_ORGANIZATION_KINDS.map((kind) => ({
      kind,
      count: Number(byKind.find((row) => row.kind === kind)?.count ?? 0),
    })),
    memberOrganizationsByCounty: [
      ...COUNTY_CODES.map((countyCode) => ({
        countyCode,
        count: Number(byCounty.find((row) => row.countyCode === countyCode)?.count ?? 0),
      })),
      ...(withoutCounty ? [{ countyCode: null, count: Number(withoutCounty.count) }] : []),
    ],
    networksByArea: areas.map((area) => ({ slug: area.slug, nameSv: area.nameSv, nameEn: area.nameEn, count: area._count.networks })),
    fundingEnding: {
      from,
      to,
      rows: fundingRows.map(({ total, ...row }) => row),
      total: Number(fundingRows[0]?.total ?? 0),
    },
  };
}

/**
 * Networks with no real activity (members joining or leaving, meetings held, decisions, needs
 * moved: Network.lastActivityAt, kept by the triggers of migration
 * 20261206223000_network_activity_from_real_sources) in the last 12 months, oldest first, all of
 * them (the page sorts and shows the first, the CSV has them all): for agency staff and
 * administrators only. Anyone else gets `null`, whatever the page shows, so the figures cannot
 * leak through another caller.
 */
export async function getInactiveNetworks(viewer: OverviewViewer, options: { now?: Date } = {}): Promise<InactiveNetworks | null> {
  if (!canSeeAgencyOverview(viewer)) return null;
  const now = options.now ?? new Date();
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - INACTIVITY_MONTHS);
  // Closed networks are expected to be quiet.
  const rows = await db().network.findMany({
    where: { lastActivityAt: { lt: since }, status: { not: NetworkStatus.CLOSED }, ...PUBLISHED_NETWORK },
    orderBy: [{ lastActivityAt: 'asc' }, { id: 'asc' }],
    select: { slug: true, name: true, status: true, lastActivityAt: true, memberOrganizationCount: true },
  });
  return {
    since: swedishDate(since),
    rows: rows.map((row) => ({ ...row, lastActivityAt: swedishDate(row.lastActivityAt) })),
    total: rows.length,
  };
}
