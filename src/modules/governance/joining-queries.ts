// Reads for joining: where the viewer stands in a network, the secretariat's queue of
// requests and list of invitations, an invitation link's details, and a person's own
// requests. Dates leave here as ISO dates (YYYY-MM-DD) for formatDate.
import 'server-only';

import type { Competence, JoinRequestStatus, MembershipPolicy, MembershipRole, NetworkStatus } from '@/generated/prisma/enums';
import type { CurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';

import { hashInvitationToken } from './invitation-token';
import { invitationStatus, whyCannotAskToJoin, type InvitationStatus, type JoinBlocker } from './joining-rules';
import { countActiveCoordinators } from './membership-changes';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export type JoinStanding =
  | { kind: 'signedOut' }
  | { kind: 'member'; role: MembershipRole; since: string; competence: Competence | null; isListed: boolean; isOnlyCoordinator: boolean }
  | { kind: 'pending'; requestId: string; since: string; motivation: string; competence: Competence; hasCoordinator: boolean }
  | { kind: 'blocked'; reason: JoinBlocker }
  | { kind: 'canAsk'; policy: Exclude<MembershipPolicy, 'INVITATION'>; lastDeclined: { date: string; reason: string | null } | null; hasCoordinator: boolean };

export type JoinContext = { networkId: string; status: NetworkStatus; membershipPolicy: MembershipPolicy; standing: JoinStanding };

/** Where the viewer stands in the network, for the network page's joining panel. */
export async function getJoinContext(slug: string, user: CurrentUser | null): Promise<JoinContext | null> {
  const network = await db().network.findUnique({
    where: { slug },
    select: { id: true, status: true, membershipPolicy: true, arrangerId: true, funders: { select: { funderOrganizationId: true } } },
  });
  if (!network) return null;
  const context = { networkId: network.id, status: network.status, membershipPolicy: network.membershipPolicy };
  if (!user) return { ...context, standing: { kind: 'signedOut' } };

  // Without an active coordinator a request goes to the platform's administrators (/me), and the panel says so.
  const [membership, pending, lastDecided, coordinators] = await Promise.all([
    db().membership.findFirst({
      where: { userId: user.id, networkId: network.id, status: 'ACTIVE' },
      select: { role: true, joinedAt: true, competence: true, isListed: true },
    }),
    db().joinRequest.findFirst({
      where: { userId: user.id, networkId: network.id, status: 'PENDING' },
      select: { id: true, createdAt: true, motivation: true, competence: true },
    }),
    db().joinRequest.findFirst({
      where: { userId: user.id, networkId: network.id, status: { in: ['APPROVED', 'DECLINED'] } },
      orderBy: { decidedAt: 'desc' },
      select: { status: true, decidedAt: true, decisionReason: true },
    }),
    countActiveCoordinators(db(), network.id),
  ]);
  const hasCoordinator = coordinators > 0;

  if (membership) {
    const isOnlyCoordinator = membership.role === 'COORDINATOR' && coordinators <= 1;
    return {
      ...context,
      standing: { kind: 'member', role: membership.role, since: isoDate(membership.joinedAt), competence: membership.competence, isListed: membership.isListed, isOnlyCoordinator },
    };
  }
  if (pending) {
    return { ...context, standing: { kind: 'pending', requestId: pending.id, since: isoDate(pending.createdAt), motivation: pending.motivation, competence: pending.competence, hasCoordinator } };
  }
  const blocker = whyCannotAskToJoin(
    { organizationId: user.organization?.id ?? null, organizationKind: user.organization?.kind ?? null, platformRole: user.platformRole },
    { ...network, funderOrganizationIds: network.funders.flatMap((f) => (f.funderOrganizationId ? [f.funderOrganizationId] : [])) },
  );
  if (blocker || network.membershipPolicy === 'INVITATION') {
    return { ...context, standing: { kind: 'blocked', reason: blocker ?? 'invitationOnly' } };
  }
  // A declined request is worth telling about (with the reason); an approved one is not, the
  // person would be a member unless they have left since.
  const lastDeclined =
    lastDecided?.status === 'DECLINED' && lastDecided.decidedAt ? { date: isoDate(lastDecided.decidedAt), reason: lastDecided.decisionReason } : null;
  return { ...context, standing: { kind: 'canAsk', policy: network.membershipPolicy, lastDeclined, hasCoordinator } };
}

export type PendingJoinRequest = {
  id: string;
  createdAt: string;
  motivation: string;
  competence: Competence;
  person: { name: string; title: string | null; email: string };
  organization: string | null;
};

export type DecidedJoinRequest = {
  id: string;
  status: Exclude<JoinRequestStatus, 'PENDING'>;
  createdAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  person: string;
  organization: string | null;
  decidedBy: string | null;
};

const RECENTLY_DECIDED = 20;

/** The secretariat's queue, oldest first (first come, first served), and the latest decisions. */
export async function listJoinRequests(
  networkId: string,
): Promise<{ policy: MembershipPolicy; pending: PendingJoinRequest[]; decided: DecidedJoinRequest[] }> {
  const [network, pending, decided] = await Promise.all([
    db().network.findUniqueOrThrow({ where: { id: networkId }, select: { membershipPolicy: true } }),
    db().joinRequest.findMany({
      where: { networkId, status: 'PENDING' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        createdAt: true,
        motivation: true,
        competence: true,
        user: { select: { name: true, title: true, email: true } },
        organization: { select: { name: true } },
      },
    }),
    db().joinRequest.findMany({
      where: { networkId, status: { not: 'PENDING' } },
      orderBy: [{ decidedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      take: RECENTLY_DECIDED,
      select: {
        id: true,
        status: true,
        createdAt: true,
        decidedAt: true,
        decisionReason: true,
        user: { select: { name: true } },
        organization: { select: { name: true } },
        decidedBy: { select: { name: true } },
      },
    }),
  ]);
  return {
    policy: network.membershipPolicy,
    pending: pending.map((r) => ({
      id: r.id,
      createdAt: isoDate(r.createdAt),
      motivation: r.motivation,
      competence: r.competence,
      person: r.user,
      organization: r.organization?.name ?? null,
    })),
    decided: decided.map((r) => ({
      id: r.id,
      status: r.status as DecidedJoinRequest['status'],
      createdAt: isoDate(r.createdAt),
      decidedAt: r.decidedAt && isoDate(r.decidedAt),
      decisionReason: r.decisionReason,
      person: r.user.name,
      organization: r.organization?.name ?? null,
      decidedBy: r.decidedBy?.name ?? null,
    })),
  };
}

export type InvitationRow = {
  id: string;
  email: string;
  role: MembershipRole;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
  invitedBy: string;
};

const LISTED_INVITATIONS = 100;

/** A network's invitations, newest first, with the status as of now. */
export async function listInvitations(networkId: string, now = new Date()): Promise<InvitationRow[]> {
  const invitations = await db().invitation.findMany({
    where: { networkId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: LISTED_INVITATIONS,
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true, invitedBy: { select: { name: true } } },
  });
  return invitations.map((i) => ({
    id: i.id,
    email: i.email,
    role: i.role,
    status: invitationStatus(i, now),
    createdAt: isoDate(i.createdAt),
    expiresAt: isoDate(i.expiresAt),
    invitedBy: i.invitedBy.name,
  }));
}

export type InvitationView = {
  network: { slug: string; name: string };
  email: string;
  role: MembershipRole;
  status: InvitationStatus;
  expiresAt: string;
  acceptedById: string | null;
  /** Whether the person who accepted is still in the network (they may have left since). */
  acceptedByIsMember: boolean;
};

/** What an invitation link leads to; null when no invitation has that token. */
export async function getInvitationByToken(token: string, now = new Date()): Promise<InvitationView | null> {
  // A token is 43 characters; anything far longer is not worth hashing.
  if (token.length > 200) return null;
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      acceptedById: true,
      revokedAt: true,
      networkId: true,
      network: { select: { slug: true, name: true } },
    },
  });
  if (!invitation) return null;
  const acceptedByIsMember = invitation.acceptedById
    ? (await db().membership.count({ where: { userId: invitation.acceptedById, networkId: invitation.networkId, status: 'ACTIVE' } })) > 0
    : false;
  return {
    network: invitation.network,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation, now),
    expiresAt: isoDate(invitation.expiresAt),
    acceptedById: invitation.acceptedById,
    acceptedByIsMember,
  };
}

export type MyJoinRequest = {
  id: string;
  network: { slug: string; name: string };
  createdAt: string;
  status: JoinRequestStatus;
  decidedAt: string | null;
  decisionReason: string | null;
};

const MY_DECISIONS_DAYS = 90;

/** The person's pending requests and the decisions on their requests of the last 90 days. */
export async function listMyJoinRequests(userId: string, now = new Date()): Promise<MyJoinRequest[]> {
  const since = new Date(now.getTime() - MY_DECISIONS_DAYS * 24 * 60 * 60 * 1000);
  const requests = await db().joinRequest.findMany({
    where: { userId, OR: [{ status: 'PENDING' }, { decidedAt: { gte: since } }] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, createdAt: true, status: true, decidedAt: true, decisionReason: true, network: { select: { slug: true, name: true } } },
  });
  return requests.map((r) => ({
    id: r.id,
    network: r.network,
    createdAt: isoDate(r.createdAt),
    status: r.status,
    decidedAt: r.decidedAt && isoDate(r.decidedAt),
    decisionReason: r.decisionReason,
  }));
}
