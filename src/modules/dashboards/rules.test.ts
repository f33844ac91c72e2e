import { describe, expect, it } from 'vitest';

import { addMonths, canSeeAgencyOverview, percentOf, sharesOf, swedishDate } from './rules';

describe('who sees the agency-only part of the overview', () => {
  it.each([
    [{ platformRole: 'ADMIN' as const }, true],
    [{ platformRole: 'AGENCY_STAFF' as const }, true],
    [{ platformRole: 'NONE' as const }, false],
    [null, false],
  ])('%j → %s', (viewer, expected) => {
    expect(canSeeAgencyOverview(viewer)).toBe(expected);
  });
});

describe('calendar arithmetic', () => {
  it('takes the date in Sweden, not in UTC', () => {
    expect(swedishDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(swedishDate(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(swedishDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it.each([
    ['2026-11-26', 6, '2027-05-26'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-12-15', -12, '2025-12-15'],
    ['2028-02-29', -12, '2027-02-28'],
  ])('%s %+d months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('rounds shares to whole percent and survives an empty total', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe('shares of rows that split a total', () => {
  it('add up to 100 where rounding each row would give 101', () => {
    // 3 + 3 + 1 of 7: 42.9, 42.9 and 14.3 round to 43 + 43 + 14 = 100; 5 of 8, 3 of 8 → 62.5 and 37.5.
    expect(sharesOf([3, 3, 1], 7)).toEqual([43, 43, 14]);
    expect(sharesOf([5, 3], 8).reduce((a, b) => a + b, 0)).toBe(100);
    expect(sharesOf([1, 1, 1], 3)).toEqual([34, 33, 33]);
  });

  it('round each row on its own when rows overlap (a network in several areas)', () => {
    expect(sharesOf([7, 5, 1], 10)).toEqual([70, 50, 10]);
  });

  it('are zero without a total', () => {
    expect(sharesOf([0, 0], 0)).toEqual([0, 0]);
  });
});
