// Reads for the secretariat's members page: who is active and in which role, who was once a
// member (history is never deleted), and which recommended competences the network lacks.
// A fixed number of queries per page, whatever the number of members.
import 'server-only';

import type { Competence, MembershipRole, MembershipStatus, OrganizationKind } from '@/generated/prisma/enums';
import { db } from '@/server/db/client';
import type { NetworkParties } from '@/server/policy';

import { competenceCoverage, type CompetenceCoverage } from './competence-coverage';
import { hasVote, roleEligibility } from './rules';
import { getVotingRules } from './voting-rules';

export type ActiveMember = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  title: string | null;
  organization: { name: string; kind: OrganizationKind } | null;
  competence: Competence | null;
  role: MembershipRole;
  /** YYYY-MM-DD */
  joinedAt: string;
  hasVote: boolean;
  /** The roles this person may be given here (their current role included). */
  assignableRoles: MembershipRole[];
  /** The network's only active coordinator: cannot leave the role until another is appointed. */
  isLastCoordinator: boolean;
};

export type PastMember = {
  membershipId: string;
  name: string;
  organizationName: string | null;
  role: MembershipRole;
  status: 'LEFT' | 'REMOVED';
  /** YYYY-MM-DD */
  joinedAt: string;
  leftAt: string | null;
  removedByName: string | null;
  removedReason: string | null;
};

export type MemberOverview = {
  active: ActiveMember[];
  past: PastMember[];
  /** All past memberships; `past` holds the most recent PAST_LIMIT of them. */
  pastTotal: number;
  coverage: CompetenceCoverage;
};

/** The history can grow for years; the page shows the latest ones. */
export const PAST_LIMIT = 100;

const ROLE_ORDER: readonly MembershipRole[] = ['COORDINATOR', 'STEERING', 'MEMBER', 'OBSERVER'];
const collator = new Intl.Collator('sv');
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export async function getMemberOverview(networkId: string): Promise<MemberOverview> {
  const ended = { networkId, status: { in: ['LEFT', 'REMOVED'] as MembershipStatus[] } };
  const [network, votingRules, activeRows, pastRows, pastTotal] = await Promise.all([
    db().network.findUniqueOrThrow({
      where: { id: networkId },
      select: { arrangerId: true, funders: { select: { funderOrganizationId: true } } },
    }),
    getVotingRules(networkId),
    db().membership.findMany({
      where: { networkId, status: 'ACTIVE' },
      select: {
        id: true,
        role: true,
        competence: true,
        joinedAt: true,
        organization: { select: { id: true, name: true, kind: true } },
        user: { select: { id: true, name: true, email: true, title: true, organization: { select: { id: true, name: true, kind: true } } } },
      },
    }),
    db().membership.findMany({
      where: ended,
      orderBy: [{ leftAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      take: PAST_LIMIT,
      select: {
        id: true,
        role: true,
        status: true,
        joinedAt: true,
        leftAt: true,
        removedReason: true,
        removedBy: { select: { name: true } },
        organization: { select: { name: true } },
        user: { select: { name: true } },
      },
    }),
    db().membership.count({ where: ended }),
  ]);

  const parties: NetworkParties = {
    arrangerId: network.arrangerId,
    funderOrganizationIds: network.funders.flatMap((f) => (f.funderOrganizationId ? [f.funderOrganizationId] : [])),
  };
  const coordinators = activeRows.filter((row) => row.role === 'COORDINATOR').length;

  const active = activeRows
    .map((row): ActiveMember => {
      // The organisation the person represents here; their account's for rows without one.
      const organization = row.organization ?? row.user.organization;
      const person = { organizationId: organization?.id ?? null, organizationKind: organization?.kind ?? null };
      return {
        membershipId: row.id,
        userId: row.user.id,
        name: row.user.name,
        email: row.user.email,
        title: row.user.title,
        organization: organization && { name: organization.name, kind: organization.kind },
        competence: row.competence,
        role: row.role,
        joinedAt: isoDate(row.joinedAt),
        hasVote: hasVote(row.role, organization?.kind ?? null, votingRules),
        assignableRoles: ROLE_ORDER.filter((role) => role === row.role || roleEligibility(role, person, parties).ok),
        isLastCoordinator: row.role === 'COORDINATOR' && coordinators === 1,
      };
    })
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || collator.compare(a.name, b.name));

  const past = pastRows.map(
    (row): PastMember => ({
      membershipId: row.id,
      name: row.user.name,
      organizationName: row.organization?.name ?? null,
      role: row.role,
      status: row.status as PastMember['status'],
      joinedAt: isoDate(row.joinedAt),
      leftAt: row.leftAt && isoDate(row.leftAt),
      removedByName: row.removedBy?.name ?? null,
      removedReason: row.removedReason,
    }),
  );

  return { active, past, pastTotal, coverage: competenceCoverage(activeRows.map((row) => row.competence)) };
}
