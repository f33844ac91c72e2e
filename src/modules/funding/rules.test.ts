import { describe, expect, it } from 'vitest';

import { formatKronor, fundedSpan, funderOrganizationRule, isTimeLimitedFunder, parseKronor, type FundingPeriodView } from './rules';

const period = (periodStart: string | null, periodEnd: string | null, status: FundingPeriodView['status'] = 'GRANTED'): FundingPeriodView => ({
  periodStart,
  periodEnd,
  status,
  amountSek: null,
});

describe('fundedSpan', () => {
  it('is empty without periods', () => {
    expect(fundedSpan([])).toEqual({ periodStart: null, periodEnd: null });
  });
  it('runs from the earliest start to the latest end of granted and ended periods', () => {
    expect(fundedSpan([period('2021-01-01', '2022-12-31', 'ENDED'), period('2023-01-01', '2025-06-30'), period('2019-01-01', '2020-12-31', 'ENDED')])).toEqual({
      periodStart: '2019-01-01',
      periodEnd: '2025-06-30',
    });
  });
  it('leaves applications out', () => {
    expect(fundedSpan([period('2023-01-01', '2024-12-31'), period('2025-01-01', '2027-12-31', 'APPLIED')])).toEqual({ periodStart: '2023-01-01', periodEnd: '2024-12-31' });
    expect(fundedSpan([period('2025-01-01', '2027-12-31', 'APPLIED')])).toEqual({ periodStart: null, periodEnd: null });
  });
  it('has no end while a funded period has none, and no start while one has none', () => {
    expect(fundedSpan([period('2023-01-01', '2024-12-31'), period('2025-01-01', null)])).toEqual({ periodStart: '2023-01-01', periodEnd: null });
    expect(fundedSpan([period(null, '2024-12-31'), period('2025-01-01', '2025-12-31')])).toEqual({ periodStart: null, periodEnd: '2025-12-31' });
  });
});

describe('isTimeLimitedFunder', () => {
  it.each([
    [{ slug: 'energimyndigheten', name: 'Statens energimyndighet' }, true],
    [{ slug: 'vinnova', name: 'Vinnova' }, true],
    [{ slug: 'eu-life', name: 'EU:s Life-program' }, true],
    [{ slug: 'x', name: 'Europeiska unionen' }, true],
    [{ slug: 'naturvardsverket', name: 'Naturvårdsverket' }, false],
    [{ slug: 'neutrum', name: 'Neutrum AB' }, false],
    [{ slug: null, name: null }, false],
  ])('%o → %s', (funder, expected) => {
    expect(isTimeLimitedFunder(funder)).toBe(expected);
  });
});

describe('funderOrganizationRule', () => {
  it('keeps membership fees without an organisation and grants with one', () => {
    expect(funderOrganizationRule('MEMBERSHIP_FEES')).toBe('none');
    expect(funderOrganizationRule('BASE')).toBe('required');
    expect(funderOrganizationRule('PROJECT')).toBe('required');
    expect(funderOrganizationRule('IN_KIND')).toBe('optional');
  });
});

describe('parseKronor', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['1234567', 1_234_567],
    ['1 234 567', 1_234_567],
    ['1\u00a0234\u00a0567 kr', 1_234_567],
    ['0', 0],
    ['900719925474099300', Number.NaN],
    ['12,50', Number.NaN],
    ['1.5', Number.NaN],
    ['-5', Number.NaN],
    ['ett', Number.NaN],
  ])('%j → %s', (text, expected) => {
    expect(parseKronor(text)).toBe(expected);
  });
});

describe('formatKronor', () => {
  it('groups whole kronor', () => {
    expect(formatKronor(1_234_567, 'sv').replace(/\s/g, ' ')).toBe('1 234 567 kr');
    expect(formatKronor(1_234_567, 'en')).toContain('1,234,567');
  });
});
