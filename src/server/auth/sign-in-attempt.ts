// One sign-in attempt with email and password, as the sign-in form posts it. Beside the
// per-email throttle (verify-credentials.ts) sits a limit on *failed* attempts per network
// address, against one address trying many emails. Successful sign-ins are not counted: a
// municipality's staff often share one outgoing address, and a busy morning of correct
// passwords must not lock them all out.
import type { PrismaClient } from '@/generated/prisma/client';
import { verifyCredentials, type CredentialsResult } from '@/server/auth/verify-credentials';
import { RATE_LIMITS, hitRateLimit, rateLimitWait } from '@/server/rate-limit';

export async function attemptSignIn(
  prisma: PrismaClient,
  address: string,
  email: string,
  password: string,
  now: Date = new Date(),
): Promise<CredentialsResult> {
  const key = `sign-in-failed:ip:${address}`;
  const wait = await rateLimitWait(prisma, key, RATE_LIMITS.failedSignInsPerAddress, now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: wait };
  const result = await verifyCredentials(prisma, email, password, now);
  if (!result.ok && result.reason === 'invalid') await hitRateLimit(prisma, key, RATE_LIMITS.failedSignInsPerAddress, now);
  return result;
}
