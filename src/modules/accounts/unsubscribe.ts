// Turning off one kind of mail by the signed link the mail carries
// (src/server/mail/unsubscribe-link.ts), without signing in: the token is the authority. What
// the link's page shows, and the change that both the page's button and a mail program's
// one-click request make (docs/decisions/0015).
import 'server-only';

import type { Tx } from '@/server/actions/network-action';
import type { AuditSummary } from '@/server/audit';
import { db } from '@/server/db/client';
import { verifyUnsubscribeToken, type UnsubscribeTarget } from '@/server/mail/unsubscribe-link';

import type { MutableMailKind } from './mail-kinds';
import { maskEmail } from './mask-email';

/** The audit event of both ways in. */
export const UNSUBSCRIBE_ACTION = 'account.mail.unsubscribe';

export type UnsubscribeView = { kind: MutableMailKind; maskedEmail: string; alreadyOff: boolean };

/** What the link's page shows, or null for a link that does not work. Only reads: mail scanners open links. */
export async function readUnsubscribeLink(token: string): Promise<UnsubscribeView | null> {
  const target = verifyUnsubscribeToken(token);
  if (!target) return null;
  const user = await db().user.findFirst({ where: { id: target.userId, deletedAt: null }, select: { email: true, mutedMailKinds: true } });
  if (!user) return null;
  return { kind: target.kind, maskedEmail: maskEmail(user.email), alreadyOff: user.mutedMailKinds.includes(target.kind) };
}

export type MuteResult = { before: string[]; after: string[] };

/**
 * Adds the kind to the person's muted kinds, unless it is there already; null when the person
 * no longer exists. The row is locked first, so two clicks at once add it once.
 */
export async function muteMailKind(tx: Tx, target: UnsubscribeTarget): Promise<MuteResult | null> {
  const [row] = await tx.$queryRaw<Array<{ mutedMailKinds: string[] }>>`
    SELECT "mutedMailKinds" FROM "User" WHERE "id" = ${target.userId} AND "deletedAt" IS NULL FOR UPDATE`;
  if (!row) return null;
  const before = row.mutedMailKinds;
  if (before.includes(target.kind)) return { before, after: before };
  const after = [...before, target.kind];
  await tx.user.update({ where: { id: target.userId }, data: { mutedMailKinds: after } });
  return { before, after };
}

/** What the audit log keeps of an unsubscribe: the kinds before and after, and which way it came. */
export function unsubscribeAudit(result: MuteResult, kind: MutableMailKind, via: 'page' | 'oneClick'): AuditSummary {
  return { before: { mutedMailKinds: result.before }, after: { mutedMailKinds: result.after, kind, via } };
}
