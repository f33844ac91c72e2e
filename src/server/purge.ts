// Deletes what has outlived its use: used or expired single-use links a week after they
// expired, ended sessions, creating forms' submission keys after a day, accounts whose address
// was never confirmed a week after sign-up (their mails and audit references go with them: the
// audit rows stay, without the actor), and what the retention periods (src/server/retention.ts)
// say: audit events, the outbox's sent, muted and failed mail (never pending mail), sign-in and
// rate-limit counters; ended memberships keep their row, which the dashboards' history counts,
// but lose why and by whom they ended. Run hourly by the outbox worker and by `npm run db:purge`.
//
// Every delete is bounded (PURGE_BATCH_SIZE rows a statement, repeated until less is left), so
// the first purge of a large database never holds one long transaction or lock.
import { Prisma, type PrismaClient } from '@/generated/prisma/client';

import { readRetentionPeriods, type RetentionPeriods } from './retention';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
export const PURGE_BATCH_SIZE = 1000;

export type PurgeResult = {
  tokens: number;
  throttles: number;
  rateLimits: number;
  sessions: number;
  unverifiedAccounts: number;
  formSubmissions: number;
  auditEvents: number;
  mails: number;
  /** Ended memberships whose details were removed (the rows stay). */
  endedMemberships: number;
};

type Options = { periods?: RetentionPeriods; batchSize?: number };

export async function purgeExpired(prisma: PrismaClient, now: Date, options: Options = {}): Promise<PurgeResult> {
  const periods = options.periods ?? readRetentionPeriods();
  const batchSize = options.batchSize ?? PURGE_BATCH_SIZE;
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const inBatches = (table: string, where: Prisma.Sql) => deleteInBatches(prisma, table, where, batchSize);
  const throttleCutoff = ago(periods.throttleHours * HOUR_MS);
  const mailCutoff = ago(periods.mailDays * DAY_MS);

  const tokens = await inBatches('AccountToken', Prisma.sql`"expiresAt" < ${ago(7 * DAY_MS)}`);
  const throttles = await inBatches('SignInThrottle', Prisma.sql`"lastFailureAt" < ${throttleCutoff}`);
  const rateLimits = await inBatches('RateLimitBucket', Prisma.sql`"windowStartedAt" < ${throttleCutoff}`);
  const sessions = await inBatches('UserSession', Prisma.sql`"expiresAt" < ${now}`);
  // A form left open longer than a day and then sent simply creates its record.
  const formSubmissions = await inBatches('FormSubmission', Prisma.sql`"createdAt" < ${ago(DAY_MS)}`);
  const unverifiedAccounts = await purgeUnverifiedAccounts(prisma, ago(7 * DAY_MS), batchSize);
  // Pending and claimed mail is never purged: it has not left yet. A mail that waited long in
  // the outbox counts from when it was sent; the createdAt bound lets the index find them.
  const mails = await inBatches(
    'Notification',
    Prisma.sql`status IN ('SENT', 'MUTED', 'FAILED') AND "createdAt" < ${mailCutoff} AND coalesce("sentAt", "createdAt") < ${mailCutoff}`,
  );
  const auditEvents = periods.auditYears === null ? 0 : await inBatches('AuditEvent', Prisma.sql`"createdAt" < ${yearsBefore(now, periods.auditYears)}`);
  const endedMemberships = periods.endedMembershipDays === null ? 0 : await minimiseEndedMemberships(prisma, ago(periods.endedMembershipDays * DAY_MS), batchSize);

  return { tokens, throttles, rateLimits, sessions, unverifiedAccounts, formSubmissions, auditEvents, mails, endedMemberships };
}

/** One log line with every count, for the worker's log and the script's output. */
export function describePurge(result: PurgeResult): string {
  const parts = Object.entries(result).map(([what, count]) => `${what}=${count}`);
  return `Purged ${parts.join(' ')}`;
}

/** The same calendar day `years` earlier (29 February falls back to 1 March). */
function yearsBefore(now: Date, years: number): Date {
  const date = new Date(now);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date;
}

/**
 * Deletes the rows of `table` that match `where`, batchSize at a time, each batch its own
 * statement. Rows are picked by ctid so one helper serves every table whatever its key.
 */
