// What deleting one's own account means, as pure rules (src/modules/accounts/account-deletion.ts
// does it): the row stays, so minutes, decisions and the audit log keep their references, but
// what identified the person is replaced; and a network is never left without a coordinator.
import type { NetworkStatus } from '@/generated/prisma/enums';

/**
 * The name a deleted person's row carries. Stored, not rendered: about sixty places across the
 * domains show `user.name` (minutes, decisions, attendance, the audit log, needs), so the
 * replacement is data, in Trappan's primary language, the same for every reader.
 */
export const FORMER_USER_NAME = 'Tidigare användare';

/** A deleted person's address: unique per row and lower case, as User.email must be, and never deliverable (RFC 2606). */
export function deletedEmail(userId: string): string {
  return `deleted-${userId}@deleted.invalid`.toLowerCase();
}

/** A network the person coordinates, as the rule below needs it. */
export type CoordinatedNetwork = { status: NetworkStatus; otherCoordinators: number; otherActiveMembers: number };

/**
 * Whether the person must hand the network over before deleting their account: they are its
 * only active coordinator, and the network still has members or is not closed. (Governance
 * refuses the last coordinator leaving outright; a closed network nobody else is in has no one
 * left to hand over to.)
 */
export function mustHandOver(network: CoordinatedNetwork): boolean {
  return network.otherCoordinators === 0 && (network.otherActiveMembers > 0 || network.status !== 'CLOSED');
}

/** Whether what was typed in the confirmation field is one of the confirmation words, ignoring case and spaces around it. */
export function confirmsDeletion(typed: string, words: readonly string[]): boolean {
  const answer = typed.trim().toLocaleLowerCase('sv');
  return answer !== '' && words.some((word) => word.toLocaleLowerCase('sv') === answer);
}
