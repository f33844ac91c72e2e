// The registry's search, filters, sort and cursor as one typed value, parsed from URL
// parameters. The page and the open-data API share it, so a link and an API call with the
// same parameters give the same networks.
import { z } from 'zod';

import { COUNTIES } from '@/modules/accounts/client';
import { cursorTime, isCursorId, isCursorInt, isCursorText } from '@/server/cursor-values';

export const SORTS = ['relevance', 'name', 'year', 'members', 'activity'] as const;
export type RegistrySort = (typeof SORTS)[number];

export const INITIATORS = { agency: 'AGENCY', buyer: 'BUYER' } as const;
export const STATUSES = { forming: 'FORMING', active: 'ACTIVE', dormant: 'DORMANT', closed: 'CLOSED' } as const;
/** The funder value for networks financed by their members' fees. */
export const MEMBERSHIP_FEES = 'membership-fees';
export const MAX_LIMIT = 100;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100);
const year = z.coerce.number().int().min(1900).max(2100);

const ZRegistryParams = z.object({
  q: z.string().trim().max(200).optional(),
  initiator: z.enum(Object.keys(INITIATORS) as [keyof typeof INITIATORS]).optional(),
  status: z.enum(Object.keys(STATUSES) as [keyof typeof STATUSES]).optional(),
  area: slug.optional(),
  funder: slug.optional(),
  county: z.enum(Object.keys(COUNTIES) as [keyof typeof COUNTIES]).optional(),
  yearFrom: year.optional(),
  yearTo: year.optional(),
  open: z.enum(['1', 'true']).optional(),
  sort: z.enum(SORTS).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).optional(),
});

export type RegistryQuery = {
  q?: string;
  initiator?: keyof typeof INITIATORS;
  status?: keyof typeof STATUSES;
  area?: string;
  funder?: string;
  county?: keyof typeof COUNTIES;
  yearFrom?: number;
  yearTo?: number;
  open?: boolean;
  sort: RegistrySort;
  cursor?: RegistryCursor;
  limit: number;
};

/**
 * A place in the sorted result: a row's sort key and id. Pages start after it (the next
 * page), or end just before it when `before` is set (the previous page).
 */
export type RegistryCursor = { key: string | number | null; id: string; before?: boolean };

/**
 * `reversedYears`: the start-year range runs backwards ("from 2020 to 2010"), a mistake a
 * person makes in the form rather than a broken address, so the page explains it by the field.
 */
export type ParsedRegistryQuery = { query: RegistryQuery; invalid: string[]; reversedYears?: { from: number; to: number } };

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function single(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.getAll(name).at(-1) ?? undefined) : params[name];
  const text = Array.isArray(value) ? value.at(-1) : value;
  return text === '' ? undefined : text;
}

/**
 * Parses URL parameters. Invalid parameters are dropped and named in `invalid`: the page
 * ignores them, the API answers 400 naming them.
 */
export function parseRegistryQuery(params: Params, defaultLimit = 20): ParsedRegistryQuery {
  const raw = Object.fromEntries(Object.keys(ZRegistryParams.shape).map((name) => [name, single(params, name)]));
  const invalid: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(ZRegistryParams.shape)) {
    const result = schema.safeParse(raw[name]);
    if (result.success) values[name] = result.data;
    else invalid.push(name);
  }
  const v = values as z.infer<typeof ZRegistryParams>;
  const q = v.q || undefined;
  const sort = v.sort ?? (q ? 'relevance' : 'name');
  if (sort === 'relevance' && !q && v.sort) invalid.push('sort');

  let cursor: RegistryCursor | undefined;
  if (v.cursor) {
    cursor = decodeCursor(v.cursor, sort === 'relevance' && !q ? 'name' : sort) ?? undefined;
    if (!cursor) invalid.push('cursor');
  }
  const reversedYears = v.yearFrom !== undefined && v.yearTo !== undefined && v.yearFrom > v.yearTo ? { from: v.yearFrom, to: v.yearTo } : undefined;
  if (reversedYears) invalid.push('yearTo');

  return {
    query: {
      q,
      initiator: v.initiator,
      status: v.status,
      area: v.area,
      funder: v.funder,
      county: v.county,
      yearFrom: v.yearFrom,
      yearTo: invalid.includes('yearTo') ? undefined : v.yearTo,
      open: v.open ? true : undefined,
      sort: sort === 'relevance' && !q ? 'name' : sort,
      cursor,
      limit: v.limit ?? defaultLimit,
    },
    invalid,
    ...(reversedYears ? { reversedYears } : {}),
  };
}

