import { describe, expect, it } from 'vitest';

import type { MembershipRole, OrganizationKind } from '@/generated/prisma/enums';

import { groupEligibility, hasVote, missingCompetences, roleEligibility, wouldLeaveNoCoordinator } from './rules';

const network = { arrangerId: 'org-arranger', funderOrganizationIds: ['org-funder'] };
const person = (organizationKind: OrganizationKind | null, organizationId: string | null = 'org-x') => ({ organizationKind, organizationId });
const ROLES: MembershipRole[] = ['COORDINATOR', 'STEERING', 'MEMBER', 'OBSERVER'];

describe('who may hold which role', () => {
  it('lets contracting authorities hold every role', () => {
    for (const kind of ['MUNICIPALITY', 'REGION', 'STATE_AGENCY', 'PUBLIC_COMPANY', 'CENTRAL_PURCHASING_BODY'] as const) {
      for (const role of ROLES) expect(roleEligibility(role, person(kind), network), `${kind} ${role}`).toEqual({ ok: true });
    }
  });

  it('never lets a supplier hold any role, not even from the arranger or a funder', () => {
    for (const role of ROLES) {
      expect(roleEligibility(role, person('COMPANY'), network)).toEqual({ ok: false, reason: 'supplier' });
      expect(roleEligibility(role, person('COMPANY', 'org-arranger'), network)).toEqual({ ok: false, reason: 'supplier' });
      expect(roleEligibility(role, person('COMPANY', 'org-funder'), network)).toEqual({ ok: false, reason: 'supplier' });
    }
  });

  it('lets the arranger provide a coordinator who is not from a contracting authority, but no members', () => {
    const arranger = person('ASSOCIATION', 'org-arranger');
    expect(roleEligibility('COORDINATOR', arranger, network)).toEqual({ ok: true });
    expect(roleEligibility('MEMBER', arranger, network)).toEqual({ ok: false, reason: 'notContractingAuthority' });
    expect(roleEligibility('STEERING', arranger, network)).toEqual({ ok: false, reason: 'notContractingAuthority' });
    expect(roleEligibility('COORDINATOR', person('ASSOCIATION'), network)).toEqual({ ok: false, reason: 'notArrangerOrAuthority' });
  });

  it('lets a funder that is not a contracting authority observe, and nothing more', () => {
    const funder = person('ACADEMIA', 'org-funder');
    expect(roleEligibility('OBSERVER', funder, network)).toEqual({ ok: true });
    expect(roleEligibility('MEMBER', funder, network)).toEqual({ ok: false, reason: 'notContractingAuthority' });
    expect(roleEligibility('OBSERVER', person('ACADEMIA'), network)).toEqual({ ok: false, reason: 'notFunderOrAuthority' });
  });

  it('refuses a person without an organisation', () => {
    for (const role of ROLES) expect(roleEligibility(role, person(null, null), network)).toEqual({ ok: false, reason: 'noOrganization' });
  });
});

describe('votes', () => {
  it('gives members and the steering group a vote, observers none', () => {
    expect(hasVote('MEMBER', 'MUNICIPALITY')).toBe(true);
    expect(hasVote('STEERING', 'REGION')).toBe(true);
    expect(hasVote('OBSERVER', 'STATE_AGENCY')).toBe(false);
  });

  it('gives a coordinator a vote only when their organisation is a contracting authority', () => {
    expect(hasVote('COORDINATOR', 'MUNICIPALITY')).toBe(true);
    expect(hasVote('COORDINATOR', 'ASSOCIATION')).toBe(false);
    expect(hasVote('COORDINATOR', null)).toBe(false);
  });
});

describe('groups', () => {
  it('keeps buyer groups to members who buy', () => {
    expect(groupEligibility('BUYER', person('MUNICIPALITY'), { role: 'MEMBER' })).toEqual({ ok: true });
    expect(groupEligibility('BUYER', person('STATE_AGENCY'), { role: 'OBSERVER' })).toEqual({ ok: false, reason: 'notVotingMember' });
    expect(groupEligibility('BUYER', person('ASSOCIATION'), { role: 'COORDINATOR' })).toEqual({ ok: false, reason: 'notVotingMember' });
    expect(groupEligibility('BUYER', person('MUNICIPALITY'), null)).toEqual({ ok: false, reason: 'notActiveMember' });
  });

  it('opens working groups to observers but not to outsiders', () => {
    expect(groupEligibility('WORKING', person('STATE_AGENCY'), { role: 'OBSERVER' })).toEqual({ ok: true });
    expect(groupEligibility('WORKING', person('MUNICIPALITY'), null)).toEqual({ ok: false, reason: 'notActiveMember' });
  });

  it('opens reference groups to anyone invited, suppliers included', () => {
    expect(groupEligibility('REFERENCE', person('COMPANY'), null)).toEqual({ ok: true });
  });
});

describe('the last coordinator', () => {
  it('cannot go while they are the only one', () => {
    expect(wouldLeaveNoCoordinator(1, true)).toBe(true);
    expect(wouldLeaveNoCoordinator(2, true)).toBe(false);
    expect(wouldLeaveNoCoordinator(1, false)).toBe(false);
  });
});

describe('competence overview', () => {
  it('lists the recommended competences nobody brings, in the report order', () => {
    expect(missingCompetences(['PROCURER', 'NEED_OWNER', null, 'OTHER', 'IT', 'LAWYER', 'ECONOMIST'])).toEqual([
      'SUBJECT_EXPERT',
      'INNOVATION_LEAD',
      'PROJECT_MANAGER',
    ]);
  });
});
