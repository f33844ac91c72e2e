// Trappan's OCDS extension (docs/decisions/0026-open-data-validators.md): the fields a need's
// release carries under `trappan`, described the way OCDS describes additions, as an
// extension.json and a release-schema.json patch (a JSON Merge Patch on the release schema).
// The app serves both beside each other, since extension.json names its schema by file name,
// and every release package lists the extension. The schema is written in the part of JSON
// Schema that draft-04 (OCDS) and 2020-12 (OpenAPI 3.1) share, so the OpenAPI document uses
// the same object and the two descriptions cannot drift apart.
import { NEED_STATUS_CODES, NEED_STEP_CODES, OCDS_EXTENSION_SCHEMA_FILE, VALUE_OFFER_CODES } from './needs-ocds';

const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

const text = (title: string, description: string) => ({ title, description, type: 'string', minLength: 1 });
const webAddress = (title: string, description: string) => ({ title, description, type: 'string', format: 'uri' });
const count = (title: string, description: string) => ({ title, description, type: 'integer', minimum: 0 });

/** The `trappan` object of a need's release (needs-ocds.ts `NeedRelease['trappan']`). */
export const TRAPPAN_RELEASE_FIELDS = {
  title: 'Trappan',
  description:
    'What Trappan, the portal of Swedish public-sector buyer networks, knows about the need behind this planning release and OCDS has no field for: the network that shares it, its thematic area, its status and step on the innovation ladder, what the network offers suppliers and the potential market stated by its organisations.',
  type: 'object',
  required: ['needId', 'url', 'network', 'area', 'status', 'ladderStep', 'valueOffers', 'potentialMarket'],
  properties: {
    needId: text('Need identifier', 'The need’s identifier on Trappan. It never changes; the ocid is built from it.'),
    url: webAddress('Need page', 'The need’s public page on Trappan.'),
    network: {
      title: 'Buyer network',
      description: 'The buyer network that shares the need.',
      type: 'object',
      required: ['slug', 'name', 'url'],
      properties: {
        slug: { title: 'Network identifier', description: 'The network’s slug, as in /api/v1/networks.', type: 'string', pattern: SLUG_PATTERN, maxLength: 100 },
        name: text('Name', 'The network’s name.'),
        url: webAddress('Network page', 'The network’s public page on Trappan.'),
      },
    },
    area: {
      title: 'Thematic area',
      description: 'The network’s thematic area.',
      type: 'object',
      required: ['slug', 'name'],
      properties: {
        slug: { title: 'Area identifier', description: 'The area’s slug, the `area` filter of /api/v1/networks.', type: 'string', pattern: SLUG_PATTERN, maxLength: 100 },
        name: {
          title: 'Name',
          description: 'The area’s name in Swedish and English.',
          type: 'object',
          required: ['sv', 'en'],
          properties: { sv: text('Swedish', 'The name in Swedish.'), en: text('English', 'The name in English.') },
        },
      },
    },
    status: {
      title: 'Status',
      description:
        'Where the need is in the network’s work: proposed, prioritised, marketTested (the market has been asked), inPreparation, inProcurement, handedOver (to those who procure), implemented, archived.',
      type: 'string',
      enum: Object.values(NEED_STATUS_CODES),
    },
    ladderStep: {
      title: 'Step on the innovation ladder',
      description:
        'The step chosen in the latest market-maturity assessment: implement (buy what exists), introduce (bring in what is new to the buyer) or initiate (develop what does not exist yet). Null before the first assessment.',
      type: ['string', 'null'],
      enum: [...Object.values(NEED_STEP_CODES), null],
    },
    valueOffers: {
      title: 'Value offers',
      description: 'What the network offers suppliers besides the deal: testbed, realEnvironmentTest, referenceCustomer, expertise.',
      type: 'array',
      items: { type: 'string', enum: Object.values(VALUE_OFFER_CODES) },
      uniqueItems: true,
    },
    potentialMarket: {
      title: 'Potential market',
      description: 'What the organisations sharing the need stated about it. The summed yearly cost is in planning.budget.',
      type: 'object',
      required: ['statedBy', 'annualCostStatedBy', 'expectedVolume', 'volumeStatedBy', 'volumeUnit'],
      properties: {
        statedBy: count('Stated by', 'Organisations that stated a cost, a volume or a commitment.'),
        annualCostStatedBy: count('Cost stated by', 'Organisations that stated the yearly cost of the need being unmet.'),
        expectedVolume: { title: 'Expected volume', description: 'The sum of the volumes stated, in volumeUnit; null when nobody stated one.', type: ['integer', 'null'], minimum: 0 },
        volumeStatedBy: count('Volume stated by', 'Organisations that stated a volume.'),
        volumeUnit: { title: 'Volume unit', description: 'What the volume counts, in Swedish (e.g. konstgräsplaner); null when the network named no unit.', type: ['string', 'null'] },
      },
    },
  },
} as const;

/** release-schema.json: the patch OCDS merges into the release schema (RFC 7386). */
export function ocdsExtensionReleaseSchema() {
  return { properties: { trappan: TRAPPAN_RELEASE_FIELDS } };
}

/** extension.json, in the shape of OCDS's extension template and its extension-schema.json. */
export function ocdsExtensionMetadata(origin: string, contact: { name: string | null; email: string | null }) {
  return {
    name: { en: 'Trappan need', sv: 'Trappans behov' },
    description: {
      en: 'Adds a `trappan` object to a planning release of a need shared in a Swedish public-sector buyer network: the network, thematic area, status, step on the innovation ladder, value offers and potential market.',
      sv: 'Lägger till objektet `trappan` i en planeringsrelease för ett behov som delas i ett beställarnätverk: nätverket, området, status, steget på innovationstrappan, värdeerbjudandena och den möjliga marknaden.',
    },
    documentationUrl: { en: `${origin}/en/open-data#needs`, sv: `${origin}/sv/open-data#needs` },
    compatibility: ['1.1'],
    schemas: [OCDS_EXTENSION_SCHEMA_FILE],
    // OCDS asks for a contact point with an email address: the open-data contact, as in the
    // DCAT catalogue (TRAPPAN_CONTACT_EMAIL; the demo's own address in demo mode). An
    // installation that has named none gets no made-up one.
    ...(contact.email ? { contactPoint: { name: contact.name ?? 'Trappan', email: contact.email } } : {}),
  };
}
