// Public needs as OCDS 1.1 planning releases (docs/decisions/0011-needs-as-ocds-planning.md):
// one release per need, the latest state, in a release package. Pure, so the mapping is
// unit-tested and the integration test validates real answers against the OCDS schemas in
// tests/ocds/. Organisations only; no person is ever named, and nothing members-only is read.
import type { DialogueStatus, LadderStep, NeedStatus, OrganizationKind, ValueOffer } from '@/generated/prisma/enums';
import { isContractingAuthority } from '@/modules/accounts/client';
import { buysForItself } from '@/modules/governance/client';
import { potentialMarket } from '@/modules/needs/client';
import { isWebAddress } from '@/server/web-address';

import { DATA_LICENCE } from './licence';
import { networkPageUrl, ORGANISATION_NUMBER_SCHEME } from './serialize';

export const NEED_STEP_CODES = { IMPLEMENT: 'implement', INTRODUCE: 'introduce', INITIATE: 'initiate' } as const satisfies Record<LadderStep, string>;
export const NEED_STATUS_CODES = {
  PROPOSED: 'proposed',
  PRIORITISED: 'prioritised',
  MARKET_TESTED: 'marketTested',
  IN_PREPARATION: 'inPreparation',
  IN_PROCUREMENT: 'inProcurement',
  HANDED_OVER: 'handedOver',
  IMPLEMENTED: 'implemented',
  ARCHIVED: 'archived',
} as const satisfies Record<NeedStatus, string>;
export const VALUE_OFFER_CODES = {
  TESTBED: 'testbed',
  REAL_ENVIRONMENT_TEST: 'realEnvironmentTest',
  REFERENCE_CUSTOMER: 'referenceCustomer',
  EXPERTISE: 'expertise',
} as const satisfies Record<ValueOffer, string>;

export type NeedStepCode = (typeof NEED_STEP_CODES)[LadderStep];
export type NeedStatusCode = (typeof NEED_STATUS_CODES)[NeedStatus];

/** Codes of the OCDS partyRole codelist that fit a need's organisations (ADR 0011). */
export const NEED_PARTY_ROLES = ['buyer', 'procuringEntity', 'centralPurchasingBody', 'interestedParty'] as const;
export type NeedPartyRole = (typeof NEED_PARTY_ROLES)[number];

export type NeedOrganisationSource = { slug: string; name: string; kind: OrganizationKind; organizationNumber: string | null };

/** What the release is made of: a public need and its organisations, never its people. */
export type NeedSource = {
  id: string;
  title: string;
  problem: string;
  desiredEffect: string;
  status: NeedStatus;
  ladderStep: LadderStep | null;
  valueOffers: ValueOffer[];
  volumeUnit: string;
  createdAt: Date;
  updatedAt: Date;
  network: { slug: string; name: string };
  area: { slug: string; nameSv: string; nameEn: string };
  organizations: Array<{ addedAt: Date; organization: NeedOrganisationSource }>;
  leadOrganization: NeedOrganisationSource | null;
  commitments: Array<{ annualCostOre: bigint | null; expectedVolume: number | null; statedAt: Date; organization: NeedOrganisationSource }>;
  handovers: Array<{ handedOverAt: Date; acknowledgedAt: Date | null; receivingOrganization: NeedOrganisationSource }>;
  /** The latest assessment only. */
  assessments: Array<{ evidenceLinks: string[]; createdAt: Date }>;
  /** The latest move only. */
  transitions: Array<{ createdAt: Date }>;
  /** Published market dialogues about the need, with their answered questions (no asker). */
  dialogues: Array<{ dialogue: DialogueSource }>;
};

export type DialogueSource = {
  id: string;
  title: string;
  status: DialogueStatus;
  closesAt: Date;
  closedAt: Date | null;
  publishedAt: Date | null;
  summaryPublishedAt: Date | null;
  /** Answered questions; each with its answer's versions, newest first. */
  questions: Array<{ id: string; text: string; publicText: string | null; askedAt: Date; answers: Array<{ text: string; publishedAt: Date }> }>;
};

/** The OCDS enquiries extension, which tender.enquiries follows (ADR 0020). */
export const ENQUIRY_EXTENSION_URL = 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/master/extension.json';

/** Trappan's own extension, for the `trappan` object (ocds-extension.ts), served by the app. */
export const OCDS_EXTENSION_PATH = '/api/v1/ocds/extension';
export const OCDS_EXTENSION_SCHEMA_FILE = 'release-schema.json';
export const ocdsExtensionUrl = (origin: string) => `${origin}${OCDS_EXTENSION_PATH}/extension.json`;

