// Reads of a network's groups: for the secretariat, each group with the people in it and
// the members who could still be added; for the public page, only names, kinds and counts.
// A fixed number of queries per page, however many groups there are.
import 'server-only';

import type { GroupKind, MembershipRole } from '@/generated/prisma/enums';
import { db } from '@/server/db/client';

import { groupEligibility } from './rules';

export type GroupPerson = {
  userId: string;
  name: string;
  organization: string | null;
  /** Their role in the network, or null when they are not an active member (reference groups). */
  role: MembershipRole | null;
};

export type GroupMemberView = GroupPerson & { groupMembershipId: string; addedAt: Date };

export type ManagedGroup = {
  id: string;
  kind: GroupKind;
  name: string;
  description: string;
  members: GroupMemberView[];
  /** Active members of the network the rules let into this group who are not in it yet. */
  candidates: GroupPerson[];
};

const GROUP_ORDER: Record<GroupKind, number> = { BUYER: 0, WORKING: 1, REFERENCE: 2 };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');

/** The network's groups, buyer groups first, with current members and eligible candidates. */
export async function getManagedGroups(networkId: string): Promise<ManagedGroup[]> {
  const [groups, memberships] = await Promise.all([
    db().networkGroup.findMany({
      where: { networkId },
      orderBy: [{ name: 'asc' }],
      select: {
        id: true,
        kind: true,
        name: true,
        description: true,
        members: {
          where: { removedAt: null },
          orderBy: { addedAt: 'asc' },
          select: { id: true, addedAt: true, user: { select: { id: true, name: true, organization: { select: { name: true } } } } },
        },
      },
    }),
    db().membership.findMany({
      where: { networkId, status: 'ACTIVE' },
      select: {
        role: true,
        organization: { select: { id: true, name: true, kind: true } },
        user: { select: { id: true, name: true, disabledAt: true, organization: { select: { id: true, name: true, kind: true } } } },
      },
    }),
  ]);

  // In the network, a person acts for the organisation their membership names.
  const active = memberships
    .filter((m) => !m.user.disabledAt)
    .map((m) => {
      const organization = m.organization ?? m.user.organization;
      return {
        person: { userId: m.user.id, name: m.user.name, organization: organization?.name ?? null, role: m.role },
        rules: { organizationId: organization?.id ?? null, organizationKind: organization?.kind ?? null },
      };
    });
  const activeByUser = new Map(active.map((a) => [a.person.userId, a.person]));

  return groups
    .map((group) => {
      const members = group.members.map((place) => ({
        groupMembershipId: place.id,
        addedAt: place.addedAt,
        userId: place.user.id,
        name: place.user.name,
        organization: activeByUser.get(place.user.id)?.organization ?? place.user.organization?.name ?? null,
        role: activeByUser.get(place.user.id)?.role ?? null,
      }));
      const inGroup = new Set(members.map((m) => m.userId));
      // Reference groups take anyone with an account, found by email, so they list no candidates.
      const candidates =
        group.kind === 'REFERENCE'
          ? []
          : active
              .filter((a) => !inGroup.has(a.person.userId) && groupEligibility(group.kind, a.rules, { role: a.person.role }).ok)
              .map((a) => a.person)
              .sort(byName);
      return { id: group.id, kind: group.kind, name: group.name, description: group.description, members, candidates };
    })
    .sort((a, b) => GROUP_ORDER[a.kind] - GROUP_ORDER[b.kind] || byName(a, b));
}

export type PublicGroup = { id: string; kind: GroupKind; name: string; memberCount: number };

/** What the public sees of the groups: names, kinds and how many sit in each; no names of people. */
export async function getPublicGroups(networkId: string): Promise<PublicGroup[]> {
  const groups = await db().networkGroup.findMany({
    where: { networkId },
    select: { id: true, kind: true, name: true, _count: { select: { members: { where: { removedAt: null } } } } },
  });
  return groups
    .map((g) => ({ id: g.id, kind: g.kind, name: g.name, memberCount: g._count.members }))
    .sort((a, b) => GROUP_ORDER[a.kind] - GROUP_ORDER[b.kind] || byName(a, b));
}
