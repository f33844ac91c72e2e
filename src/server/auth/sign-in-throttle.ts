// Slows down password guessing per email: after a few failures each new attempt must wait
// longer, up to a minute. A quiet quarter of an hour forgives earlier failures.
export const FREE_FAILURES = 3;
export const MAX_WAIT_SECONDS = 60;
export const FORGET_AFTER_MS = 15 * 60 * 1000;

export type ThrottleState = { failures: number; lastFailureAt: Date } | null;

/** Failures that still count at `now`. */
export function activeFailures(state: ThrottleState, now: Date): number {
  if (!state) return 0;
  return now.getTime() - state.lastFailureAt.getTime() > FORGET_AFTER_MS ? 0 : state.failures;
}

/** Seconds the next attempt must wait after the last failure. */
export function requiredWaitSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES), MAX_WAIT_SECONDS);
}

/** Seconds left before another attempt is accepted (0 = go ahead). */
export function secondsUntilNextAttempt(state: ThrottleState, now: Date): number {
  const failures = activeFailures(state, now);
  if (!state || failures === 0) return 0;
  const readyAt = state.lastFailureAt.getTime() + requiredWaitSeconds(failures) * 1000;
  return Math.max(0, Math.ceil((readyAt - now.getTime()) / 1000));
}
