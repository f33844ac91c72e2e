// Prioritisation rounds: each member organisation (not each person) distributes a fixed
// budget of points over the round's needs. Pure rules, shared by the ballot action and pages.
import type { MembershipRole, OrganizationKind } from '@/generated/prisma/enums';
import { buysFor } from '@/modules/governance/client';

/** The budget a new round's form proposes, and the bounds the database also enforces. */
export const DEFAULT_POINTS = 100;
export const MIN_POINTS = 1;
export const MAX_POINTS = 1000;

/** A round needs at least two needs to choose between. */
export const MIN_ROUND_NEEDS = 2;

/** The ballot form's field for a need's points; the action reads the same names back. */
export const POINTS_FIELD_PREFIX = 'points_';
export const pointsField = (needId: string) => `${POINTS_FIELD_PREFIX}${needId}`;

export type RoundTiming = { closesAt: Date };

/** A round is open until its deadline; after that no ballot is accepted and results show. */
export function isRoundOpen(round: RoundTiming, now: Date): boolean {
  return now.getTime() < round.closesAt.getTime();
}

export type BallotProblem = 'overBudget' | 'empty' | 'unknownNeed';

/**
 * Checks a ballot: points go only to the round's needs, each a whole number ≥ 0, at least one
 * point in all, and no more than the budget (points left over are allowed: an organisation
 * may care about few needs).
 */
export function checkBallot(points: ReadonlyMap<string, number>, roundNeedIds: ReadonlySet<string>, budget: number): BallotProblem | null {
  let total = 0;
  for (const [needId, value] of points) {
    if (!roundNeedIds.has(needId)) return 'unknownNeed';
    total += value;
  }
  if (total === 0) return 'empty';
  if (total > budget) return 'overBudget';
  return null;
}

export type RankedNeed = { needId: string; points: number; organizations: number; rank: number };

/**
 * The round's result: needs by total points, then by how many organisations gave them points.
 * Equal needs share a rank (1, 2, 2, 4).
 */
export function rankNeeds(needIds: readonly string[], ballots: ReadonlyArray<ReadonlyMap<string, number>>): RankedNeed[] {
  const totals = needIds.map((needId) => {
    let points = 0;
    let organizations = 0;
    for (const ballot of ballots) {
      const value = ballot.get(needId) ?? 0;
      points += value;
      if (value > 0) organizations += 1;
    }
    return { needId, points, organizations };
  });
  totals.sort((a, b) => b.points - a.points || b.organizations - a.organizations);
  const ranked: RankedNeed[] = [];
  for (const [index, entry] of totals.entries()) {
    const previous = ranked[index - 1];
    const tied = previous && previous.points === entry.points && previous.organizations === entry.organizations;
    ranked.push({ ...entry, rank: tied ? previous.rank : index + 1 });
  }
  return ranked;
}

/** The person's active membership in the round's network, with the organisation it is for. */
export type VoterMembership = {
  role: MembershipRole;
  organizationId: string | null;
  organizationKind: OrganizationKind | null;
} | null;

export type NoVoteReason = 'notMember' | 'observer' | 'noVote';

/**
 * Who casts their organisation's ballot: an active member who buys for it (buysFor: members,
 * the steering group and coordinators from organisations that buy for their own operations).
 * Observers do not; nor do associations, even when the charter gives them a vote in the
 * network's decisions, nor a central purchasing body: a ballot ranks what an organisation
 * needs to buy.
 */
export function roundVoter(membership: VoterMembership): { ok: true; organizationId: string } | { ok: false; reason: NoVoteReason } {
  if (!membership) return { ok: false, reason: 'notMember' };
  if (membership.role === 'OBSERVER') return { ok: false, reason: 'observer' };
  if (!membership.organizationId || !buysFor(membership.role, membership.organizationKind)) return { ok: false, reason: 'noVote' };
  return { ok: true, organizationId: membership.organizationId };
}
