// Reads for the national overview's follow-up panels (docs/decisions/0024): success-factor
// profiles, the ladder funnel of public needs by thematic area, networks whose granted funding
// does not cover the next six months, results after handovers per year and trends by year.
// Each panel is one statement that aggregates in SQL (or, for the runway, hands every funding
// period to the same pure runway rule as the network's dashboard), so the page costs the same
// number of statements at ten networks and at ten thousand. Drafts count nowhere.
import 'server-only';

import type { NetworkStatus, SuccessFactor, FundingKind, FundingPeriodStatus, LadderStep } from '@/generated/prisma/enums';
import { db } from '@/server/db/client';
import { publishedNetworkSql } from '@/server/network-visibility';
import { shortLivedCache } from '@/server/short-lived-cache';

import { fundingRunway, type RunwayPeriod } from './funding-runway';
import { FUNNEL_STATUSES } from './network-figures';
import { canSeeAgencyOverview, swedishDate, type OverviewViewer } from './rules';
import { SUCCESS_FACTORS } from './success-factors';

export type FunnelStatus = (typeof FUNNEL_STATUSES)[number];

/** A network's latest assessment of the five success factors by its coordinators. */
export type FactorProfile = { slug: string; name: string; year: number; scores: Record<SuccessFactor, number | null> };

/** Where a need stands on the ladder: its step, or not placed yet. */
export type StepKey = LadderStep | 'UNPLACED';
export const STEP_KEYS: readonly StepKey[] = ['INITIATE', 'INTRODUCE', 'IMPLEMENT', 'UNPLACED'];

/**
 * Public needs of one thematic area per status, and the same needs per step on the ladder;
 * archived needs have left the funnel and count in no step.
 */
export type AreaFunnel = { slug: string; nameSv: string; nameEn: string; now: Record<FunnelStatus, number>; steps: Record<StepKey, number>; archived: number };

export type NetworkWithoutFunding = {
  slug: string;
  name: string;
  status: NetworkStatus;
  /** The last day granted funding covers from today without a gap; null when nothing covers today. */
  coveredUntil: string | null;
  monthsLeft: number;
  applied: { count: number; amountSek: number };
};

export type ResultsYear = { year: number; advertised: number; contracts: number; contractValueSek: number; callOffs: number; callOffValueSek: number; effects: number };

export type TrendYear = { year: number; networksStarted: number; networksEnded: number; organizationsJoined: number; organizationsAtYearEnd: number };

export type OverviewFigures = {
  today: string;
  funnel: AreaFunnel[];
  withoutFunding: NetworkWithoutFunding[];
  results: ResultsYear[];
  trends: TrendYear[];
};

/** How many years back the trends go at most, so a network started in 1990 does not make the table endless. */
export const TREND_YEARS = 15;

const cachedFigures = shortLivedCache<OverviewFigures>({ ttlMs: 60_000, max: 1 });

/** The public panels as of up to a minute ago: like the rest of the overview they read whole tables. */
export function getCachedOverviewFigures(): Promise<OverviewFigures> {
  return cachedFigures('figures', () => getOverviewFigures());
}

