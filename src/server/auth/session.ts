// The signed-in person's user and session ids from the session cookie. The one place that
// asks Auth.js, so integration tests can stand in for the cookie (tests/integration/setup.ts)
// while everything after it (the session row, the user's row, a disabled account) runs for
// real.
import 'server-only';

import { cookies } from 'next/headers';

import { auth } from './auth';

// Auth.js's session cookie: "__Secure-" in front over HTTPS, ".0", ".1", … when split in chunks.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export type SessionIds = { userId: string; sessionId: string };

export async function readSession(): Promise<SessionIds | null> {
  // Most requests for public pages carry no session at all; they need not go through Auth.js.
  const jar = await cookies();
  if (!jar.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) return null;
  const session = (await auth()) as { user?: { id?: string }; sessionId?: string } | null;
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  return userId && sessionId ? { userId, sessionId } : null;
}
