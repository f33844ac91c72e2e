// Checks an email and password against the database, with the sign-in throttle. The result
// never tells whether the email exists.
//
// Every attempt is counted before the password is checked, in a transaction that locks the
// email's throttle row: twenty attempts in parallel are twenty counts, and only those the
// throttle lets through reach the (deliberately slow) password hash.
import type { PrismaClient } from '@/generated/prisma/client';
import { ZEmail } from '@/server/auth/email';
import { hashPassword, verifyPassword } from '@/server/auth/password';
import { PASSWORD_MAX_LENGTH, passwordLength } from '@/server/auth/password-rules';
import { activeFailures, secondsUntilNextAttempt } from '@/server/auth/sign-in-throttle';

export type CredentialsResult =
  | { ok: true; userId: string }
  | { ok: false; reason: 'invalid' }
  /** The password is right but the address has not been verified yet. */
  | { ok: false; reason: 'unverified' }
  /**
   * The password is right but an admin has disabled the account: said only to someone who
   * knows the password, so it tells a stranger nothing an unknown address would not.
   */
  | { ok: false; reason: 'disabled' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

// Verifying against a real hash when the email is unknown keeps the timing the same.
let dummyHash: Promise<string> | undefined;

/** Counts an attempt for the email; returns the seconds it must still wait (0 = go ahead). */
async function countAttempt(prisma: PrismaClient, email: string, now: Date): Promise<number> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "SignInThrottle" ("email", "failures", "lastFailureAt") VALUES (${email}, 0, ${now}) ON CONFLICT ("email") DO NOTHING`;
    const [locked] = await tx.$queryRaw<Array<{ failures: number; lastFailureAt: Date }>>`
      SELECT "failures", "lastFailureAt" FROM "SignInThrottle" WHERE "email" = ${email} FOR UPDATE`;
    const state = locked ?? { failures: 0, lastFailureAt: now };
    const wait = secondsUntilNextAttempt(state, now);
    // A refused attempt still counts, but does not move the time the wait runs from.
    await tx.signInThrottle.update({
      where: { email },
      data: { failures: activeFailures(state, now) + 1, lastFailureAt: wait > 0 ? state.lastFailureAt : now },
    });
    return wait;
  });
}

export async function verifyCredentials(
  prisma: PrismaClient,
  rawEmail: string,
  password: string,
  now: Date = new Date(),
): Promise<CredentialsResult> {
  const parsed = ZEmail.safeParse(rawEmail);
  // Longer than any password Trappan accepts: refused before it reaches the hash.
  if (!parsed.success || password.length === 0 || password.length > 2 * PASSWORD_MAX_LENGTH || passwordLength(password) > PASSWORD_MAX_LENGTH) return { ok: false, reason: 'invalid' };
  const email = parsed.data;

  const wait = await countAttempt(prisma, email, now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: wait };

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true, deletedAt: true, emailVerifiedAt: true },
  });
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyPassword(await (dummyHash ??= hashPassword('trappan-no-such-user')), password).then(() => false);

  if (!user || !passwordMatches || user.deletedAt) return { ok: false, reason: 'invalid' };
  await prisma.signInThrottle.deleteMany({ where: { email } });
  if (user.disabledAt) return { ok: false, reason: 'disabled' };
  if (!user.emailVerifiedAt) return { ok: false, reason: 'unverified' };
  return { ok: true, userId: user.id };
}

/** Seconds the email must still wait before another attempt, for the sign-in form's message. */
export async function throttleWaitSeconds(prisma: PrismaClient, email: string, now: Date = new Date()): Promise<number> {
  const state = await prisma.signInThrottle.findUnique({ where: { email } });
  return secondsUntilNextAttempt(state, now);
}
