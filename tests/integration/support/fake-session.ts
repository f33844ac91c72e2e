// Who the application under test believes is signed in: integration tests call server
// actions directly, without a browser or a session cookie (see ../setup.ts).
export const fakeSession: { userId: string | null } = { userId: null };

/** Acts as this user (by id) in the server actions and pages called next; null signs out. */
export function actAs(userId: string | null): void {
  fakeSession.userId = userId;
}
