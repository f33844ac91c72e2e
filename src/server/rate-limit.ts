// Fixed-window rate limits kept in the database, so they hold across server processes and
// restarts: sign-ins per address, sign-ups, mails sent on request. Each hit is counted in a
// single INSERT … ON CONFLICT statement, so parallel requests never lose a count
// (docs/decisions/0014).
import type { Prisma, PrismaClient } from '@/generated/prisma/client';

export type RateLimit = { limit: number; windowMs: number };

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one hit for `key` and says whether it is within the limit. */
export async function hitRateLimit(
  prisma: PrismaClient | Prisma.TransactionClient,
  key: string,
  { limit, windowMs }: RateLimit,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const windowEndedBefore = new Date(now.getTime() - windowMs);
  const [bucket] = await prisma.$queryRaw<Array<{ hits: number; windowStartedAt: Date }>>`
    INSERT INTO "RateLimitBucket" ("key", "hits", "windowStartedAt") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "RateLimitBucket"."windowStartedAt" <= ${windowEndedBefore} THEN 1 ELSE "RateLimitBucket"."hits" + 1 END,
      "windowStartedAt" = CASE WHEN "RateLimitBucket"."windowStartedAt" <= ${windowEndedBefore} THEN ${now} ELSE "RateLimitBucket"."windowStartedAt" END
    RETURNING "hits", "windowStartedAt"`;
  if (!bucket || bucket.hits <= limit) return { allowed: true };
  const resetsAt = new Date(bucket.windowStartedAt).getTime() + windowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((resetsAt - now.getTime()) / 1000)) };
}

/** Seconds until `key` may be counted again (0 = within the limit), without counting a hit. */
export async function rateLimitWait(
  prisma: PrismaClient | Prisma.TransactionClient,
  key: string,
  { limit, windowMs }: RateLimit,
  now: Date = new Date(),
): Promise<number> {
  const bucket = await prisma.rateLimitBucket.findUnique({ where: { key } });
  if (!bucket || bucket.hits < limit) return 0;
  const resetsAt = bucket.windowStartedAt.getTime() + windowMs;
  return resetsAt <= now.getTime() ? 0 : Math.ceil((resetsAt - now.getTime()) / 1000);
}

/** The limits Trappan applies, in one place so they can be read and tuned together. */
export const RATE_LIMITS = {
  /** Failed sign-ins from one address, beside the per-email throttle (auth/sign-in-attempt.ts). */
  failedSignInsPerAddress: { limit: 50, windowMs: 15 * 60 * 1000 },
  /** New accounts from one address. */
  signUpPerAddress: { limit: 10, windowMs: 60 * 60 * 1000 },
  /** Verification and reset mails to one address, however they are asked for. */
  accountMailPerEmail: { limit: 3, windowMs: 60 * 60 * 1000 },
  /** Verification and reset mails asked for from one network address. */
  accountMailPerAddress: { limit: 20, windowMs: 60 * 60 * 1000 },
  /** Actions posted without a session, from one address. */
  signedOutActionsPerAddress: { limit: 60, windowMs: 60 * 1000 },
} satisfies Record<string, RateLimit>;
