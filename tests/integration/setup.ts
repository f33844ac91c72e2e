// Runs before every integration test file. Server actions read the session through
// src/server/auth/session.ts, which is replaced here by fake-session.ts; Next's cache
// revalidation has no request to act on outside the server, so it is recorded instead.
import { beforeEach, vi } from 'vitest';

import { actAs } from './support/fake-session';

vi.mock('@/server/auth/session', async () => {
  const { fakeSession, testSessionId } = await import('./support/fake-session');
  const { db } = await import('@/server/db/client');
  return {
    readSession: async () => {
      const { userId, sessionId } = fakeSession;
      if (!userId) return null;
      if (sessionId) return { userId, sessionId };
      // A fresh sign-in for the test: its session row, made once per person and database.
      const id = testSessionId(userId);
      // One statement, not an upsert: parallel requests of one test (twenty clicks at once)
      // would race between the upsert's read and its insert on PostgreSQL.
      await db().userSession.createMany({
        data: [{ id, userId, expiresAt: new Date(Date.now() + 8 * 60 * 60 * 1000) }],
        skipDuplicates: true,
      });
      return { userId, sessionId: id };
    },
  };
});

vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

vi.mock('next/headers', async (importOriginal) => {
  const original = await importOriginal<typeof import('next/headers')>();
  const { fakeRequest } = await import('./support/fake-request');
  return { ...original, headers: async () => new Headers(fakeRequest.headers) };
});

beforeEach(() => actAs(null));
