// Delivers the outbox from inside the server process, so mail leaves a default installation:
// on the embedded database no second process may open the data folder, so a separate sender
// cannot run beside the server. Every few seconds (TRAPPAN_OUTBOX_INTERVAL_MS, default 5000)
// one run, never two at once; several server instances are safe (deliver-outbox.ts claims
// with SKIP LOCKED). Through SMTP_URL when set; in demo mode without it, messages are only
// marked sent, and the demo mailbox (/{locale}/demo/mailbox) shows them. Otherwise mail stays
// in the outbox, and the worker says so once. TRAPPAN_OUTBOX_WORKER=off turns it off. Once an
// hour it also purges what has outlived its use (src/server/purge.ts).
import 'server-only';

import nodemailer from 'nodemailer';

import { db } from '@/server/db/client';
import { isDemoMode } from '@/server/db/database-config';
import { purgeExpired } from '@/server/purge';

import { DEFAULT_FROM, deliverPendingNotifications } from './deliver-outbox';

const PURGE_EVERY_MS = 60 * 60 * 1000;

/** What the worker sends through, from the environment; null when mail cannot leave. */
export function outboxTransport(env: Record<string, string | undefined>): { sendMail: (message: object) => Promise<unknown> } | null {
  const smtpUrl = env.SMTP_URL?.trim();
  if (smtpUrl) return nodemailer.createTransport(smtpUrl);
  if (isDemoMode(env)) return { sendMail: async () => ({}) };
  return null;
}

export function startOutboxWorker(env: Record<string, string | undefined> = process.env): void {
  const holder = globalThis as typeof globalThis & { trappanOutboxWorker?: boolean };
  if (holder.trappanOutboxWorker || env.TRAPPAN_OUTBOX_WORKER === 'off') return;
  holder.trappanOutboxWorker = true;

  const transport = outboxTransport(env);
  if (!transport) console.warn('SMTP_URL is not set: mail stays in the outbox (an admin reads it at /sv/admin/outbox).');
  const interval = Math.max(500, Number.parseInt(env.TRAPPAN_OUTBOX_INTERVAL_MS ?? '5000', 10) || 5000);
  const from = env.MAIL_FROM?.trim() || DEFAULT_FROM;
  let running = false;
  let lastPurge = 0;

  const tick = async () => {
    if (running) return;
    running = true;
    try {
      if (transport) await deliverPendingNotifications({ prisma: db(), transport, from });
      if (Date.now() - lastPurge > PURGE_EVERY_MS) {
        lastPurge = Date.now();
        await purgeExpired(db(), new Date());
      }
    } catch (error) {
      console.error('The outbox worker failed this round:', error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  setInterval(tick, interval).unref();
  setTimeout(tick, 1000).unref();
}
