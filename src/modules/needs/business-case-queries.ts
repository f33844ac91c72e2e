// What the business-case and buyer-group sections read: the organisations' statements with
// the sums, whether the viewer may state figures for an organisation, the buyer group and the
// members who may sit in it. One query each, bounded by the network's organisations.
import 'server-only';

import type { MembershipRole, OrganizationKind } from '@/generated/prisma/enums';
import { groupEligibility } from '@/modules/governance/client';
import { db } from '@/server/db/client';

import { maySpeakForBuyer, potentialMarket } from './business-case';

/**
 * The business case as the viewer may see it: the network's participants see every statement;
 * everyone else only those the stating organisation chose to show publicly, and the sums over
 * those alone (a total over hidden figures would give them away).
 */
export async function getBusinessCase(needId: string, seesAll: boolean) {
  const need = await db().need.findUniqueOrThrow({
    where: { id: needId },
    select: {
      valueOffers: true,
      volumeUnit: true,
      commitments: {
        where: seesAll ? {} : { isPublic: true },
        orderBy: [{ organization: { name: 'asc' } }, { id: 'asc' }],
        select: {
          id: true,
          organizationId: true,
          annualCostOre: true,
          costBasis: true,
          expectedVolume: true,
          level: true,
          conditions: true,
          statedAt: true,
          isPublic: true,
          organization: { select: { name: true } },
          statedBy: { select: { name: true } },
        },
      },
    },
  });
  const publicCommitments = need.commitments.filter((c) => c.isPublic);
  return {
    ...need,
    market: potentialMarket(need.commitments),
    /** Statements only the network sees (0 for the public, who never learn they exist). */
    hiddenFromPublic: need.commitments.length - publicCommitments.length,
  };
}

export type BusinessCase = Awaited<ReturnType<typeof getBusinessCase>>;

/** The organisation the person states figures for in this network, or null when they buy for none. */
export async function getBuyingOrganization(userId: string, networkId: string): Promise<{ id: string; name: string } | null> {
  const membership = await db().membership.findFirst({
    where: { userId, networkId, status: 'ACTIVE' },
    select: { role: true, organization: { select: { id: true, name: true, kind: true } } },
  });
  if (!membership?.organization || !maySpeakForBuyer(membership.role, membership.organization.kind)) return null;
  return { id: membership.organization.id, name: membership.organization.name };
}

export async function getBuyerGroup(needId: string, networkId: string) {
  const need = await db().need.findUniqueOrThrow({
    where: { id: needId },
    select: {
      leadOrganization: { select: { id: true, name: true } },
      buyerGroup: {
        select: {
          id: true,
          name: true,
          members: {
            where: { removedAt: null },
            orderBy: { addedAt: 'asc' },
            select: {
              user: {
                select: {
                  id: true,
                  name: true,
                  organization: { select: { name: true } },
                  // In the network, a person acts for the organisation their membership names.
                  memberships: { where: { networkId, status: 'ACTIVE' }, select: { organization: { select: { name: true } } }, take: 1 },
                },
              },
            },
          },
        },
      },
    },
  });
  const group = need.buyerGroup;
  return {
    leadOrganization: need.leadOrganization,
    group: group && {
      id: group.id,
      name: group.name,
      members: group.members.map(({ user }) => ({
        id: user.id,
        name: user.name,
        organization: user.memberships[0]?.organization?.name ?? user.organization?.name ?? null,
      })),
    },
  };
}

export type BuyerCandidate = { id: string; name: string; organizationId: string; organizationName: string };

/** The network's active members who may sit in a buyer group (groupEligibility), by organisation. */
export async function listBuyerCandidates(networkId: string): Promise<BuyerCandidate[]> {
  const memberships = await db().membership.findMany({
    where: { networkId, status: 'ACTIVE', user: { disabledAt: null } },
    select: { role: true, user: { select: { id: true, name: true } }, organization: { select: { id: true, name: true, kind: true } } },
  });
  return memberships
    .filter((m) => eligible(m.role, m.organization))
    .map((m) => ({ id: m.user.id, name: m.user.name, organizationId: m.organization!.id, organizationName: m.organization!.name }))
    .sort((a, b) => a.organizationName.localeCompare(b.organizationName, 'sv') || a.name.localeCompare(b.name, 'sv'));
}

function eligible(role: MembershipRole, organization: { id: string; kind: OrganizationKind } | null): boolean {
  return groupEligibility('BUYER', { organizationId: organization?.id ?? null, organizationKind: organization?.kind ?? null }, { role }).ok;
}
