// English UI text of the open data page: same shape as messages.sv.ts.
import type { OpenDataMessages } from './messages.sv';

export const openDataEn: OpenDataMessages = {
  openData: {
    title: 'Open data',
    lead: 'The registry of buyer networks is open data: an API for programs and a CSV file for spreadsheets. You may use the data freely, for any purpose.',
    onThisPage: 'On this page',
    download: {
      heading: 'Download',
      csv: 'All networks as a CSV file',
      csvSemicolon: 'All networks as a CSV file for Excel (semicolons)',
      csvHint:
        'The file is UTF-8 with a byte order mark, so Excel shows å, ä and ö correctly. Excel with Swedish settings separates columns with semicolons: choose the Excel file then.',
      json: 'All networks as JSON',
      openapi: 'The API description (OpenAPI 3.1)',
      needs: 'Public needs as OCDS data (JSON)',
      filtersHint: 'The registry’s filters work here too. Add the same parameters to the address, for example ?status=active for the active networks.',
    },
    licence: {
      heading: 'Licence: CC0 1.0',
      summary:
        'The data is free to use: Trappan waives all rights to it with Creative Commons CC0 1.0 Universal. You may copy, change, share and use it, also commercially, without asking and without naming the source.',
      deedLink: 'Read CC0 1.0 at Creative Commons',
      whyHeading: 'Why CC0 and not CC BY 4.0',
      why: [
        'The Swedish Agency for Digital Government (DIGG) recommends CC0 for data from public bodies that is not protected by copyright, and the EU Open Data Directive asks for as few conditions on re-use as possible.',
        'The data is facts: the networks’ names, start years, arrangers and funders from the National Agency for Public Procurement’s report 2019:3, and which organisations are members. Facts are not protected by copyright, so a duty to attribute (CC BY) would rest on a right that hardly exists.',
        'With CC0 the registry can be combined with other open data, such as procurement data in OCDS, without attributions piling up.',
      ],
      attribution: 'We are still glad if you name the source, for example: “Trappan, with facts from the National Agency for Public Procurement’s report 2019:3”.',
      personalData:
        'CC0 covers copyright and database rights, not data protection. Some networks show a contact person who chose to be shown (name, role and organisation). Whoever re-uses the names is responsible for doing so under the GDPR.',
    },
    contents: {
      heading: 'What is included',
      items: [
        'The networks: name, initiator, status, start year, thematic area, arranger, funders with funding periods, description in Swedish and English, and facts with their source.',
        'The member organisations of each network, the number of member organisations and the number of members.',
        'The organisations that arrange, fund or take part in a network, with organisation number, county and roles from the Open Contracting Data Standard (OCDS).',
        'The needs the networks chose to show publicly, as OCDS planning releases: problem and desired effect, the organisations behind them, the cost of the unmet need, the step on the innovation ladder and the status.',
      ],
      notIncludedHeading: 'What is not included',
      notIncluded:
        'People appear only if they chose to be shown on the network’s page, and then only with name, role and organisation. Email addresses, job titles and whatever only members see are never in the open data.',
    },
    api: {
      heading: 'API',
      lead: 'Every address starts with /api/v1. Answers are JSON, except the CSV file, and are described in detail in the OpenAPI document.',
      endpoints: {
        networks: 'The networks, filtered and in pages: { data, nextCursor, total }.',
        network: 'One network with description, facts with source, member organisations and funding. 404 if there is no such network.',
        csv: (cap: string) => `The same networks as CSV, all pages at once (at most ${cap} rows).`,
        organisations: 'The organisations as OCDS parties with roles and memberOf, the networks they take part in.',
        openapi: 'The description of the API in OpenAPI 3.1.',
        meetings: 'The network’s public meetings as a calendar (iCalendar) to subscribe to. A moved meeting gets a higher SEQUENCE; a cancelled one stays with STATUS:CANCELLED.',
        ocdsExtension: 'Trappan’s OCDS extension for the fields under trappan, with its schema release-schema.json beside it.',
        needs: 'Public needs as OCDS planning releases in a release package, paged with links.next.',
      },
    },
    parameters: {
      heading: 'Filters and parameters',
      lead: 'Networks are filtered with the same parameters as the registry. Filters combine; a network must meet them all.',
      values: 'Values',
      freeText: 'free text',
      slug: 'slug',
      year: 'year',
      integer: (max: number) => `1–${max}`,
      rows: {
        q: 'Search in name, description, area, arranger and funders, with Swedish stemming.',
        initiator: 'Started by an agency or by the buyers themselves.',
        status: 'The state of the network.',
        area: 'Thematic area (area.slug in the answer).',
        funder: 'Funder (funders[].slug in the answer), or membership-fees for networks funded by their members’ fees.',
        county: 'Networks with a member organisation in the county (SCB county code).',
        yearFrom: 'Started in this year or later.',
        yearTo: 'Started in this year or earlier.',
        open: 'Only networks that anyone may join.',
        sort: 'Order: relevance (when searching), name, start year, number of members or latest activity.',
        cursor: 'nextCursor of the previous page. Keep the other parameters.',
        limit: 'Rows per page (default 50).',
        delimiter: 'CSV only: the character between columns.',
        kind: 'Organisations only: the organisation’s legal form.',
      },
    },
    examples: {
      heading: 'Examples',
      listRequest: 'Active networks funded by Naturvårdsverket:',
      nextPage: 'Next page: send the answer’s nextCursor as cursor.',
      csvRequest: 'The same networks as a CSV file for Excel:',
      revalidate: 'Ask whether the answer has changed since last time (the answer is a 304 without content if nothing has):',
      networkResponse: 'Answer from /api/v1/networks (demo data):',
      organisationResponse: 'An organisation from /api/v1/organisations (demo data):',
      errorResponse: 'Answer to a wrong parameter (status 400):',
    },
    needs: {
      heading: 'Needs as OCDS data',
      lead: 'Needs a network has made public are published as planning releases of the Open Contracting Data Standard 1.1, one release per need, so they can be read together with procurement data. Every answer is a release package that follows the OCDS schema.',
      mapping: [
        ['ocid', 'The installation’s OCDS prefix, -need- and the need’s id. It never changes.'],
        ['parties', 'The organisations: buyer for contracting authorities that share the need or stated figures, procuringEntity for the buyer group’s lead organisation and whoever the results were handed over to, centralPurchasingBody for a central purchasing body.'],
        ['planning.budget', 'Only when an organisation stated a cost: what the need being unmet costs per year, summed in kronor. It is not money set aside for a procurement.'],
        ['planning.documents', 'needsAssessment is the need’s page on Trappan; marketStudies are the evidence of the latest market-maturity assessment and the summary of each market dialogue about the need; marketEngagementNotice is the market dialogue’s page.'],
        ['planning.milestones', 'One milestone of type engagement per published market dialogue about the need: dueDate is when the dialogue closes, status scheduled while it is open, met once it has closed and notMet if it was cancelled.'],
        ['tender.enquiries', 'The market dialogues’ answered questions, in the shape of the OCDS enquiries extension (declared in the package’s extensions). Whoever asked is never named.'],
        ['trappan', 'Trappan’s own fields: network, area, status, step on the innovation ladder, value offer and the potential market. They are described by Trappan’s OCDS extension (/api/v1/ocds/extension/extension.json), listed in every package’s extensions.'],
      ] as Array<[string, string]>,
      prefix: {
        registered: (prefix: string) => `This installation’s ocids begin with ${prefix}, a prefix registered with the Open Contracting Partnership.`,
        unregistered: (prefix: string) =>
          `This installation has no registered OCDS prefix: its ocids begin with ${prefix}, which is not registered and so cannot collide with another publisher’s.`,
        howToRegister:
          'The operator of the installation gets a prefix by emailing the OCDS Helpdesk at data@open-contracting.org with the organisation’s name and a contact address, then sets it in TRAPPAN_OCDS_PREFIX, preferably before needs are published, since ocids should not change.',
      },
      people: 'People are never included: not who proposed the need, who stated the figures, who received the results or the supplier who asked a question in a market dialogue. Cost bases, conditions and notes stay on the need’s page.',
      parametersHeading: 'Filters',
      parameters: {
        network: 'Only needs of this network (the network’s slug).',
        step: 'Only needs on this step of the innovation ladder.',
        status: 'Only needs in this status.',
        cursor: 'The nextCursor of the previous page, or follow the address in links.next.',
        limit: (max: number) => `Needs per page, at most ${max} (default 50).`,
      },
      request: 'Konstgräs’s needs that have been handed over to those who will procure:',
      response: 'Answer from /api/v1/needs (demo data):',
    },
    catalogue: {
      heading: 'Datasets and data catalogue',
      lead: 'Trappan describes its datasets in a data catalogue following DCAT-AP-SE, the Swedish profile of the EU standard DCAT-AP. The Swedish data portal and the EU data portal read the catalogue and list the datasets there.',
      catalogueLink: 'The data catalogue (DCAT-AP-SE, RDF/XML)',
      formats: 'The catalogue is RDF/XML. The same catalogue comes as Turtle or JSON-LD with Accept: text/turtle or Accept: application/ld+json.',
      registerHeading: 'Register Trappan at the Swedish data portal',
      register: 'Register the organisation at the Swedish data portal, dataportal.se (public bodies are usually registered already), and give the catalogue’s address as the harvesting source:',
      registerHint: 'The portal reads the catalogue once a day. The organisation number, name and contact e-mail are set in the server’s settings (README).',
      datasetsHeading: 'Datasets',
      feedsHeading: 'Feeds',
      title: 'Trappan: buyer networks and innovation procurement',
      description:
        'Open data from Trappan: the registry of public-sector buyer networks, the organisations in them, the needs the networks have made public and the networks’ meeting calendars.',
      datasets: {
        networks: {
          title: 'Buyer networks',
          description:
            'The registry of public-sector buyer networks: name, initiator, status, start year, thematic area, arranger, funders and member organisations, with facts from the National Agency for Public Procurement’s report 2019:3.',
          keywords: ['buyer network', 'public procurement', 'innovation procurement'],
        },
        organisations: {
          title: 'Organisations in buyer networks',
          description: 'The organisations that arrange, fund or take part in a buyer network, with organisation number, county and roles following the Open Contracting Data Standard (OCDS).',
          keywords: ['organisation', 'contracting authority', 'OCDS'],
        },
        needs: {
          title: 'Public needs of buyer networks',
          description:
            'Needs the networks have made public, as planning releases following the Open Contracting Data Standard 1.1: problem, desired effect, the organisations behind it, the cost of the unmet need and the step on the innovation ladder.',
          keywords: ['need', 'innovation procurement', 'OCDS', 'market dialogue'],
        },
        meetings: {
          title: 'Meeting calendars of buyer networks',
          description:
            'The networks’ public meetings as calendar feeds (iCalendar), one feed per network at /api/v1/networks/{slug}/meetings.ics. Moved and cancelled meetings update in subscribed calendars.',
          keywords: ['meeting', 'calendar', 'buyer network'],
        },
      },
      distributions: {
        json: 'JSON from the API',
        csv: 'CSV file',
        ocds: 'OCDS release package (JSON)',
        ics: 'Calendar feed per network (iCalendar)',
      },
      service: {
        title: 'Trappan’s open API',
        description: 'A versioned REST API with JSON answers for the networks, the organisations and the public needs, described in OpenAPI 3.1.',
      },
      feeds: {
        meetings: 'A network’s public meetings (iCalendar), for Outlook, Google and Apple:',
        dialogues: 'Newly published market dialogues (Atom):',
      },
    },
    rules: {
      heading: 'Errors, caching and versions',
      errors:
        'A wrong parameter gives status 400 with a JSON error that names the parameter in error.parameters. Unknown parameters, parameters given twice and an area or funder that does not exist are errors too, so a typo never gives wrong results.',
      caching:
        'Every answer has a weak ETag and may be cached for 60 seconds. Send the ETag back in If-None-Match to get a 304 when nothing has changed.',
      cors: 'CORS is open to every website (Access-Control-Allow-Origin: *), so the API can be called straight from a browser.',
      versions:
        'Version 1 only changes in backward-compatible ways: new fields and values may appear. Breaking changes come in a new version, /api/v2.',
    },
  },
};
