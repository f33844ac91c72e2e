// The good innovative deal in numbers (the agency's report, p. 43): what the unmet need costs
// the network's buyers each year and how much they expect to buy, summed over the
// organisations that stated figures. Pure and exact: money is whole öre in bigint, never a
// floating-point number, however many organisations and however large their figures.
import type { MembershipRole, OrganizationKind } from '@/generated/prisma/enums';
import { buysFor } from '@/modules/governance/client';

/** One organisation's statement, as far as the sums care. */
export type MarketStatement = { annualCostOre: bigint | null; expectedVolume: number | null };

export type PotentialMarket = {
  /** Organisations that stated anything: the number of potential buyers. */
  buyers: number;
  /** The yearly cost of the unmet need, over those that stated a cost. */
  totalAnnualCostOre: bigint;
  costStatedBy: number;
  totalVolume: number;
  volumeStatedBy: number;
};

export function potentialMarket(statements: readonly MarketStatement[]): PotentialMarket {
  let totalAnnualCostOre = 0n;
  let costStatedBy = 0;
  let totalVolume = 0;
  let volumeStatedBy = 0;
  for (const statement of statements) {
    if (statement.annualCostOre !== null) {
      totalAnnualCostOre += statement.annualCostOre;
      costStatedBy += 1;
    }
    if (statement.expectedVolume !== null) {
      totalVolume += statement.expectedVolume;
      volumeStatedBy += 1;
    }
  }
  return { buyers: statements.length, totalAnnualCostOre, costStatedBy, totalVolume, volumeStatedBy };
}

/**
 * Who states cost, volume and commitment for an organisation: an active member who buys for
 * it (buysFor: not an observer, and the membership's organisation buys for its own
 * operations). An association speaks for nobody's budget, even with a vote in the network,
 * and a central purchasing body procures for others: their costs are their members' to state.
 */
export function maySpeakForBuyer(role: MembershipRole, membershipOrganizationKind: OrganizationKind | null): boolean {
  return buysFor(role, membershipOrganizationKind);
}

const GROUP_NAME_MAX = 120;

/**
 * A buyer group's name that no other group of the network has (names are unique
 * case-insensitively per network): "Beställargrupp: <need>", then "… (2)", "… (3)" when taken.
 * Long need titles are shortened so the name fits.
 */
export function uniqueGroupName(base: string, taken: readonly string[]): string {
  const takenLower = new Set(taken.map((name) => name.toLocaleLowerCase('sv-SE')));
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const room = GROUP_NAME_MAX - suffix.length;
    const stem = base.length > room ? `${base.slice(0, room - 1).trimEnd()}…` : base;
    const candidate = `${stem}${suffix}`;
    if (!takenLower.has(candidate.toLocaleLowerCase('sv-SE'))) return candidate;
  }
}
