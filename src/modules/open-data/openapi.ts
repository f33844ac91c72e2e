// The OpenAPI 3.1 description of the open-data API, served at /api/v1/openapi.json. Built
// from the same constants as the parser (params.ts) and the serialiser (serialize.ts), so the
// parameters and codes it lists are the ones the API accepts and sends.
import { COUNTIES } from '@/modules/accounts/client';
import { INITIATORS, MAX_LIMIT, SORTS, STATUSES } from '@/modules/registry/client';

import { CSV_DELIMITERS } from '@/server/csv';
import {
  EXAMPLE_BAD_REQUEST,
  EXAMPLE_CSV,
  EXAMPLE_NEED_PACKAGE,
  EXAMPLE_NEED_RELEASE,
  EXAMPLE_NETWORK,
  EXAMPLE_NETWORK_DETAIL,
  EXAMPLE_NOT_FOUND,
  EXAMPLE_ORGANISATION,
} from './examples';
import { DATA_LICENCE } from './licence';
import { NEED_PARTY_ROLES, NEED_STATUS_CODES, NEED_STEP_CODES } from './needs-ocds';
import { NEED_PARAMETERS } from './needs-params';
import { TRAPPAN_RELEASE_FIELDS } from './ocds-extension';
import { UNREGISTERED_OCID_PREFIX } from './ocid-prefix';
import { CSV_ROW_CAP, DEFAULT_LIMIT, NETWORK_CSV_PARAMETERS, NETWORK_LIST_PARAMETERS, ORGANISATION_PARAMETERS } from './params';
import {
  FUNDING_KIND_CODES,
  FUNDING_PERIOD_STATUS_CODES,
  MEMBER_ROLE_CODES,
  LINK_KIND_CODES,
  MEMBERSHIP_POLICY_CODES,
  ORGANISATION_KIND_CODES,
  ORGANISATION_NUMBER_SCHEME,
  PARTY_ROLES,
} from './serialize';

export { DATA_LICENCE };

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

type Parameter = { name: string; in: 'query'; description: string; schema: object; example?: unknown };

const QUERY_PARAMETERS: Record<string, Parameter> = {
  q: {
    name: 'q',
    in: 'query',
    description: 'Free-text search over name, description, thematic area, arranger and funders, with Swedish stemming. Every word must match.',
    schema: { type: 'string', maxLength: 200 },
    example: 'konstgräs',
  },
  initiator: {
    name: 'initiator',
    in: 'query',
    description: 'Who started the network: a state agency or the buyers themselves.',
    schema: { type: 'string', enum: Object.keys(INITIATORS) },
  },
  status: { name: 'status', in: 'query', description: 'The state of the network.', schema: { type: 'string', enum: Object.keys(STATUSES) } },
  area: {
    name: 'area',
    in: 'query',
    description: 'The slug of a thematic area (`area.slug` in a network). A slug that names no area is a 400.',
    schema: { type: 'string', pattern: SLUG_PATTERN, maxLength: 100 },
    example: 'hallbara-konstgrasplaner',
  },
  funder: {
    name: 'funder',
    in: 'query',
    description:
      'The slug of a funding organisation (`funders[].slug`), or `membership-fees` for networks funded by their members. A slug that names no organisation is a 400.',
    schema: { type: 'string', pattern: SLUG_PATTERN, maxLength: 100 },
    example: 'naturvardsverket',
  },
  county: {
    name: 'county',
    in: 'query',
    description: 'Networks with an active member organisation in this county (two-digit SCB county code).',
    schema: { type: 'string', enum: Object.keys(COUNTIES) },
    example: '12',
  },
  yearFrom: { name: 'yearFrom', in: 'query', description: 'Started in this year or later.', schema: { type: 'integer', minimum: 1900, maximum: 2100 } },
  yearTo: {
    name: 'yearTo',
    in: 'query',
    description: 'Started in this year or earlier; not before yearFrom.',
    schema: { type: 'integer', minimum: 1900, maximum: 2100 },
  },
  open: { name: 'open', in: 'query', description: 'Only networks that anyone may join.', schema: { type: 'string', enum: ['1', 'true'] } },
  sort: {
    name: 'sort',
    in: 'query',
    description:
      'Order of the rows: `relevance` (default with q, only with q), `name` (default without q), `year` (newest first), `members` (most first), `activity` (latest first).',
    schema: { type: 'string', enum: [...SORTS] },
  },
  cursor: {
    name: 'cursor',
    in: 'query',
    description: 'The `nextCursor` of the previous page. Keep the other parameters the same.',
    schema: { type: 'string', maxLength: 500 },
  },
  limit: {
    name: 'limit',
    in: 'query',
    description: `Rows per page, at most ${MAX_LIMIT}.`,
    schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
  },
  delimiter: {
    name: 'delimiter',
    in: 'query',
    description: 'Field separator. `semicolon` suits Excel with Swedish settings; the default `comma` follows RFC 4180.',
    schema: { type: 'string', enum: Object.keys(CSV_DELIMITERS), default: 'comma' },
  },
  kind: {
    name: 'kind',
    in: 'query',
    description: 'Only organisations of this kind.',
    schema: { type: 'string', enum: Object.values(ORGANISATION_KIND_CODES) },
  },
  // The needs endpoint's filters share names with the networks' (status), so they have their
  // own components; `name` is what the client sends.
  needNetwork: {
    name: 'network',
    in: 'query',
    description: 'Only needs of this network (`slug` in /networks, `trappan.network.slug` in a release). A slug that names no network is a 400.',
    schema: { type: 'string', pattern: SLUG_PATTERN, maxLength: 100 },
    example: 'konstgras',
  },
  needStep: {
    name: 'step',
    in: 'query',
    description: 'Only needs on this step of the innovation ladder (`trappan.ladderStep`).',
    schema: { type: 'string', enum: Object.values(NEED_STEP_CODES) },
  },
  needStatus: {
    name: 'status',
    in: 'query',
    description: 'Only needs in this status (`trappan.status`).',
    schema: { type: 'string', enum: Object.values(NEED_STATUS_CODES) },
  },
};

