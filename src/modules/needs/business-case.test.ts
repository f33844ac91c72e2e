import { describe, expect, it } from 'vitest';

import { maySpeakForBuyer, potentialMarket, uniqueGroupName } from './business-case';

describe('the potential market', () => {
  it('counts every organisation that stated something and sums only what was stated', () => {
    expect(
      potentialMarket([
        { annualCostOre: 125_000_000n, expectedVolume: 3 },
        { annualCostOre: null, expectedVolume: 2 },
        { annualCostOre: 50n, expectedVolume: null },
      ]),
    ).toEqual({ buyers: 3, totalAnnualCostOre: 125_000_050n, costStatedBy: 2, totalVolume: 5, volumeStatedBy: 2 });
  });

  it('stays exact beyond what a floating-point number holds', () => {
    const big = 999_999_999_999_999_99n; // 999 999 999 999 999,99 kr
    const market = potentialMarket([
      { annualCostOre: big, expectedVolume: null },
      { annualCostOre: big, expectedVolume: null },
      { annualCostOre: 1n, expectedVolume: null },
    ]);
    expect(market.totalAnnualCostOre).toBe(199_999_999_999_999_999n);
    expect(Number.isSafeInteger(Number(market.totalAnnualCostOre))).toBe(false);
  });

  it('is empty with no statements', () => {
    expect(potentialMarket([])).toEqual({ buyers: 0, totalAnnualCostOre: 0n, costStatedBy: 0, totalVolume: 0, volumeStatedBy: 0 });
  });
});

describe('who speaks for a buyer', () => {
  it('is a member, the steering group or a coordinator of an organisation that buys for itself', () => {
    expect(maySpeakForBuyer('MEMBER', 'MUNICIPALITY')).toBe(true);
    expect(maySpeakForBuyer('STEERING', 'REGION')).toBe(true);
    expect(maySpeakForBuyer('COORDINATOR', 'PUBLIC_COMPANY')).toBe(true);
  });

  it('is never an observer, an association (member or secretariat) or a central purchasing body', () => {
    expect(maySpeakForBuyer('OBSERVER', 'MUNICIPALITY')).toBe(false);
    expect(maySpeakForBuyer('COORDINATOR', 'ASSOCIATION')).toBe(false);
    // SKL as a member of Konstgräs, or leading its buyer group (report p. 37), buys nothing itself.
    expect(maySpeakForBuyer('MEMBER', 'ASSOCIATION')).toBe(false);
    // A central purchasing body procures for others: the costs are its customers' to state.
    expect(maySpeakForBuyer('MEMBER', 'CENTRAL_PURCHASING_BODY')).toBe(false);
    expect(maySpeakForBuyer('MEMBER', null)).toBe(false);
  });
});

describe('a buyer group name', () => {
  it('is the base name when free, and numbered when taken (in any case)', () => {
    expect(uniqueGroupName('Beställargrupp: Konstgräs', [])).toBe('Beställargrupp: Konstgräs');
    expect(uniqueGroupName('Beställargrupp: Konstgräs', ['BESTÄLLARGRUPP: KONSTGRÄS', 'beställargrupp: konstgräs (2)'])).toBe('Beställargrupp: Konstgräs (3)');
  });

  it('fits 120 characters, suffix included', () => {
    const base = `Beställargrupp: ${'x'.repeat(200)}`;
    const first = uniqueGroupName(base, []);
    expect(first).toHaveLength(120);
    expect(first.endsWith('…')).toBe(true);
    const second = uniqueGroupName(base, [first]);
    expect(second).toHaveLength(120);
    expect(second.endsWith('… (2)')).toBe(true);
  });
});
