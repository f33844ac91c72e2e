// Runs before every integration test file. Server actions read the session through
// src/server/auth/session.ts, which is replaced here by fake-session.ts; Next's cache
// revalidation has no request to act on outside the server, so it is recorded instead.
import { beforeEach, vi } from 'vitest';

import { actAs } from './support/fake-session';

vi.mock('@/server/auth/session', async () => {
  const { fakeSession } = await import('./support/fake-session');
  return { sessionUserId: async () => fakeSession.userId };
});

vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

beforeEach(() => actAs(null));
