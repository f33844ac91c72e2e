// The moves a network's status may make: forming → active → paused (DORMANT) → ended
// (CLOSED), a paused network may start again, and any may end. An ended network is read-only
// (src/server/actions/network-action.ts); only a platform admin reopens it, to correct a
// mistake. Pure: the action and the page ask the same rule.
import type { NetworkStatus } from '@/generated/prisma/enums';

const MOVES: Record<NetworkStatus, readonly NetworkStatus[]> = {
  FORMING: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['DORMANT', 'CLOSED'],
  DORMANT: ['ACTIVE', 'CLOSED'],
  CLOSED: [],
};

/** The longest reason a status change takes (network-status-actions.ts). */
export const STATUS_REASON_MAX = 1000;

export type StatusMoveBlocker = 'statusUnchanged' | 'statusMoveNotAllowed' | 'statusReopenAdminOnly';

/** Null when the move is allowed; otherwise why not. */
export function statusMoveBlocker(from: NetworkStatus, to: NetworkStatus, options: { isAdmin: boolean }): StatusMoveBlocker | null {
  if (from === to) return 'statusUnchanged';
  if (MOVES[from].includes(to)) return null;
  if (from === 'CLOSED' && to === 'ACTIVE') return options.isAdmin ? null : 'statusReopenAdminOnly';
  return 'statusMoveNotAllowed';
}

/** The statuses a network may move to from `from`, in the order of its life. */
export function nextStatuses(from: NetworkStatus, options: { isAdmin: boolean }): NetworkStatus[] {
  return (['FORMING', 'ACTIVE', 'DORMANT', 'CLOSED'] as const).filter((to) => statusMoveBlocker(from, to, options) === null);
}

export type EffectiveDateBlocker = 'effectiveInFuture' | 'effectiveBeforeLastMove';

/**
 * A move is recorded when it has happened: not after today, and not before the last move,
 * so the history reads in order. Dates are ISO (YYYY-MM-DD), compared as text.
 */
export function effectiveDateBlocker(effectiveOn: string, today: string, lastMoveOn: string | null): EffectiveDateBlocker | null {
  if (effectiveOn > today) return 'effectiveInFuture';
  if (lastMoveOn !== null && effectiveOn < lastMoveOn) return 'effectiveBeforeLastMove';
  return null;
}
