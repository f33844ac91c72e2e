// Deleting one's own account, inside the action's transaction (delete-account-action.ts): the
// networks the person is in are locked first, in a fixed order and before the person's row,
// as runNetworkAction locks a network before it writes rows that point at people; so a
// coordinator changing roles in one of them, or a second delete of the same account, waits its
// turn and then sees the outcome. Then the person's place in every network ends and their row
// is anonymised (account-deletion-rules.ts); minutes, decisions, votes and the audit log keep
// pointing at the row, which now reads "Tidigare användare".
import 'server-only';

import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import type { Tx } from '@/server/actions/network-action';
import { endAllSessions } from '@/server/auth/user-session';

import { deletedEmail, FORMER_USER_NAME, mustHandOver } from './account-deletion-rules';

type Client = Tx | PrismaClient;

export type NetworkToHandOver = { name: string; slug: string };

/** The networks whose only coordinator the person is, and that they must hand over before deleting their account. Two queries. */
export async function networksToHandOver(client: Client, userId: string): Promise<NetworkToHandOver[]> {
  const coordinated = await client.membership.findMany({
    where: { userId, status: 'ACTIVE', role: 'COORDINATOR' },
    orderBy: { network: { name: 'asc' } },
    select: { networkId: true, network: { select: { name: true, slug: true, status: true } } },
  });
  if (coordinated.length === 0) return [];
  const others = await client.membership.groupBy({
    by: ['networkId', 'role'],
    where: { networkId: { in: coordinated.map((m) => m.networkId) }, status: 'ACTIVE', userId: { not: userId } },
    _count: { _all: true },
  });
  return coordinated.flatMap(({ networkId, network }) => {
    const here = others.filter((row) => row.networkId === networkId);
    const otherCoordinators = here.filter((row) => row.role === 'COORDINATOR').reduce((sum, row) => sum + row._count._all, 0);
    const otherActiveMembers = here.reduce((sum, row) => sum + row._count._all, 0);
    return mustHandOver({ status: network.status, otherCoordinators, otherActiveMembers }) ? [{ name: network.name, slug: network.slug }] : [];
  });
}

/**
 * Locks what a deletion changes: the networks where the person is an active member or waits
 * for an answer (by id, so two transactions take them in the same order), then the person's
 * row. False when the account is already deleted (a second delete that waited for the first).
 */
export async function lockAccountForDeletion(tx: Tx, userId: string): Promise<boolean> {
  const [memberships, requests] = await Promise.all([
    tx.membership.findMany({ where: { userId, status: 'ACTIVE' }, select: { networkId: true } }),
    tx.joinRequest.findMany({ where: { userId, status: 'PENDING' }, select: { networkId: true } }),
  ]);
  const networkIds = [...new Set([...memberships, ...requests].map((row) => row.networkId))].sort();
  if (networkIds.length > 0) await tx.$queryRaw`SELECT id FROM "Network" WHERE id IN (${Prisma.join(networkIds)}) ORDER BY id FOR UPDATE`;
  const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "User" WHERE id = ${userId} AND "deletedAt" IS NULL FOR UPDATE`;
  return locked.length === 1;
}

/** What the deletion ended or removed, in numbers only: the audit event must not keep the person's data. */
export type DeletionSummary = {
  membershipsEnded: number;
  groupPlacesClosed: number;
  joinRequestsWithdrawn: number;
  registrationsRemoved: number;
  sessionsEnded: number;
  mailsCancelled: number;
};

/**
 * Ends the person's place everywhere and anonymises their row. Call after
 * lockAccountForDeletion and the checks (password, networksToHandOver). Memberships end as
 * LEFT (the rows stay as history, as when leaving); open places in groups close; pending join
 * requests are withdrawn; answers to meetings that have not started go (they would hold
 * places); sessions, single-use links, the calendar link and the person's own views of the
 * success factors go; mails not sent yet are cancelled, and the outbox's copies of those sent
 * keep no address or text.
 */
export async function eraseAccount(tx: Tx, person: { id: string; email: string }, now: Date): Promise<DeletionSummary> {
  const userId = person.id;
  const anonymousEmail = deletedEmail(userId);
  const memberships = await tx.membership.updateMany({ where: { userId, status: 'ACTIVE' }, data: { status: 'LEFT', leftAt: now, isListed: false } });
  const groupPlaces = await tx.groupMembership.updateMany({ where: { userId, removedAt: null }, data: { removedAt: now, removedReason: 'account-deleted' } });
  const requests = await tx.joinRequest.updateMany({ where: { userId, status: 'PENDING' }, data: { status: 'WITHDRAWN', decidedAt: now } });
  const registrations = await tx.meetingRegistration.deleteMany({ where: { userId, meeting: { startsAt: { gt: now } } } });
  const sessions = await endAllSessions(tx, userId);
  await tx.accountToken.deleteMany({ where: { userId } });
  await tx.calendarFeedToken.deleteMany({ where: { userId } });
  // Followed areas go; market-dialogue sign-ups end (the rows stay for the register of prior
  // involvement, which names the company, not the person).
  await tx.areaFollow.deleteMany({ where: { userId } });
  // The person's own views of networks' success factors go: they were theirs, not the network's.
  await tx.factorAssessment.deleteMany({ where: { memberId: userId } });
  await tx.dialogueSignUp.updateMany({ where: { userId, withdrawnAt: null }, data: { withdrawnAt: now } });
  const mails = await tx.notification.deleteMany({ where: { userId, status: 'PENDING' } });
  // A mail being sent right now (SENDING) is left to its sender, which marks it by id.
  await tx.notification.updateMany({ where: { userId, status: { in: ['SENT', 'FAILED', 'MUTED'] } }, data: { email: anonymousEmail, body: '' } });
  await tx.signInThrottle.deleteMany({ where: { email: person.email } });
  await tx.user.update({
    where: { id: userId },
    data: {
      name: FORMER_USER_NAME,
      email: anonymousEmail,
      passwordHash: null,
      title: null,
      organizationId: null,
      affiliation: 'NONE',
      mutedMailKinds: [],
      platformRole: 'NONE',
      lastSignInAt: null,
      deletedAt: now,
    },
  });
  return {
    membershipsEnded: memberships.count,
    groupPlacesClosed: groupPlaces.count,
    joinRequestsWithdrawn: requests.count,
    registrationsRemoved: registrations.count,
    sessionsEnded: sessions,
    mailsCancelled: mails.count,
  };
}
