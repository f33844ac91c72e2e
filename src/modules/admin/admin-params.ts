// The admin lists' views as URL parameters: a search text, for people a filter (those waiting
// for confirmation) and the page cursor. The lists are in name order, so the cursor is the
// last row's (name, id), encoded for the URL. Pure, so it is unit-tested beside.
import type { SearchParams } from '@/ui/search-params';
import { isCursorId, isCursorText } from '@/server/cursor-values';

export type NameCursor = { name: string; id: string };

/** The longest search text read from the URL; longer ones are cut. */
const MAX_SEARCH = 100;

export function encodeNameCursor(cursor: NameCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id]), 'utf8').toString('base64url');
}

export function decodeNameCursor(value: string): NameCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [name, id] = parsed as unknown[];
    return isCursorText(name) && isCursorId(id) ? { name, id } : null;
  } catch {
    return null;
  }
}

const firstParam = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

const searchText = (searchParams: SearchParams) => (firstParam(searchParams.q) ?? '').trim().slice(0, MAX_SEARCH);

function readCursor(searchParams: SearchParams): { cursor: NameCursor | null; invalidCursor: boolean } {
  const raw = firstParam(searchParams.cursor);
  if (!raw) return { cursor: null, invalidCursor: false };
  const cursor = decodeNameCursor(raw);
  return { cursor, invalidCursor: cursor === null };
}

function href(base: string, params: Array<[string, string | null | undefined]>): string {
  const query = new URLSearchParams();
  for (const [name, value] of params) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

export type PeopleQuery = { q: string; pendingOnly: boolean; cursor: NameCursor | null; invalidCursor: boolean };

/** Reads the people list's URL. An unknown filter shows everyone; a bad cursor the first page. */
export function parsePeopleQuery(searchParams: SearchParams): PeopleQuery {
  return { q: searchText(searchParams), pendingOnly: firstParam(searchParams.affiliation) === 'pending', ...readCursor(searchParams) };
}

export function peopleHref(base: string, view: { q: string; pendingOnly: boolean; cursor?: string | null }): string {
  return href(base, [
    ['q', view.q],
    ['affiliation', view.pendingOnly ? 'pending' : null],
    ['cursor', view.cursor],
  ]);
}

export type OrganisationsQuery = { q: string; cursor: NameCursor | null; invalidCursor: boolean };

export function parseOrganisationsQuery(searchParams: SearchParams): OrganisationsQuery {
  return { q: searchText(searchParams), ...readCursor(searchParams) };
}

export function organisationsHref(base: string, view: { q: string; cursor?: string | null }): string {
  return href(base, [
    ['q', view.q],
    ['cursor', view.cursor],
  ]);
}
