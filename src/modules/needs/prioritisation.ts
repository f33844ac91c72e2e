// Prioritisation rounds: each member organisation (not each person) distributes a fixed
// budget of points over the round's needs. Pure rules, shared by the ballot action and pages.

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
