// Reads of the notification outbox for admins: newest first, a page at a time with a keyset
// cursor on (createdAt, id) (the index Notification(createdAt, id)), optionally one status;
// and how many it has given up on (status FAILED, the index Notification(status, createdAt)).
import 'server-only';

import type { NotificationStatus } from '@/generated/prisma/enums';
import type { CurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';
import { canReadAllAuditEvents } from '@/server/policy';
import { encodeLogCursor, type LogCursor } from '@/ui/log-view';

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxMessage = {
  id: string;
  createdAt: Date;
  sentAt: Date | null;
  email: string;
  recipientName: string | null;
  subject: string;
  body: string;
  kind: string;
  status: NotificationStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
};

/**
 * Messages the outbox has given up on, for the admin's eye (the nav's count, the page's
 * summary); null for anyone who may not read the outbox.
 */
export async function countFailedOutbox(viewer: CurrentUser | null): Promise<number | null> {
  if (!viewer || !canReadAllAuditEvents(viewer)) return null;
  return db().notification.count({ where: { status: 'FAILED' } });
}

export async function listOutbox(
  view: { status: NotificationStatus | null; cursor: LogCursor | null },
  limit = OUTBOX_PAGE_SIZE,
): Promise<{ messages: OutboxMessage[]; nextCursor: string | null }> {
  const { cursor } = view;
  const rows = await db().notification.findMany({
    where: {
      ...(view.status ? { status: view.status } : {}),
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: { id: true, createdAt: true, sentAt: true, email: true, subject: true, body: true, kind: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, user: { select: { name: true } } },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    nextCursor: rows.length > limit && last ? encodeLogCursor({ createdAt: last.createdAt, id: last.id }) : null,
    messages: page.map(({ user, ...row }) => ({ ...row, recipientName: user?.name ?? null })),
  };
}