/** The URL parameters that reproduce a query (without cursor and limit unless asked). */
export function registryQueryToParams(
  query: Partial<RegistryQuery>,
  options: { cursor?: string; includeLimit?: boolean } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.initiator) params.set('initiator', query.initiator);
  if (query.status) params.set('status', query.status);
  if (query.area) params.set('area', query.area);
  if (query.funder) params.set('funder', query.funder);
  if (query.county) params.set('county', query.county);
  if (query.yearFrom !== undefined) params.set('yearFrom', String(query.yearFrom));
  if (query.yearTo !== undefined) params.set('yearTo', String(query.yearTo));
  if (query.open) params.set('open', '1');
  const defaultSort = query.q ? 'relevance' : 'name';
  if (query.sort && query.sort !== defaultSort) params.set('sort', query.sort);
  if (options.includeLimit && query.limit) params.set('limit', String(query.limit));
  if (options.cursor) params.set('cursor', options.cursor);
  return params;
}

// The cursor is opaque to clients: the sort it belongs to, a row's sort key and id, and
// 'before' for a cursor that pages backwards (a previous page).
export function encodeCursor(sort: RegistrySort, cursor: RegistryCursor): string {
  const payload = cursor.before ? [sort, cursor.key, cursor.id, 'before'] : [sort, cursor.key, cursor.id];
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

const cursorParts = [z.enum(SORTS), z.union([z.string().max(300), z.number(), z.null()]), z.string().min(1).max(100)] as const;
const ZCursorPayload = z.union([z.tuple([...cursorParts]), z.tuple([...cursorParts, z.literal('before')])]);

// A cursor's key goes back into SQL cast to its sort's type, so a forged key that the cast
// would refuse (a date that is no date, a number beyond int, a NUL byte) is refused here as an
// invalid parameter instead of failing the query.
const RELEVANCE_KEY = /^\d{1,6}(\.\d{1,6})?$/;
const ACTIVITY_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$/;

function cursorKeyFitsSort(sort: RegistrySort, key: string | number | null): boolean {
  switch (sort) {
    case 'name':
      return isCursorText(key, 300);
    case 'relevance':
      return typeof key === 'string' && RELEVANCE_KEY.test(key);
    case 'activity':
      return typeof key === 'string' && ACTIVITY_KEY.test(key) && cursorTime(`${key}Z`) !== null;
    case 'year':
    case 'members':
      return key === null || isCursorInt(key);
  }
}

export function decodeCursor(value: string, sort: RegistrySort): RegistryCursor | null {
  try {
    const payload = ZCursorPayload.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    if (!payload.success || payload.data[0] !== sort) return null;
    const [, key, id, direction] = payload.data;
    if (!cursorKeyFitsSort(sort, key) || !isCursorId(id)) return null;
    return direction === 'before' ? { key, id, before: true } : { key, id };
  } catch {
    return null;
  }
}

/**
 * Turns free text into search terms. Each word matches its Swedish or English stem, and
 * words of six letters or more also match by prefix, so that inflected forms the stemmer
 * keeps apart still meet ("avloppsvattnet" finds "avloppsvatten", "konstgräsplan" finds
 * "konstgräs").
 */
export function searchTerms(q: string): Array<{ word: string; prefix: string | null }> {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)]
    .filter((word) => word.length >= 2)
    .slice(0, 8)
    .map((word) => word.slice(0, 50))
    .map((word) => ({ word, prefix: word.length >= 6 ? word.slice(0, Math.max(5, word.length - 4)) : null }));
}
