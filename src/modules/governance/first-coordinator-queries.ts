// The candidates for a network's first coordinator (docs/decisions/0023): the people waiting
// on a join request and the active members, each with whether the rules let them coordinate
// (the same rule the action applies). Three queries, whatever the number of people.
import 'server-only';

import type { Competence, MembershipRole } from '@/generated/prisma/enums';
import { db } from '@/server/db/client';
import type { NetworkParties } from '@/server/policy';

import { roleEligibility } from './rules';

export type CoordinatorCandidate = {
  /** The join request's id, or the membership's. */
  id: string;
  name: string;
  organizationName: string | null;
  competence: Competence | null;
  mayCoordinate: boolean;
};

export type FirstCoordinatorCandidates =
  | { hasCoordinator: true }
  | {
      hasCoordinator: false;
      requests: Array<CoordinatorCandidate & { motivation: string; createdAt: Date }>;
      members: Array<CoordinatorCandidate & { role: MembershipRole }>;
    };

/** Whether the network has an active coordinator (else someone may appoint a first one). */
export async function hasActiveCoordinator(networkId: string): Promise<boolean> {
  return (await db().membership.count({ where: { networkId, status: 'ACTIVE', role: 'COORDINATOR' } })) > 0;
}

/** No network has more people waiting or members than this on the page; the first are shown, oldest first. */
const LIMIT = 200;

export async function listFirstCoordinatorCandidates(networkId: string): Promise<FirstCoordinatorCandidates> {
  const organization = { select: { id: true, name: true, kind: true } } as const;
  const [network, coordinators, requests, members] = await Promise.all([
    db().network.findUniqueOrThrow({ where: { id: networkId }, select: { arrangerId: true, funders: { select: { funderOrganizationId: true } } } }),
    db().membership.count({ where: { networkId, status: 'ACTIVE', role: 'COORDINATOR' } }),
    db().joinRequest.findMany({
      where: { networkId, status: 'PENDING' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: LIMIT,
      select: { id: true, createdAt: true, motivation: true, competence: true, user: { select: { name: true, organization } } },
    }),
    db().membership.findMany({
      where: { networkId, status: 'ACTIVE' },
      orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }],
      take: LIMIT,
      select: { id: true, role: true, competence: true, organization, user: { select: { name: true, organization } } },
    }),
  ]);
  if (coordinators > 0) return { hasCoordinator: true };

  const parties: NetworkParties = {
    arrangerId: network.arrangerId,
    funderOrganizationIds: network.funders.flatMap((f) => (f.funderOrganizationId ? [f.funderOrganizationId] : [])),
  };
  const mayCoordinate = (org: { id: string; kind: Parameters<typeof roleEligibility>[1]['organizationKind'] } | null) =>
    roleEligibility('COORDINATOR', { organizationId: org?.id ?? null, organizationKind: org?.kind ?? null }, parties).ok;

  return {
    hasCoordinator: false,
    // A request is judged by the person's organisation as of now, as the action does.
    requests: requests.map((r) => ({
      id: r.id,
      name: r.user.name,
      organizationName: r.user.organization?.name ?? null,
      competence: r.competence,
      motivation: r.motivation,
      createdAt: r.createdAt,
      mayCoordinate: mayCoordinate(r.user.organization),
    })),
    // A membership by the organisation the person represents here; their account's for older rows.
    members: members.map((m) => {
      const org = m.organization ?? m.user.organization;
      return { id: m.id, name: m.user.name, organizationName: org?.name ?? null, competence: m.competence, role: m.role, mayCoordinate: mayCoordinate(org) };
    }),
  };
}
