import { describe, expect, it } from 'vitest';

import type { OrganizationKind } from '@/generated/prisma/enums';

import { publishBlocker, startStanding, startYearRange, type Starter } from './start-network-rules';

const person = (kind: OrganizationKind | null, overrides: Partial<Starter> = {}): Starter => ({
  platformRole: 'NONE',
  affiliation: kind ? 'CONFIRMED' : 'NONE',
  organization: kind ? { id: `org-${kind}`, kind } : null,
  ...overrides,
});

describe('startStanding', () => {
  it.each(['MUNICIPALITY', 'REGION', 'PUBLIC_COMPANY', 'CENTRAL_PURCHASING_BODY'] as const)(
    'lets a confirmed person of a %s start a buyer-initiated network that their organisation arranges',
    (kind) => {
      expect(startStanding(person(kind))).toEqual({ may: true, initiator: 'BUYER', mayChooseInitiator: false, ownOrganizationId: `org-${kind}` });
    },
  );

  it('makes a state agency’s network agency-initiated, as the report defines it', () => {
    expect(startStanding(person('STATE_AGENCY'))).toMatchObject({ may: true, initiator: 'AGENCY', ownOrganizationId: 'org-STATE_AGENCY' });
  });

  it('lets agency staff start agency-initiated networks for their own authority', () => {
    expect(startStanding(person('STATE_AGENCY', { platformRole: 'AGENCY_STAFF' }))).toEqual({
      may: true,
      initiator: 'AGENCY',
      mayChooseInitiator: false,
      ownOrganizationId: 'org-STATE_AGENCY',
    });
    expect(startStanding(person('MUNICIPALITY', { platformRole: 'AGENCY_STAFF' }))).toMatchObject({ may: true, initiator: 'AGENCY' });
    // They become the coordinator, so they need an organisation that can be one.
    expect(startStanding(person(null, { platformRole: 'AGENCY_STAFF' }))).toEqual({ may: false, reason: 'noOrganization' });
  });

  it('lets platform admins start a network and choose its initiator', () => {
    expect(startStanding(person(null, { platformRole: 'ADMIN' }))).toEqual({ may: true, initiator: 'AGENCY', mayChooseInitiator: true, ownOrganizationId: null });
    expect(startStanding(person('MUNICIPALITY', { platformRole: 'ADMIN' }))).toMatchObject({ initiator: 'BUYER', ownOrganizationId: 'org-MUNICIPALITY' });
  });

  it('says why everyone else may not', () => {
    expect(startStanding(null)).toEqual({ may: false, reason: 'signedOut' });
    expect(startStanding(person(null))).toEqual({ may: false, reason: 'noOrganization' });
    expect(startStanding(person('MUNICIPALITY', { affiliation: 'PENDING' }))).toEqual({ may: false, reason: 'notAffiliated' });
    expect(startStanding(person('COMPANY'))).toEqual({ may: false, reason: 'supplier' });
    for (const kind of ['ASSOCIATION', 'ACADEMIA', 'OTHER'] as const) {
      expect(startStanding(person(kind))).toEqual({ may: false, reason: 'notContractingAuthority' });
    }
  });

  it('never lets a pending person’s organisation arrange, even for an admin', () => {
    expect(startStanding(person('MUNICIPALITY', { platformRole: 'ADMIN', affiliation: 'PENDING' }))).toMatchObject({ may: true, ownOrganizationId: null });
  });
});

describe('startYearRange', () => {
  it('runs from 1950 to next year, as the year goes in Sweden', () => {
    expect(startYearRange(new Date('2026-06-01T12:00:00Z'))).toEqual({ min: 1950, max: 2027, current: 2026 });
    // Already New Year's Day in Stockholm.
    expect(startYearRange(new Date('2026-12-31T23:30:00Z'))).toEqual({ min: 1950, max: 2028, current: 2027 });
  });
});

describe('publishBlocker', () => {
  const draft = { publishedAt: null, unpublishedReason: null };
  it('lets the secretariat publish a draft whose charter is its own', () => {
    expect(publishBlocker(draft, { isAdmin: false, templateTextsLeft: 0 })).toBeNull();
  });
  it('refuses a published network, a template charter, and a network an admin took down', () => {
    expect(publishBlocker({ publishedAt: new Date(), unpublishedReason: null }, { isAdmin: true, templateTextsLeft: 0 })).toBe('networkAlreadyPublished');
    expect(publishBlocker(draft, { isAdmin: false, templateTextsLeft: 2 })).toBe('charterIsTemplate');
    expect(publishBlocker(draft, { isAdmin: true, templateTextsLeft: 1 })).toBe('charterIsTemplate');
    const takenDown = { publishedAt: null, unpublishedReason: 'Dubblett av Konstgräs' };
    expect(publishBlocker(takenDown, { isAdmin: false, templateTextsLeft: 0 })).toBe('networkTakenDown');
    expect(publishBlocker(takenDown, { isAdmin: true, templateTextsLeft: 0 })).toBeNull();
  });
});
