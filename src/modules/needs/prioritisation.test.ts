import { describe, expect, it } from 'vitest';

import { checkBallot, isRoundOpen, rankNeeds, roundVoter } from './prioritisation';

const needs = new Set(['a', 'b', 'c']);

describe('checkBallot', () => {
  it('accepts points within the budget, also when some are left over', () => {
    expect(checkBallot(new Map([['a', 60], ['b', 40]]), needs, 100)).toBeNull();
    expect(checkBallot(new Map([['a', 10]]), needs, 100)).toBeNull();
  });

  it('refuses one point over the budget', () => {
    expect(checkBallot(new Map([['a', 60], ['b', 41]]), needs, 100)).toBe('overBudget');
  });

  it('refuses an empty ballot and points on a need outside the round', () => {
    expect(checkBallot(new Map([['a', 0]]), needs, 100)).toBe('empty');
    expect(checkBallot(new Map(), needs, 100)).toBe('empty');
    expect(checkBallot(new Map([['x', 5]]), needs, 100)).toBe('unknownNeed');
  });
});

describe('isRoundOpen', () => {
  it('closes exactly at the deadline', () => {
    const round = { closesAt: new Date('2026-12-01T12:00:00Z') };
    expect(isRoundOpen(round, new Date('2026-12-01T11:59:59Z'))).toBe(true);
    expect(isRoundOpen(round, new Date('2026-12-01T12:00:00Z'))).toBe(false);
  });
});

describe('rankNeeds', () => {
  it('ranks by total points, then by how many organisations gave points, sharing ranks on a tie', () => {
    const ballots = [new Map([['a', 50], ['b', 50]]), new Map([['b', 30], ['c', 70]]), new Map([['a', 30]])];
    // a 80 (2 orgs), b 80 (2 orgs), c 70 (1 org)
    expect(rankNeeds(['c', 'b', 'a'], ballots).map((r) => [r.needId, r.points, r.rank])).toEqual([
      ['b', 80, 1],
      ['a', 80, 1],
      ['c', 70, 3],
    ]);
  });

  it('lists needs without points last, with zero', () => {
    expect(rankNeeds(['a', 'b'], [new Map([['a', 5]])])).toEqual([
      { needId: 'a', points: 5, organizations: 1, rank: 1 },
      { needId: 'b', points: 0, organizations: 0, rank: 2 },
    ]);
  });
});

describe('roundVoter', () => {
  it('lets members and the steering group of a contracting authority vote for their organisation', () => {
    expect(roundVoter({ role: 'MEMBER', organizationId: 'malmo', organizationKind: 'MUNICIPALITY' })).toEqual({ ok: true, organizationId: 'malmo' });
    expect(roundVoter({ role: 'STEERING', organizationId: 'gbg', organizationKind: 'MUNICIPALITY' })).toEqual({ ok: true, organizationId: 'gbg' });
    expect(roundVoter({ role: 'COORDINATOR', organizationId: 'region', organizationKind: 'REGION' })).toEqual({ ok: true, organizationId: 'region' });
  });

  it('refuses observers, associations, central purchasing bodies, people without an organisation and non-members', () => {
    expect(roundVoter({ role: 'OBSERVER', organizationId: 'nv', organizationKind: 'STATE_AGENCY' })).toEqual({ ok: false, reason: 'observer' });
    expect(roundVoter({ role: 'COORDINATOR', organizationId: 'assoc', organizationKind: 'ASSOCIATION' })).toEqual({ ok: false, reason: 'noVote' });
    // An association member (SKL in Konstgräs) casts no ballot, whatever vote the charter gives it;
    // nor does a central purchasing body, which procures for others.
    expect(roundVoter({ role: 'MEMBER', organizationId: 'skl', organizationKind: 'ASSOCIATION' })).toEqual({ ok: false, reason: 'noVote' });
    expect(roundVoter({ role: 'STEERING', organizationId: 'kommentus', organizationKind: 'CENTRAL_PURCHASING_BODY' })).toEqual({ ok: false, reason: 'noVote' });
    expect(roundVoter({ role: 'MEMBER', organizationId: null, organizationKind: null })).toEqual({ ok: false, reason: 'noVote' });
    expect(roundVoter(null)).toEqual({ ok: false, reason: 'notMember' });
  });
});
