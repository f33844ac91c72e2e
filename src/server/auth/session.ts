// The signed-in user's id from the session cookie. The one place that asks Auth.js, so
// integration tests can stand in for the cookie (tests/integration/setup.ts) while
// everything after it (the user's row, a disabled account) runs for real.
import 'server-only';

import { auth } from './auth';

export async function sessionUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id || null;
}
