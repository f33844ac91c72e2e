// Checks an email and password against the database, with the sign-in throttle. The result
// never tells whether the email exists.
import type { PrismaClient } from '@/generated/prisma/client';
import { ZEmail } from '@/server/auth/email';
import { hashPassword, verifyPassword } from '@/server/auth/password';
import { activeFailures, secondsUntilNextAttempt } from '@/server/auth/sign-in-throttle';

export type CredentialsResult =
  | { ok: true; userId: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

// Verifying against a real hash when the email is unknown keeps the timing the same.
let dummyHash: Promise<string> | undefined;

export async function verifyCredentials(
  prisma: PrismaClient,
  rawEmail: string,
  password: string,
  now: Date = new Date(),
): Promise<CredentialsResult> {
  const parsed = ZEmail.safeParse(rawEmail);
  if (!parsed.success || password.length === 0) return { ok: false, reason: 'invalid' };
  const email = parsed.data;

  const throttle = await prisma.signInThrottle.findUnique({ where: { email } });
  const wait = secondsUntilNextAttempt(throttle, now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: wait };

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyPassword(await (dummyHash ??= hashPassword('trappan-no-such-user')), password).then(() => false);

  if (user && passwordMatches && !user.disabledAt) {
    if (throttle) await prisma.signInThrottle.delete({ where: { email } });
    return { ok: true, userId: user.id };
  }

  const failures = activeFailures(throttle, now) + 1;
  await prisma.signInThrottle.upsert({
    where: { email },
    create: { email, failures, lastFailureAt: now },
    update: { failures, lastFailureAt: now },
  });
  return { ok: false, reason: 'invalid' };
}
