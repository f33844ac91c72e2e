// The signed link in a mail that turns off that kind of mail for its recipient, without
// signing in: the token names the person and the kind, and an HMAC-SHA256 with AUTH_SECRET
// proves Trappan wrote it. Nothing is stored. The token does not expire: RFC 8058 one-click
// and a mail read months later must still work, and all it can do is turn off one kind of
// mail for one person, which they turn on again on My account (and the audit log shows). A
// leaked link is revoked only by a new AUTH_SECRET, which signs everyone out too; the version
// in the signed text lets a later format retire these tokens (docs/decisions/0015).
import { createHmac, timingSafeEqual } from 'node:crypto';

import type { Locale } from '@/i18n/locales';

import { isMutableMailKind, type MutableMailKind } from './mail-kinds';

export type UnsubscribeTarget = { userId: string; kind: MutableMailKind };

type Env = Record<string, string | undefined>;

/** A longer token is not read at all (a real one is about 90 characters). */
export const UNSUBSCRIBE_TOKEN_MAX_LENGTH = 300;

/** Separates these signatures from anything else signed with the same secret. */
const PURPOSE = 'trappan.unsubscribe.v1';

/** The key the links are signed with (AUTH_SECRET), or null when it is not set. */
export function unsubscribeSecret(env: Env = process.env): string | null {
  return env.AUTH_SECRET?.trim() || null;
}

function signature(secret: string, userId: string, kind: string): Buffer {
  return createHmac('sha256', secret).update(`${PURPOSE}\n${userId}\n${kind}`).digest();
}

/**
 * The token for (person, kind). Any kind can be signed, but only a kind a person may turn
 * off verifies: the sender signs only those.
 */
export function signUnsubscribeToken(target: { userId: string; kind: string }, secret: string): string {
  const payload = Buffer.from(`${target.userId}\n${target.kind}`, 'utf8').toString('base64url');
  return `${payload}.${signature(secret, target.userId, target.kind).toString('base64url')}`;
}

/** Whom and which kind the token names, or null when it is malformed, forged or for a kind that is always sent. */
export function verifyUnsubscribeToken(token: string, secret: string | null = unsubscribeSecret()): UnsubscribeTarget | null {
  if (!secret || typeof token !== 'string' || token.length > UNSUBSCRIBE_TOKEN_MAX_LENGTH) return null;
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [payload, mac] = parts as [string, string];
  const fields = Buffer.from(payload, 'base64url').toString('utf8').split('\n');
  if (fields.length !== 2) return null;
  const [userId, kind] = fields as [string, string];
  if (!userId || !isMutableMailKind(kind)) return null;
  const expected = signature(secret, userId, kind);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, kind };
}

/** The page where a person presses the button (opening it changes nothing). */
export function unsubscribePageUrl(origin: string, locale: Locale, token: string): string {
  return `${origin}/${locale}/unsubscribe?token=${encodeURIComponent(token)}`;
}

/** The address of the List-Unsubscribe header: a POST turns the kind off at once (RFC 8058); a GET shows the page. */
export function oneClickUnsubscribeUrl(origin: string, token: string): string {
  return `${origin}/api/v1/unsubscribe?token=${encodeURIComponent(token)}`;
}
