// How a decision comes out under the network's own rules of procedure (the charter): pure,
// so the rule is written once and tested for every edge. The server records a decision
// only with the outcome computed here.
import type { DecisionRule } from '@/generated/prisma/enums';

export type Vote = 'FOR' | 'AGAINST' | 'ABSTAIN';

export type CharterRules = {
  decisionRule: DecisionRule;
  /** Percent of the votes cast (for + against) a qualified majority needs. */
  qualifiedMajorityPercent: number | null;
  /** Percent of the network's voting members that must be present. */
  quorumPercent: number;
};

export type Outcome = 'ADOPTED' | 'REJECTED' | 'NOT_QUORATE';

/** Quorum: at least quorumPercent of the voting members are present (never with nobody). */
export function isQuorate(presentVoters: number, votingMembers: number, quorumPercent: number): boolean {
  if (votingMembers <= 0 || presentVoters <= 0) return false;
  // Whole numbers on both sides: no floating-point edge at exactly the threshold.
  return presentVoters * 100 >= quorumPercent * votingMembers;
}

export type DecisionInput = {
  rules: CharterRules;
  /** Everyone in the network who has a vote when the decision is taken. */
  votingMembers: number;
  /** The voting members present when the item is decided (not those who arrived later). */
  presentVoterIds: readonly string[];
  /** Majority rules: one vote per present voter who voted. Consensus: ignored. */
  votes?: ReadonlyMap<string, Vote>;
  /** Consensus: present voters who objected. */
  objectorIds?: readonly string[];
};

export type DecisionProblem = 'voterNotPresent' | 'missingThreshold';

export type DecisionResult =
  | { ok: true; outcome: Outcome; tally: { for: number; against: number; abstain: number } }
  | { ok: false; problem: DecisionProblem; voterId?: string };

export function decideOutcome(input: DecisionInput): DecisionResult {
  const present = new Set(input.presentVoterIds);
  const votes = input.votes ?? new Map<string, Vote>();
  const objectors = input.objectorIds ?? [];
  // Only present voting members vote or object; anything else is a forged or stale ballot.
  for (const voterId of [...votes.keys(), ...objectors]) {
    if (!present.has(voterId)) return { ok: false, problem: 'voterNotPresent', voterId };
  }
  const tally = { for: 0, against: 0, abstain: 0 };
  for (const vote of votes.values()) {
    if (vote === 'FOR') tally.for += 1;
    else if (vote === 'AGAINST') tally.against += 1;
    else tally.abstain += 1;
  }
  if (!isQuorate(present.size, input.votingMembers, input.rules.quorumPercent)) return { ok: true, outcome: 'NOT_QUORATE', tally };

  switch (input.rules.decisionRule) {
    case 'CONSENSUS':
      return { ok: true, outcome: objectors.length === 0 ? 'ADOPTED' : 'REJECTED', tally };
    case 'SIMPLE_MAJORITY':
      // More for than against; abstentions count for neither; a tie is not a majority.
      return { ok: true, outcome: tally.for > tally.against ? 'ADOPTED' : 'REJECTED', tally };
    case 'QUALIFIED_MAJORITY': {
      const threshold = input.rules.qualifiedMajorityPercent;
      if (threshold === null) return { ok: false, problem: 'missingThreshold' };
      const cast = tally.for + tally.against;
      return { ok: true, outcome: cast > 0 && tally.for * 100 >= threshold * cast ? 'ADOPTED' : 'REJECTED', tally };
    }
  }
}

/** Who was present at a moment: arrived at or before it, and had not left. */
export function presentAt(
  attendance: ReadonlyArray<{ userId: string; arrivedAt: Date; leftAt: Date | null }>,
  moment: Date,
): string[] {
  return attendance
    .filter((a) => a.arrivedAt.getTime() <= moment.getTime() && (a.leftAt === null || a.leftAt.getTime() > moment.getTime()))
    .map((a) => a.userId);
}
