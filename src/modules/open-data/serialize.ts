// The open-data API's JSON shapes and how registry records become them: stable lower-case
// codes instead of database enums, both languages side by side, absolute links, and
// OCDS-style parties for organisations. Pure, so the shapes are unit-tested and the OpenAPI
// document (openapi.ts) describes exactly what is sent. See docs/decisions/0006-open-data.md.
import type {
  FundingKind,
  FundingPeriodStatus,
  MembershipPolicy,
  MembershipRole,
  NetworkInitiator,
  NetworkLinkKind,
  NetworkStatus,
  OrganizationKind,
} from '@/generated/prisma/enums';
import { isContractingAuthority } from '@/modules/accounts/client';
import { type RegistryNetwork } from '@/modules/registry';
import { MEMBERSHIP_FEES } from '@/modules/registry/client';

// The codes are the filter values of the registry query (registry-query.ts), so a value read
// from a response can be sent back as a filter.
export const INITIATOR_CODES = { AGENCY: 'agency', BUYER: 'buyer' } as const satisfies Record<NetworkInitiator, string>;
export const STATUS_CODES = { FORMING: 'forming', ACTIVE: 'active', DORMANT: 'dormant', CLOSED: 'closed' } as const satisfies Record<
  NetworkStatus,
  string
>;
export const FUNDING_KIND_CODES = { BASE: 'base', PROJECT: 'project', MEMBERSHIP_FEES: 'membershipFees', IN_KIND: 'inKind' } as const satisfies Record<
  FundingKind,
  string
>;
export const LINK_KIND_CODES = { RESULT: 'result', REPORT: 'report' } as const satisfies Record<NetworkLinkKind, string>;
export const MEMBERSHIP_POLICY_CODES = { OPEN: 'open', APPROVAL: 'approval', INVITATION: 'invitation' } as const satisfies Record<
  MembershipPolicy,
  string
>;
export const MEMBER_ROLE_CODES = { COORDINATOR: 'coordinator', STEERING: 'steering', MEMBER: 'member', OBSERVER: 'observer' } as const satisfies Record<
  MembershipRole,
  string
>;
export const ORGANISATION_KIND_CODES = {
  MUNICIPALITY: 'municipality',
  REGION: 'region',
  STATE_AGENCY: 'stateAgency',
  PUBLIC_COMPANY: 'publicCompany',
  CENTRAL_PURCHASING_BODY: 'centralPurchasingBody',
  ASSOCIATION: 'association',
  COMPANY: 'company',
  ACADEMIA: 'academia',
  OTHER: 'other',
} as const satisfies Record<OrganizationKind, string>;

export type OrganisationKindCode = (typeof ORGANISATION_KIND_CODES)[OrganizationKind];

