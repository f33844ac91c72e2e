import { describe, expect, it } from 'vitest';

import { can, canModerate, canReadAllAuditEvents, canSeeDraft, type Actor } from '@/server/policy';

const actor = (overrides: Partial<Actor> = {}): Actor => ({ userId: 'u', platformRole: 'NONE', membership: null, ...overrides });

describe('can', () => {
  it('refuses everything to someone signed out', () => {
    expect(can(null, 'manage')).toEqual({ allowed: false, reason: 'signedOut' });
    expect(can(null, 'participate')).toEqual({ allowed: false, reason: 'signedOut' });
  });

  it("lets the network's coordinators and platform admins manage it", () => {
    expect(can(actor({ membership: { id: 'm', role: 'COORDINATOR' } }), 'manage')).toEqual({ allowed: true });
    expect(can(actor({ platformRole: 'ADMIN' }), 'manage')).toEqual({ allowed: true });
  });

  it('does not let members, observers, the steering group or agency staff manage', () => {
    for (const role of ['MEMBER', 'OBSERVER', 'STEERING'] as const) {
      expect(can(actor({ membership: { id: 'm', role } }), 'manage')).toEqual({ allowed: false, reason: 'notCoordinator' });
    }
    expect(can(actor({ platformRole: 'AGENCY_STAFF' }), 'manage')).toEqual({ allowed: false, reason: 'notCoordinator' });
  });

  it('lets anyone with an active membership take part, and nobody else', () => {
    expect(can(actor({ membership: { id: 'm', role: 'OBSERVER' } }), 'participate')).toEqual({ allowed: true });
    expect(can(actor({ platformRole: 'ADMIN' }), 'participate')).toEqual({ allowed: false, reason: 'notMember' });
  });

  it('shows the audit log of every network to admins only', () => {
    expect(canReadAllAuditEvents(actor({ platformRole: 'ADMIN' }))).toBe(true);
    expect(canReadAllAuditEvents(actor({ platformRole: 'AGENCY_STAFF' }))).toBe(false);
    expect(canReadAllAuditEvents(null)).toBe(false);
  });

  it('shows a draft network to its coordinators and platform admins only', () => {
    expect(canSeeDraft(actor({ membership: { id: 'm', role: 'COORDINATOR' } }))).toBe(true);
    expect(canSeeDraft(actor({ platformRole: 'ADMIN' }))).toBe(true);
    for (const role of ['MEMBER', 'OBSERVER', 'STEERING'] as const) expect(canSeeDraft(actor({ membership: { id: 'm', role } }))).toBe(false);
    expect(canSeeDraft(actor({ platformRole: 'AGENCY_STAFF' }))).toBe(false);
    expect(canSeeDraft(actor())).toBe(false);
    expect(canSeeDraft(null)).toBe(false);
  });

  it('lets platform admins alone take a network off the registry', () => {
    expect(canModerate(actor({ platformRole: 'ADMIN' }))).toEqual({ allowed: true });
    expect(canModerate(actor({ membership: { id: 'm', role: 'COORDINATOR' } }))).toEqual({ allowed: false, reason: 'notAdmin' });
    expect(canModerate(actor({ platformRole: 'AGENCY_STAFF' }))).toEqual({ allowed: false, reason: 'notAdmin' });
    expect(canModerate(null)).toEqual({ allowed: false, reason: 'signedOut' });
  });
});
