// The mail sender: delivers the outbox (Notification rows written in the same transaction as
// the event that caused them) through a nodemailer transport, oldest first, and marks each
// message SENT with the time, or FAILED. A failed message is not retried automatically: an
// admin sees it in the outbox. Run one sender at a time (scripts/deliver-outbox.ts).
// Takes the database client as a parameter, so it runs in scripts as well as in the server.
import type { Transporter } from 'nodemailer';

import type { PrismaClient } from '@/generated/prisma/client';

export const DEFAULT_FROM = 'Trappan <no-reply@trappan.se>';

export type DeliveryResult = { sent: number; failed: number };

export async function deliverPendingNotifications({
  prisma,
  transport,
  batchSize = 50,
  from = DEFAULT_FROM,
  now = () => new Date(),
}: {
  prisma: PrismaClient;
  transport: Pick<Transporter, 'sendMail'>;
  batchSize?: number;
  from?: string;
  now?: () => Date;
}): Promise<DeliveryResult> {
  const pending = await prisma.notification.findMany({
    where: { status: 'PENDING' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: batchSize,
    select: { id: true, email: true, subject: true, body: true },
  });
  const result: DeliveryResult = { sent: 0, failed: 0 };
  for (const message of pending) {
    let delivered = true;
    try {
      await transport.sendMail({ from, to: message.email, subject: message.subject, text: message.body });
    } catch (error) {
      delivered = false;
      console.error(`Could not send notification ${message.id}:`, error instanceof Error ? error.message : error);
    }
    // Only a message still pending is marked, so a message is never marked twice.
    const { count } = await prisma.notification.updateMany({
      where: { id: message.id, status: 'PENDING' },
      data: delivered ? { status: 'SENT', sentAt: now() } : { status: 'FAILED' },
    });
    if (count === 1) result[delivered ? 'sent' : 'failed'] += 1;
  }
  return result;
}
