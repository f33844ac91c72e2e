// The retention periods an operator sets: the defaults when unset, whole numbers within
// bounds, "never" only where keeping for ever is allowed, and every wrong variable named.
import { afterEach, describe, expect, it, vi } from 'vitest';

import { exitOnInvalidRetentionConfiguration, readRetentionPeriods, RETENTION_DEFAULTS } from './retention';

describe('readRetentionPeriods', () => {
  afterEach(() => vi.restoreAllMocks());

  it('uses the documented defaults when nothing is set or a value is blank', () => {
    expect(readRetentionPeriods({})).toEqual({ auditYears: 10, mailDays: 90, throttleHours: 24, endedMembershipDays: 730 });
    expect(readRetentionPeriods({ TRAPPAN_RETAIN_MAIL_DAYS: '  ' })).toEqual(RETENTION_DEFAULTS);
  });

  it('reads every period that is set', () => {
    expect(
      readRetentionPeriods({ TRAPPAN_RETAIN_AUDIT_YEARS: '7', TRAPPAN_RETAIN_MAIL_DAYS: '30', TRAPPAN_RETAIN_THROTTLE_HOURS: '2', TRAPPAN_RETAIN_ENDED_MEMBERSHIP_DAYS: ' 365 ' }),
    ).toEqual({ auditYears: 7, mailDays: 30, throttleHours: 2, endedMembershipDays: 365 });
  });

  it('keeps the log and ended memberships for ever on "never", but not mail or counters', () => {
    expect(readRetentionPeriods({ TRAPPAN_RETAIN_AUDIT_YEARS: 'never', TRAPPAN_RETAIN_ENDED_MEMBERSHIP_DAYS: 'never' })).toMatchObject({ auditYears: null, endedMembershipDays: null });
    expect(() => readRetentionPeriods({ TRAPPAN_RETAIN_MAIL_DAYS: 'never' })).toThrow('TRAPPAN_RETAIN_MAIL_DAYS="never" is not a whole number');
  });

  it.each([
    ['TRAPPAN_RETAIN_AUDIT_YEARS', '10y', 'is not a whole number'],
    ['TRAPPAN_RETAIN_AUDIT_YEARS', '0', 'is below 1'],
    ['TRAPPAN_RETAIN_AUDIT_YEARS', '-3', 'is not a whole number'],
    ['TRAPPAN_RETAIN_MAIL_DAYS', '2.5', 'is not a whole number'],
    ['TRAPPAN_RETAIN_THROTTLE_HOURS', '0', 'is below 1: the longest rate-limit window is an hour'],
    ['TRAPPAN_RETAIN_ENDED_MEMBERSHIP_DAYS', '99999', 'is above 36500'],
  ])('refuses %s=%s', (name, value, reason) => {
    expect(() => readRetentionPeriods({ [name]: value })).toThrow(`${name}="${value}" ${reason}`);
  });

  it('names every wrong variable at once', () => {
    expect(() => readRetentionPeriods({ TRAPPAN_RETAIN_AUDIT_YEARS: 'x', TRAPPAN_RETAIN_MAIL_DAYS: 'y' })).toThrow(/TRAPPAN_RETAIN_AUDIT_YEARS="x".*; TRAPPAN_RETAIN_MAIL_DAYS="y"/);
  });

  it('stops the server at start on a wrong period, saying why', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    exitOnInvalidRetentionConfiguration({ TRAPPAN_RETAIN_AUDIT_YEARS: 'tio' });
    expect(exit).toHaveBeenCalledWith(1);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Trappan did not start: TRAPPAN_RETAIN_AUDIT_YEARS="tio"/));
  });

  it('lets the server start on good periods', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    exitOnInvalidRetentionConfiguration({ TRAPPAN_RETAIN_AUDIT_YEARS: '12' });
    expect(exit).not.toHaveBeenCalled();
  });
});
