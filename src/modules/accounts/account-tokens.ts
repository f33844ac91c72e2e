// Single-use links mailed to a person: email verification (24 hours) and password reset
// (1 hour). The secret travels only in the link; the database keeps its SHA-256 hash, so a
// copy of the database opens nothing. Using a link marks it used in the same statement that
// checks it, so two clicks at once cannot both succeed.
import 'server-only';

import { createHash, randomBytes } from 'node:crypto';

import type { AccountTokenPurpose } from '@/generated/prisma/enums';
import type { Tx } from '@/server/actions/network-action';

export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * 60 * 1000,
  RESET_PASSWORD: 60 * 60 * 1000,
};

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Issues a new link's secret; earlier unused links of the same purpose stop working. */
export async function issueAccountToken(tx: Tx, input: { userId: string; purpose: AccountTokenPurpose; email: string; now: Date }): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  await tx.accountToken.updateMany({ where: { userId: input.userId, purpose: input.purpose, usedAt: null }, data: { usedAt: input.now } });
  await tx.accountToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      email: input.email,
      tokenHash: hashOf(secret),
      expiresAt: new Date(input.now.getTime() + TOKEN_LIFETIME_MS[input.purpose]),
    },
  });
  return secret;
}

export type TokenProblem = 'invalid' | 'expired' | 'used';

/** What a link is, without using it (the page that asks for a new password shows this first). */
export async function inspectAccountToken(tx: Tx, secret: string, purpose: AccountTokenPurpose, now: Date): Promise<TokenProblem | null> {
  const token = await tx.accountToken.findUnique({ where: { tokenHash: hashOf(secret) }, select: { purpose: true, usedAt: true, expiresAt: true } });
  if (!token || token.purpose !== purpose) return 'invalid';
  if (token.usedAt) return 'used';
  if (token.expiresAt <= now) return 'expired';
  return null;
}

/** Uses a link: returns its person and address, or why it cannot be used. */
export async function consumeAccountToken(
  tx: Tx,
  secret: string,
  purpose: AccountTokenPurpose,
  now: Date,
): Promise<{ ok: true; userId: string; email: string } | { ok: false; problem: TokenProblem }> {
  const problem = await inspectAccountToken(tx, secret, purpose, now);
  if (problem) return { ok: false, problem };
  const tokenHash = hashOf(secret);
  const { count } = await tx.accountToken.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (count !== 1) return { ok: false, problem: 'used' };
  const token = await tx.accountToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, email: true } });
  return { ok: true, userId: token.userId, email: token.email };
}
