import { describe, expect, it } from 'vitest';

import { FORGET_AFTER_MS, MAX_WAIT_SECONDS, requiredWaitSeconds, secondsUntilNextAttempt } from '@/server/auth/sign-in-throttle';

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 26, 9, 0, 0) + seconds * 1000);

describe('sign-in throttle', () => {
  it('lets the first attempts through at once', () => {
    expect(secondsUntilNextAttempt(null, at(0))).toBe(0);
    expect(secondsUntilNextAttempt({ failures: 2, lastFailureAt: at(0) }, at(0))).toBe(0);
  });
  it('doubles the wait after the third failure, up to a minute', () => {
    expect(requiredWaitSeconds(3)).toBe(1);
    expect(requiredWaitSeconds(4)).toBe(2);
    expect(requiredWaitSeconds(6)).toBe(8);
    expect(requiredWaitSeconds(50)).toBe(MAX_WAIT_SECONDS);
  });
  it('counts down from the last failure', () => {
    const state = { failures: 6, lastFailureAt: at(0) };
    expect(secondsUntilNextAttempt(state, at(3))).toBe(5);
    expect(secondsUntilNextAttempt(state, at(8))).toBe(0);
  });
  it('forgets failures after a quiet quarter of an hour', () => {
    const state = { failures: 20, lastFailureAt: at(0) };
    expect(secondsUntilNextAttempt(state, at(FORGET_AFTER_MS / 1000 + 1))).toBe(0);
  });
});
