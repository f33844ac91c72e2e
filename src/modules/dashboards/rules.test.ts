import { describe, expect, it } from 'vitest';

import { addMonths, canSeeAgencyOverview, percentOf, swedishDate } from './rules';

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
