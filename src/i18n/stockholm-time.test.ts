import { describe, expect, it } from 'vitest';

import { formatMeetingClock, formatMeetingTime, parseStockholmInput, parseStockholmTimeOnDay, stockholmDaysFrom, stockholmYearRange, toStockholmInput } from '@/i18n/stockholm-time';

describe('Stockholm meeting times', () => {
  it('reads winter times as UTC+1 and summer times as UTC+2', () => {
    expect(parseStockholmInput('2026-12-10T13:00')?.toISOString()).toBe('2026-12-10T12:00:00.000Z');
    expect(parseStockholmInput('2026-04-15T10:00')?.toISOString()).toBe('2026-04-15T08:00:00.000Z');
  });

  it('handles the nights the clocks change', () => {
    // 29 March 2026: 02:00 becomes 03:00, so 02:30 does not exist.
    expect(parseStockholmInput('2026-03-29T02:30')).toBeNull();
    expect(parseStockholmInput('2026-03-29T01:59')?.toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(parseStockholmInput('2026-03-29T03:00')?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // 25 October 2026: 02:30 happens twice; the first (summer time) is meant.
    expect(parseStockholmInput('2026-10-25T02:30')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('rejects what is not a date and time', () => {
    for (const value of ['', '2026-13-01T10:00', '2026-02-30T10:00', '10:00', '2026-12-10 13:00x']) expect(parseStockholmInput(value)).toBeNull();
  });

  it('round-trips through the form value', () => {
    for (const value of ['2026-01-01T00:00', '2026-07-01T23:59', '2026-10-25T03:00']) expect(toStockholmInput(parseStockholmInput(value)!)).toBe(value);
  });

  it('reads a time of day on the meeting’s day', () => {
    const start = parseStockholmInput('2026-04-15T10:00')!;
    expect(parseStockholmTimeOnDay('10:30', start)?.toISOString()).toBe('2026-04-15T08:30:00.000Z');
    expect(parseStockholmTimeOnDay('1030', start)).toBeNull();
  });

  it('shows the time with the zone', () => {
    const start = parseStockholmInput('2026-12-10T14:00')!;
    const end = parseStockholmInput('2026-12-10T16:00')!;
    expect(formatMeetingClock(start, end, 'sv')).toBe('14:00–16:00 (svensk tid, CET)');
    expect(formatMeetingClock(parseStockholmInput('2026-06-10T14:00')!, parseStockholmInput('2026-06-10T16:00')!, 'en')).toBe('14:00–16:00 (Swedish time, CEST)');
    expect(formatMeetingTime(start, end, 'sv')).toBe('torsdag 10 december 2026, 14:00–16:00 (svensk tid, CET)');
  });

  it('gives the Stockholm calendar year', () => {
    const { from, to } = stockholmYearRange(2026);
    expect(from.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(to.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });
});

describe('stockholmDaysFrom', () => {
  it('counts days from the Stockholm date of the moment, not the UTC date', () => {
    // 23:30 UTC on 4 December is already 5 December in Stockholm.
    expect(stockholmDaysFrom(new Date('2026-12-04T23:30:00Z'), 14, '14:00').toISOString()).toBe('2026-12-19T13:00:00.000Z');
    expect(stockholmDaysFrom(new Date('2026-12-04T12:00:00Z'), 0, '09:30').toISOString()).toBe('2026-12-04T08:30:00.000Z');
  });

  it('keeps the wall clock across summer time, and goes back in time with negative days', () => {
    // From winter (UTC+1) to summer (UTC+2): 29 March 2026 is the change.
    expect(stockholmDaysFrom(new Date('2026-03-20T12:00:00Z'), 10, '14:00').toISOString()).toBe('2026-03-30T12:00:00.000Z');
    expect(stockholmDaysFrom(new Date('2026-03-30T12:00:00Z'), -10, '14:00').toISOString()).toBe('2026-03-20T13:00:00.000Z');
    expect(stockholmDaysFrom(new Date('2026-12-31T12:00:00Z'), 1, '10:00').toISOString()).toBe('2027-01-01T09:00:00.000Z');
  });

  it('refuses a wall clock that does not exist that day', () => {
    // 02:30 is skipped when the clocks go forward on 29 March 2026.
    expect(() => stockholmDaysFrom(new Date('2026-03-28T12:00:00Z'), 1, '02:30')).toThrow(RangeError);
    expect(() => stockholmDaysFrom(new Date('2026-03-28T12:00:00Z'), 1, '2 pm')).toThrow(RangeError);
  });
});