export type OcdsOrganizationReference = { id: string; name: string };
export type OcdsParty = OcdsOrganizationReference & { identifier?: { scheme: string; id: string }; roles: NeedPartyRole[] };
export type OcdsDocument = {
  id: string;
  documentType: 'needsAssessment' | 'marketStudies' | 'marketEngagementNotice';
  title: string;
  url: string;
  format?: string;
  language?: string;
  datePublished?: string;
};

/** A market dialogue as a planning milestone: it closes on dueDate; met once it has closed. */
export type OcdsMilestone = {
  id: string;
  title: string;
  type: 'engagement';
  dueDate: string;
  status: 'scheduled' | 'met' | 'notMet';
  dateMet?: string;
};

/** An answered question of a dialogue, in the enquiries extension's shape: never an author. */
export type OcdsEnquiry = { id: string; date: string; description: string; answer: string; dateAnswered: string; threadID: string };

export type NeedRelease = {
  ocid: string;
  id: string;
  date: string;
  tag: ['planning'];
  initiationType: 'tender';
  language: 'sv';
  parties: OcdsParty[];
  buyer?: OcdsOrganizationReference;
  planning: {
    rationale: string;
    budget?: { description: string; amount: { amount: number; currency: 'SEK' } };
    documents: OcdsDocument[];
    milestones?: OcdsMilestone[];
  };
  tender: { id: string; title: string; status: 'planning'; enquiries?: OcdsEnquiry[] };
  /** Trappan's own fields, in one clearly named object, described by Trappan's extension (ocds-extension.ts). */
  trappan: {
    needId: string;
    url: string;
    network: { slug: string; name: string; url: string };
    area: { slug: string; name: { sv: string; en: string } };
    status: NeedStatusCode;
    ladderStep: NeedStepCode | null;
    valueOffers: Array<(typeof VALUE_OFFER_CODES)[ValueOffer]>;
    potentialMarket: {
      /** Organisations that stated a cost, a volume or a commitment. */
      statedBy: number;
      annualCostStatedBy: number;
      expectedVolume: number | null;
      volumeStatedBy: number;
      volumeUnit: string | null;
    };
  };
};

export type NeedReleasePackage = {
  uri: string;
  version: '1.1';
  extensions: string[];
  publishedDate: string;
  publisher: { name: string };
  license: string;
  publicationPolicy: string;
  releases: NeedRelease[];
  /** The OCDS paging convention (the pagination extension's links.next), on all but the last page. */
  links?: { next: string };
  /** The same next page as an opaque cursor, like the other list endpoints; null on the last page. */
  nextCursor: string | null;
};

/**
 * Öre as a JSON number of kronor, through the decimal text ("1234567.50" → 1234567.5), so the
 * number is the one the exact decimal denotes: no division in floating point. Exact to the öre
 * up to 2^53 öre (about 90 000 billion kronor); a sum that large is refused rather than rounded.
 */
export function oreToKronorJsonNumber(ore: bigint): number {
  if (ore > BigInt(Number.MAX_SAFE_INTEGER) || ore < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError('The amount is too large to publish exactly as a JSON number.');
  }
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  return Number(`${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`);
}

/** "SE-BLV-2120001124" for an organisation with a number (the OCDS {scheme}-{id} form), else its slug. */
export function partyId(org: Pick<NeedOrganisationSource, 'slug' | 'organizationNumber'>): string {
  return org.organizationNumber ? `${ORGANISATION_NUMBER_SCHEME}-${org.organizationNumber.replace(/\D/g, '')}` : org.slug;
}

/** The ocid: the installation's prefix (ocid-prefix.ts), "need" and the need's id, which never changes. */
export const ocidOf = (prefix: string, needId: string) => `${prefix}-need-${needId}`;

export function needPageUrl(origin: string, networkSlug: string, needId: string): string {
  return `${networkPageUrl(origin, networkSlug)}/needs/${encodeURIComponent(needId)}`;
}

/** The latest time anything the release shows was recorded: the release's date. */
export function releaseDate(need: NeedSource): Date {
  const times = [
    need.createdAt,
    need.updatedAt,
    ...need.organizations.map((o) => o.addedAt),
    ...need.commitments.map((c) => c.statedAt),
    ...need.handovers.flatMap((h) => [h.handedOverAt, ...(h.acknowledgedAt ? [h.acknowledgedAt] : [])]),
    ...need.assessments.map((a) => a.createdAt),
    ...need.transitions.map((t) => t.createdAt),
    ...need.dialogues.flatMap(({ dialogue: d }) => [
      ...(d.publishedAt ? [d.publishedAt] : []),
      ...(d.closedAt ? [d.closedAt] : []),
      ...(d.summaryPublishedAt ? [d.summaryPublishedAt] : []),
      ...d.questions.flatMap((q) => q.answers.map((a) => a.publishedAt)),
    ]),
  ];
  return new Date(Math.max(...times.map((time) => time.getTime())));
}

