// Searching and filtering the registry in PostgreSQL (the same SQL on PGlite): full-text
// search on the trigger-kept search document, filters that combine, counts per filter
// choice given the other filters, and keyset (cursor) pagination. Every filter is backed by
// an index; see docs/decisions/0005-registry-search-and-filters.md for the decisions and
// docs/performance/registry.md for the plans.
import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import type { FundingKind, NetworkInitiator, NetworkStatus } from '@/generated/prisma/enums';
import { fundedSpan, type FundingPeriodView } from '@/modules/funding/client';
import { db } from '@/server/db/client';
import { PREPARED_STATEMENT } from '@/server/db/prepared-statements';
import { publishedNetworkSql } from '@/server/network-visibility';
import { shortLivedCache } from '@/server/short-lived-cache';

import {
  encodeCursor,
  INITIATORS,
  MEMBERSHIP_FEES,
  searchTerms,
  STATUSES,
  type RegistryQuery,
  type RegistrySort,
} from './registry-query';

export type RegistryNetwork = {
  slug: string;
  name: string;
  initiator: NetworkInitiator;
  status: NetworkStatus;
  startYear: number | null;
  area: { slug: string; nameSv: string; nameEn: string };
  arranger: { slug: string; name: string } | null;
  funders: Array<{ slug: string | null; name: string | null; kind: FundingKind; periodStart: string | null; periodEnd: string | null; periods: FundingPeriodView[] }>;
  memberCount: number;
  memberOrganizationCount: number;
  lastActivityAt: string;
};

/**
 * One page: `offset` is how many matches come before its first row (so the page shows
 * matches offset + 1 to offset + networks.length of total); the cursors lead to the pages
 * after and before it, or are null where there is none.
 */
export type RegistryResult = { networks: RegistryNetwork[]; nextCursor: string | null; previousCursor: string | null; total: number; offset: number };

type FacetKey = 'initiator' | 'status' | 'area' | 'funder' | 'county' | 'open';
export type FacetCount = { value: string; count: number; label?: string; labelEn?: string };
export type RegistryFacets = Record<Exclude<FacetKey, 'open'>, FacetCount[]> & { open: number };

function tsQuery(q: string | undefined): Prisma.Sql {
  const terms = searchTerms(q ?? '');
  if (terms.length === 0) return Prisma.sql`NULL::tsquery`;
  const parts = terms.map(({ word, prefix }) =>
    prefix
      ? Prisma.sql`(plainto_tsquery('swedish', ${word}) || plainto_tsquery('english', ${word}) || to_tsquery('simple', ${`${prefix}:*`}))`
      : Prisma.sql`(plainto_tsquery('swedish', ${word}) || plainto_tsquery('english', ${word}) || plainto_tsquery('simple', ${word}))`,
  );
  return Prisma.join(parts, ' && ');
}

/**
 * The WHERE conditions for a query, leaving out one facet's own filter when counting it. Drafts
 * are never in the registry: rows, totals and every facet count see published networks only.
 */
