// The mail sender: delivers the outbox (Notification rows written in the same transaction as
// the event that caused them) through a nodemailer transport, oldest first. Safe with several
// senders at once (server instances, or the script beside a server on PostgreSQL): a batch is
// claimed in one statement with FOR UPDATE SKIP LOCKED, so no message is taken twice; a claim
// left by a sender that stopped is released after ten minutes. A message whose kind the person
// has turned off is marked MUTED, not sent; one the person may turn off leaves with its
// unsubscribe link and headers (outgoing-mail.ts). A failed message is not retried
// automatically: an admin sees it in the outbox. Takes the database client as a parameter, so
// it runs in the server's worker (outbox-worker.ts) as well as in scripts.
import type { Transporter } from 'nodemailer';

import type { PrismaClient } from '@/generated/prisma/client';

import { isMutableMailKind } from './mail-kinds';
import { composeMail, mailLinks, mailOptions, type MailLinks } from './outgoing-mail';

export const DEFAULT_FROM = 'Trappan <no-reply@trappan.se>';

/** A claim older than this is taken to belong to a sender that stopped. */
export const STALE_CLAIM_MS = 10 * 60 * 1000;

export type DeliveryResult = { sent: number; failed: number; muted: number };

type Claimed = { id: string; email: string; subject: string; body: string; kind: string; userId: string | null; mutedMailKinds: string[] | null };

/** Said once per process: the sender's AUTH_SECRET must be the server's, or the links do not work. */
let warnedUnsigned = false;

export async function deliverPendingNotifications({
  prisma,
  transport,
  batchSize = 50,
  from = DEFAULT_FROM,
  now = () => new Date(),
  links = mailLinks(),
}: {
  prisma: PrismaClient;
  transport: Pick<Transporter, 'sendMail'>;
  batchSize?: number;
  from?: string;
  now?: () => Date;
  /** The site's address and the key that signs unsubscribe links; from the environment by default. */
  links?: MailLinks;
}): Promise<DeliveryResult> {
  const claimedAt = now();
  await prisma.notification.updateMany({
    where: { status: 'SENDING', claimedAt: { lt: new Date(claimedAt.getTime() - STALE_CLAIM_MS) } },
    data: { status: 'PENDING', claimedAt: null },
  });
  const claimed = await prisma.$queryRaw<Claimed[]>`
    WITH batch AS (
      SELECT "id" FROM "Notification" WHERE "status" = 'PENDING'
      ORDER BY "createdAt", "id" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE "Notification" AS n SET "status" = 'SENDING', "claimedAt" = ${claimedAt}
      FROM batch WHERE n."id" = batch."id"
      RETURNING n."id", n."email", n."subject", n."body", n."kind", n."userId", n."createdAt"
    )
    SELECT c."id", c."email", c."subject", c."body", c."kind", c."userId", u."mutedMailKinds"
    FROM claimed AS c LEFT JOIN "User" AS u ON u."id" = c."userId"
    ORDER BY c."createdAt", c."id"`;

  const result: DeliveryResult = { sent: 0, failed: 0, muted: 0 };
  for (const message of claimed) {
    let status: 'SENT' | 'FAILED' | 'MUTED' = 'SENT';
    // Only a kind a person may turn off is ever held back: account mails answer their own request.
    if (isMutableMailKind(message.kind) && message.mutedMailKinds?.includes(message.kind)) {
      status = 'MUTED';
    } else {
      const composed = composeMail(message, links);
      if (composed.unsigned && !warnedUnsigned) {
        warnedUnsigned = true;
        console.warn('AUTH_SECRET is not set: mails go out without their unsubscribe link. Give the sender the server’s AUTH_SECRET.');
      }
      try {
        await transport.sendMail({ from, to: message.email, subject: message.subject, ...mailOptions(composed) });
      } catch (error) {
        status = 'FAILED';
        console.error(`Could not send notification ${message.id}:`, error instanceof Error ? error.message : error);
      }
    }
    // Only this claim is marked: a claim that went stale and was taken over is left alone.
    const { count } = await prisma.notification.updateMany({
      where: { id: message.id, status: 'SENDING', claimedAt },
      data: { status, sentAt: status === 'SENT' ? now() : null },
    });
    if (count === 1) result[status === 'SENT' ? 'sent' : status === 'FAILED' ? 'failed' : 'muted'] += 1;
  }
  return result;
}
