// Who sees which needs: the public sees the needs a network made public; the network's
// participants see all of its needs; coordinators and platform admins manage them; people of
// an organisation that results were handed over to see that need, to know what they received. Every
// needs page asks here, so a need of another network, or a hidden need, is a 404 that does
// not reveal that it exists.
import 'server-only';

import { notFound } from 'next/navigation';
import { cache } from 'react';

import { db } from '@/server/db/client';
import { getNetworkViewer, type NetworkViewer } from '@/server/network-viewer';

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
  if (!need.isPublic && !seesAllNeeds(viewer) && !(await receivedHandover(need.id, viewer.user?.organization?.id))) notFound();
  return { network, viewer, need };
});

async function receivedHandover(needId: string, organizationId: string | undefined): Promise<boolean> {
  if (!organizationId) return false;
  const handover = await db().handover.findFirst({ where: { needId, receivingOrganizationId: organizationId }, select: { id: true } });
  return handover !== null;
}
