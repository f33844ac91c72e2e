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
};

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

// Coordinators and the steering group first: they are whom a visitor wants to reach.
const ROLE_ORDER: Record<MembershipRole, number> = { COORDINATOR: 0, STEERING: 1, MEMBER: 2, OBSERVER: 3 };

export async function getNetworkProfile(slug: string, locale: Locale, viewerId: string | null): Promise<NetworkProfile | null> {
  const activeHere = { status: 'ACTIVE', network: { slug } } as const;
  const [network, organizations, people] = await Promise.all([
    db().network.findUnique({
      where: { slug },
      select: {
        slug: true,
        name: true,
        descriptionSv: true,
        descriptionEn: true,
        area: { select: { nameSv: true, nameEn: true } },
        initiator: true,
        status: true,
        startYear: true,
        membershipPolicy: true,
        arranger: { select: { name: true } },
        funders: {
          orderBy: { id: 'asc' },
          select: { kind: true, periodStart: true, periodEnd: true, funderOrganization: { select: { name: true } } },
        },
        facts: { orderBy: { position: 'asc' }, select: { textSv: true, textEn: true, source: true, sourcePage: true } },
        _count: { select: { memberships: { where: { status: 'ACTIVE' } } } },
        memberships: viewerId
          ? { where: { userId: viewerId, status: 'ACTIVE' }, select: { role: true }, take: 1 }
          : false,
      },
    }),
    db().organization.findMany({
      where: { memberships: { some: activeHere } },
      select: { slug: true, name: true, kind: true, countyCode: true },
    }),
    db().membership.findMany({
      where: { ...activeHere, isListed: true, user: { disabledAt: null } },
      select: { role: true, user: { select: { name: true, title: true } }, organization: { select: { name: true } } },
    }),
  ]);
  if (!network) return null;
  const sv = locale === 'sv';
  // Sorted here rather than in SQL: the database's collation may not know Swedish (Å, Ä, Ö).
  const collator = new Intl.Collator(sv ? 'sv-SE' : 'en-GB');
  return {
    slug: network.slug,
    name: network.name,
    description: sv ? network.descriptionSv : network.descriptionEn,
    area: sv ? network.area.nameSv : network.area.nameEn,
    initiator: network.initiator,
    status: network.status,
    startYear: network.startYear,
    arranger: network.arranger?.name ?? null,
    membershipPolicy: network.membershipPolicy,
    funders: network.funders.map((f) => ({
      name: f.funderOrganization?.name ?? null,
      kind: f.kind,
      periodStart: isoDate(f.periodStart),
      periodEnd: isoDate(f.periodEnd),
    })),
    memberCount: network._count.memberships,
    memberOrganizations: organizations.sort((a, b) => collator.compare(a.name, b.name)),
    listedPeople: people
      .map((p) => ({ name: p.user.name, title: p.user.title, role: p.role, organization: p.organization?.name ?? null }))
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || collator.compare(a.name, b.name)),
    facts: network.facts.map((f) => ({ text: sv ? f.textSv : f.textEn, source: f.source, sourcePage: f.sourcePage })),
    viewerRole: network.memberships?.[0]?.role ?? null,
  };
}
