// Example answers of the open-data API, shown in the OpenAPI document and on the open-data
// page. They are Konstgräs and Malmö stad as the demo database serves them; the integration
// test compares them with real answers, so the documentation cannot drift from the API.
import { networksCsv } from './csv';
import type { ApiErrorBody } from './http';
import type { ApiNetwork, ApiNetworkDetail, ApiOrganisation } from './serialize';

export const EXAMPLE_ORIGIN = 'https://trappan.example';

export const EXAMPLE_NETWORK: ApiNetwork = {
  slug: 'konstgras',
  name: 'Konstgräs',
  initiator: 'agency',
  status: 'active',
  startYear: 2017,
  area: { slug: 'hallbara-konstgrasplaner', name: { sv: 'Hållbara konstgräsplaner', en: 'Sustainable artificial turf pitches' } },
  arranger: { slug: 'sveriges-kultur-och-fritidschefsforening', name: 'Sveriges kultur- och fritidschefsförening' },
  funders: [{ slug: 'naturvardsverket', name: 'Naturvårdsverket', kind: 'project', periodStart: null, periodEnd: null }],
  memberOrganisationCount: 6,
  memberCount: 6,
  url: `${EXAMPLE_ORIGIN}/sv/networks/konstgras`,
};

/** The detail of Konstgräs, with only the first of its facts. */
export const EXAMPLE_NETWORK_DETAIL: ApiNetworkDetail = {
  ...EXAMPLE_NETWORK,
  description: {
    sv: 'Beställarnätverket för konstgräs arbetar för att utbyggnaden av konstgräsplaner i Sveriges kommuner ska bli hållbar, eftersom mikroplaster hotar miljön. …',
    en: 'The buyer network for artificial turf works to make the expansion of artificial turf pitches in Swedish municipalities sustainable, since microplastics threaten the environment. …',
  },
  membershipPolicy: 'approval',
  facts: [
    {
      text: {
        sv: 'Enligt rapportens tabell 1 startade nätverket 2017. Arrangör är Sveriges kultur- och fritidschefsförening och finansiär är Naturvårdsverket.',
        en: 'According to table 1 of the report, the network started in 2017. Its arranger is Sveriges kultur- och fritidschefsförening and its funder is Naturvårdsverket.',
      },
      source: 'Upphandlingsmyndigheten, rapport 2019:3',
      sourcePage: 36,
    },
  ],
  memberOrganisations: [
    { slug: 'goteborgs-stad', name: 'Göteborgs Stad', kind: 'municipality', identifier: { scheme: 'SE-BLV', id: '2120001355' } },
    { slug: 'linkopings-kommun', name: 'Linköpings kommun', kind: 'municipality', identifier: null },
    { slug: 'malmo-stad', name: 'Malmö stad', kind: 'municipality', identifier: { scheme: 'SE-BLV', id: '2120001124' } },
    { slug: 'naturvardsverket', name: 'Naturvårdsverket', kind: 'stateAgency', identifier: { scheme: 'SE-BLV', id: '2021001975' } },
    { slug: 'sveriges-kultur-och-fritidschefsforening', name: 'Sveriges kultur- och fritidschefsförening', kind: 'association', identifier: null },
    { slug: 'umea-kommun', name: 'Umeå kommun', kind: 'municipality', identifier: { scheme: 'SE-BLV', id: '2120002627' } },
  ],
  listedMembers: [
    {
      name: 'Sara Nyström',
      role: 'coordinator',
      organisation: { slug: 'sveriges-kultur-och-fritidschefsforening', name: 'Sveriges kultur- och fritidschefsförening' },
    },
  ],
};

export const EXAMPLE_ORGANISATION: ApiOrganisation = {
  id: 'malmo-stad',
  name: 'Malmö stad',
  kind: 'municipality',
  identifier: { scheme: 'SE-BLV', id: '2120001124' },
  countyCode: '12',
  scbCode: '1280',
  roles: ['buyer'],
  memberOf: [{ id: 'konstgras', name: 'Konstgräs' }],
};

export const EXAMPLE_BAD_REQUEST: ApiErrorBody = {
  error: {
    code: 'invalid_parameter',
    message: 'Invalid query parameters: limit must be an integer from 1 to 100. See /api/v1/openapi.json.',
    parameters: ['limit'],
  },
};

export const EXAMPLE_NOT_FOUND: ApiErrorBody = {
  error: { code: 'not_found', message: 'There is no network with the slug "no-such-network".' },
};

/** The CSV of the example network, without the byte order mark. */
export const EXAMPLE_CSV = networksCsv([EXAMPLE_NETWORK]).replace(/^\uFEFF/, '');
