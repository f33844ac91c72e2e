import { describe, expect, it } from 'vitest';

import { invitationExpiry, invitationStatus, whyCannotAskToJoin, whyPersonCannotHold } from './joining-rules';

const network = { arrangerId: 'arranger', funderOrganizationIds: ['funder'], status: 'ACTIVE', membershipPolicy: 'APPROVAL' } as const;
const buyer = { organizationId: 'malmo', organizationKind: 'MUNICIPALITY', platformRole: 'NONE' } as const;

describe('whyCannotAskToJoin', () => {
  it('lets a buyer from a contracting authority ask an open or by-approval network', () => {
    expect(whyCannotAskToJoin(buyer, network)).toBeNull();
    expect(whyCannotAskToJoin(buyer, { ...network, membershipPolicy: 'OPEN' })).toBeNull();
  });

  it("gives the person's own reason first, whatever the network", () => {
    const closedInvitationOnly = { ...network, status: 'CLOSED', membershipPolicy: 'INVITATION' } as const;
    expect(whyCannotAskToJoin({ ...buyer, organizationKind: 'COMPANY' }, closedInvitationOnly)).toBe('supplier');
    expect(whyCannotAskToJoin({ organizationId: null, organizationKind: null, platformRole: 'ADMIN' }, network)).toBe('noOrganization');
    expect(whyCannotAskToJoin({ ...buyer, organizationKind: 'ACADEMIA' }, network)).toBe('notAuthorityOrAssociation');
  });

  it('then agency staff, a closed network and invitation-only, in that order', () => {
    expect(whyCannotAskToJoin({ ...buyer, organizationKind: 'STATE_AGENCY', platformRole: 'AGENCY_STAFF' }, network)).toBe('agencyStaff');
    expect(whyCannotAskToJoin(buyer, { ...network, status: 'CLOSED', membershipPolicy: 'INVITATION' })).toBe('networkClosed');
    expect(whyCannotAskToJoin(buyer, { ...network, membershipPolicy: 'INVITATION' })).toBe('invitationOnly');
  });
});

describe('whyPersonCannotHold', () => {
  it('speaks of the person, not of "you", when they have no organisation', () => {
    expect(whyPersonCannotHold('MEMBER', { organizationId: null, organizationKind: null }, network)).toBe('personNoOrganization');
    expect(whyPersonCannotHold('OBSERVER', { organizationId: 'funder', organizationKind: 'ASSOCIATION' }, network)).toBeNull();
    expect(whyPersonCannotHold('MEMBER', { organizationId: 'x', organizationKind: 'COMPANY' }, network)).toBe('supplier');
  });
});

describe('invitationStatus', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const open = { acceptedAt: null, revokedAt: null, expiresAt: invitationExpiry(now) };

  it('is pending for 14 days, then expired', () => {
    expect(open.expiresAt.toISOString()).toBe('2026-03-15T12:00:00.000Z');
    expect(invitationStatus(open, now)).toBe('PENDING');
    expect(invitationStatus(open, open.expiresAt)).toBe('EXPIRED');
  });

  it('stays accepted or revoked after the expiry', () => {
    const later = new Date('2027-01-01');
    expect(invitationStatus({ ...open, acceptedAt: now }, later)).toBe('ACCEPTED');
    expect(invitationStatus({ ...open, revokedAt: now }, later)).toBe('REVOKED');
  });
});