/** The component of each parameter of /needs, in NEED_PARAMETERS' order. */
const NEED_PARAMETER_COMPONENTS: Record<(typeof NEED_PARAMETERS)[number], string> = {
  network: 'needNetwork',
  step: 'needStep',
  status: 'needStatus',
  cursor: 'cursor',
  limit: 'limit',
};

/** The parameters of an operation, as references to components.parameters. */
export function parameterRefs(names: readonly string[]) {
  return names.map((name) => ({ $ref: `#/components/parameters/${name}` }));
}

const CACHE_HEADERS = {
  ETag: { $ref: '#/components/headers/ETag' },
  'Cache-Control': { $ref: '#/components/headers/Cache-Control' },
  'Access-Control-Allow-Origin': { $ref: '#/components/headers/Access-Control-Allow-Origin' },
};

const ERROR_RESPONSES = {
  '304': { $ref: '#/components/responses/NotModified' },
  '400': { $ref: '#/components/responses/BadRequest' },
  '500': { $ref: '#/components/responses/InternalError' },
  '503': { $ref: '#/components/responses/Unavailable' },
};

const IF_NONE_MATCH = { $ref: '#/components/parameters/If-None-Match' };

const json = (schema: object, example: unknown) => ({ 'application/json': { schema, example } });

const SCHEMAS = {
  Slug: { type: 'string', pattern: SLUG_PATTERN, maxLength: 100, description: 'Stable identifier, also used in URLs.' },
  Texts: {
    type: 'object',
    description: 'The same text in Swedish and English.',
    required: ['sv', 'en'],
    properties: { sv: { type: 'string' }, en: { type: 'string' } },
  },
  ThematicArea: { type: 'object', required: ['slug', 'name'], properties: { slug: ref('Slug'), name: ref('Texts') } },
  OrganisationReference: { type: 'object', required: ['slug', 'name'], properties: { slug: ref('Slug'), name: { type: 'string' } } },
  Identifier: {
    type: 'object',
    description: `OCDS organisation identifier: the Swedish organisation number (ten digits) in the ${ORGANISATION_NUMBER_SCHEME} scheme.`,
    required: ['scheme', 'id'],
    properties: { scheme: { type: 'string', const: ORGANISATION_NUMBER_SCHEME }, id: { type: 'string', pattern: '^\\d{10}$' } },
  },
  Funder: {
    type: 'object',
    required: ['slug', 'name', 'kind', 'periodStart', 'periodEnd', 'periods'],
    properties: {
      slug: { ...nullable(ref('Slug')), description: 'The funding organisation; null for membership fees and for working time the members give in kind.' },
      name: nullable({ type: 'string' }),
      kind: {
        type: 'string',
        enum: Object.values(FUNDING_KIND_CODES),
        description: 'base: long-term base funding; project: time-limited project funding; membershipFees: fees of the members; inKind: working time given in kind.',
      },
      periodStart: {
        ...nullable({ type: 'string', format: 'date' }),
        description: 'The earliest start of the granted and ended periods; null when one of them has no start, or there are none.',
      },
      periodEnd: {
        ...nullable({ type: 'string', format: 'date' }),
        description: 'The latest end of the granted and ended periods; null while one of them has no end, or there are none.',
      },
      periods: { type: 'array', items: ref('FundingPeriod'), description: 'Every funding period, applications included, oldest first.' },
    },
  },
  FundingPeriod: {
    type: 'object',
    required: ['start', 'end', 'status', 'amountSek'],
    properties: {
      start: nullable({ type: 'string', format: 'date' }),
      end: nullable({ type: 'string', format: 'date' }),
      status: { type: 'string', enum: Object.values(FUNDING_PERIOD_STATUS_CODES), description: 'applied: applied for; granted: granted; ended: the period has ended.' },
      amountSek: { ...nullable({ type: 'integer', minimum: 0 }), description: 'The amount in whole kronor (SEK), exact; null when not told.' },
    },
  },
  Network: {
    type: 'object',
    required: [
      'slug',
      'name',
      'initiator',
      'status',
      'startYear',
      'area',
      'arranger',
      'funders',
      'memberOrganisationCount',
      'memberCount',
      'url',
    ],
    properties: {
      slug: ref('Slug'),
      name: { type: 'string' },
      initiator: { type: 'string', enum: Object.keys(INITIATORS) },
      status: { type: 'string', enum: Object.keys(STATUSES) },
      startYear: nullable({ type: 'integer' }),
      area: ref('ThematicArea'),
      arranger: nullable(ref('OrganisationReference')),
      funders: { type: 'array', items: ref('Funder') },
      memberOrganisationCount: { type: 'integer', minimum: 0, description: 'Organisations with at least one active member.' },
      memberCount: { type: 'integer', minimum: 0, description: 'Active members (people); who they are is not published.' },
      url: { type: 'string', format: 'uri', description: 'The network’s public page.' },
    },
    example: EXAMPLE_NETWORK,
  },
  OrganisationSummary: {
    type: 'object',
    required: ['slug', 'name', 'kind', 'identifier'],
    properties: {
      slug: ref('Slug'),
      name: { type: 'string' },
      kind: { type: 'string', enum: Object.values(ORGANISATION_KIND_CODES) },
      identifier: nullable(ref('Identifier')),
    },
  },
  NetworkDetail: {
    allOf: [
      ref('Network'),
      {
        type: 'object',
        required: ['description', 'membershipPolicy', 'facts', 'links', 'memberOrganisations', 'listedMembers'],
        properties: {
          description: ref('Texts'),
          membershipPolicy: { type: 'string', enum: Object.values(MEMBERSHIP_POLICY_CODES) },
          facts: {
            type: 'array',
            description: 'Facts and entries from the network’s history, each with its source: the report’s undated facts first, then the history by date.',
            items: {
              type: 'object',
              required: ['date', 'text', 'source', 'sourcePage', 'sourceUrl'],
              properties: {
                date: { ...nullable({ type: 'string', format: 'date' }), description: 'When it happened; null for a fact without a day of its own.' },
                text: ref('Texts'),
                source: { type: 'string' },
                sourcePage: nullable({ type: 'integer' }),
                sourceUrl: nullable({ type: 'string', format: 'uri' }),
              },
            },
          },
          links: {
            type: 'array',
            description: 'Links to the results and reports the network has published, newest first.',
            items: {
              type: 'object',
              required: ['kind', 'title', 'url', 'published'],
              properties: {
                kind: { type: 'string', enum: Object.values(LINK_KIND_CODES) },
                title: { type: 'string' },
                url: { type: 'string', format: 'uri' },
                published: nullable({ type: 'string', format: 'date' }),
              },
            },
          },
          memberOrganisations: { type: 'array', items: ref('OrganisationSummary'), description: 'Organisations with an active member, by name.' },
          listedMembers: {
            type: 'array',
            description: 'Only members who chose to be named publicly: name, role and organisation, never contact details.',
            items: {
              type: 'object',
              required: ['name', 'role', 'organisation'],
              properties: {
                name: { type: 'string' },
                role: { type: 'string', enum: Object.values(MEMBER_ROLE_CODES) },
                organisation: nullable(ref('OrganisationReference')),
              },
            },
          },
        },
      },
    ],
    example: EXAMPLE_NETWORK_DETAIL,
  },
  Organisation: {
    type: 'object',
    description: 'An OCDS party with the memberOf extension: an organisation that arranges, funds or is a member of a network.',
    required: ['id', 'name', 'kind', 'identifier', 'countyCode', 'scbCode', 'roles', 'memberOf'],
    properties: {
      id: { ...ref('Slug'), description: 'The organisation’s slug.' },
      name: { type: 'string' },
      kind: { type: 'string', enum: Object.values(ORGANISATION_KIND_CODES) },
      identifier: nullable(ref('Identifier')),
      countyCode: nullable({ type: 'string', pattern: '^\\d{2}$' }),
      scbCode: nullable({ type: 'string', pattern: '^\\d{2}(\\d{2})?$' }),
      roles: {
        type: 'array',
        items: { type: 'string', enum: [...PARTY_ROLES] },
        description:
          'OCDS partyRole codes: buyer (a contracting authority), procuringEntity and centralPurchasingBody (a central purchasing body), funder (funds a network); arranger is Trappan’s own code (arranges a network).',
      },
      memberOf: {
        type: 'array',
        description: 'The networks the organisation has an active member in (OCDS memberOf extension).',
        items: { type: 'object', required: ['id', 'name'], properties: { id: { ...ref('Slug'), description: 'The network’s slug.' }, name: { type: 'string' } } },
      },
    },
    example: EXAMPLE_ORGANISATION,
  },
  NetworkList: {
    type: 'object',
    required: ['data', 'nextCursor', 'total'],
    properties: {
      data: { type: 'array', items: ref('Network') },
      nextCursor: { ...nullable({ type: 'string' }), description: 'Pass as `cursor` for the next page; null on the last page.' },
      total: { type: 'integer', minimum: 0, description: 'Networks matching the filters, on all pages.' },
    },
  },
  OrganisationList: {
    type: 'object',
    required: ['data', 'nextCursor', 'total'],
    properties: {
      data: { type: 'array', items: ref('Organisation') },
      nextCursor: nullable({ type: 'string' }),
      total: { type: 'integer', minimum: 0 },
    },
  },
  NeedRelease: {
    type: 'object',
    description:
      'An OCDS 1.1 planning release of one public need (docs/decisions/0011-needs-as-ocds-planning.md). It validates against the OCDS 1.1.5 release schema; ' +
      'only the fields Trappan fills are described here. Texts are Swedish (`language: "sv"`), the network’s own words.',
    required: ['ocid', 'id', 'date', 'tag', 'initiationType', 'language', 'parties', 'planning', 'tender', 'trappan'],
    properties: {
      ocid: {
        type: 'string',
        description: `The installation’s OCDS prefix, \`-need-\` and the need’s id. Stable for the need’s lifetime. The prefix is the one the operator registered (\`ocds-\` and six characters), or \`${UNREGISTERED_OCID_PREFIX}\`, which is not registered.`,
      },
      id: { type: 'string', description: 'The need’s id and the release date: a new id whenever the release changes.' },
      date: { type: 'string', format: 'date-time', description: 'The latest time anything in the release was recorded.' },
      tag: { type: 'array', items: { type: 'string', const: 'planning' } },
      initiationType: { type: 'string', const: 'tender' },
      language: { type: 'string', const: 'sv' },
      parties: {
        type: 'array',
        description:
          'Organisations, never people. `id` is `SE-BLV-` and the organisation number when known, otherwise the organisation’s slug. Roles: `buyer` (a contracting authority that shares the need or stated figures for it), ' +
          '`procuringEntity` (the buyer group’s lead organisation and every organisation results were handed over to), `centralPurchasingBody` (such a receiver that is one), `interestedParty` (shares the need but does not buy).',
        items: {
          type: 'object',
          required: ['id', 'name', 'roles'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            identifier: ref('Identifier'),
            roles: { type: 'array', items: { type: 'string', enum: [...NEED_PARTY_ROLES] } },
          },
        },
      },
      buyer: { type: 'object', description: 'The lead organisation of the need’s buyer group, when there is one and it buys for itself (not a central purchasing body or an association running the group).', properties: { id: { type: 'string' }, name: { type: 'string' } } },
      planning: {
        type: 'object',
        required: ['rationale', 'documents'],
        properties: {
          rationale: { type: 'string', description: 'The problem, then the desired effect.' },
          budget: {
            type: 'object',
            description:
              'Only when at least one organisation stated a cost: the total yearly cost of the need being unmet, summed over the organisations that stated one. It is not money set aside for a procurement.',
            properties: {
              description: { type: 'string' },
              amount: { type: 'object', properties: { amount: { type: 'number', description: 'Kronor, exact to the öre.' }, currency: { type: 'string', const: 'SEK' } } },
            },
          },
          documents: {
            type: 'array',
            description:
              '`needsAssessment`: the need’s public page on Trappan. `marketStudies`: the evidence links of the latest market-maturity assessment, and the published summary of each market dialogue about the need. ' +
              '`marketEngagementNotice`: the public page of each published market dialogue about the need.',
            items: {
              type: 'object',
              required: ['id', 'documentType', 'title', 'url'],
              properties: {
                id: { type: 'string' },
                documentType: { type: 'string', enum: ['needsAssessment', 'marketStudies', 'marketEngagementNotice'] },
                title: { type: 'string' },
                url: { type: 'string', format: 'uri' },
                format: { type: 'string' },
                language: { type: 'string' },
                datePublished: { type: 'string', format: 'date-time' },
              },
            },
          },
          milestones: {
            type: 'array',
            description: 'One `engagement` milestone per published market dialogue about the need: `dueDate` is when it closes; `status` is `scheduled` while open, `met` once closed (with `dateMet`), `notMet` if cancelled.',
            items: {
              type: 'object',
              required: ['id', 'title', 'type', 'dueDate', 'status'],
              properties: {
                id: { type: 'string' },
                title: { type: 'string' },
                type: { type: 'string', const: 'engagement' },
                dueDate: { type: 'string', format: 'date-time' },
                status: { type: 'string', enum: ['scheduled', 'met', 'notMet'] },
                dateMet: { type: 'string', format: 'date-time' },
              },
            },
          },
        },
      },
      tender: {
        type: 'object',
        description: 'The future procurement, known by the need’s title (`status: "planning"`).',
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'string', const: 'planning' },
          enquiries: {
            type: 'array',
            description:
              'The answered questions of the published market dialogues about the need, in the shape of the OCDS enquiries extension (declared in the package’s `extensions`). ' +
              'No `author`: a supplier who asked is never named. `threadID` is the dialogue’s id; `answer` is the current answer (a correction replaces it and moves the release’s date).',
            items: {
              type: 'object',
              required: ['id', 'date', 'description', 'answer', 'dateAnswered', 'threadID'],
              properties: {
                id: { type: 'string' },
                date: { type: 'string', format: 'date-time', description: 'When the question was asked.' },
                description: { type: 'string', description: 'The question.' },
                answer: { type: 'string' },
                dateAnswered: { type: 'string', format: 'date-time', description: 'When the question was first answered.' },
                threadID: { type: 'string' },
              },
            },
          },
        },
      },
      // The same schema the OCDS extension serves (ocds-extension.ts).
      trappan: { ...TRAPPAN_RELEASE_FIELDS, description: `${TRAPPAN_RELEASE_FIELDS.description} Described for OCDS tools by Trappan’s extension (/ocds/extension/extension.json).` },
    },
    example: EXAMPLE_NEED_RELEASE,
  },
  NeedReleasePackage: {
    type: 'object',
    description:
      'An OCDS 1.1 release package. A page with releases validates against the OCDS 1.1.5 release package schema; an empty page has `releases: []`, which OCDS does not define.',
    required: ['uri', 'version', 'extensions', 'publishedDate', 'publisher', 'license', 'publicationPolicy', 'releases', 'nextCursor'],
    properties: {
      uri: { type: 'string', format: 'uri', description: 'This page’s address.' },
      version: { type: 'string', const: '1.1' },
      extensions: {
        type: 'array',
        items: { type: 'string', format: 'uri' },
        description: 'The OCDS extensions the releases use: the enquiries extension, for `tender.enquiries`, and Trappan’s own, for `trappan` (served at /ocds/extension/extension.json).',
      },
      publishedDate: { type: 'string', format: 'date-time', description: 'The newest release date on the page.' },
      publisher: { type: 'object', properties: { name: { type: 'string', const: 'Trappan' } } },
      license: { type: 'string', format: 'uri', const: DATA_LICENCE.url },
      publicationPolicy: { type: 'string', format: 'uri' },
      releases: { type: 'array', items: ref('NeedRelease') },
      links: {
        type: 'object',
        description: 'OCDS paging (the pagination extension’s `links`): `next` is the next page’s address. Absent on the last page.',
        properties: { next: { type: 'string', format: 'uri' } },
      },
      nextCursor: { ...nullable({ type: 'string' }), description: 'The same next page as a `cursor` value; null on the last page.' },
    },
  },
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', enum: ['invalid_parameter', 'not_found', 'internal_error', 'database_unavailable', 'timeout'] },
          message: { type: 'string' },
          parameters: { type: 'array', items: { type: 'string' }, description: 'The query parameters that were wrong (invalid_parameter only).' },
        },
      },
    },
  },
};

