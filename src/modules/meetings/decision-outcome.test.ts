import { describe, expect, it } from 'vitest';

import { decideOutcome, isQuorate, presentAt, type CharterRules, type Vote } from './decision-outcome';

const consensus: CharterRules = { decisionRule: 'CONSENSUS', qualifiedMajorityPercent: null, quorumPercent: 50 };
const majority: CharterRules = { decisionRule: 'SIMPLE_MAJORITY', qualifiedMajorityPercent: null, quorumPercent: 50 };
const twoThirds: CharterRules = { decisionRule: 'QUALIFIED_MAJORITY', qualifiedMajorityPercent: 67, quorumPercent: 50 };

const voters = (n: number) => Array.from({ length: n }, (_, i) => `v${i + 1}`);
const ballots = (...votes: Vote[]) => new Map(votes.map((vote, i) => [`v${i + 1}`, vote]));
const outcome = (result: ReturnType<typeof decideOutcome>) => (result.ok ? result.outcome : result.problem);

describe('quorum', () => {
  it('is met at exactly the share the charter sets', () => {
    expect(isQuorate(5, 10, 50)).toBe(true);
    expect(isQuorate(4, 10, 50)).toBe(false);
    // 2 of 3 is 66.7 %: meets 66 %, not 67 %.
    expect(isQuorate(2, 3, 66)).toBe(true);
    expect(isQuorate(2, 3, 67)).toBe(false);
  });

  it('is never met with nobody present or nobody entitled to vote', () => {
    expect(isQuorate(0, 10, 1)).toBe(false);
    expect(isQuorate(0, 0, 50)).toBe(false);
  });

  it('postpones a decision that is not quorate, whatever the votes', () => {
    const result = decideOutcome({ rules: majority, votingMembers: 10, presentVoterIds: voters(4), votes: ballots('FOR', 'FOR', 'FOR', 'FOR') });
    expect(outcome(result)).toBe('NOT_QUORATE');
  });
});

describe('consensus', () => {
  it('adopts when no present voting member objects', () => {
    expect(outcome(decideOutcome({ rules: consensus, votingMembers: 4, presentVoterIds: voters(3) }))).toBe('ADOPTED');
  });

  it('does not adopt when one present member objects', () => {
    expect(outcome(decideOutcome({ rules: consensus, votingMembers: 4, presentVoterIds: voters(3), objectorIds: ['v2'] }))).toBe('REJECTED');
  });
});

describe('simple majority', () => {
  it('adopts with more for than against, abstentions counting for neither', () => {
    expect(outcome(decideOutcome({ rules: majority, votingMembers: 5, presentVoterIds: voters(5), votes: ballots('FOR', 'FOR', 'AGAINST', 'ABSTAIN', 'ABSTAIN') }))).toBe('ADOPTED');
  });

  it('does not adopt on a tie', () => {
    expect(outcome(decideOutcome({ rules: majority, votingMembers: 4, presentVoterIds: voters(4), votes: ballots('FOR', 'FOR', 'AGAINST', 'AGAINST') }))).toBe('REJECTED');
  });

  it('does not adopt when everyone abstains', () => {
    expect(outcome(decideOutcome({ rules: majority, votingMembers: 3, presentVoterIds: voters(3), votes: ballots('ABSTAIN', 'ABSTAIN', 'ABSTAIN') }))).toBe('REJECTED');
  });

  it('tallies the votes', () => {
    const result = decideOutcome({ rules: majority, votingMembers: 3, presentVoterIds: voters(3), votes: ballots('FOR', 'AGAINST', 'ABSTAIN') });
    expect(result).toMatchObject({ ok: true, tally: { for: 1, against: 1, abstain: 1 } });
  });
});

describe('qualified majority', () => {
  it('adopts at exactly the threshold of the votes cast', () => {
    // 2 of 3 cast is 66.7 %: enough for 66 %, not for 67 %.
    const votes = ballots('FOR', 'FOR', 'AGAINST', 'ABSTAIN');
    const rules66 = { ...twoThirds, qualifiedMajorityPercent: 66 };
    expect(outcome(decideOutcome({ rules: rules66, votingMembers: 4, presentVoterIds: voters(4), votes }))).toBe('ADOPTED');
    expect(outcome(decideOutcome({ rules: twoThirds, votingMembers: 4, presentVoterIds: voters(4), votes }))).toBe('REJECTED');
    // 3 of 4 is 75 %, and a 75 % rule is met exactly.
    const rules75 = { ...twoThirds, qualifiedMajorityPercent: 75 };
    expect(outcome(decideOutcome({ rules: rules75, votingMembers: 4, presentVoterIds: voters(4), votes: ballots('FOR', 'FOR', 'FOR', 'AGAINST') }))).toBe('ADOPTED');
  });

  it('does not adopt with no votes cast', () => {
    expect(outcome(decideOutcome({ rules: twoThirds, votingMembers: 2, presentVoterIds: voters(2), votes: ballots('ABSTAIN', 'ABSTAIN') }))).toBe('REJECTED');
  });

  it('needs its threshold', () => {
    const rules = { ...twoThirds, qualifiedMajorityPercent: null };
    expect(outcome(decideOutcome({ rules, votingMembers: 2, presentVoterIds: voters(2), votes: ballots('FOR', 'FOR') }))).toBe('missingThreshold');
  });
});

describe('who may vote', () => {
  it('refuses a vote or an objection from someone not present', () => {
    expect(decideOutcome({ rules: majority, votingMembers: 3, presentVoterIds: ['v1', 'v2'], votes: ballots('FOR', 'FOR', 'FOR') })).toEqual({
      ok: false,
      problem: 'voterNotPresent',
      voterId: 'v3',
    });
    expect(decideOutcome({ rules: consensus, votingMembers: 3, presentVoterIds: ['v1', 'v2'], objectorIds: ['v9'] })).toMatchObject({ ok: false, problem: 'voterNotPresent' });
  });

  it('counts a member who arrived late only for the items after their arrival', () => {
    const attendance = [
      { userId: 'v1', arrivedAt: new Date('2026-11-26T09:00:00Z'), leftAt: null },
      { userId: 'v2', arrivedAt: new Date('2026-11-26T09:00:00Z'), leftAt: new Date('2026-11-26T10:00:00Z') },
      { userId: 'v3', arrivedAt: new Date('2026-11-26T09:45:00Z'), leftAt: null },
    ];
    expect(presentAt(attendance, new Date('2026-11-26T09:30:00Z'))).toEqual(['v1', 'v2']);
    expect(presentAt(attendance, new Date('2026-11-26T09:45:00Z'))).toEqual(['v1', 'v2', 'v3']);
    expect(presentAt(attendance, new Date('2026-11-26T10:30:00Z'))).toEqual(['v1', 'v3']);
    // Late arrival decides quorum: with 2 of 5 present at 09:30 a 50 % quorum is not met.
    const early = decideOutcome({ rules: majority, votingMembers: 5, presentVoterIds: presentAt(attendance, new Date('2026-11-26T09:30:00Z')) });
    expect(outcome(early)).toBe('NOT_QUORATE');
  });
});
