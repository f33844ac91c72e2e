// Reads for the open-data API. Everything here is public: networks as the registry shows
// them, organisations that have a public role in a network, and people only where they chose
// to be named (Membership.isListed), with name, role and organisation and nothing else.
import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import { readPublicNetwork } from '@/modules/networks';
import { type RegistryNetwork, searchRegistry } from '@/modules/registry';
import { decodeCursor, MEMBERSHIP_FEES, type RegistryQuery } from '@/modules/registry/client';
import { db } from '@/server/db/client';
import { PUBLISHED_NETWORK, publishedNetworkSql } from '@/server/network-visibility';

import type { OrganisationQuery } from './params';
import {
  LINK_KIND_CODES,
  MEMBER_ROLE_CODES,
  MEMBERSHIP_POLICY_CODES,
  toApiNetwork,
  toApiOrganisation,
  toApiOrganisationSummary,
  type ApiNetworkDetail,
  type ApiOrganisation,
} from './serialize';

/** Filter values that are well-formed but name no thematic area or organisation. */
export async function unknownFilterValues(query: Pick<RegistryQuery, 'area' | 'funder'>): Promise<string[]> {
  const [area, funder] = await Promise.all([
    query.area ? db().thematicArea.findUnique({ where: { slug: query.area }, select: { id: true } }) : true,
    query.funder && query.funder !== MEMBERSHIP_FEES ? db().organization.findUnique({ where: { slug: query.funder }, select: { id: true } }) : true,
  ]);
  return [...(area ? [] : ['area']), ...(funder ? [] : ['funder'])];
}

const CSV_PAGE_SIZE = 1000;

/** Every network matching the filters, page by page, up to `cap` rows. */
export async function listAllNetworks(query: RegistryQuery, cap: number): Promise<{ networks: RegistryNetwork[]; total: number }> {
  const networks: RegistryNetwork[] = [];
  let total = 0;
  let cursor: RegistryQuery['cursor'] = undefined;
  do {
    const page = await searchRegistry({ ...query, cursor, limit: Math.min(CSV_PAGE_SIZE, cap - networks.length) });
    networks.push(...page.networks);
    total = page.total;
    cursor = page.nextCursor ? (decodeCursor(page.nextCursor, query.sort) ?? undefined) : undefined;
  } while (cursor && networks.length < cap);
  return { networks, total };
}

export async function getPublicNetwork(slug: string, origin: string): Promise<ApiNetworkDetail | null> {
  const network = await readPublicNetwork(slug);
  if (!network) return null;
  return {
    ...toApiNetwork(network, origin),
    description: { sv: network.descriptionSv, en: network.descriptionEn },
    membershipPolicy: MEMBERSHIP_POLICY_CODES[network.membershipPolicy],
    facts: network.facts.map((f) => ({
      date: f.occurredOn ? f.occurredOn.toISOString().slice(0, 10) : null,
      text: { sv: f.textSv, en: f.textEn },
      source: f.source,
      sourcePage: f.sourcePage,
      sourceUrl: f.sourceUrl,
    })),
    links: network.links.map((l) => ({ kind: LINK_KIND_CODES[l.kind], title: l.title, url: l.url, published: l.publishedOn ? l.publishedOn.toISOString().slice(0, 10) : null })),
    memberOrganisations: network.memberOrganizations.map(toApiOrganisationSummary),
    listedMembers: network.listedPeople.map((p) => ({ name: p.name, role: MEMBER_ROLE_CODES[p.role], organisation: p.organization })),
  };
}

/**
 * Organisations with a public role: they arrange or fund a published network, or are members
 * of one. A role in a draft is not public yet.
 */
export const PUBLIC_ORGANISATION: Prisma.OrganizationWhereInput = {
  OR: [
    { arrangedNetworks: { some: PUBLISHED_NETWORK } },
    { fundings: { some: { network: PUBLISHED_NETWORK } } },
    { memberships: { some: { status: 'ACTIVE', network: PUBLISHED_NETWORK } } },
  ],
};

export async function listOrganisations(
  query: OrganisationQuery,
): Promise<{ organisations: ApiOrganisation[]; lastSlug: string | null; hasMore: boolean; total: number }> {
  const where: Prisma.OrganizationWhereInput = { ...PUBLIC_ORGANISATION, ...(query.kind ? { kind: query.kind } : {}) };
  const [rows, total] = await Promise.all([
    db().organization.findMany({
      where: { ...where, ...(query.afterSlug ? { slug: { gt: query.afterSlug } } : {}) },
      orderBy: { slug: 'asc' },
      take: query.limit + 1,
      select: {
        id: true,
        slug: true,
        name: true,
        kind: true,
        organizationNumber: true,
        countyCode: true,
        scbCode: true,
        _count: { select: { fundings: { where: { network: PUBLISHED_NETWORK } }, arrangedNetworks: { where: PUBLISHED_NETWORK } } },
      },
    }),
    db().organization.count({ where }),
  ]);
  const page = rows.slice(0, query.limit);

  // The networks of the whole page in one query, not one per organisation.
  const memberOf = page.length
    ? await db().$queryRaw<Array<{ organizationId: string; slug: string; name: string }>>`
        SELECT DISTINCT m."organizationId", n.slug, n.name
          FROM "Membership" m JOIN "Network" n ON n.id = m."networkId"
         WHERE m.status = 'ACTIVE' AND ${publishedNetworkSql('n')} AND m."organizationId" IN (${Prisma.join(page.map((o) => o.id))})
         ORDER BY n.name, n.slug`
    : [];
  const networksOf = new Map<string, Array<{ slug: string; name: string }>>();
  for (const row of memberOf) networksOf.set(row.organizationId, [...(networksOf.get(row.organizationId) ?? []), row]);

  return {
    organisations: page.map((org) =>
      toApiOrganisation({ ...org, isFunder: org._count.fundings > 0, isArranger: org._count.arrangedNetworks > 0 }, networksOf.get(org.id) ?? []),
    ),
    lastSlug: page.at(-1)?.slug ?? null,
    hasMore: rows.length > query.limit,
    total,
  };
}
