// Reads for a network's public page. Everything here is public: member organisations are
// named, people only when they chose to be listed (Membership.isListed).
import 'server-only';

import type {
  FundingKind,
  MembershipPolicy,
  MembershipRole,
  NetworkInitiator,
  NetworkStatus,
  OrganizationKind,
} from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { db } from '@/server/db/client';

export type NetworkProfile = {
  id: string;
  slug: string;
  name: string;
  description: string;
  area: string;
  initiator: NetworkInitiator;
  status: NetworkStatus;
  startYear: number | null;
  arranger: string | null;
  membershipPolicy: MembershipPolicy;
  funders: Array<{ name: string | null; kind: FundingKind; periodStart: string | null; periodEnd: string | null }>;
  memberCount: number;
  /** Organisations with at least one active member, each once, by name. */
  memberOrganizations: Array<{ slug: string; name: string; kind: OrganizationKind; countyCode: string | null }>;
  /** Active members who chose to be named on the page; never anyone else. */
  listedPeople: Array<{ name: string; title: string | null; role: MembershipRole; organization: string | null }>;
  facts: Array<{ text: string; source: string; sourcePage: number | null }>;
  /** The signed-in person's active role in this network, if any. */
  viewerRole: MembershipRole | null;
  /** Their active membership's id, for asking the policy what they may do here. */
  viewerMembershipId: string | null;
};

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

// Coordinators and the steering group first: they are whom a visitor wants to reach.
const ROLE_ORDER: Record<MembershipRole, number> = { COORDINATOR: 0, STEERING: 1, MEMBER: 2, OBSERVER: 3 };

/** Everything public about a network, in both languages: the page and the open-data API read this. */
export type PublicNetwork = NonNullable<Awaited<ReturnType<typeof readPublicNetwork>>>;

/**
 * The one read of a network's public details. Member organisations are public; people only
 * when they chose to be listed and their account is in use. Keep this rule here and only here.
 */
export async function readPublicNetwork(slug: string) {
  const activeHere = { status: 'ACTIVE', network: { slug } } as const;
  const [network, organizations, people] = await Promise.all([
    db().network.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        name: true,
        descriptionSv: true,
        descriptionEn: true,
        area: { select: { slug: true, nameSv: true, nameEn: true } },
        initiator: true,
        status: true,
        startYear: true,
        membershipPolicy: true,
        memberCount: true,
        memberOrganizationCount: true,
        arranger: { select: { slug: true, name: true } },
        funders: {
          orderBy: { id: 'asc' },
          select: { kind: true, periodStart: true, periodEnd: true, funderOrganization: { select: { slug: true, name: true } } },
        },
        facts: { orderBy: { position: 'asc' }, select: { textSv: true, textEn: true, source: true, sourcePage: true } },
      },
    }),
    db().organization.findMany({
      where: { memberships: { some: activeHere } },
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
    funders: funders.map((f) => ({
      slug: f.funderOrganization?.slug ?? null,
      name: f.funderOrganization?.name ?? null,
      kind: f.kind as FundingKind,
      periodStart: isoDate(f.periodStart),
      periodEnd: isoDate(f.periodEnd),
    })),
    memberOrganizations: organizations.sort((a, b) => collator.compare(a.name, b.name)),
    listedPeople: people
      .map((p) => ({ name: p.user.name, title: p.user.title, role: p.role, organization: p.organization }))
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || collator.compare(a.name, b.name)),
  };
}

export async function getNetworkProfile(slug: string, locale: Locale, viewerId: string | null): Promise<NetworkProfile | null> {
  const network = await readPublicNetwork(slug);
  if (!network) return null;
  const viewerMembership = viewerId
    ? await db().membership.findFirst({ where: { userId: viewerId, networkId: network.networkId, status: 'ACTIVE' }, select: { id: true, role: true } })
    : null;
  const sv = locale === 'sv';
  return {
    id: network.networkId,
    slug: network.slug,
    name: network.name,
    description: sv ? network.descriptionSv : network.descriptionEn,
    area: sv ? network.area.nameSv : network.area.nameEn,
    initiator: network.initiator,
    status: network.status,
    startYear: network.startYear,
    arranger: network.arranger?.name ?? null,
    membershipPolicy: network.membershipPolicy,
    funders: network.funders.map(({ name, kind, periodStart, periodEnd }) => ({ name, kind, periodStart, periodEnd })),
    memberCount: network.memberCount,
    memberOrganizations: network.memberOrganizations.map(({ slug, name, kind, countyCode }) => ({ slug, name, kind, countyCode })),
    listedPeople: network.listedPeople.map((p) => ({ ...p, organization: p.organization?.name ?? null })),
    facts: network.facts.map((f) => ({ text: sv ? f.textSv : f.textEn, source: f.source, sourcePage: f.sourcePage })),
    viewerRole: viewerMembership?.role ?? null,
    viewerMembershipId: viewerMembership?.id ?? null,
  };
}
