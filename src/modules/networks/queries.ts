// Reads for a network's public page.
import 'server-only';

import type { FundingKind, MembershipPolicy, MembershipRole, NetworkInitiator, NetworkStatus } from '@/generated/prisma/enums';
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
  facts: Array<{ text: string; source: string; sourcePage: number | null }>;
  /** The signed-in person's active role in this network, if any. */
  viewerRole: MembershipRole | null;
};

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export async function getNetworkProfile(slug: string, locale: Locale, viewerId: string | null): Promise<NetworkProfile | null> {
  const network = await db().network.findUnique({
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
  });
  if (!network) return null;
  const sv = locale === 'sv';
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
    facts: network.facts.map((f) => ({ text: sv ? f.textSv : f.textEn, source: f.source, sourcePage: f.sourcePage })),
    viewerRole: network.memberships?.[0]?.role ?? null,
  };
}
