// The mail sender: delivers the outbox (Notification rows written in the same transaction as
// the event that caused them) through a nodemailer transport, oldest first. Safe with several
// senders at once (server instances, or the script beside a server on PostgreSQL): a batch is
// claimed in one statement with FOR UPDATE SKIP LOCKED, so no message is taken twice; a claim
// left by a sender that stopped is released after ten minutes. A message whose kind the person
// has turned off is marked MUTED, not sent; one the person may turn off leaves with its
// unsubscribe link and headers (outgoing-mail.ts). A failed send, and a claim that went stale
// (the sender may have crashed on that very message), count as a try: the message waits with
// exponential backoff and after the last try is FAILED, which an admin sees in the outbox
// (retry-schedule.ts). Takes the database client as a parameter, so it runs in the server's
// worker (outbox-worker.ts) as well as in scripts.
import type { Transporter } from 'nodemailer';

import type { PrismaClient } from '@/generated/prisma/client';

import { isMutableMailKind } from './mail-kinds';
import { composeMail, mailLinks, mailOptions, type MailLinks } from './outgoing-mail';
import { afterFailure, describeSendError, retryPolicy, type RetryPolicy } from './retry-schedule';

export const DEFAULT_FROM = 'Trappan <no-reply@trappan.se>';

/** A claim older than this is taken to belong to a sender that stopped. */
export const STALE_CLAIM_MS = 10 * 60 * 1000;

/** `failed` counts failed tries, whether the message waits for another one or is given up. */
export type DeliveryResult = { sent: number; failed: number; muted: number };

type Claimed = { id: string; email: string; subject: string; body: string; kind: string; userId: string | null; attempts: number; mutedMailKinds: string[] | null };

/** Said of a claim that went stale, in the outbox's last error. */
export const STALE_CLAIM_ERROR = 'The sender stopped while sending this message.';

/** Said once per process: the sender's AUTH_SECRET must be the server's, or the links do not work. */
let warnedUnsigned = false;

export async function deliverPendingNotifications({
  prisma,
  transport,
  batchSize = 50,
  from = DEFAULT_FROM,
  now = () => new Date(),
  links = mailLinks(),
  retry = retryPolicy(),
}: {
  prisma: PrismaClient;
  transport: Pick<Transporter, 'sendMail'>;
  batchSize?: number;
  from?: string;
  now?: () => Date;
  /** The site's address and the key that signs unsubscribe links; from the environment by default. */
  links?: MailLinks;
  /** How often and how long a failed message is tried again; from the environment by default. */
  retry?: RetryPolicy;
}): Promise<DeliveryResult> {
  const claimedAt = now();
  await releaseStaleClaims(prisma, claimedAt, retry);
  // "attempts" counts from the claim: a sender that crashes mid-send has used up a try.
  const claimed = await prisma.$queryRaw<Claimed[]>`
    WITH batch AS (
      SELECT "id" FROM "Notification"
      WHERE "status" = 'PENDING' AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${claimedAt})
      ORDER BY "createdAt", "id" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE "Notification" AS n SET "status" = 'SENDING', "claimedAt" = ${claimedAt}, "attempts" = n."attempts" + 1
      FROM batch WHERE n."id" = batch."id"
      RETURNING n."id", n."email", n."subject", n."body", n."kind", n."userId", n."attempts", n."createdAt"
    )
    SELECT c."id", c."email", c."subject", c."body", c."kind", c."userId", c."attempts", u."mutedMailKinds"
    FROM claimed AS c LEFT JOIN "User" AS u ON u."id" = c."userId"
    ORDER BY c."createdAt", c."id"`;

  const result: DeliveryResult = { sent: 0, failed: 0, muted: 0 };
  for (const message of claimed) {
    let status: 'SENT' | 'FAILED' | 'MUTED' = 'SENT';
    let error: string | null = null;
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
      } catch (thrown) {
        status = 'FAILED';
        error = describeSendError(thrown);
        console.error(`Could not send notification ${message.id} (try ${message.attempts} of ${retry.maxAttempts}): ${error}`);
      }
    }
    const data =
      status === 'FAILED'
        ? { ...afterFailure(message.attempts, now(), retry), lastError: error, claimedAt: null }
        : { status, sentAt: status === 'SENT' ? now() : null, nextAttemptAt: null };
    // Only this claim is marked: a claim that went stale and was taken over is left alone.
    const { count } = await prisma.notification.updateMany({ where: { id: message.id, status: 'SENDING', claimedAt }, data });
    if (count === 1) result[status === 'SENT' ? 'sent' : status === 'FAILED' ? 'failed' : 'muted'] += 1;
  }
  return result;
}

/**
 * Claims older than STALE_CLAIM_MS belong to a sender that stopped: back in the queue with the
 * backoff of a failed try counted from the claim (so usually due at once), or FAILED when that
 * was the last one.
 */
async function releaseStaleClaims(prisma: PrismaClient, now: Date, retry: RetryPolicy): Promise<void> {
  const stale = await prisma.notification.findMany({
    where: { status: 'SENDING', claimedAt: { lt: new Date(now.getTime() - STALE_CLAIM_MS) } },
    select: { id: true, attempts: true, claimedAt: true },
  });
  for (const message of stale) {
    // The claim's time in the condition: a sender that released it first has moved it on.
    await prisma.notification.updateMany({
      where: { id: message.id, status: 'SENDING', claimedAt: message.claimedAt },
      data: { ...afterFailure(message.attempts, message.claimedAt ?? now, retry), claimedAt: null, lastError: STALE_CLAIM_ERROR },
    });
  }
}
