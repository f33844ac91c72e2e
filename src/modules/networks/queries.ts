// Reads for a network's page. Everything here is public once the network is published:
// member organisations are named, people only when they chose to be listed (Membership.isListed).
// A draft is read only for those findNetworkView lets see it (docs/decisions/0017).
import 'server-only';

import type {
  FundingKind,
  MembershipPolicy,
  MembershipRole,
  NetworkInitiator,
  NetworkLinkKind,
  NetworkStatus,
  OrganizationKind,
} from '@/generated/prisma/enums';
import { inPageLanguage, storedLocale, type Locale } from '@/i18n/locales';
import type { Prisma } from '@/generated/prisma/client';
import { fundedSpan, type FundingPeriodView } from '@/modules/funding/client';
import { db } from '@/server/db/client';
import { MEMBER_ORGANIZATION_MEMBERSHIP } from '@/server/member-organizations';
import { PUBLISHED_NETWORK } from '@/server/network-visibility';

import { templateTextsLeft } from './charter-template';

export type NetworkProfile = {
  id: string;
  slug: string;
  name: string;
  description: string;
  /** The language the description is written in: the page's, or the other one when only that exists. */
  descriptionLang: Locale;
  /** The language of what the network's people write: its charter, meetings, needs, decisions, groups. */
  contentLocale: Locale;
  /** The long description; '' when there is none. */
  about: string;
  aboutLang: Locale;
  contact: { name: string | null; email: string | null };
  /** Null while the network is a draft. */
  publishedAt: Date | null;
  /** Why a platform admin took it off the registry, while it is off. */
  unpublishedReason: string | null;
  area: string;
  initiator: NetworkInitiator;
  status: NetworkStatus;
  startYear: number | null;
  arranger: string | null;
  membershipPolicy: MembershipPolicy;
  funders: Array<{ name: string | null; kind: FundingKind; periodStart: string | null; periodEnd: string | null; periods: FundingPeriodView[] }>;
  memberCount: number;
  /** Organisations with at least one active member, each once, by name. */
  memberOrganizations: Array<{ slug: string; name: string; kind: OrganizationKind; countyCode: string | null }>;
  /** Active members who chose to be named on the page; never anyone else. */
  listedPeople: Array<{ name: string; title: string | null; role: MembershipRole; organization: string | null }>;
  facts: Array<{ id: string; occurredOn: string | null; text: string; source: string; sourcePage: number | null; sourceUrl: string | null }>;
  /** Links to the network's results and reports, newest first. */
  links: Array<{ id: string; kind: NetworkLinkKind; title: string; url: string; publishedOn: string | null }>;
  /** The signed-in person's active role in this network, if any. */
  viewerRole: MembershipRole | null;
  /** Their active membership's id, for asking the policy what they may do here. */
  viewerMembershipId: string | null;
};

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

// Coordinators and the steering group first: they are whom a visitor wants to reach.
const ROLE_ORDER: Record<MembershipRole, number> = { COORDINATOR: 0, STEERING: 1, MEMBER: 2, OBSERVER: 3 };

// The report's undated facts first, in the report's order; then the history by date.
const FACTS_QUERY = {
  orderBy: [{ occurredOn: { sort: 'asc', nulls: 'first' } }, { position: 'asc' }],
  select: { id: true, occurredOn: true, textSv: true, textEn: true, source: true, sourcePage: true, sourceUrl: true },
} satisfies Prisma.Network$factsArgs;

const LINKS_QUERY = {
  orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
  select: { id: true, kind: true, title: true, url: true, publishedOn: true },
} satisfies Prisma.Network$linksArgs;

type StoredFact = Prisma.NetworkFactGetPayload<{ select: (typeof FACTS_QUERY)['select'] }>;
type StoredLink = Prisma.NetworkLinkGetPayload<{ select: (typeof LINKS_QUERY)['select'] }>;

// An entry written only in Swedish is shown in Swedish on the English page, not left out.
const factView = (f: StoredFact, sv: boolean): NetworkProfile['facts'][number] => ({
  id: f.id,
  occurredOn: isoDate(f.occurredOn),
  text: (sv ? f.textSv : f.textEn) || f.textSv,
  source: f.source,
  sourcePage: f.sourcePage,
  sourceUrl: f.sourceUrl,
});

const linkView = (l: StoredLink): NetworkProfile['links'][number] => ({ ...l, publishedOn: isoDate(l.publishedOn) });

/** The profile's links and history for the secretariat's editor, as the network's page shows them. */
export async function getProfileRecords(networkId: string, locale: Locale): Promise<Pick<NetworkProfile, 'facts' | 'links'>> {
  const network = await db().network.findUniqueOrThrow({ where: { id: networkId }, select: { facts: FACTS_QUERY, links: LINKS_QUERY } });
  return { facts: network.facts.map((f) => factView(f, locale === 'sv')), links: network.links.map(linkView) };
}

/** Everything public about a network, in both languages: the page and the open-data API read this. */
export type PublicNetwork = NonNullable<Awaited<ReturnType<typeof readPublicNetwork>>>;

/** A published network's public details (open data); null for a draft or an unknown slug. */
export function readPublicNetwork(slug: string) {
  return readNetwork({ slug, ...PUBLISHED_NETWORK });
}

/**
 * The one read of a network's details. Member organisations are public; people only when they
 * chose to be listed and their account is in use. Keep this rule here and only here.
 */
