import { describe, expect, it } from 'vitest';

import type { GroupKind, MembershipRole, OrganizationKind } from '@/generated/prisma/enums';

import {
  buysFor,
  buysForItself,
  type Eligibility,
  type IneligibleReason,
  groupEligibility,
  hasVote,
  mayRunBuyerGroup,
  missingCompetences,
  roleEligibility,
  wouldLeaveNoCoordinator,
} from './rules';

const network = { arrangerId: 'org-arranger', funderOrganizationIds: ['org-funder'] };
const person = (organizationKind: OrganizationKind | null, organizationId: string | null = 'org-x') => ({ organizationKind, organizationId });
const ROLES: MembershipRole[] = ['COORDINATOR', 'STEERING', 'MEMBER', 'OBSERVER'];
const AUTHORITIES = ['MUNICIPALITY', 'REGION', 'STATE_AGENCY', 'PUBLIC_COMPANY', 'CENTRAL_PURCHASING_BODY'] as const;
const OK: Eligibility = { ok: true };
const no = (reason: IneligibleReason): Eligibility => ({ ok: false, reason });
const withVote = { associationsVote: true };
const withoutVote = { associationsVote: false };

/**
 * The governance rules as the agency's report describes them (ADR 0018), one row per case:
 * the organisation, the role or group, whether it may, and whether it votes under a charter
 * that gives associations a vote and one that does not.
 */