function conditions(query: RegistryQuery, except?: FacetKey): Prisma.Sql {
  const where: Prisma.Sql[] = [publishedNetworkSql('n')];
  if (searchTerms(query.q ?? '').length > 0) where.push(Prisma.sql`n."searchVector" @@ q.tsq`);
  if (query.initiator && except !== 'initiator') where.push(Prisma.sql`n.initiator = ${INITIATORS[query.initiator]}::"NetworkInitiator"`);
  if (query.status && except !== 'status') where.push(Prisma.sql`n.status = ${STATUSES[query.status]}::"NetworkStatus"`);
  if (query.area && except !== 'area') where.push(Prisma.sql`n."areaId" = (SELECT id FROM "ThematicArea" WHERE slug = ${query.area})`);
  if (query.funder && except !== 'funder') {
    where.push(
      query.funder === MEMBERSHIP_FEES
        ? Prisma.sql`EXISTS (SELECT 1 FROM "NetworkFunder" f WHERE f."networkId" = n.id AND f.kind = 'MEMBERSHIP_FEES')`
        : Prisma.sql`EXISTS (SELECT 1 FROM "NetworkFunder" f WHERE f."networkId" = n.id AND f."funderOrganizationId" = (SELECT id FROM "Organization" WHERE slug = ${query.funder}))`,
    );
  }
  if (query.county && except !== 'county') {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "NetworkCounty" c WHERE c."networkId" = n.id AND c."countyCode" = ${query.county})`);
  }
  if (query.yearFrom !== undefined) where.push(Prisma.sql`n."startYear" >= ${query.yearFrom}`);
  if (query.yearTo !== undefined) where.push(Prisma.sql`n."startYear" <= ${query.yearTo}`);
  if (query.open && except !== 'open') where.push(Prisma.sql`n."membershipPolicy" = 'OPEN'`);
  return Prisma.join(where, ' AND ');
}

// Each sort: its key expression, direction, and how a cursor key is cast back to SQL.
const SORT_SQL: Record<RegistrySort, { key: Prisma.Sql; desc: boolean; cast: (key: string | number | null) => Prisma.Sql }> = {
  relevance: {
    key: Prisma.sql`round(ts_rank(n."searchVector", q.tsq)::numeric, 6)`,
    desc: true,
    cast: (key) => Prisma.sql`${String(key)}::numeric`,
  },
  name: { key: Prisma.sql`n.name`, desc: false, cast: (key) => Prisma.sql`${String(key)}::text` },
  year: { key: Prisma.sql`coalesce(n."startYear", 0)`, desc: true, cast: (key) => Prisma.sql`${Number(key)}::int` },
  members: { key: Prisma.sql`n."memberCount"`, desc: true, cast: (key) => Prisma.sql`${Number(key)}::int` },
  activity: { key: Prisma.sql`n."lastActivityAt"`, desc: true, cast: (key) => Prisma.sql`${String(key)}::timestamp` },
};

type Row = Omit<RegistryNetwork, 'lastActivityAt' | 'funders' | 'area' | 'arranger'> & {
  id: string;
  total: number | null;
  sortKey: string | number | Date | Prisma.Decimal | null;
  lastActivityAt: Date;
  areaSlug: string;
  areaNameSv: string;
  areaNameEn: string;
  arrangerSlug: string | null;
  arrangerName: string | null;
  funders: Array<Omit<RegistryNetwork['funders'][number], 'periodStart' | 'periodEnd'>> | null;
};

function cursorKey(sort: RegistrySort, value: Row['sortKey']): string | number | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString().replace('Z', '');
  if (sort === 'year' || sort === 'members') return Number(value);
  return String(value);
}

export async function searchRegistry(query: RegistryQuery): Promise<RegistryResult> {
  const sort = SORT_SQL[query.sort];
  const where = conditions(query);
  const cursor = query.cursor;
  const isBefore = cursor?.before === true;
  // The rows on the cursor's side of the cursor row: after it in the sort order, or before it
  // for a previous page, which is then read backwards from the cursor and turned round.
  const beyondCursor = cursor
    ? Prisma.sql`(${sort.key} ${Prisma.raw(sort.desc !== isBefore ? '<' : '>')} ${sort.cast(cursor.key)} OR (${sort.key} = ${sort.cast(cursor.key)} AND n.id ${Prisma.raw(isBefore ? '<' : '>')} ${cursor.id}))`
    : null;
  const seek = beyondCursor ? Prisma.sql`AND ${beyondCursor}` : Prisma.empty;

  const direction = Prisma.raw(sort.desc ? 'DESC' : 'ASC');
  const readDirection = Prisma.raw(sort.desc !== isBefore ? 'DESC' : 'ASC');
  const readIdDirection = Prisma.raw(isBefore ? 'DESC' : 'ASC');
  const isSearch = searchTerms(query.q ?? '').length > 0;
  // Every match of the filters and search, whatever page this is (uses the CTE q).
  const countMatches = Prisma.sql`SELECT count(*)::int FROM "Network" n CROSS JOIN q WHERE ${where}`;
  // On a first page the total comes with the rows. With a search every match is ranked
  // anyway, so a window count over the matches is free. Without one the rows come from an
  // index in sort order and stop at the page, so the total is a separate count from the
  // filters' indexes (a window count made PostgreSQL walk the whole sort index: 17 ms instead
  // of 5 ms for ?status=forming at 10,000 networks). After a cursor the rows no longer see
  // every match, so the total is counted by its own statement.
  const firstPageTotal = isSearch
    ? Prisma.sql`count(*) OVER ()::int`
    : Prisma.sql`(${countMatches})`;
  // The search words become a tsquery once per statement (MATERIALIZED), not once per
  // matching row, and the plan no longer depends on the words, so one prepared plan serves
  // every search. Without a search the values decide the plan (a thematic area or county
  // with few networks wants another plan than one with many): those stay unprepared
  // (docs/decisions/0005).
  const prepared = isSearch ? PREPARED_STATEMENT : Prisma.empty;
  const rowsQuery = db().$queryRaw<Row[]>`${prepared}
      WITH q AS MATERIALIZED (SELECT ${tsQuery(query.q)} AS tsq),
      matches AS (
        SELECT n.id, ${sort.key} AS "sortKey", ${cursor ? Prisma.sql`NULL::int` : firstPageTotal} AS total
          FROM "Network" n CROSS JOIN q
         WHERE ${where} ${seek}
         ORDER BY "sortKey" ${readDirection}, n.id ${readIdDirection}
         LIMIT ${query.limit + 1}
      )
      -- The details are read for the page's rows only, after the sort and limit (joining
      -- organisations before the limit made the planner read all of them at scale; ADR 0005).
      -- Joins rather than a subquery per column and row: 10 % less PostgreSQL time for 51 rows.
      SELECT n.id, n.slug, n.name, n.initiator::text AS initiator, n.status::text AS status, n."startYear",
             n."memberCount", n."memberOrganizationCount", n."lastActivityAt", m."sortKey", m.total,
             a.slug AS "areaSlug", a."nameSv" AS "areaNameSv", a."nameEn" AS "areaNameEn",
             arr.slug AS "arrangerSlug", arr.name AS "arrangerName", fu.funders
        FROM matches m
        JOIN "Network" n ON n.id = m.id
        JOIN "ThematicArea" a ON a.id = n."areaId"
        LEFT JOIN "Organization" arr ON arr.id = n."arrangerId"
        LEFT JOIN LATERAL (
          SELECT json_agg(json_build_object('slug', o.slug, 'name', o.name, 'kind', f.kind, 'periods', coalesce(p.periods, '[]'::json)) ORDER BY f.id) AS funders
            FROM "NetworkFunder" f LEFT JOIN "Organization" o ON o.id = f."funderOrganizationId"
            LEFT JOIN LATERAL (
              SELECT json_agg(json_build_object('periodStart', fp."periodStart", 'periodEnd', fp."periodEnd", 'status', fp.status,
                       'amountSek', fp."amountSek") ORDER BY fp."periodStart" NULLS FIRST, fp.id) AS periods
                FROM "FundingPeriod" fp WHERE fp."funderId" = f.id
            ) p ON TRUE
           WHERE f."networkId" = n.id
        ) fu ON TRUE
       ORDER BY m."sortKey" ${direction}, m.id ASC`;
  // After a cursor the same scan that counts every match also counts those beyond the cursor,
  // which places the page: "showing 21–40 of 312".
  const countQuery = beyondCursor
    ? db().$queryRaw<[{ total: number; beyond: number }]>`${prepared}
        WITH q AS MATERIALIZED (SELECT ${tsQuery(query.q)} AS tsq)
        SELECT count(*)::int AS total, (count(*) FILTER (WHERE ${beyondCursor}))::int AS beyond
          FROM "Network" n CROSS JOIN q WHERE ${where}`
    : null;
  const [rows, counted] = await Promise.all([rowsQuery, countQuery]);
  const total = counted ? Number(counted[0].total) : Number(rows[0]?.total ?? 0);

  // The rows come in page order; the one read beyond the page (if any) says there is more in
  // the reading direction: at the end after a cursor, at the start before one.
  const hasMore = rows.length > query.limit;
  const page = isBefore ? rows.slice(hasMore ? 1 : 0) : rows.slice(0, query.limit);
  const first = page[0];
  const last = page.at(-1);
  const hasNext = isBefore ? page.length > 0 : hasMore;
  const hasPrevious = isBefore ? hasMore : Boolean(cursor) && page.length > 0;
  const offset = !counted ? 0 : isBefore ? Math.max(0, Number(counted[0].beyond) - page.length) : Number(counted[0].total) - Number(counted[0].beyond);
  const cursorAt = (row: Row, before: boolean) => encodeCursor(query.sort, { key: cursorKey(query.sort, row.sortKey), id: row.id, ...(before ? { before } : {}) });
  return {
    networks: page.map((row) => ({
      slug: row.slug,
      name: row.name,
      initiator: row.initiator,
      status: row.status,
      startYear: row.startYear === null ? null : Number(row.startYear),
      area: { slug: row.areaSlug, nameSv: row.areaNameSv, nameEn: row.areaNameEn },
      arranger: row.arrangerSlug === null || row.arrangerName === null ? null : { slug: row.arrangerSlug, name: row.arrangerName },
      funders: (row.funders ?? []).map((f) => ({ ...f, ...fundedSpan(f.periods) })),
      memberCount: Number(row.memberCount),
      memberOrganizationCount: Number(row.memberOrganizationCount),
      lastActivityAt: new Date(row.lastActivityAt).toISOString(),
    })),
    nextCursor: hasNext && last ? cursorAt(last, false) : null,
    previousCursor: hasPrevious && first ? cursorAt(first, true) : null,
    total,
    offset,
  };
}

type CountRow = { facet: FacetKey; value: string | null; count: number; label: string | null; labelEn: string | null };

const toFacet = (rows: CountRow[]): FacetCount[] =>
  rows
    .filter((r) => r.value !== null)
    .map((r) => ({ value: r.value!, count: Number(r.count), ...(r.label ? { label: r.label } : {}), ...(r.labelEn ? { labelEn: r.labelEn } : {}) }));

// Facet counts are the same for every visitor and change slowly, while counting all networks
// by county and funder is the most expensive part of the unfiltered registry page at scale;
// a minute's delay in a count is an acceptable price (docs/decisions/0005).
const cachedFacets = shortLivedCache<RegistryFacets>({ ttlMs: 60_000, max: 1000 });

/** How many networks each choice of each filter would give, with the other filters applied. */
export function registryFacets(query: RegistryQuery): Promise<RegistryFacets> {
  // Sort, cursor and page size do not change the counts.
  const key = JSON.stringify([query.q ?? '', query.initiator, query.status, query.area, query.funder, query.county, query.yearFrom, query.yearTo, query.open]);
  return cachedFacets(key, () => countFacets(query));
}

async function countFacets(query: RegistryQuery): Promise<RegistryFacets> {
  // With a search term the planner overestimates the matches (its estimate for prefix terms is
  // a guess) and hashes all of NetworkFunder or NetworkCounty; search results are few, so look
  // their funders and counties up network by network through the index instead (OFFSET 0
  // keeps the subquery from being flattened into a join). Without a search the estimates are
  // right and the planner's own join is the better one (docs/decisions/0005).
  const perNetwork = searchTerms(query.q ?? '').length > 0 ? Prisma.sql`OFFSET 0` : Prisma.empty;
  // One statement for all facets: one round trip and one parse instead of six.
  const rows = await db().$queryRaw<CountRow[]>`
    WITH q AS (SELECT ${tsQuery(query.q)} AS tsq)
    SELECT 'initiator' AS facet, lower(n.initiator::text) AS value, NULL AS label, NULL AS "labelEn", count(*)::int AS count
      FROM "Network" n CROSS JOIN q WHERE ${conditions(query, 'initiator')} GROUP BY 2
    UNION ALL
    SELECT 'status', lower(n.status::text), NULL, NULL, count(*)::int
      FROM "Network" n CROSS JOIN q WHERE ${conditions(query, 'status')} GROUP BY 2
    UNION ALL
    SELECT 'area', a.slug, min(a."nameSv"), min(a."nameEn"), count(*)::int
      FROM "Network" n CROSS JOIN q JOIN "ThematicArea" a ON a.id = n."areaId" WHERE ${conditions(query, 'area')} GROUP BY 2
    UNION ALL
    SELECT 'funder', coalesce(o.slug, ${MEMBERSHIP_FEES}), min(o.name), NULL, count(DISTINCT n.id)::int
      FROM "Network" n CROSS JOIN q
      CROSS JOIN LATERAL (SELECT f."funderOrganizationId" FROM "NetworkFunder" f WHERE f."networkId" = n.id ${perNetwork}) f
      LEFT JOIN "Organization" o ON o.id = f."funderOrganizationId"
      WHERE ${conditions(query, 'funder')} GROUP BY 2
    UNION ALL
    SELECT 'county', c."countyCode", NULL, NULL, count(*)::int
      FROM "Network" n CROSS JOIN q
      CROSS JOIN LATERAL (SELECT c."countyCode" FROM "NetworkCounty" c WHERE c."networkId" = n.id ${perNetwork}) c
      WHERE ${conditions(query, 'county')} GROUP BY 2
    UNION ALL
    SELECT 'open', 'open', NULL, NULL, count(*)::int
      FROM "Network" n CROSS JOIN q WHERE ${conditions(query, 'open')} AND n."membershipPolicy" = 'OPEN'`;
  const of = (facet: FacetKey) => rows.filter((r) => r.facet === facet);
  const byCountDesc = (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value);
  return {
    initiator: toFacet(of('initiator')),
    status: toFacet(of('status')),
    area: toFacet(of('area')).sort(byCountDesc),
    funder: toFacet(of('funder')).sort(byCountDesc),
    county: toFacet(of('county')),
    open: Number(of('open')[0]?.count ?? 0),
  };
}
