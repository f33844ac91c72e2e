import { describe, expect, it } from 'vitest';

import { OrganizationKind } from '@/generated/prisma/enums';
import { INITIATORS, STATUSES } from '@/modules/registry/client';

import { EXAMPLE_NETWORK, EXAMPLE_ORIGIN } from './examples';
import { INITIATOR_CODES, organisationIdentifier, partyRoles, STATUS_CODES, toApiNetwork, toApiOrganisation } from './serialize';

describe('codes', () => {
  it('are the filter values of the registry query, so a response value can be sent back as a filter', () => {
    for (const [code, value] of Object.entries(INITIATORS)) expect(INITIATOR_CODES[value]).toBe(code);
    for (const [code, value] of Object.entries(STATUSES)) expect(STATUS_CODES[value]).toBe(code);
  });
});

describe('toApiNetwork', () => {
  it('gives lower-case codes, both languages of the area and an absolute link to the Swedish page', () => {
    const network = toApiNetwork(
      {
        slug: 'konstgras',
        name: 'Konstgräs',
        initiator: 'AGENCY',
        status: 'ACTIVE',
        startYear: 2017,
        area: { slug: 'hallbara-konstgrasplaner', nameSv: 'Hållbara konstgräsplaner', nameEn: 'Sustainable artificial turf pitches' },
        arranger: { slug: 'sveriges-kultur-och-fritidschefsforening', name: 'Sveriges kultur- och fritidschefsförening' },
        funders: [{ slug: 'naturvardsverket', name: 'Naturvårdsverket', kind: 'PROJECT', periodStart: null, periodEnd: null, periods: [] }],
        memberCount: 8,
        memberOrganizationCount: 7,
      },
      EXAMPLE_ORIGIN,
    );
    expect(network).toEqual(EXAMPLE_NETWORK);
  });
});

describe('organisationIdentifier', () => {
  it('is the OCDS identifier in the SE-BLV scheme with the ten digits', () => {
    expect(organisationIdentifier('202100-1975')).toEqual({ scheme: 'SE-BLV', id: '2021001975' });
    expect(organisationIdentifier(null)).toBeNull();
  });
});

describe('partyRoles', () => {
  const none = { isFunder: false, isArranger: false };

  it.each([
    [OrganizationKind.MUNICIPALITY, ['buyer']],
    [OrganizationKind.REGION, ['buyer']],
    [OrganizationKind.STATE_AGENCY, ['buyer']],
    [OrganizationKind.PUBLIC_COMPANY, ['buyer']],
    [OrganizationKind.CENTRAL_PURCHASING_BODY, ['buyer', 'procuringEntity', 'centralPurchasingBody']],
    [OrganizationKind.ASSOCIATION, []],
    [OrganizationKind.COMPANY, []],
    [OrganizationKind.ACADEMIA, []],
    [OrganizationKind.OTHER, []],
  ])('gives a %s the roles %j of its kind', (kind, roles) => {
    expect(partyRoles(kind, none)).toEqual(roles);
  });

  it('adds funder and arranger from what the organisation does, in a fixed order', () => {
    expect(partyRoles('STATE_AGENCY', { isFunder: true, isArranger: true })).toEqual(['buyer', 'funder', 'arranger']);
    expect(partyRoles('ASSOCIATION', { isFunder: false, isArranger: true })).toEqual(['arranger']);
  });
});

describe('toApiOrganisation', () => {
  it('is an OCDS party: id, name, identifier, roles and memberOf as { id, name }', () => {
    expect(
      toApiOrganisation(
        {
          slug: 'malmo-stad',
          name: 'Malmö stad',
          kind: 'MUNICIPALITY',
          organizationNumber: '212000-1124',
          countyCode: '12',
          scbCode: '1280',
          isFunder: false,
          isArranger: false,
        },
        [{ slug: 'konstgras', name: 'Konstgräs' }],
      ),
    ).toEqual({
      id: 'malmo-stad',
      name: 'Malmö stad',
      kind: 'municipality',
      identifier: { scheme: 'SE-BLV', id: '2120001124' },
      countyCode: '12',
      scbCode: '1280',
      roles: ['buyer'],
      memberOf: [{ id: 'konstgras', name: 'Konstgräs' }],
    });
  });
});
