// The audit log's view as URL parameters (outcome filter and page cursor), so every view of
// the log is a link that can be shared, bookmarked and opened without JavaScript.
import type { AuditOutcome } from '@/generated/prisma/enums';
import { decodeTimeCursor, encodeTimeCursor } from '@/server/time-cursor';
import type { SearchParams } from '@/ui/search-params';


/** The last event of a page: the next page starts after it (newest first). */
export type AuditCursor = { createdAt: Date; id: string };

export type AuditQuery = {
  outcome: AuditOutcome | null;
  cursor: AuditCursor | null;
  /** A cursor was given but could not be read; the first page is shown instead. */
  invalidCursor: boolean;
};

const OUTCOMES: Record<string, AuditOutcome> = { allowed: 'ALLOWED', denied: 'DENIED' };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Opaque to the reader: the time and id of the last row shown. */
export function encodeAuditCursor(cursor: AuditCursor): string {
  return encodeTimeCursor({ at: cursor.createdAt, id: cursor.id });
}

export function decodeAuditCursor(value: string): AuditCursor | null {
  const cursor = decodeTimeCursor(value);
  return cursor && { createdAt: cursor.at, id: cursor.id };
}

/** Reads the URL. An unknown outcome shows every event; a bad cursor shows the first page. */
export function parseAuditQuery(searchParams: SearchParams): AuditQuery {
  const outcome = OUTCOMES[first(searchParams.outcome) ?? ''] ?? null;
  const rawCursor = first(searchParams.cursor);
  const cursor = rawCursor ? decodeAuditCursor(rawCursor) : null;
  return { outcome, cursor, invalidCursor: Boolean(rawCursor) && !cursor };
}

/** The link to a view of the log: `base` with the filter and, for a later page, the cursor. */
export function auditHref(base: string, view: { outcome: AuditOutcome | null; cursor?: string | null }): string {
  const params = new URLSearchParams();
  if (view.outcome) params.set('outcome', view.outcome.toLowerCase());
  if (view.cursor) params.set('cursor', view.cursor);
  return params.size > 0 ? `${base}?${params}` : base;
}
