// Who is looking at a network's pages and what they may do there, decided once per request
// for every page of the network (meetings, needs, ...): the public sees what the network made
// public; participants (any active membership) see the rest; coordinators and platform
// admins manage. The server actions ask the same policy again for themselves.
import 'server-only';

import { notFound } from 'next/navigation';
import { cache } from 'react';

import type { MembershipRole } from '@/generated/prisma/enums';
import { getCurrentUser, type CurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';
import { can, type Actor } from '@/server/policy';

export type NetworkViewer = {
  user: CurrentUser | null;
  actor: Actor | null;
  /** Coordinator of the network, or platform admin. */
  mayManage: boolean;
  /** Has an active membership of the network (any role). */
  mayParticipate: boolean;
};

export type ViewedNetwork = { id: string; slug: string; name: string };

/** The network and what the signed-in person may do in it (asked once per request). */
export const getNetworkViewer = cache(async (slug: string): Promise<{ network: ViewedNetwork; viewer: NetworkViewer }> => {
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