export async function getOverviewFigures(options: { now?: Date } = {}): Promise<OverviewFigures> {
  const today = swedishDate(options.now ?? new Date());
  const thisYear = Number(today.slice(0, 4));
  const [funnelRows, periodRows, resultRows, trendRows] = await Promise.all([
    // The same needs the public dashboard counts: public, not merged away, of published networks.
    db().$queryRaw<FunnelRow[]>`
      SELECT a.slug, a."nameSv", a."nameEn", n.status::text AS status, n."ladderStep"::text AS step, count(*)::int AS count
        FROM "Need" n
        JOIN "Network" w ON w.id = n."networkId"
        JOIN "ThematicArea" a ON a.id = n."areaId"
       WHERE n."isPublic" AND n."mergedIntoId" IS NULL AND ${publishedNetworkSql('w')}
       GROUP BY a.slug, a."nameSv", a."nameEn", n.status, n."ladderStep"`,
    // Every funding period of every open network, and networks with none (one row of nulls),
    // for the runway rule; a closed network needs no funding.
    db().$queryRaw<Array<{ slug: string; name: string; networkStatus: NetworkStatus; kind: FundingKind | null; status: FundingPeriodStatus | null; periodStart: string | null; periodEnd: string | null; amountSek: number | null }>>`
      SELECT w.slug, w.name, w.status::text AS "networkStatus", f.kind::text AS kind, p.status::text AS status,
             to_char(p."periodStart", 'YYYY-MM-DD') AS "periodStart", to_char(p."periodEnd", 'YYYY-MM-DD') AS "periodEnd", p."amountSek"
        FROM "Network" w
        LEFT JOIN "NetworkFunder" f ON f."networkId" = w.id
        LEFT JOIN "FundingPeriod" p ON p."funderId" = f.id
       WHERE ${publishedNetworkSql('w')} AND w.status <> 'CLOSED'`,
    // What became of handovers of public needs, the same results the public dashboard counts.
    db().$queryRaw<Array<{ year: number; kind: string; count: number; valueSek: bigint | number | null }>>`
      SELECT extract(year FROM r."occurredOn")::int AS year, r.kind::text AS kind, count(*)::int AS count, sum(r."valueSek") AS "valueSek"
        FROM "HandoverResult" r
        JOIN "Handover" h ON h.id = r."handoverId"
        JOIN "Need" n ON n.id = h."needId"
        JOIN "Network" w ON w.id = n."networkId"
       WHERE n."isPublic" AND n."mergedIntoId" IS NULL AND ${publishedNetworkSql('w')}
       GROUP BY 1, 2`,
    // Per calendar year: networks started (their start year), networks ended (the day their
    // closing took effect, for those still closed), organisations that became a member
    // organisation of any network for the first time, and those that were one at the year's end.
    // A membership that ended without a date ended when it began, as on the network's dashboard.
    db().$queryRaw<Array<TrendYear>>`
      WITH spans AS (
        SELECT m."organizationId" AS org, m."joinedAt" AS joined,
               CASE WHEN m.status = 'ACTIVE' THEN NULL ELSE coalesce(m."leftAt", m."joinedAt") END AS "left"
          FROM "Membership" m
          JOIN "Organization" o ON o.id = m."organizationId"
          JOIN "Network" w ON w.id = m."networkId"
         WHERE m.role <> 'OBSERVER' AND o.kind <> 'COMPANY' AND ${publishedNetworkSql('w')}
      ),
      firsts AS (SELECT org, extract(year FROM min(joined))::int AS year FROM spans GROUP BY org),
      started AS (SELECT "startYear" AS year, count(*)::int AS count FROM "Network" w WHERE ${publishedNetworkSql('w')} AND "startYear" IS NOT NULL GROUP BY 1),
      ended AS (
        SELECT year, count(*)::int AS count FROM (
          SELECT c."networkId", extract(year FROM max(c."effectiveOn"))::int AS year
            FROM "NetworkStatusChange" c JOIN "Network" w ON w.id = c."networkId"
           WHERE c."toStatus" = 'CLOSED' AND w.status = 'CLOSED' AND ${publishedNetworkSql('w')}
           GROUP BY c."networkId") closings
         GROUP BY year
      ),
      years AS (
        SELECT generate_series(
          greatest(${thisYear - TREND_YEARS + 1}::int, least((SELECT min(year) FROM started), (SELECT min(year) FROM firsts), (SELECT min(year) FROM ended), ${thisYear}::int)),
          ${thisYear}::int) AS year
      )
      SELECT y.year,
             coalesce((SELECT count FROM started s WHERE s.year = y.year), 0) AS "networksStarted",
             coalesce((SELECT count FROM ended e WHERE e.year = y.year), 0) AS "networksEnded",
             (SELECT count(*)::int FROM firsts f WHERE f.year = y.year) AS "organizationsJoined",
             (SELECT count(DISTINCT org)::int FROM spans s
               WHERE s.joined < make_timestamp(y.year + 1, 1, 1, 0, 0, 0) AND (s."left" IS NULL OR s."left" >= make_timestamp(y.year + 1, 1, 1, 0, 0, 0))) AS "organizationsAtYearEnd"
        FROM years y
       ORDER BY y.year`,
  ]);

  return {
    today,
    funnel: funnelByArea(funnelRows),
    withoutFunding: networksWithoutFunding(periodRows, today),
    results: resultsByYear(resultRows),
    trends: trendRows.map((row) => ({
      year: Number(row.year),
      networksStarted: Number(row.networksStarted),
      networksEnded: Number(row.networksEnded),
      organizationsJoined: Number(row.organizationsJoined),
      organizationsAtYearEnd: Number(row.organizationsAtYearEnd),
    })),
  };
}

type FunnelRow = { slug: string; nameSv: string; nameEn: string; status: string; step: LadderStep | null; count: number };

