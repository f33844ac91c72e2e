// A log's view in its URL (the audit log, the outbox): one filter and the page cursor, so every
// view is a link that can be shared, bookmarked and opened without JavaScript. The cursor is
// the time and id of the last row shown (newest first), opaque to the reader.
import { decodeTimeCursor, encodeTimeCursor } from '@/server/time-cursor';

import type { SearchParams } from './search-params';

/** The last row of a page: the next page starts after it. */
export type LogCursor = { createdAt: Date; id: string };

export type LogView<F extends string> = {
  filter: F | null;
  cursor: LogCursor | null;
  /** A cursor was given but could not be read; the first page is shown instead. */
  invalidCursor: boolean;
};

export function encodeLogCursor(cursor: LogCursor): string {
  return encodeTimeCursor({ at: cursor.createdAt, id: cursor.id });
}

export function decodeLogCursor(value: string): LogCursor | null {
  const cursor = decodeTimeCursor(value);
  return cursor && { createdAt: cursor.at, id: cursor.id };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Reads the URL. An unknown filter value shows every row; a bad cursor shows the first page. */
export function parseLogView<F extends string>(searchParams: SearchParams, filterName: string, filterValues: Record<string, F>): LogView<F> {
  const raw = first(searchParams[filterName]) ?? '';
  const filter = Object.hasOwn(filterValues, raw) ? filterValues[raw]! : null;
  const rawCursor = first(searchParams.cursor);
  const cursor = rawCursor ? decodeLogCursor(rawCursor) : null;
  return { filter, cursor, invalidCursor: Boolean(rawCursor) && !cursor };
}

/** The link to a view: `base` with the filter (in lower case) and, for a later page, the cursor. */
export function logViewHref(base: string, filterName: string, filter: string | null, cursor?: string | null): string {
  const params = new URLSearchParams();
  if (filter) params.set(filterName, filter.toLowerCase());
  if (cursor) params.set('cursor', cursor);
  return params.size > 0 ? `${base}?${params}` : base;
}
