// Query parameters of the open-data API. The network filters are the registry page's
// (registry-query.ts), so an API call and a page link with the same parameters find the same
// networks. The API is stricter than the page: a parameter it does not know, or one given
// twice, is a 400 rather than silently ignored, so a typo never widens a result.
import { z } from 'zod';

import type { OrganizationKind } from '@/generated/prisma/enums';
import { COUNTIES } from '@/modules/accounts/client';
import { INITIATORS, MAX_LIMIT, parseRegistryQuery, type RegistryQuery, SORTS, STATUSES } from '@/modules/registry/client';

import { CSV_DELIMITERS, type CsvDelimiterName } from '@/server/csv';
import { ORGANISATION_KIND_CODES, type OrganisationKindCode } from './serialize';

export const DEFAULT_LIMIT = 50;
export { MAX_LIMIT };
/** The CSV holds every matching network up to this many rows (X-Truncated tells when cut). */
export const CSV_ROW_CAP = 10_000;

export const NETWORK_FILTERS = ['q', 'initiator', 'status', 'area', 'funder', 'county', 'yearFrom', 'yearTo', 'open', 'sort'] as const;
export const PAGE_PARAMETERS = ['cursor', 'limit'] as const;
export const NETWORK_LIST_PARAMETERS = [...NETWORK_FILTERS, ...PAGE_PARAMETERS] as const;
export const NETWORK_CSV_PARAMETERS = [...NETWORK_FILTERS, 'delimiter'] as const;
export const ORGANISATION_PARAMETERS = ['kind', ...PAGE_PARAMETERS] as const;

/** What each parameter accepts, for error messages (and kept in step with openapi.ts). */
export const PARAMETER_HINTS: Record<string, string> = {
  q: 'free text of at most 200 characters',
  initiator: `one of ${Object.keys(INITIATORS).join(', ')}`,
  status: `one of ${Object.keys(STATUSES).join(', ')}`,
  area: 'the slug of a thematic area',
  funder: 'the slug of a funding organisation, or membership-fees',
  county: `a two-digit county code (${Object.keys(COUNTIES).join(', ')})`,
  yearFrom: 'a year from 1900 to 2100',
  yearTo: 'a year from 1900 to 2100, not before yearFrom',
  open: '1 or true',
  sort: `one of ${SORTS.join(', ')} (relevance only with q)`,
  cursor: 'the nextCursor of an earlier response with the same sort and filters',
  limit: `an integer from 1 to ${MAX_LIMIT}`,
  delimiter: `one of ${Object.keys(CSV_DELIMITERS).join(', ')}`,
  kind: `one of ${Object.values(ORGANISATION_KIND_CODES).join(', ')}`,
};

export type Parsed<T> = { value: T; invalid: string[]; unknown: string[] };

/** Names of parameters the endpoint does not take, and of any given more than once. */
export function unexpectedParameters(params: URLSearchParams, allowed: readonly string[]): string[] {
  const names = [...params.keys()];
  const unexpected = names.filter((name, i) => !allowed.includes(name) || names.indexOf(name) !== i);
  return [...new Set(unexpected)];
}

export function parseNetworkListParams(params: URLSearchParams): Parsed<RegistryQuery> {
  const { query, invalid } = parseRegistryQuery(params, DEFAULT_LIMIT);
  return { value: query, invalid, unknown: unexpectedParameters(params, NETWORK_LIST_PARAMETERS) };
}

export function parseNetworkCsvParams(params: URLSearchParams): Parsed<{ query: RegistryQuery; delimiter: CsvDelimiterName }> {
  const filters = new URLSearchParams([...params].filter(([name]) => (NETWORK_FILTERS as readonly string[]).includes(name)));
  const { query, invalid } = parseRegistryQuery(filters, DEFAULT_LIMIT);
  const delimiter = params.get('delimiter') ?? 'comma';
  const isDelimiter = Object.hasOwn(CSV_DELIMITERS, delimiter);
  return {
    value: { query, delimiter: isDelimiter ? (delimiter as CsvDelimiterName) : 'comma' },
    invalid: isDelimiter ? invalid : [...invalid, 'delimiter'],
    unknown: unexpectedParameters(params, NETWORK_CSV_PARAMETERS),
  };
}

const KIND_BY_CODE = Object.fromEntries(Object.entries(ORGANISATION_KIND_CODES).map(([kind, code]) => [code, kind])) as Record<
  OrganisationKindCode,
  OrganizationKind
>;

const ZOrganisationParams = {
  kind: z.enum(Object.values(ORGANISATION_KIND_CODES) as [OrganisationKindCode, ...OrganisationKindCode[]]).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).optional(),
};

export type OrganisationQuery = { kind?: OrganizationKind; afterSlug?: string; limit: number };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The organisations cursor: the last slug of the page, opaque to clients. */
export function encodeOrganisationCursor(slug: string): string {
  return Buffer.from(JSON.stringify(['slug', slug])).toString('base64url');
}

export function decodeOrganisationCursor(cursor: string): string | null {
  try {
    const payload: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(payload) || payload.length !== 2 || payload[0] !== 'slug') return null;
    const slug: unknown = payload[1];
    return typeof slug === 'string' && slug.length <= 100 && SLUG.test(slug) ? slug : null;
  } catch {
    return null;
  }
}

export function parseOrganisationParams(params: URLSearchParams): Parsed<OrganisationQuery> {
  const invalid: string[] = [];
  const value = (name: keyof typeof ZOrganisationParams) => {
    const text = params.get(name);
    const result = ZOrganisationParams[name].safeParse(text === null || text === '' ? undefined : text);
    if (!result.success) invalid.push(name);
    return result.success ? result.data : undefined;
  };
  const kind = value('kind') as OrganisationKindCode | undefined;
  const cursor = value('cursor') as string | undefined;
  const limit = value('limit') as number | undefined;
  const afterSlug = cursor ? decodeOrganisationCursor(cursor) : undefined;
  if (afterSlug === null) invalid.push('cursor');
  return {
    value: { kind: kind ? KIND_BY_CODE[kind] : undefined, afterSlug: afterSlug ?? undefined, limit: limit ?? DEFAULT_LIMIT },
    invalid,
    unknown: unexpectedParameters(params, ORGANISATION_PARAMETERS),
  };
}

/** The 400 message: every bad parameter with what it accepts. */
export function invalidParametersMessage(
  invalid: readonly string[],
  unknown: readonly string[],
  allowed: readonly string[],
  // An endpoint whose parameter shares a name with another's (status) passes its own hints.
  hints: Readonly<Record<string, string>> = PARAMETER_HINTS,
): string {
  const parts = [
    ...invalid.map((name) => `${name} must be ${hints[name] ?? 'valid'}`),
    ...unknown.map((name) =>
      allowed.includes(name) ? `${name} is given more than once` : `${name} is not a parameter of this endpoint (it takes ${allowed.join(', ') || 'none'})`,
    ),
  ];
  return `Invalid query parameters: ${parts.join('; ')}. See /api/v1/openapi.json.`;
}