export function openApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Trappan – open data on buyer networks',
      version: '1.0.0',
      summary: 'The Swedish registry of public-sector buyer networks as open data.',
      description:
        'Every buyer network in the registry with its thematic area, arranger, funders and member organisations, the organisations with their OCDS party roles, ' +
        'and the needs the networks made public as OCDS planning releases. ' +
        'The data is dedicated to the public domain (CC0 1.0). People are only named where they chose to be, and never with contact details. ' +
        'Answers carry a weak ETag and may be cached for 60 seconds; send If-None-Match to revalidate. CORS is open to every origin.',
      // OpenAPI 3.1 allows an SPDX identifier or a url, not both: the identifier says CC0 exactly.
      license: { name: DATA_LICENCE.name, identifier: DATA_LICENCE.identifier },
    },
    servers: [{ url: `${origin}/api/v1` }],
    paths: {
      '/networks': {
        get: {
          operationId: 'listNetworks',
          summary: 'Buyer networks, filtered and paged',
          description: 'The same filters as the registry page, as query parameters. Unknown parameters and parameters given twice are a 400.',
          parameters: [...parameterRefs(NETWORK_LIST_PARAMETERS), IF_NONE_MATCH],
          responses: {
            '200': {
              description: 'One page of networks.',
              headers: CACHE_HEADERS,
              content: json(ref('NetworkList'), { data: [EXAMPLE_NETWORK], nextCursor: null, total: 1 }),
            },
            ...ERROR_RESPONSES,
          },
        },
      },
      '/networks/{slug}': {
        get: {
          operationId: 'getNetwork',
          summary: 'One buyer network with its public details',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: ref('Slug'), example: 'konstgras' }, IF_NONE_MATCH],
          responses: {
            '200': { description: 'The network.', headers: CACHE_HEADERS, content: json({ type: 'object', required: ['data'], properties: { data: ref('NetworkDetail') } }, { data: EXAMPLE_NETWORK_DETAIL }) },
            '404': { description: 'No network has this slug.', content: json(ref('Error'), EXAMPLE_NOT_FOUND) },
            ...ERROR_RESPONSES,
          },
        },
      },
      '/networks.csv': {
        get: {
          operationId: 'downloadNetworksCsv',
          summary: 'Buyer networks as CSV',
          description:
            `Every network matching the filters (no paging, at most ${CSV_ROW_CAP.toLocaleString('en')} rows), one per line: UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting. ` +
            'Lists (funders) are joined with "; ". Text cells that begin with =, +, -, @ or a tab are prefixed with an apostrophe so spreadsheets do not run them as formulas. ' +
            'The cursor and limit parameters are not accepted here.',
          parameters: [...parameterRefs(NETWORK_CSV_PARAMETERS), IF_NONE_MATCH],
          responses: {
            '200': {
              description: 'The networks as a CSV file (natverk.csv).',
              headers: {
                ...CACHE_HEADERS,
                'Content-Disposition': { schema: { type: 'string' }, example: 'attachment; filename="natverk.csv"' },
                'X-Total-Count': { description: 'Networks matching the filters.', schema: { type: 'integer' } },
                'X-Truncated': { description: `Present (true) when more than ${CSV_ROW_CAP} networks match and the file was cut.`, schema: { type: 'string', const: 'true' } },
              },
              content: { 'text/csv': { schema: { type: 'string' }, example: EXAMPLE_CSV } },
            },
            ...ERROR_RESPONSES,
          },
        },
      },
      '/organisations': {
        get: {
          operationId: 'listOrganisations',
          summary: 'Organisations that arrange, fund or are members of a network, as OCDS parties',
          description: 'Ordered by id (slug), paged with cursors. memberOf lists the networks each organisation has an active member in.',
          parameters: [...parameterRefs(ORGANISATION_PARAMETERS), IF_NONE_MATCH],
          responses: {
            '200': {
              description: 'One page of organisations.',
              headers: CACHE_HEADERS,
              content: json(ref('OrganisationList'), { data: [EXAMPLE_ORGANISATION], nextCursor: null, total: 1 }),
            },
            ...ERROR_RESPONSES,
          },
        },
      },
      '/needs': {
        get: {
          operationId: 'listNeeds',
          summary: 'Needs the networks made public, as OCDS planning releases',
          description:
            'One OCDS 1.1 planning release per public need, newest need first, in a release package paged with `links.next` (and `nextCursor`). ' +
            'Organisations appear as parties; people never do. See docs/decisions/0011-needs-as-ocds-planning.md.',
          parameters: [...NEED_PARAMETERS.map((name) => ({ $ref: `#/components/parameters/${NEED_PARAMETER_COMPONENTS[name]}` })), IF_NONE_MATCH],
          responses: {
            '200': { description: 'One page of needs.', headers: CACHE_HEADERS, content: json(ref('NeedReleasePackage'), EXAMPLE_NEED_PACKAGE) },
            ...ERROR_RESPONSES,
          },
        },
      },
      '/networks/{slug}/meetings.ics': {
        get: {
          operationId: 'getNetworkMeetingsCalendar',
          summary: 'A network’s public meetings as an iCalendar feed',
          description:
            'The meetings the network made public, planned and held, for a calendar to subscribe to (RFC 5545, times in UTC). A meeting keeps its UID; SEQUENCE grows when it moves or is cancelled, ' +
            'and a cancelled meeting stays in the feed with STATUS:CANCELLED so subscribed calendars remove it. A digital meeting’s link is never in the feed. See docs/decisions/0008-calendar-feeds.md.',
          parameters: [
            { name: 'slug', in: 'path', required: true, schema: ref('Slug'), example: 'konstgras' },
            { name: 'lang', in: 'query', description: 'The language of the texts and links: Swedish (default) or English.', schema: { type: 'string', enum: ['sv', 'en'], default: 'sv' } },
            IF_NONE_MATCH,
          ],
          responses: {
            '200': {
              description: 'The calendar.',
              headers: {
                ETag: { $ref: '#/components/headers/ETag' },
                'Cache-Control': { description: 'The feed may be cached for five minutes.', schema: { type: 'string', const: 'public, max-age=300' } },
              },
              content: { 'text/calendar': { schema: { type: 'string' } } },
            },
            '304': { description: 'The feed has not changed since the ETag sent in If-None-Match.' },
            '404': { description: 'No network has this slug.', content: { 'text/plain': { schema: { type: 'string' } } } },
          },
        },
      },
      '/ocds/extension/extension.json': {
        get: {
          operationId: 'getOcdsExtension',
          summary: 'Trappan’s OCDS extension, for the `trappan` object of a need’s release',
          description:
            'The extension.json of an OCDS extension (listed in every /needs package’s `extensions`); its `schemas` names release-schema.json beside it. `contactPoint` is the installation’s contact, when it has named one.',
          parameters: [IF_NONE_MATCH],
          responses: {
            '200': { description: 'The extension’s metadata.', headers: CACHE_HEADERS, content: { 'application/json': { schema: { type: 'object' } } } },
            ...ERROR_RESPONSES,
          },
        },
      },
      '/ocds/extension/release-schema.json': {
        get: {
          operationId: 'getOcdsExtensionReleaseSchema',
          summary: 'The extension’s patch of the OCDS release schema',
          description: 'A JSON Merge Patch (RFC 7386) that OCDS tools apply to the release schema; it adds `trappan`, in JSON Schema draft-04.',
          parameters: [IF_NONE_MATCH],
          responses: {
            '200': { description: 'The release schema patch.', headers: CACHE_HEADERS, content: { 'application/json': { schema: { type: 'object' } } } },
            ...ERROR_RESPONSES,
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document',
          responses: { '200': { description: 'The OpenAPI 3.1 document.', headers: CACHE_HEADERS, content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
      // Outside /api/v1: the Swedish data portal harvests public bodies at /datasets/dcat.
      '/datasets/dcat': {
        servers: [{ url: origin }],
        get: {
          operationId: 'getDcatCatalogue',
          summary: 'The data catalogue (DCAT-AP-SE)',
          description:
            'The datasets of this installation, their distributions and this API as a DCAT-AP-SE 3.0.1 catalogue, for the Swedish and EU data portals. ' +
            'RDF/XML unless the Accept header prefers Turtle or JSON-LD; any other Accept value gets RDF/XML.',
          parameters: [IF_NONE_MATCH],
          responses: {
            '200': {
              description: 'The catalogue.',
              headers: { ...CACHE_HEADERS, Vary: { schema: { type: 'string', const: 'Accept' } } },
              content: Object.fromEntries(['application/rdf+xml', 'text/turtle', 'application/ld+json'].map((type) => [type, { schema: { type: 'string' } }])),
            },
            '304': { $ref: '#/components/responses/NotModified' },
            '500': { $ref: '#/components/responses/InternalError' },
          },
        },
      },
    },
    components: {
      schemas: SCHEMAS,
      parameters: {
        ...QUERY_PARAMETERS,
        'If-None-Match': {
          name: 'If-None-Match',
          in: 'header',
          description: 'The ETag of an earlier answer; a 304 without a body says it is still current.',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: { description: 'Weak validator of the body; send it back in If-None-Match.', schema: { type: 'string' }, example: 'W/"b0mHq1rGzYV6Uo0o3e1yWqL0hX3r8o9K"' },
        'Cache-Control': { description: 'Answers may be cached for a minute.', schema: { type: 'string', const: 'public, max-age=60' } },
        'Access-Control-Allow-Origin': { description: 'Open to every origin.', schema: { type: 'string', const: '*' } },
      },
      responses: {
        NotModified: { description: 'The body has not changed since the ETag sent in If-None-Match.', headers: CACHE_HEADERS },
        BadRequest: {
          description: 'A parameter is malformed, out of range, unknown, given twice, or names no area or funder. `parameters` names them.',
          content: json(ref('Error'), EXAMPLE_BAD_REQUEST),
        },
        InternalError: {
          description: 'Something failed on the server. Nothing about the failure is disclosed.',
          content: json(ref('Error'), { error: { code: 'internal_error', message: 'The server could not answer this request. Please try again later.' } }),
        },
        Unavailable: {
          description: 'The database did not answer in time (`database_unavailable`), or the answer took longer than the server allows (`timeout`). Try again after the seconds in Retry-After.',
          headers: { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } } },
          content: json(ref('Error'), { error: { code: 'database_unavailable', message: 'The database is not answering right now. Please try again in a moment.' } }),
        },
      },
    },
  };
}