describe('governance as the report describes it', () => {
  type Row = {
    who: string;
    kind: OrganizationKind;
    organizationId?: string;
    role: MembershipRole;
    eligible: Eligibility;
    vote: { withAssociationsVote: boolean; without: boolean };
    buys: boolean;
  };
  const rows: Row[] = [
    // Konstgräs's members beside the municipalities (p. 37).
    { who: 'SKL as a member', kind: 'ASSOCIATION', role: 'MEMBER', eligible: OK, vote: { withAssociationsVote: true, without: false }, buys: false },
    { who: 'Svenska Fotbollförbundet as a member', kind: 'ASSOCIATION', role: 'MEMBER', eligible: OK, vote: { withAssociationsVote: true, without: false }, buys: false },
    // SKL on the steering group of Digitala tjänster (p. 39).
    { who: 'SKL on the steering group', kind: 'ASSOCIATION', role: 'STEERING', eligible: OK, vote: { withAssociationsVote: true, without: false }, buys: false },
    { who: 'an association observing', kind: 'ASSOCIATION', role: 'OBSERVER', eligible: OK, vote: { withAssociationsVote: false, without: false }, buys: false },
    // The arranger's secretariat, an association (Sveriges kultur- och fritidschefsförening for Konstgräs).
    { who: 'the arranging association coordinating', kind: 'ASSOCIATION', organizationId: 'org-arranger', role: 'COORDINATOR', eligible: OK, vote: { withAssociationsVote: false, without: false }, buys: false },
    { who: 'an association that does not arrange coordinating', kind: 'ASSOCIATION', role: 'COORDINATOR', eligible: no('notArrangerOrAuthority'), vote: { withAssociationsVote: false, without: false }, buys: false },
    // A firm engaged as the secretariat (WSP for BeBo, WinGuard for Räddningstjänst, Table 1, p. 36).
    { who: 'the engaged secretariat firm coordinating', kind: 'COMPANY', organizationId: 'org-arranger', role: 'COORDINATOR', eligible: OK, vote: { withAssociationsVote: false, without: false }, buys: false },
    { who: 'the engaged secretariat firm as a member', kind: 'COMPANY', organizationId: 'org-arranger', role: 'MEMBER', eligible: no('supplier'), vote: { withAssociationsVote: false, without: false }, buys: false },
    { who: 'the engaged secretariat firm on the steering group', kind: 'COMPANY', organizationId: 'org-arranger', role: 'STEERING', eligible: no('supplier'), vote: { withAssociationsVote: false, without: false }, buys: false },
    // Suppliers stay out (p. 31, 33), funding or not.
    { who: 'a supplier as a member', kind: 'COMPANY', role: 'MEMBER', eligible: no('supplier'), vote: { withAssociationsVote: false, without: false }, buys: false },
    { who: 'a supplier coordinating', kind: 'COMPANY', role: 'COORDINATOR', eligible: no('supplier'), vote: { withAssociationsVote: false, without: false }, buys: false },
    { who: 'a supplier that funds, observing', kind: 'COMPANY', organizationId: 'org-funder', role: 'OBSERVER', eligible: no('supplier'), vote: { withAssociationsVote: false, without: false }, buys: false },
    // Contracting authorities, as before.
    { who: 'a municipality as a member', kind: 'MUNICIPALITY', role: 'MEMBER', eligible: OK, vote: { withAssociationsVote: true, without: true }, buys: true },
    { who: 'a municipality coordinating', kind: 'MUNICIPALITY', role: 'COORDINATOR', eligible: OK, vote: { withAssociationsVote: true, without: true }, buys: true },
    { who: 'a state agency observing', kind: 'STATE_AGENCY', role: 'OBSERVER', eligible: OK, vote: { withAssociationsVote: false, without: false }, buys: false },
    // A central purchasing body votes as a contracting authority but procures for others.
    { who: 'a central purchasing body as a member', kind: 'CENTRAL_PURCHASING_BODY', role: 'MEMBER', eligible: OK, vote: { withAssociationsVote: true, without: true }, buys: false },
    // Neither authorities nor associations.
    { who: 'academia as a member', kind: 'ACADEMIA', role: 'MEMBER', eligible: no('notAuthorityOrAssociation'), vote: { withAssociationsVote: false, without: false }, buys: false },
    { who: 'academia funding, observing', kind: 'ACADEMIA', organizationId: 'org-funder', role: 'OBSERVER', eligible: OK, vote: { withAssociationsVote: false, without: false }, buys: false },
    { who: 'academia not funding, observing', kind: 'ACADEMIA', role: 'OBSERVER', eligible: no('notFunderOrAuthority'), vote: { withAssociationsVote: false, without: false }, buys: false },
  ];

  it.each(rows)('$who', ({ kind, organizationId, role, eligible, vote, buys }) => {
    expect(roleEligibility(role, person(kind, organizationId ?? 'org-x'), network)).toEqual(eligible);
    expect(hasVote(role, kind, withVote)).toBe(vote.withAssociationsVote);
    expect(hasVote(role, kind, withoutVote)).toBe(vote.without);
    expect(buysFor(role, kind)).toBe(buys);
  });

  type GroupRow = { who: string; kind: OrganizationKind | null; role: MembershipRole | null; group: GroupKind; eligible: Eligibility };
  const groupRows: GroupRow[] = [
    // SKL runs Konstgräs's buyer group (p. 37); the analysis went on to SKL Kommentus.
    { who: 'SKL, a member, in a buyer group', kind: 'ASSOCIATION', role: 'MEMBER', group: 'BUYER', eligible: OK },
    { who: 'SKL on the steering group, in a buyer group', kind: 'ASSOCIATION', role: 'STEERING', group: 'BUYER', eligible: OK },
    { who: 'a central purchasing body, a member, in a buyer group', kind: 'CENTRAL_PURCHASING_BODY', role: 'MEMBER', group: 'BUYER', eligible: OK },
    { who: 'a municipality, a member, in a buyer group', kind: 'MUNICIPALITY', role: 'MEMBER', group: 'BUYER', eligible: OK },
    { who: 'a municipality coordinating, in a buyer group', kind: 'MUNICIPALITY', role: 'COORDINATOR', group: 'BUYER', eligible: OK },
    { who: 'the arranging association’s secretariat, in a buyer group', kind: 'ASSOCIATION', role: 'COORDINATOR', group: 'BUYER', eligible: no('notBuyingMember') },
    { who: 'the engaged secretariat firm, in a buyer group', kind: 'COMPANY', role: 'COORDINATOR', group: 'BUYER', eligible: no('notBuyingMember') },
    { who: 'an observer, in a buyer group', kind: 'STATE_AGENCY', role: 'OBSERVER', group: 'BUYER', eligible: no('notBuyingMember') },
    { who: 'an association observing, in a buyer group', kind: 'ASSOCIATION', role: 'OBSERVER', group: 'BUYER', eligible: no('notBuyingMember') },
    { who: 'a non-member, in a buyer group', kind: 'MUNICIPALITY', role: null, group: 'BUYER', eligible: no('notActiveMember') },
    { who: 'an observer, in a working group', kind: 'STATE_AGENCY', role: 'OBSERVER', group: 'WORKING', eligible: OK },
    { who: 'the engaged secretariat firm, in a working group', kind: 'COMPANY', role: 'COORDINATOR', group: 'WORKING', eligible: OK },
    { who: 'a non-member, in a working group', kind: 'MUNICIPALITY', role: null, group: 'WORKING', eligible: no('notActiveMember') },
    { who: 'a supplier, in a reference group', kind: 'COMPANY', role: null, group: 'REFERENCE', eligible: OK },
  ];

  it.each(groupRows)('$who', ({ kind, role, group, eligible }) => {
    expect(groupEligibility(group, person(kind), role && { role })).toEqual(eligible);
  });

  it('lets only buyers, central purchasing bodies and associations lead a buyer group', () => {
    expect(mayRunBuyerGroup('ASSOCIATION')).toBe(true);
    expect(mayRunBuyerGroup('CENTRAL_PURCHASING_BODY')).toBe(true);
    expect(mayRunBuyerGroup('MUNICIPALITY')).toBe(true);
    expect(mayRunBuyerGroup('COMPANY')).toBe(false);
    expect(mayRunBuyerGroup('ACADEMIA')).toBe(false);
    expect(mayRunBuyerGroup(null)).toBe(false);
  });

  it('counts as buying for itself every contracting authority except a central purchasing body', () => {
    for (const kind of AUTHORITIES) expect(buysForItself(kind), kind).toBe(kind !== 'CENTRAL_PURCHASING_BODY');
    for (const kind of ['ASSOCIATION', 'COMPANY', 'ACADEMIA', 'OTHER'] as const) expect(buysForItself(kind), kind).toBe(false);
  });
});

