// The audit log's view as URL parameters: the outcome filter and the page cursor (the shared
// log view of src/ui/log-view.ts).
import type { AuditOutcome } from '@/generated/prisma/enums';
import { logViewHref, parseLogView, type LogCursor } from '@/ui/log-view';
import type { SearchParams } from '@/ui/search-params';

export type AuditQuery = { outcome: AuditOutcome | null; cursor: LogCursor | null; invalidCursor: boolean };

const OUTCOMES: Record<string, AuditOutcome> = { allowed: 'ALLOWED', denied: 'DENIED' };

/** Reads the URL. An unknown outcome shows every event; a bad cursor shows the first page. */
export function parseAuditQuery(searchParams: SearchParams): AuditQuery {
  const { filter, ...page } = parseLogView(searchParams, 'outcome', OUTCOMES);
  return { outcome: filter, ...page };
}

/** The link to a view of the log: `base` with the filter and, for a later page, the cursor. */
export function auditHref(base: string, view: { outcome: AuditOutcome | null; cursor?: string | null }): string {
  return logViewHref(base, 'outcome', view.outcome, view.cursor);
}