export function funnelByArea(rows: readonly FunnelRow[]): AreaFunnel[] {
  const areas = new Map<string, AreaFunnel>();
  for (const row of rows) {
    const area = areas.get(row.slug) ?? {
      slug: row.slug,
      nameSv: row.nameSv,
      nameEn: row.nameEn,
      now: Object.fromEntries(FUNNEL_STATUSES.map((status) => [status, 0])) as Record<FunnelStatus, number>,
      steps: Object.fromEntries(STEP_KEYS.map((step) => [step, 0])) as Record<StepKey, number>,
      archived: 0,
    };
    const count = Number(row.count);
    if (row.status === 'ARCHIVED') area.archived += count;
    else {
      area.now[row.status as FunnelStatus] += count;
      area.steps[row.step ?? 'UNPLACED'] += count;
    }
    areas.set(row.slug, area);
  }
  return [...areas.values()];
}

type PeriodRow = { slug: string; name: string; networkStatus: NetworkStatus; kind: FundingKind | null; status: FundingPeriodStatus | null; periodStart: string | null; periodEnd: string | null; amountSek: number | null };

/** The networks the runway rule warns about: no granted funding covers every day of the next six months. */
function networksWithoutFunding(rows: readonly PeriodRow[], today: string): NetworkWithoutFunding[] {
  const byNetwork = new Map<string, { name: string; status: NetworkStatus; periods: RunwayPeriod[] }>();
  for (const row of rows) {
    const network = byNetwork.get(row.slug) ?? { name: row.name, status: row.networkStatus, periods: [] };
    if (row.status !== null && row.kind !== null) {
      network.periods.push({ status: row.status, kind: row.kind, periodStart: row.periodStart, periodEnd: row.periodEnd, amountSek: row.amountSek === null ? null : Number(row.amountSek) });
    }
    byNetwork.set(row.slug, network);
  }
  return [...byNetwork].flatMap(([slug, network]) => {
    const runway = fundingRunway(network.periods, today);
    if (!runway.warning) return [];
    return [{ slug, name: network.name, status: network.status, coveredUntil: runway.coveredUntil === 'open' ? null : runway.coveredUntil, monthsLeft: runway.monthsLeft ?? 0, applied: runway.applied }];
  });
}

function resultsByYear(rows: ReadonlyArray<{ year: number; kind: string; count: number; valueSek: bigint | number | null }>): ResultsYear[] {
  const years = new Map<number, ResultsYear>();
  for (const row of rows) {
    const year = Number(row.year);
    const entry = years.get(year) ?? { year, advertised: 0, contracts: 0, contractValueSek: 0, callOffs: 0, callOffValueSek: 0, effects: 0 };
    const count = Number(row.count);
    const value = Number(row.valueSek ?? 0);
    if (row.kind === 'ADVERTISED') entry.advertised += count;
    if (row.kind === 'CONTRACT') Object.assign(entry, { contracts: entry.contracts + count, contractValueSek: entry.contractValueSek + value });
    if (row.kind === 'CALL_OFF') Object.assign(entry, { callOffs: entry.callOffs + count, callOffValueSek: entry.callOffValueSek + value });
    if (row.kind === 'EFFECT') entry.effects += count;
    years.set(year, entry);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/**
 * Each published network's latest assessment by its coordinators, for agency staff and
 * administrators only: on the network's dashboard the assessment is the participants' own
 * reflection, so the public overview does not show it either. Anyone else gets `null`.
 */
export async function getFactorProfiles(viewer: OverviewViewer): Promise<FactorProfile[] | null> {
  if (!canSeeAgencyOverview(viewer)) return null;
  // The unique index (networkId, year, memberId) gives each network's latest year.
  const rows = await db().$queryRaw<Array<{ slug: string; name: string; year: number; factor: SuccessFactor; score: number }>>`
    SELECT w.slug, w.name, a.year, s.factor::text AS factor, s.score
      FROM (SELECT DISTINCT ON ("networkId") id, "networkId", year FROM "FactorAssessment"
             WHERE "memberId" IS NULL ORDER BY "networkId", year DESC) a
      JOIN "Network" w ON w.id = a."networkId"
      JOIN "FactorScore" s ON s."assessmentId" = a.id
     WHERE ${publishedNetworkSql('w')}`;
  const profiles = new Map<string, FactorProfile>();
  for (const row of rows) {
    const profile = profiles.get(row.slug) ?? { slug: row.slug, name: row.name, year: Number(row.year), scores: Object.fromEntries(SUCCESS_FACTORS.map((f) => [f, null])) as FactorProfile['scores'] };
    profile.scores[row.factor] = Number(row.score);
    profiles.set(row.slug, profile);
  }
  return [...profiles.values()];
}
