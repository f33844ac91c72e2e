// Delivers the outbox from inside the server process, so mail leaves a default installation:
// on the embedded database no second process may open the data folder, so a separate sender
// cannot run beside the server. Every few seconds (TRAPPAN_OUTBOX_INTERVAL_MS, default 5000)
// one run, never two at once; several server instances are safe (deliver-outbox.ts claims
// with SKIP LOCKED). Through SMTP_URL when set; in demo mode without it, messages are only
// marked sent, and the demo mailbox (/{locale}/demo/mailbox) shows them. Otherwise mail stays
// in the outbox, and the worker says so once. TRAPPAN_OUTBOX_WORKER=off turns it off. Once an
// hour (and at start) it also purges what has outlived its use and its retention period
// (src/server/purge.ts, src/server/retention.ts) and logs the counts; that runs even when mail
// cannot leave, since expired sessions and counters pile up regardless.
import 'server-only';

import nodemailer from 'nodemailer';

import { db } from '@/server/db/client';
import { isDemoMode } from '@/server/db/database-config';
import { describePurge, purgeExpired } from '@/server/purge';
import { readRetentionPeriods } from '@/server/retention';

import { DEFAULT_FROM, deliverPendingNotifications } from './deliver-outbox';

type Env = Record<string, string | undefined>;
type Transport = { sendMail: (message: object) => Promise<unknown> };

const PURGE_EVERY_MS = 60 * 60 * 1000;
const DEFAULT_INTERVAL_MS = 5000;
/** Below this a misconfigured interval would keep the database busy for nothing. */
const MIN_INTERVAL_MS = 500;
const BATCH_SIZE = 50;
/** Full batches sent back to back in one run, so a burst (a published agenda to a large
 * network) drains in one go without one run holding the worker indefinitely. */
const MAX_BATCHES_PER_RUN = 20;

/** What the worker sends through, from the environment; null when mail cannot leave. */
export function outboxTransport(env: Env): Transport | null {
  const smtpUrl = env.SMTP_URL?.trim();
  if (smtpUrl) return nodemailer.createTransport(smtpUrl);
  // Demo mode: nothing leaves the machine, but the message counts as sent so the demo
  // mailbox (which reads SENT rows) shows it.
  if (isDemoMode(env)) return { sendMail: async () => ({}) };
  return null;
}

/** Milliseconds between runs: TRAPPAN_OUTBOX_INTERVAL_MS, or the default when unset or not a number. */
export function outboxInterval(env: Env): number {
  const parsed = Number.parseInt(env.TRAPPAN_OUTBOX_INTERVAL_MS?.trim() ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 ? Math.max(MIN_INTERVAL_MS, parsed) : DEFAULT_INTERVAL_MS;
}

export function outboxFrom(env: Env): string {
  return env.MAIL_FROM?.trim() || DEFAULT_FROM;
}

export function startOutboxWorker(env: Env = process.env): void {
  // One worker per process, also when the development server reloads this module.
  const holder = globalThis as typeof globalThis & { trappanOutboxWorker?: boolean };
  if (holder.trappanOutboxWorker || env.TRAPPAN_OUTBOX_WORKER === 'off') return;
  holder.trappanOutboxWorker = true;

  const transport = outboxTransport(env);
  if (!transport) console.warn('SMTP_URL is not set: mail stays in the outbox (an admin reads it at /sv/admin/outbox).');
  const from = outboxFrom(env);
  // Checked at start (src/instrumentation.ts), so this does not throw here.
  const periods = readRetentionPeriods(env);
  let running = false;
  let lastPurge = 0;

  const tick = async () => {
    if (running) return;
    running = true;
    try {
      if (transport) {
        for (let round = 0; round < MAX_BATCHES_PER_RUN; round += 1) {
          const batch = await deliverPendingNotifications({ prisma: db(), transport, from, batchSize: BATCH_SIZE });
          if (batch.sent + batch.failed + batch.muted < BATCH_SIZE) break;
        }
      }
      if (Date.now() - lastPurge >= PURGE_EVERY_MS) {
        lastPurge = Date.now();
        console.log(describePurge(await purgeExpired(db(), new Date(), { periods })));
      }
    } catch (error) {
      console.error('The outbox worker failed this round:', error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  // Unref'd: the timers must never keep a stopping server alive.
  setInterval(tick, outboxInterval(env)).unref();
  // The first run a moment after start, not during it: the server is still opening up.
  setTimeout(tick, 1000).unref();
}
