// Example answers of the open-data API, shown in the OpenAPI document and on the open-data
// page. They are Konstgräs and Malmö stad as the demo database serves them; the integration
// test compares them with real answers, so the documentation cannot drift from the API.
import { networksCsv } from './csv';
import type { ApiErrorBody } from './http';
import { ENQUIRY_EXTENSION_URL, ocdsExtensionUrl, ocidOf, type NeedRelease, type NeedReleasePackage } from './needs-ocds';
import { UNREGISTERED_OCID_PREFIX } from './ocid-prefix';
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
  funders: [{ slug: 'naturvardsverket', name: 'Naturvårdsverket', kind: 'project', periodStart: null, periodEnd: null, periods: [] }],
  memberOrganisationCount: 7,
  memberCount: 8,
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
      date: null,
      text: {
        sv: 'Enligt rapportens tabell 1 startade nätverket 2017. Arrangör är Sveriges kultur- och fritidschefsförening och finansiär är Naturvårdsverket.',
        en: 'According to table 1 of the report, the network started in 2017. Its arranger is Sveriges kultur- och fritidschefsförening and its funder is Naturvårdsverket.',
      },
      source: 'Upphandlingsmyndigheten, rapport 2019:3',
      sourcePage: 36,
      sourceUrl: null,
    },
  ],
  links: [],
  memberOrganisations: [
    { slug: 'goteborgs-stad', name: 'Göteborgs Stad', kind: 'municipality', identifier: { scheme: 'SE-BLV', id: '2120001355' } },
    { slug: 'linkopings-kommun', name: 'Linköpings kommun', kind: 'municipality', identifier: null },
    { slug: 'malmo-stad', name: 'Malmö stad', kind: 'municipality', identifier: { scheme: 'SE-BLV', id: '2120001124' } },
    { slug: 'svenska-fotbollforbundet', name: 'Svenska Fotbollförbundet', kind: 'association', identifier: null },
    { slug: 'skl', name: 'Sveriges Kommuner och Landsting', kind: 'association', identifier: { scheme: 'SE-BLV', id: '2220000315' } },
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

/** The id of the example need; the test replaces the real (generated) id with it. */
export const EXAMPLE_NEED_ID = 'cmexampleneed0konstgras0001';

const exampleNeedUrl = `${EXAMPLE_ORIGIN}/sv/networks/konstgras/needs/${EXAMPLE_NEED_ID}`;

/** Konstgräs's sustainable pitches, handed over to SKL Kommentus: one release of /api/v1/needs. */
export const EXAMPLE_NEED_RELEASE: NeedRelease = {
  ocid: ocidOf(UNREGISTERED_OCID_PREFIX, EXAMPLE_NEED_ID),
  id: `${EXAMPLE_NEED_ID}-20190227T083000Z`,
  date: '2019-02-27T08:30:00.000Z',
  tag: ['planning'],
  initiationType: 'tender',
  language: 'sv',
  parties: [
    { id: 'SE-BLV-2120001355', name: 'Göteborgs Stad', identifier: { scheme: 'SE-BLV', id: '2120001355' }, roles: ['buyer'] },
    { id: 'linkopings-kommun', name: 'Linköpings kommun', roles: ['buyer'] },
    { id: 'SE-BLV-2120001124', name: 'Malmö stad', identifier: { scheme: 'SE-BLV', id: '2120001124' }, roles: ['buyer'] },
    { id: 'skl-kommentus', name: 'SKL Kommentus', roles: ['procuringEntity', 'centralPurchasingBody'] },
    // SKL runs the buyer group (report p. 37): it procures, but buys nothing itself.
    { id: 'SE-BLV-2220000315', name: 'Sveriges Kommuner och Landsting', identifier: { scheme: 'SE-BLV', id: '2220000315' }, roles: ['procuringEntity'] },
    { id: 'SE-BLV-2120002627', name: 'Umeå kommun', identifier: { scheme: 'SE-BLV', id: '2120002627' }, roles: ['buyer'] },
  ],
  planning: {
    rationale:
      'Många kommuner behöver bygga nya konstgräsplaner, och mikroplaster hotar miljön, framför allt livet i haven (rapporten s. 37). ' +
      'Fyllnadsmaterialet av plast- och gummigranulat sprids från planerna. Det saknas alternativ som håller för spel året runt och som kommunerna kan ' +
      'sköta med den utrustning de har.\n\nÖnskad effekt: Konstgräsplaner utan plast- och gummigranulat, eller med ett fyllnadsmaterial som stannar ' +
      'på planen, till en livscykelkostnad kommunerna kan bära, och gemensamma miljökrav att använda i upphandlingarna.',
    budget: {
      description:
        'Vad det kostar per år att behovet inte är uppfyllt, summerat över de 4 organisationer som har uppgett en kostnad. Det är inte en budget för en upphandling.',
      amount: { amount: 2895000, currency: 'SEK' },
    },
    documents: [
      { id: 'needsAssessment', documentType: 'needsAssessment', title: 'Hållbara konstgräsplaner', url: exampleNeedUrl, format: 'text/html', language: 'sv' },
      {
        id: 'marketStudies-1',
        documentType: 'marketStudies',
        title: 'Underlag till marknadsmognadsbedömningen (1 av 2)',
        url: 'https://example.org/konstgras/marknadsdialog-hallbara-konstgrasplaner',
        datePublished: '2018-11-10T13:00:00.000Z',
      },
      {
        id: 'marketStudies-2',
        documentType: 'marketStudies',
        title: 'Underlag till marknadsmognadsbedömningen (2 av 2)',
        url: 'https://example.org/konstgras/projektrapport-hallbara-konstgrasplaner',
        datePublished: '2018-11-10T13:00:00.000Z',
      },
    ],
  },
  tender: { id: ocidOf(UNREGISTERED_OCID_PREFIX, EXAMPLE_NEED_ID), title: 'Hållbara konstgräsplaner', status: 'planning' },
  trappan: {
    needId: EXAMPLE_NEED_ID,
    url: exampleNeedUrl,
    network: { slug: 'konstgras', name: 'Konstgräs', url: `${EXAMPLE_ORIGIN}/sv/networks/konstgras` },
    area: { slug: 'hallbara-konstgrasplaner', name: { sv: 'Hållbara konstgräsplaner', en: 'Sustainable artificial turf pitches' } },
    status: 'handedOver',
    ladderStep: 'introduce',
    valueOffers: ['testbed', 'realEnvironmentTest', 'referenceCustomer'],
    potentialMarket: { statedBy: 4, annualCostStatedBy: 4, expectedVolume: 15, volumeStatedBy: 4, volumeUnit: 'konstgräsplaner' },
  },
};

/** A one-release package of the example, as /api/v1/needs?network=konstgras&status=handedOver answers. */
export const EXAMPLE_NEED_PACKAGE: NeedReleasePackage = {
  uri: `${EXAMPLE_ORIGIN}/api/v1/needs?network=konstgras&status=handedOver`,
  version: '1.1',
  extensions: [ENQUIRY_EXTENSION_URL, ocdsExtensionUrl(EXAMPLE_ORIGIN)],
  publishedDate: EXAMPLE_NEED_RELEASE.date,
  publisher: { name: 'Trappan' },
  license: 'https://creativecommons.org/publicdomain/zero/1.0/',
  publicationPolicy: `${EXAMPLE_ORIGIN}/sv/open-data#needs`,
  releases: [EXAMPLE_NEED_RELEASE],
  nextCursor: null,
};
