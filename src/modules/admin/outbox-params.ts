// The outbox view as URL parameters (status filter and page cursor), so every view is a link
// that works without JavaScript. The cursor is the audit log's: the time and id of the last
// row shown, opaque to the reader.
import type { NotificationStatus } from '@/generated/prisma/enums';
import { decodeAuditCursor, type AuditCursor } from '@/modules/audit/client';
import type { SearchParams } from '@/ui/search-params';

export type OutboxQuery = {
  status: NotificationStatus | null;
  cursor: AuditCursor | null;
  /** A cursor was given but could not be read; the first page is shown instead. */
  invalidCursor: boolean;
};

const STATUSES: Record<string, NotificationStatus> = { pending: 'PENDING', sent: 'SENT', failed: 'FAILED' };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Reads the URL. An unknown status shows every message; a bad cursor shows the first page. */
export function parseOutboxQuery(searchParams: SearchParams): OutboxQuery {
  const status = STATUSES[first(searchParams.status) ?? ''] ?? null;
  const rawCursor = first(searchParams.cursor);
  const cursor = rawCursor ? decodeAuditCursor(rawCursor) : null;
  return { status, cursor, invalidCursor: Boolean(rawCursor) && !cursor };
}

export function outboxHref(base: string, view: { status: NotificationStatus | null; cursor?: string | null }): string {
  const params = new URLSearchParams();
  if (view.status) params.set('status', view.status.toLowerCase());
  if (view.cursor) params.set('cursor', view.cursor);
  return params.size > 0 ? `${base}?${params}` : base;
}
