// Who sees what of a network's meetings, decided once for every meeting page: the public sees
// public meetings (time, place, format); the network's participants see every meeting with
// its agenda, minutes and decisions; coordinators (and platform admins) manage them.
import 'server-only';

import { notFound } from 'next/navigation';
import { cache } from 'react';

import { db } from '@/server/db/client';
import { getNetworkViewer } from '@/server/network-viewer';

/**
 * A meeting of the network as the viewer may see it: a 404 when it does not exist, belongs to
 * another network, or is not public and the viewer is not in the network (the page does not
 * reveal that it exists).
 */
export const getMeetingForViewer = cache(async (slug: string, meetingId: string) => {
  const { network, viewer } = await getNetworkViewer(slug);
  const meeting = await db().meeting.findFirst({ where: { id: meetingId, networkId: network.id } });
  if (!meeting) notFound();
  if (!meeting.isPublic && !viewer.mayParticipate && !viewer.mayManage) notFound();
  return { network, viewer, meeting };
});
