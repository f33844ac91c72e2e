// The register's view as URL parameters, pure: the filters (status, ladder step, area, words
// in the title), the order, and the cursor of the page. The filter form is a GET form and the
// next page a link, so every view is an address and works without JavaScript. A value that
// is not one of the choices reads as "all", and a forged or damaged cursor as the first page.
import type { LadderStep, NeedStatus } from '@/generated/prisma/enums';
import type { SearchParams } from '@/ui/search-params';

import { NEED_STATUSES } from './need-status';
import { cursorTime, isCursorId, isCursorText } from '@/server/cursor-values';

export const NEED_SORTS = ['newest', 'title', 'status'] as const;
export type NeedSort = (typeof NEED_SORTS)[number];

const STEPS: readonly LadderStep[] = ['INITIATE', 'INTRODUCE', 'IMPLEMENT'];

/** '' = every status but archived; 'ALL' = every status. */
export type StatusFilter = NeedStatus | '' | 'ALL';
/** '' = every step; 'NONE' = not assessed yet. */
export type StepFilter = LadderStep | '' | 'NONE';

export type NeedListFilters = { status: StatusFilter; step: StepFilter; areaId: string; q: string; sort: NeedSort };

/** Where the next page starts: the last row's sort key, creation time and id. */
export type NeedCursor = { sort: NeedSort; key: string; at: Date; id: string };

export const NEED_SEARCH_MAX = 200;


const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export function parseNeedListParams(params: SearchParams): { filters: NeedListFilters; rawCursor: string; cursor: NeedCursor | null } {
  const status = first(params.status);
  const step = first(params.step);
  const sort = first(params.sort);
  const areaId = first(params.area).trim();
  const filters: NeedListFilters = {
    status: status === 'ALL' || (NEED_STATUSES as readonly string[]).includes(status) ? (status as StatusFilter) : '',
    step: step === 'NONE' || (STEPS as readonly string[]).includes(step) ? (step as StepFilter) : '',
    areaId: areaId.length <= 64 ? areaId : '',
    q: first(params.q).trim().slice(0, NEED_SEARCH_MAX),
    sort: (NEED_SORTS as readonly string[]).includes(sort) ? (sort as NeedSort) : 'newest',
  };
  const rawCursor = first(params.cursor);
  const cursor = rawCursor ? decodeNeedCursor(rawCursor) : null;
  // A cursor of another order would skip or repeat rows: start over instead.
  return { filters, rawCursor, cursor: cursor && cursor.sort === filters.sort ? cursor : null };
}

/** The register's address for a view; parameters at their default are left out. */
export function needListHref(base: string, filters: NeedListFilters, cursor?: string): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.status) params.set('status', filters.status);
  if (filters.step) params.set('step', filters.step);
  if (filters.areaId) params.set('area', filters.areaId);
  if (filters.sort !== 'newest') params.set('sort', filters.sort);
  if (cursor) params.set('cursor', cursor);
  return params.size > 0 ? `${base}?${params}` : base;
}

export function isFiltered(filters: NeedListFilters): boolean {
  return Boolean(filters.q || filters.status || filters.step || filters.areaId);
}

export function encodeNeedCursor(cursor: NeedCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.at.toISOString(), cursor.id])).toString('base64url');
}

export function decodeNeedCursor(value: string): NeedCursor | null {
  if (value.length > 800) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 4) return null;
    const [sort, key, time, id] = parsed;
    if (!(NEED_SORTS as readonly unknown[]).includes(sort)) return null;
    if (!isCursorText(key) || !isCursorId(id)) return null;
    if (sort === 'status' && !(NEED_STATUSES as readonly string[]).includes(key)) return null;
    const at = cursorTime(time);
    return at && { sort: sort as NeedSort, key, at, id };
  } catch {
    return null;
  }
}
