import { describe, expect, it } from 'vitest';

import { fundingRunway, wholeMonthsBetween, type RunwayPeriod } from './funding-runway';

const TODAY = '2026-12-07';
const period = (p: Partial<RunwayPeriod>): RunwayPeriod => ({ status: 'GRANTED', kind: 'PROJECT', periodStart: '2026-01-01', periodEnd: '2027-12-31', amountSek: null, ...p });

describe('the funding runway', () => {
  it('counts whole months to the last day paid', () => {
    expect(wholeMonthsBetween(TODAY, '2027-06-06')).toBe(6);
    expect(wholeMonthsBetween(TODAY, '2027-06-05')).toBe(5);
    expect(wholeMonthsBetween(TODAY, TODAY)).toBe(0);
    // 31 August + 6 months is 28 February (the month's last day), so paid through the 27th is six months.
    expect(wholeMonthsBetween('2026-08-31', '2027-02-26')).toBe(5);
    expect(wholeMonthsBetween('2026-08-31', '2027-02-27')).toBe(6);
  });

  it('joins overlapping and back-to-back grants into one run, and stops at a gap', () => {
    const runway = fundingRunway(
      [
        period({ periodStart: '2025-01-01', periodEnd: '2027-01-31' }),
        period({ periodStart: '2026-06-01', periodEnd: '2027-03-31' }), // overlaps
        period({ periodStart: '2027-04-01', periodEnd: '2027-09-30' }), // the day after
        period({ periodStart: '2027-11-01', periodEnd: '2029-12-31' }), // after a gap of October
      ],
      TODAY,
    );
    expect(runway).toMatchObject({ coveredUntil: '2027-09-30', monthsLeft: 9, warning: false });
  });

  it('treats a period without an end as open-ended and one without a start as begun', () => {
    expect(fundingRunway([period({ kind: 'BASE', periodStart: null, periodEnd: null })], TODAY)).toMatchObject({ coveredUntil: 'open', monthsLeft: null, warning: false });
    expect(fundingRunway([period({ periodStart: null, periodEnd: '2027-01-31' })], TODAY)).toMatchObject({ coveredUntil: '2027-01-31', monthsLeft: 1, warning: true });
  });

  it('warns when nothing granted covers today, or the cover ends within six months', () => {
    expect(fundingRunway([], TODAY)).toMatchObject({ coveredUntil: null, monthsLeft: 0, warning: true });
    // Granted, but only from next year: today is not covered.
    expect(fundingRunway([period({ periodStart: '2027-01-01', periodEnd: '2028-12-31' })], TODAY)).toMatchObject({ coveredUntil: null, warning: true });
    // Exactly six months: covered through 6 June, the day before 7 June.
    expect(fundingRunway([period({ periodStart: '2026-01-01', periodEnd: '2027-06-06' })], TODAY).warning).toBe(false);
    expect(fundingRunway([period({ periodStart: '2026-01-01', periodEnd: '2027-06-05' })], TODAY).warning).toBe(true);
  });

  it('pays only granted periods: applied ones are counted apart, ended ones not at all', () => {
    const runway = fundingRunway(
      [
        period({ status: 'APPLIED', periodStart: '2027-01-01', periodEnd: '2028-12-31', amountSek: 1_500_000 }),
        period({ status: 'APPLIED', periodStart: '2027-01-01', periodEnd: '2028-12-31', amountSek: null }),
        period({ status: 'ENDED', periodStart: '2020-01-01', periodEnd: '2030-12-31', amountSek: 900_000 }),
      ],
      TODAY,
    );
    expect(runway).toMatchObject({ coveredUntil: null, warning: true, applied: { count: 2, amountSek: 1_500_000 }, grantedByKind: [] });
  });

  it('counts granted periods ending within six and twelve months, and sums current and coming grants by kind', () => {
    const runway = fundingRunway(
      [
        period({ kind: 'BASE', periodStart: '2024-01-01', periodEnd: '2027-03-31', amountSek: 600_000 }),
        period({ kind: 'PROJECT', periodStart: '2026-01-01', periodEnd: '2027-10-31', amountSek: 400_000 }),
        period({ kind: 'PROJECT', periodStart: '2028-01-01', periodEnd: '2028-12-31', amountSek: 100_000 }),
        period({ kind: 'PROJECT', periodStart: '2020-01-01', periodEnd: '2025-12-31', amountSek: 5_000_000 }), // over
      ],
      TODAY,
    );
    expect(runway).toMatchObject({ endingWithin6: 1, endingWithin12: 2 });
    expect(runway.grantedByKind).toEqual([
      { kind: 'BASE', amountSek: 600_000 },
      { kind: 'PROJECT', amountSek: 500_000 },
    ]);
  });
});