/** Codes from the OCDS partyRole codelist, plus Trappan's own `arranger` (the codelist is open). */
export const PARTY_ROLES = ['buyer', 'procuringEntity', 'centralPurchasingBody', 'funder', 'arranger'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** The OCDS organisation identifier scheme for Swedish organisation numbers (Bolagsverket). */
export const ORGANISATION_NUMBER_SCHEME = 'SE-BLV';

export type ApiFunder = {
  /** The funding organisation; null when the network is funded by its members' fees. */
  slug: string | null;
  name: string | null;
  kind: (typeof FUNDING_KIND_CODES)[FundingKind];
  /** From the earliest start to the latest end of the granted and ended periods (what one period said before). */
  periodStart: string | null;
  periodEnd: string | null;
  /** Every period, applications included, oldest first. */
  periods: ApiFundingPeriod[];
};

export const FUNDING_PERIOD_STATUS_CODES = { APPLIED: 'applied', GRANTED: 'granted', ENDED: 'ended' } as const satisfies Record<FundingPeriodStatus, string>;

export type ApiFundingPeriod = {
  start: string | null;
  end: string | null;
  status: (typeof FUNDING_PERIOD_STATUS_CODES)[FundingPeriodStatus];
  /** Whole kronor (SEK), exact; null when the network has not told. */
  amountSek: number | null;
};

export type ApiNetwork = {
  slug: string;
  name: string;
  initiator: (typeof INITIATOR_CODES)[NetworkInitiator];
  status: (typeof STATUS_CODES)[NetworkStatus];
  startYear: number | null;
  area: { slug: string; name: { sv: string; en: string } };
  arranger: { slug: string; name: string } | null;
  funders: ApiFunder[];
  memberOrganisationCount: number;
  memberCount: number;
  url: string;
};

export type ApiIdentifier = { scheme: typeof ORGANISATION_NUMBER_SCHEME; id: string };

export type ApiOrganisationSummary = {
  slug: string;
  name: string;
  kind: OrganisationKindCode;
  identifier: ApiIdentifier | null;
};

export type ApiNetworkDetail = ApiNetwork & {
  description: { sv: string; en: string };
  membershipPolicy: (typeof MEMBERSHIP_POLICY_CODES)[MembershipPolicy];
  /** Facts and history entries; `date` is when it happened (null for the report's undated facts). */
  facts: Array<{ date: string | null; text: { sv: string; en: string }; source: string; sourcePage: number | null; sourceUrl: string | null }>;
  /** The network's published results and reports, newest first. */
  links: Array<{ kind: (typeof LINK_KIND_CODES)[NetworkLinkKind]; title: string; url: string; published: string | null }>;
  memberOrganisations: ApiOrganisationSummary[];
  /** Only people who chose to be named on the network's public page. */
  listedMembers: Array<{ name: string; role: (typeof MEMBER_ROLE_CODES)[MembershipRole]; organisation: { slug: string; name: string } | null }>;
};

/** An OCDS party with the memberOf extension. */
export type ApiOrganisation = {
  id: string;
  name: string;
  kind: OrganisationKindCode;
  identifier: ApiIdentifier | null;
  countyCode: string | null;
  scbCode: string | null;
  roles: PartyRole[];
  memberOf: Array<{ id: string; name: string }>;
};

/** The fields of a network the list, the CSV and the detail all share (a registry search row). */
export type NetworkSource = Pick<
  RegistryNetwork,
  'slug' | 'name' | 'initiator' | 'status' | 'startYear' | 'area' | 'arranger' | 'funders' | 'memberCount' | 'memberOrganizationCount'
>;

/** The public page of a network: always the Swedish one, the primary language. */
export function networkPageUrl(origin: string, slug: string): string {
  return `${origin}/sv/networks/${encodeURIComponent(slug)}`;
}

export function toApiNetwork(network: NetworkSource, origin: string): ApiNetwork {
  return {
    slug: network.slug,
    name: network.name,
    initiator: INITIATOR_CODES[network.initiator],
    status: STATUS_CODES[network.status],
    startYear: network.startYear,
    area: { slug: network.area.slug, name: { sv: network.area.nameSv, en: network.area.nameEn } },
    arranger: network.arranger ? { slug: network.arranger.slug, name: network.arranger.name } : null,
    funders: network.funders.map((f) => ({
      slug: f.slug,
      name: f.name,
      kind: FUNDING_KIND_CODES[f.kind],
      periodStart: f.periodStart,
      periodEnd: f.periodEnd,
      periods: f.periods.map((p) => ({ start: p.periodStart, end: p.periodEnd, status: FUNDING_PERIOD_STATUS_CODES[p.status], amountSek: p.amountSek })),
    })),
    memberOrganisationCount: network.memberOrganizationCount,
    memberCount: network.memberCount,
    url: networkPageUrl(origin, network.slug),
  };
}

/** `NNNNNN-NNNN` → the OCDS identifier with the ten digits; null without a number. */
export function organisationIdentifier(organizationNumber: string | null): ApiIdentifier | null {
  if (!organizationNumber) return null;
  return { scheme: ORGANISATION_NUMBER_SCHEME, id: organizationNumber.replace(/\D/g, '') };
}

/**
 * The OCDS party roles of an organisation in the registry. Contracting authorities are
 * buyers; a central purchasing body also procures for others (procuringEntity,
 * centralPurchasingBody); funding a network makes it a funder; arranging one an arranger.
 */
export function partyRoles(kind: OrganizationKind, facts: { isFunder: boolean; isArranger: boolean }): PartyRole[] {
  const roles = new Set<PartyRole>();
  if (isContractingAuthority(kind)) roles.add('buyer');
  if (kind === 'CENTRAL_PURCHASING_BODY') {
    roles.add('procuringEntity');
    roles.add('centralPurchasingBody');
  }
  if (facts.isFunder) roles.add('funder');
  if (facts.isArranger) roles.add('arranger');
  return PARTY_ROLES.filter((role) => roles.has(role));
}

export function toApiOrganisationSummary(org: { slug: string; name: string; kind: OrganizationKind; organizationNumber: string | null }): ApiOrganisationSummary {
  return { slug: org.slug, name: org.name, kind: ORGANISATION_KIND_CODES[org.kind], identifier: organisationIdentifier(org.organizationNumber) };
}

export function toApiOrganisation(
  org: {
    slug: string;
    name: string;
    kind: OrganizationKind;
    organizationNumber: string | null;
    countyCode: string | null;
    scbCode: string | null;
    isFunder: boolean;
    isArranger: boolean;
  },
  memberOf: Array<{ slug: string; name: string }>,
): ApiOrganisation {
  return {
    id: org.slug,
    name: org.name,
    kind: ORGANISATION_KIND_CODES[org.kind],
    identifier: organisationIdentifier(org.organizationNumber),
    countyCode: org.countyCode,
    scbCode: org.scbCode,
    roles: partyRoles(org.kind, org),
    memberOf: memberOf.map((network) => ({ id: network.slug, name: network.name })),
  };
}

/** The value of the `funder` filter that selects the same networks as a funder entry. */
/** The registry's funder filter value: the organisation, or membership fees; null for the members' working time. */
export function funderFilterValue(funder: Pick<ApiFunder, 'slug' | 'kind'>): string | null {
  if (funder.slug) return funder.slug;
  return funder.kind === 'membershipFees' ? MEMBERSHIP_FEES : null;
}
