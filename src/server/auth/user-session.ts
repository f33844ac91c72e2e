// Sessions a person has open. The session cookie (Auth.js's JWT) carries the id of a
// UserSession row; the row is what makes the cookie count, so deleting it ends the session
// on its next request, wherever the cookie has been copied. Sign-out deletes one row;
// "sign out everywhere", a password change or reset, disabling an account and a change of
// platform role delete them all (docs/decisions/0014).
import { randomBytes } from 'node:crypto';

import type { Prisma, PrismaClient } from '@/generated/prisma/client';

/** As long as Auth.js keeps the cookie (src/server/auth/auth.ts). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

type Db = PrismaClient | Prisma.TransactionClient;

export async function startSession(prisma: Db, userId: string, now: Date = new Date()): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await prisma.userSession.create({ data: { id, userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) } });
  await prisma.user.update({ where: { id: userId }, data: { lastSignInAt: now } });
  return id;
}

export async function endSession(prisma: Db, sessionId: string): Promise<void> {
  await prisma.userSession.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of the person, but the one they are using when `keep` is given. */
export async function endAllSessions(prisma: Db, userId: string, keep?: string): Promise<number> {
  const { count } = await prisma.userSession.deleteMany({ where: { userId, ...(keep ? { id: { not: keep } } : {}) } });
  return count;
}
