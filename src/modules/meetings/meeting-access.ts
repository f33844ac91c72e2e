// Who sees what of a network's meetings, decided once for every meeting page: the public sees
// public meetings (time, place, format); the network's participants see every meeting with
// its agenda, minutes and decisions; coordinators (and platform admins) manage them.
import 'server-only';

import { notFound } from 'next/navigation';
import { cache } from 'react';

import type { MembershipRole } from '@/generated/prisma/enums';
import { can, type Actor } from '@/modules/governance/policy';
import { getCurrentUser, type CurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';

export type MeetingViewer = {
  user: CurrentUser | null;
  actor: Actor | null;
  /** Coordinator of the network, or platform admin. */
  mayManage: boolean;
  /** Has an active membership of the network (any role). */
  mayParticipate: boolean;
};

export type NetworkForMeetings = { id: string; slug: string; name: string };

/** The network and what the signed-in person may do with its meetings. */
export const getNetworkMeetingViewer = cache(async (slug: string): Promise<{ network: NetworkForMeetings; viewer: MeetingViewer }> => {
  const network = await db().network.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!network) notFound();
  const user = await getCurrentUser();
  if (!user) return { network, viewer: { user: null, actor: null, mayManage: false, mayParticipate: false } };
  const membership = await db().membership.findFirst({
    where: { userId: user.id, networkId: network.id, status: 'ACTIVE' },
    select: { id: true, role: true },
  });
  const actor: Actor = { userId: user.id, platformRole: user.platformRole, membership: membership as { id: string; role: MembershipRole } | null };
  return {
    network,
    viewer: { user, actor, mayManage: can(actor, 'manage').allowed, mayParticipate: can(actor, 'participate').allowed },
  };
});

/**
 * A meeting of the network as the viewer may see it: a 404 when it does not exist, belongs to
 * another network, or is not public and the viewer is not in the network (the page does not
 * reveal that it exists).
 */
export const getMeetingForViewer = cache(async (slug: string, meetingId: string) => {
  const { network, viewer } = await getNetworkMeetingViewer(slug);
  const meeting = await db().meeting.findFirst({ where: { id: meetingId, networkId: network.id } });
  if (!meeting) notFound();
  if (!meeting.isPublic && !viewer.mayParticipate && !viewer.mayManage) notFound();
  return { network, viewer, meeting };
});
