// Who the application under test believes is signed in: integration tests call server
// actions directly, without a browser or a session cookie (see ../setup.ts).
//
// actAs(userId) stands in for a fresh sign-in: the test's session row is created on first
// use, so the real session check (src/server/auth/current-user.ts) runs. actAsSession names
// a session row the test made itself, as a copied cookie would.
export const fakeSession: { userId: string | null; sessionId: string | null } = { userId: null, sessionId: null };

/** Acts as this user (by id) in the server actions and pages called next; null signs out. */
export function actAs(userId: string | null): void {
  fakeSession.userId = userId;
  fakeSession.sessionId = null;
}

/** Acts with exactly this session row, which may since have been ended. */
export function actAsSession(userId: string, sessionId: string): void {
  fakeSession.userId = userId;
  fakeSession.sessionId = sessionId;
}

export const testSessionId = (userId: string) => `test-session-${userId}`;