describe('who may hold which role', () => {
  it('lets contracting authorities hold every role', () => {
    for (const kind of AUTHORITIES) {
      for (const role of ROLES) expect(roleEligibility(role, person(kind), network), `${kind} ${role}`).toEqual({ ok: true });
    }
  });

  it('never lets a supplier hold any role, except the arranger’s own firm as coordinator', () => {
    for (const role of ROLES) {
      expect(roleEligibility(role, person('COMPANY'), network)).toEqual({ ok: false, reason: 'supplier' });
      expect(roleEligibility(role, person('COMPANY', 'org-funder'), network)).toEqual({ ok: false, reason: 'supplier' });
      expect(roleEligibility(role, person('COMPANY', 'org-arranger'), network)).toEqual(role === 'COORDINATOR' ? { ok: true } : { ok: false, reason: 'supplier' });
    }
  });

  it('refuses a person without an organisation, even for the arranger’s role', () => {
    for (const role of ROLES) expect(roleEligibility(role, person(null, null), network)).toEqual({ ok: false, reason: 'noOrganization' });
    expect(roleEligibility('COORDINATOR', person(null, 'org-arranger'), network)).toEqual({ ok: false, reason: 'noOrganization' });
  });
});

describe('votes', () => {
  it('never gives observers or people without an organisation a vote', () => {
    for (const rules of [withVote, withoutVote]) {
      expect(hasVote('OBSERVER', 'MUNICIPALITY', rules)).toBe(false);
      expect(hasVote('MEMBER', null, rules)).toBe(false);
    }
  });

  it('gives a coordinator a vote only when their organisation is a contracting authority', () => {
    expect(hasVote('COORDINATOR', 'MUNICIPALITY', withoutVote)).toBe(true);
    expect(hasVote('COORDINATOR', 'ASSOCIATION', withVote)).toBe(false);
    expect(hasVote('COORDINATOR', 'COMPANY', withVote)).toBe(false);
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
      'TECHNICIAN',
      'BUSINESS_DEVELOPER',
      'INNOVATION_LEAD',
      'PROJECT_MANAGER',
    ]);
  });

  it('recommends technicians and business developers (p. 31)', () => {
    expect(missingCompetences(['TECHNICIAN', 'BUSINESS_DEVELOPER'])).not.toContain('TECHNICIAN');
    expect(missingCompetences([])).toEqual(expect.arrayContaining(['TECHNICIAN', 'BUSINESS_DEVELOPER']));
  });
});