/** "20260527T073000Z": a release id part without characters OCDS forbids ('#'). */
const compactTime = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * The parties: organisations that share the need or stated figures for it are buyers when
 * they are contracting authorities (interestedParty otherwise); the lead organisation of the
 * buyer group and every receiver of a handover procure (procuringEntity), a central
 * purchasing body also as centralPurchasingBody. The lead is a buyer only when it buys for
 * itself: SKL running Konstgräs's buyer group (report p. 37) spends no budget of its own.
 */
export function needParties(need: NeedSource): OcdsParty[] {
  const byId = new Map<string, { org: NeedOrganisationSource; roles: Set<NeedPartyRole> }>();
  const add = (org: NeedOrganisationSource, ...roles: NeedPartyRole[]) => {
    const entry = byId.get(partyId(org)) ?? { org, roles: new Set<NeedPartyRole>() };
    for (const role of roles) entry.roles.add(role);
    byId.set(partyId(org), entry);
  };
  const sharing = (org: NeedOrganisationSource) => add(org, isContractingAuthority(org.kind) ? 'buyer' : 'interestedParty');
  for (const { organization } of need.organizations) sharing(organization);
  for (const { organization } of need.commitments) sharing(organization);
  const lead = need.leadOrganization;
  if (lead) add(lead, ...(buysForItself(lead.kind) ? (['buyer'] as const) : []), 'procuringEntity', ...(lead.kind === 'CENTRAL_PURCHASING_BODY' ? (['centralPurchasingBody'] as const) : []));
  for (const { receivingOrganization: org } of need.handovers) add(org, 'procuringEntity', ...(org.kind === 'CENTRAL_PURCHASING_BODY' ? (['centralPurchasingBody'] as const) : []));

  return [...byId.entries()]
    .map(([id, { org, roles }]) => {
      // A buyer that is also an interested party is simply a buyer.
      if (roles.has('buyer')) roles.delete('interestedParty');
      return {
        id,
        name: org.name,
        ...(org.organizationNumber ? { identifier: { scheme: ORGANISATION_NUMBER_SCHEME, id: org.organizationNumber.replace(/\D/g, '') } } : {}),
        roles: NEED_PARTY_ROLES.filter((role) => roles.has(role)),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
}

export function dialogueUrl(origin: string, dialogueId: string): string {
  return `${origin}/sv/dialogues/${encodeURIComponent(dialogueId)}`;
}

/** The dialogue's notice (its public page) and, once published, its summary. */
export function dialogueDocuments(dialogue: DialogueSource, origin: string): OcdsDocument[] {
  const url = dialogueUrl(origin, dialogue.id);
  return [
    {
      id: `marketEngagementNotice-${dialogue.id}`,
      documentType: 'marketEngagementNotice',
      title: dialogue.title,
      url,
      format: 'text/html',
      language: 'sv',
      ...(dialogue.publishedAt ? { datePublished: dialogue.publishedAt.toISOString() } : {}),
    },
    ...(dialogue.summaryPublishedAt
      ? [
          {
            id: `marketStudies-${dialogue.id}`,
            documentType: 'marketStudies' as const,
            title: `Sammanfattning: ${dialogue.title}`,
            url: `${url}#summary`,
            format: 'text/html',
            language: 'sv',
            datePublished: dialogue.summaryPublishedAt.toISOString(),
          },
        ]
      : []),
  ];
}

/** The dialogue as an engagement milestone: scheduled while open, met once closed, not met if cancelled. */
export function dialogueMilestone(dialogue: DialogueSource): OcdsMilestone {
  const status = dialogue.status === 'CANCELLED' ? 'notMet' : dialogue.status === 'CLOSED' || dialogue.status === 'SUMMARY_PUBLISHED' ? 'met' : 'scheduled';
  return {
    id: `engagement-${dialogue.id}`,
    title: dialogue.title,
    type: 'engagement',
    dueDate: dialogue.closesAt.toISOString(),
    status,
    ...(status === 'met' ? { dateMet: (dialogue.closedAt ?? dialogue.closesAt).toISOString() } : {}),
  };
}

/**
 * The answered questions as enquiries: the current answer (a correction replaces it, and the
 * release's date moves) and when the question was first answered; the dialogue is the thread.
 */
export function dialogueEnquiries(dialogue: DialogueSource): OcdsEnquiry[] {
  return dialogue.questions.flatMap((question) => {
    const latest = question.answers[0];
    const first = question.answers.at(-1);
    if (!latest || !first) return [];
    return [
      {
        id: question.id,
        date: question.askedAt.toISOString(),
        description: question.publicText ?? question.text,
        answer: latest.text,
        dateAnswered: first.publishedAt.toISOString(),
        threadID: dialogue.id,
      },
    ];
  });
}

export function toNeedRelease(need: NeedSource, origin: string, ocidPrefix: string): NeedRelease {
  const date = releaseDate(need);
  const url = needPageUrl(origin, need.network.slug, need.id);
  const market = potentialMarket(need.commitments);
  const assessment = need.assessments[0];
  const studies = (assessment?.evidenceLinks ?? []).filter(isWebAddress);
  const rationale = need.desiredEffect.trim() ? `${need.problem}\n\nÖnskad effekt: ${need.desiredEffect}` : need.problem;
  const dialogues = need.dialogues.map((link) => link.dialogue);
  const milestones = dialogues.map((dialogue) => dialogueMilestone(dialogue));
  const enquiries = dialogues.flatMap((dialogue) => dialogueEnquiries(dialogue));

  return {
    ocid: ocidOf(ocidPrefix, need.id),
    id: `${need.id}-${compactTime(date)}`,
    date: date.toISOString(),
    tag: ['planning'],
    initiationType: 'tender',
    language: 'sv',
    parties: needParties(need),
    // OCDS's buyer is the one whose budget is used: the lead only when it buys for itself.
    ...(need.leadOrganization && buysForItself(need.leadOrganization.kind) ? { buyer: { id: partyId(need.leadOrganization), name: need.leadOrganization.name } } : {}),
    planning: {
      rationale,
      ...(market.costStatedBy > 0
        ? {
            budget: {
              description:
                `Vad det kostar per år att behovet inte är uppfyllt, summerat över ${market.costStatedBy === 1 ? 'den organisation' : `de ${market.costStatedBy} organisationer`} ` +
                'som har uppgett en kostnad. Det är inte en budget för en upphandling.',
              amount: { amount: oreToKronorJsonNumber(market.totalAnnualCostOre), currency: 'SEK' },
            },
          }
        : {}),
      documents: [
        { id: 'needsAssessment', documentType: 'needsAssessment', title: need.title, url, format: 'text/html', language: 'sv' },
        ...studies.map((link, i) => ({
          id: `marketStudies-${i + 1}`,
          documentType: 'marketStudies' as const,
          title: `Underlag till marknadsmognadsbedömningen (${i + 1} av ${studies.length})`,
          url: link,
          datePublished: assessment!.createdAt.toISOString(),
        })),
        ...dialogues.flatMap((dialogue) => dialogueDocuments(dialogue, origin)),
      ],
      ...(milestones.length > 0 ? { milestones } : {}),
    },
    // A planning release may carry the tender's title with status "planning": a future
    // contracting process, known by the need's title.
    tender: { id: ocidOf(ocidPrefix, need.id), title: need.title, status: 'planning', ...(enquiries.length > 0 ? { enquiries } : {}) },
    trappan: {
      needId: need.id,
      url,
      network: { slug: need.network.slug, name: need.network.name, url: networkPageUrl(origin, need.network.slug) },
      area: { slug: need.area.slug, name: { sv: need.area.nameSv, en: need.area.nameEn } },
      status: NEED_STATUS_CODES[need.status],
      ladderStep: need.ladderStep ? NEED_STEP_CODES[need.ladderStep] : null,
      valueOffers: need.valueOffers.map((offer) => VALUE_OFFER_CODES[offer]),
      potentialMarket: {
        statedBy: market.buyers,
        annualCostStatedBy: market.costStatedBy,
        expectedVolume: market.volumeStatedBy > 0 ? market.totalVolume : null,
        volumeStatedBy: market.volumeStatedBy,
        volumeUnit: need.volumeUnit.trim() || null,
      },
    },
  };
}

export function needReleasePackage(input: {
  selfUrl: string;
  origin: string;
  releases: NeedRelease[];
  /** When the page is empty: the latest change of any public need, so the date stays stable. */
  fallbackDate: Date;
  next: { url: string; cursor: string } | null;
}): NeedReleasePackage {
  const latest = input.releases.reduce((max, r) => (r.date > max ? r.date : max), '');
  return {
    uri: input.selfUrl,
    version: '1.1',
    extensions: [ENQUIRY_EXTENSION_URL, ocdsExtensionUrl(input.origin)],
    publishedDate: latest || input.fallbackDate.toISOString(),
    publisher: { name: 'Trappan' },
    license: DATA_LICENCE.url,
    publicationPolicy: `${input.origin}/sv/open-data#needs`,
    releases: input.releases,
    ...(input.next ? { links: { next: input.next.url } } : {}),
    nextCursor: input.next?.cursor ?? null,
  };
}
