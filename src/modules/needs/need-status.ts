// A need's way from proposal to implementation. Only these moves are allowed; each is
// recorded as a NeedTransition with who, when and why. Archiving is possible from every
// open status (with a reason), and an archived need can be reopened as a proposal.
// HANDED_OVER is reached only by handing results over to a procuring organisation (a
// Handover record), never by a bare status change: that is how a handover cannot be lost.
import type { NeedStatus } from '@/generated/prisma/enums';

export const NEED_STATUSES: readonly NeedStatus[] = [
  'PROPOSED',
  'PRIORITISED',
  'MARKET_TESTED',
  'IN_PREPARATION',
  'IN_PROCUREMENT',
  'HANDED_OVER',
  'IMPLEMENTED',
  'ARCHIVED',
];

const NEXT: Record<NeedStatus, readonly NeedStatus[]> = {
  PROPOSED: ['PRIORITISED', 'ARCHIVED'],
  // A need can go back one step when the market dialogue shows it was moved too early.
  PRIORITISED: ['MARKET_TESTED', 'PROPOSED', 'ARCHIVED'],
  MARKET_TESTED: ['IN_PREPARATION', 'PRIORITISED', 'ARCHIVED'],
  // A buyer group may hand its prepared results straight to a central purchasing body, which
  // then procures (the framework-agreement path, report p. 44).
  IN_PREPARATION: ['IN_PROCUREMENT', 'HANDED_OVER', 'MARKET_TESTED', 'ARCHIVED'],
  IN_PROCUREMENT: ['HANDED_OVER', 'IN_PREPARATION', 'ARCHIVED'],
  HANDED_OVER: ['IMPLEMENTED', 'ARCHIVED'],
  IMPLEMENTED: ['ARCHIVED'],
  ARCHIVED: ['PROPOSED'],
};

/** The statuses a need in `from` may move to. */
export function allowedTransitions(from: NeedStatus): readonly NeedStatus[] {
  return NEXT[from];
}

export function canTransition(from: NeedStatus, to: NeedStatus): boolean {
  return NEXT[from].includes(to);
}

/** The moves a coordinator makes with the status form: all but the handover's own. */
export function manualTransitions(from: NeedStatus): readonly NeedStatus[] {
  return NEXT[from].filter((to) => to !== 'HANDED_OVER');
}

/** Statuses in which a need is still being worked on (the ladder board shows these). */
export function isOpen(status: NeedStatus): boolean {
  return status !== 'ARCHIVED' && status !== 'IMPLEMENTED';
}

/**
 * Statuses in which a need can be put in a prioritisation round: open, and not yet handed
 * over. Once results are handed over the receiving organisation procures it; ranking it
 * against the network's other needs no longer decides anything.
 */
export function mayJoinRound(status: NeedStatus): boolean {
  return isOpen(status) && status !== 'HANDED_OVER';
}

/** A buyer group is formed for a need in preparation (or later, to change it). */
export function mayHaveBuyerGroup(status: NeedStatus): boolean {
  return status === 'IN_PREPARATION' || status === 'IN_PROCUREMENT' || status === 'HANDED_OVER';
}

/**
 * Results are handed over from a need in preparation or procurement; the first handover
 * moves it to HANDED_OVER (a recorded transition), and more receivers can be added after that.
 */
export function mayHandOver(status: NeedStatus): boolean {
  return status === 'IN_PREPARATION' || status === 'IN_PROCUREMENT' || status === 'HANDED_OVER';
}

/**
 * Whether a need may be public: only with at least one organisation behind it, so that its
 * open-data release names a party (and a buyer when one of them procures).
 */
export function mayBePublic(organizationCount: number): boolean {
  return organizationCount > 0;
}