async function readNetwork(where: Prisma.NetworkWhereUniqueInput) {
  const activeHere = { status: 'ACTIVE', network: where } as const;
  const [network, organizations, people] = await Promise.all([
    db().network.findUnique({
      where,
      select: {
        id: true,
        slug: true,
        name: true,
        descriptionSv: true,
        descriptionEn: true,
        aboutSv: true,
        aboutEn: true,
        contactName: true,
        contactEmail: true,
        publishedAt: true,
        unpublishedReason: true,
        area: { select: { slug: true, nameSv: true, nameEn: true } },
        initiator: true,
        status: true,
        startYear: true,
        membershipPolicy: true,
        contentLocale: true,
        memberCount: true,
        memberOrganizationCount: true,
        arranger: { select: { slug: true, name: true } },
        funders: {
          orderBy: { id: 'asc' },
          select: {
            kind: true,
            funderOrganization: { select: { slug: true, name: true } },
            periods: { orderBy: [{ periodStart: 'asc' }, { id: 'asc' }], select: { periodStart: true, periodEnd: true, status: true, amountSek: true } },
          },
        },
        facts: FACTS_QUERY,
        links: LINKS_QUERY,
      },
    }),
    db().organization.findMany({
      // Observers (funders) and the arranger's firm are listed elsewhere, not as members.
      where: { memberships: { some: { ...MEMBER_ORGANIZATION_MEMBERSHIP, network: where } } },
      select: { slug: true, name: true, kind: true, countyCode: true, organizationNumber: true },
    }),
    db().membership.findMany({
      where: { ...activeHere, isListed: true, user: { disabledAt: null } },
      select: { role: true, user: { select: { name: true, title: true } }, organization: { select: { slug: true, name: true } } },
    }),
  ]);
  if (!network) return null;
  // Sorted here rather than in SQL: the database's collation may not know Swedish (Å, Ä, Ö).
  const collator = new Intl.Collator('sv-SE');
  const { id, funders, ...details } = network;
  return {
    ...details,
    networkId: id,
    funders: funders.map((f) => {
      const periods: FundingPeriodView[] = f.periods.map((p) => ({ periodStart: isoDate(p.periodStart), periodEnd: isoDate(p.periodEnd), status: p.status, amountSek: p.amountSek }));
      return { slug: f.funderOrganization?.slug ?? null, name: f.funderOrganization?.name ?? null, kind: f.kind as FundingKind, ...fundedSpan(periods), periods };
    }),
    memberOrganizations: organizations.sort((a, b) => collator.compare(a.name, b.name)),
    listedPeople: people
      .map((p) => ({ name: p.user.name, title: p.user.title, role: p.role, organization: p.organization }))
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || collator.compare(a.name, b.name)),
  };
}

/**
 * The network's page for a viewer: null for an unknown slug, and for a draft unless `seesDraft`
 * (the page asks canSeeDraft through findNetworkView first).
 */
export async function getNetworkProfile(
  slug: string,
  locale: Locale,
  viewerId: string | null,
  options: { seesDraft?: boolean } = {},
): Promise<NetworkProfile | null> {
  const network = await readNetwork(options.seesDraft ? { slug } : { slug, ...PUBLISHED_NETWORK });
  if (!network) return null;
  const viewerMembership = viewerId
    ? await db().membership.findFirst({ where: { userId: viewerId, networkId: network.networkId, status: 'ACTIVE' }, select: { id: true, role: true } })
    : null;
  const sv = locale === 'sv';
  // A network started in one language has its texts in that one; show them rather than nothing.
  const description = inPageLanguage({ sv: network.descriptionSv, en: network.descriptionEn }, locale);
  const about = inPageLanguage({ sv: network.aboutSv, en: network.aboutEn }, locale);
  return {
    id: network.networkId,
    slug: network.slug,
    name: network.name,
    description: description.text,
    descriptionLang: description.lang,
    contentLocale: storedLocale(network.contentLocale),
    about: about.text,
    aboutLang: about.lang,
    contact: { name: network.contactName, email: network.contactEmail },
    publishedAt: network.publishedAt,
    unpublishedReason: network.unpublishedReason,
    area: sv ? network.area.nameSv : network.area.nameEn,
    initiator: network.initiator,
    status: network.status,
    startYear: network.startYear,
    arranger: network.arranger?.name ?? null,
    membershipPolicy: network.membershipPolicy,
    funders: network.funders.map(({ name, kind, periodStart, periodEnd, periods }) => ({ name, kind, periodStart, periodEnd, periods })),
    memberCount: network.memberCount,
    memberOrganizations: network.memberOrganizations.map(({ slug, name, kind, countyCode }) => ({ slug, name, kind, countyCode })),
    listedPeople: network.listedPeople.map((p) => ({ ...p, organization: p.organization?.name ?? null })),
    facts: network.facts.map((f) => factView(f, sv)),
    links: network.links.map(linkView),
    viewerRole: viewerMembership?.role ?? null,
    viewerMembershipId: viewerMembership?.id ?? null,
  };
}

/**
 * What the founders see before publishing a draft: how many charter texts are still the
 * template's (they must be rewritten first), and whether anyone coordinates the network yet.
 */
export async function getPublicationChecklist(networkId: string): Promise<{ templateTextsLeft: number; coordinatorCount: number }> {
  const [charter, coordinatorCount] = await Promise.all([
    db().charterVersion.findFirst({
      where: { networkId },
      orderBy: { version: 'desc' },
      select: { mission: true, shortTermGoals: true, longTermGoals: true, memberBenefit: true, stakeholderRelations: true },
    }),
    db().membership.count({ where: { networkId, status: 'ACTIVE', role: 'COORDINATOR' } }),
  ]);
  return { templateTextsLeft: charter ? templateTextsLeft(charter).length : 0, coordinatorCount };
}
