// Who sees which needs: the public sees the needs a network made public; the network's
// participants see all of its needs; coordinators and platform admins manage them. Every
// needs page asks here, so a need of another network, or a hidden need, is a 404 that does
// not reveal that it exists.
import 'server-only';

import { notFound } from 'next/navigation';
import { cache } from 'react';

import { getNetworkViewer, type NetworkViewer } from '@/modules/governance/network-viewer';
import { db } from '@/server/db/client';

/** Whether the viewer sees the network's needs that are not public. */
export function seesAllNeeds(viewer: NetworkViewer): boolean {
  return viewer.mayParticipate || viewer.mayManage;
}

export const getNeedForViewer = cache(async (slug: string, needId: string) => {
  const { network, viewer } = await getNetworkViewer(slug);
  const need = await db().need.findFirst({
    where: { id: needId, networkId: network.id },
    select: { id: true, title: true, status: true, ladderStep: true, isPublic: true },
  });
  if (!need) notFound();
  if (!need.isPublic && !seesAllNeeds(viewer)) notFound();
  return { network, viewer, need };
});
