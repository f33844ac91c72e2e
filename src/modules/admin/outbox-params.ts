// The outbox view as URL parameters: the status filter and the page cursor (the shared log view
// of src/ui/log-view.ts).
import type { NotificationStatus } from '@/generated/prisma/enums';
import { logViewHref, parseLogView, type LogCursor } from '@/ui/log-view';
import type { SearchParams } from '@/ui/search-params';

export type OutboxQuery = { status: NotificationStatus | null; cursor: LogCursor | null; invalidCursor: boolean };

const STATUSES: Record<string, NotificationStatus> = { pending: 'PENDING', sending: 'SENDING', sent: 'SENT', failed: 'FAILED', muted: 'MUTED' };

/** Reads the URL. An unknown status shows every message; a bad cursor shows the first page. */
export function parseOutboxQuery(searchParams: SearchParams): OutboxQuery {
  const { filter, ...page } = parseLogView(searchParams, 'status', STATUSES);
  return { status: filter, ...page };
}

/** The link to a view of the outbox: `base` with the filter and, for a later page, the cursor. */
export function outboxHref(base: string, view: { status: NotificationStatus | null; cursor?: string | null }): string {
  return logViewHref(base, 'status', view.status, view.cursor);
}