async function deleteInBatches(prisma: PrismaClient, table: string, where: Prisma.Sql, batchSize: number): Promise<number> {
  const name = Prisma.raw(`"${table}"`);
  let total = 0;
  for (;;) {
    const count = await prisma.$executeRaw`DELETE FROM ${name} WHERE ctid = ANY(ARRAY(SELECT ctid FROM ${name} WHERE ${where} LIMIT ${batchSize}))`;
    total += count;
    if (count < batchSize) return total;
  }
}

/**
 * An ended membership stays a row: the members-per-quarter history, the overview's trend and
 * the attendance rates read its organisation, role and dates, and the person's link is what the
 * network's past-members list shows. What goes is what only mattered while it was recent: the
 * reason and who removed the person, their competence and whether they were listed.
 */
async function minimiseEndedMemberships(prisma: PrismaClient, cutoff: Date, batchSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await prisma.$executeRaw`
      UPDATE "Membership" SET "removedReason" = NULL, "removedById" = NULL, competence = NULL, "isListed" = false
       WHERE ctid = ANY(ARRAY(
         SELECT ctid FROM "Membership"
          WHERE status IN ('LEFT', 'REMOVED')
            AND ("leftAt" < ${cutoff} OR ("leftAt" IS NULL AND "joinedAt" < ${cutoff}))
            AND ("removedReason" IS NOT NULL OR "removedById" IS NOT NULL OR competence IS NOT NULL OR "isListed")
          LIMIT ${batchSize}))`;
    total += count;
    if (count < batchSize) return total;
  }
}

/**
 * Accounts never confirmed nor used, a batch of people per transaction (their mail, their audit
 * references, the row). An account something else still points to (a membership an
 * administrator made for it) stays: its batch is retried one account at a time, and the purge
 * goes on past it instead of stopping every hour at the same row.
 */
async function purgeUnverifiedAccounts(prisma: PrismaClient, signedUpBefore: Date, batchSize: number): Promise<number> {
  const never = { emailVerifiedAt: null, lastSignInAt: null, deletedAt: null, createdAt: { lt: signedUpBefore } };
  let total = 0;
  let after: string | undefined;
  for (;;) {
    const found = (await prisma.user.findMany({ where: { ...never, ...(after ? { id: { gt: after } } : {}) }, select: { id: true }, orderBy: { id: 'asc' }, take: batchSize })).map((u) => u.id);
    if (found.length === 0) return total;
    after = found.at(-1);
    try {
      total += await deleteUnverifiedAccounts(prisma, found);
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
      for (const id of found) total += await deleteUnverifiedAccounts(prisma, [id]).catch((e: unknown) => (isForeignKeyViolation(e) ? 0 : Promise.reject(e)));
    }
    if (found.length < batchSize) return total;
  }
}

function deleteUnverifiedAccounts(prisma: PrismaClient, found: string[]): Promise<number> {
  return prisma.$transaction(async (tx) => {
    // Locked and checked again: someone who confirms their address meanwhile keeps everything.
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "User" WHERE id IN (${Prisma.join(found)}) AND "emailVerifiedAt" IS NULL AND "lastSignInAt" IS NULL AND "deletedAt" IS NULL FOR UPDATE`;
    const ids = locked.map((row) => row.id);
    if (ids.length === 0) return 0;
    await tx.notification.deleteMany({ where: { userId: { in: ids } } });
    await tx.auditEvent.updateMany({ where: { actorId: { in: ids } }, data: { actorId: null } });
    return (await tx.user.deleteMany({ where: { id: { in: ids } } })).count;
  });
}

/** A row another table still points to: PostgreSQL's 23503 or 23001 (RESTRICT), raw or as Prisma reports it. */
function isForeignKeyViolation(error: unknown): boolean {
  const { code, meta } = (error ?? {}) as { code?: unknown; meta?: { driverAdapterError?: { cause?: { code?: unknown; originalCode?: unknown } } } };
  const cause = meta?.driverAdapterError?.cause;
  return [code, cause?.code, cause?.originalCode].some((c) => c === 'P2003' || c === '23503' || c === '23001');
}
