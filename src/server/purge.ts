// Deletes what has outlived its use: used or expired single-use links a week after they
// expired, sign-in throttle rows and rate-limit windows after a quiet day, ended sessions,
// creating forms' submission keys after a day, and accounts whose address was never confirmed a week after sign-up (their mails and audit
// references go with them: the audit rows stay, without the actor). Run hourly by the worker.
import type { PrismaClient } from '@/generated/prisma/client';

const DAY_MS = 24 * 60 * 60 * 1000;

export type PurgeResult = { tokens: number; throttles: number; rateLimits: number; sessions: number; unverifiedAccounts: number; formSubmissions: number };

export async function purgeExpired(prisma: PrismaClient, now: Date): Promise<PurgeResult> {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  return prisma.$transaction(async (tx) => {
    const tokens = await tx.accountToken.deleteMany({ where: { expiresAt: { lt: ago(7 * DAY_MS) } } });
    const throttles = await tx.signInThrottle.deleteMany({ where: { lastFailureAt: { lt: ago(DAY_MS) } } });
    const rateLimits = await tx.rateLimitBucket.deleteMany({ where: { windowStartedAt: { lt: ago(DAY_MS) } } });
    const sessions = await tx.userSession.deleteMany({ where: { expiresAt: { lt: now } } });
    // A form left open longer than a day and then sent simply creates its record.
    const formSubmissions = await tx.formSubmission.deleteMany({ where: { createdAt: { lt: ago(DAY_MS) } } });
    const never = { emailVerifiedAt: null, lastSignInAt: null, deletedAt: null, createdAt: { lt: ago(7 * DAY_MS) } };
    const ids = (await tx.user.findMany({ where: never, select: { id: true } })).map((u) => u.id);
    if (ids.length > 0) {
      await tx.notification.deleteMany({ where: { userId: { in: ids } } });
      await tx.auditEvent.updateMany({ where: { actorId: { in: ids } }, data: { actorId: null } });
      await tx.user.deleteMany({ where: { id: { in: ids } } });
    }
    return { tokens: tokens.count, throttles: throttles.count, rateLimits: rateLimits.count, sessions: sessions.count, unverifiedAccounts: ids.length, formSubmissions: formSubmissions.count };
  });
}
