// The outbox's retry schedule: how long a failed mail waits, when it is given up, and what of
// the error an admin gets to read.
import { describe, expect, it } from 'vitest';

import { afterFailure, DEFAULT_RETRY_POLICY, describeSendError, retryDelayMs, retryPolicy } from './retry-schedule';

const MINUTE = 60_000;

describe('retryDelayMs', () => {
  it('waits a minute after the first failure and doubles after each further one', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, DEFAULT_RETRY_POLICY) / MINUTE)).toEqual([1, 2, 4, 8]);
  });

  it('never waits more than six hours', () => {
    expect(retryDelayMs(12, DEFAULT_RETRY_POLICY)).toBe(6 * 60 * MINUTE);
    expect(retryDelayMs(1000, DEFAULT_RETRY_POLICY)).toBe(6 * 60 * MINUTE);
  });
});

describe('afterFailure', () => {
  const now = new Date('2026-12-07T12:00:00Z');

  it('puts the message back in the queue until the backoff is over', () => {
    expect(afterFailure(1, now, DEFAULT_RETRY_POLICY)).toEqual({ status: 'PENDING', nextAttemptAt: new Date('2026-12-07T12:01:00Z') });
    expect(afterFailure(4, now, DEFAULT_RETRY_POLICY)).toEqual({ status: 'PENDING', nextAttemptAt: new Date('2026-12-07T12:08:00Z') });
  });

  it('marks the message FAILED once its last try has failed', () => {
    expect(afterFailure(5, now, DEFAULT_RETRY_POLICY)).toEqual({ status: 'FAILED', nextAttemptAt: null });
    expect(afterFailure(2, now, { ...DEFAULT_RETRY_POLICY, maxAttempts: 2 })).toEqual({ status: 'FAILED', nextAttemptAt: null });
  });
});

describe('retryPolicy', () => {
  it('takes the number of tries and the first wait from the environment', () => {
    expect(retryPolicy({ TRAPPAN_OUTBOX_MAX_ATTEMPTS: '3', TRAPPAN_OUTBOX_RETRY_BASE_MS: '1000' })).toEqual({ ...DEFAULT_RETRY_POLICY, maxAttempts: 3, baseDelayMs: 1000 });
  });

  it('keeps the defaults for a setting that is missing, zero or not a number', () => {
    expect(retryPolicy({})).toEqual(DEFAULT_RETRY_POLICY);
    expect(retryPolicy({ TRAPPAN_OUTBOX_MAX_ATTEMPTS: '0', TRAPPAN_OUTBOX_RETRY_BASE_MS: 'soon' })).toEqual(DEFAULT_RETRY_POLICY);
  });
});

describe('describeSendError', () => {
  it('takes the password out of an address in the message', () => {
    expect(describeSendError(new Error('connect ECONNREFUSED smtps://mailer:hemligt@smtp.example.se:465'))).toBe('connect ECONNREFUSED smtps://***@smtp.example.se:465');
  });

  it('takes out the credentials of an SMTP AUTH command it echoes', () => {
    expect(describeSendError(new Error('Invalid login: 535 for AUTH PLAIN AG1haWxlcgBoZW1saWd0'))).toBe('Invalid login: 535 for AUTH PLAIN ***');
  });

  it('keeps an SMTP answer on one line and shortens a very long one', () => {
    expect(describeSendError(new Error('451 4.7.1 Greylisted,\n  try again later'))).toBe('451 4.7.1 Greylisted, try again later');
    const long = describeSendError(new Error('x'.repeat(2000)));
    expect(long).toHaveLength(500);
    expect(long.endsWith('…')).toBe(true);
  });

  it('says something for a thrown value that is not an error', () => {
    expect(describeSendError(undefined)).toBe('Unknown error');
    expect(describeSendError('timeout')).toBe('timeout');
  });
});
