// Reads a meeting's agenda as the viewer may see it, in one query for the agenda and its
// items (with the names of who proposed and published) and, for coordinators, one count of
// who would be notified.
//   - coordinators (and platform admins): everything, including the draft and proposals;
//   - participants: the accepted items once the agenda is published, and their own proposals;
//   - everyone else (a public meeting): the accepted items of the published agenda, without
//     who proposed them.
import 'server-only';

import type { AgendaItemKind, AgendaItemStatus, AgendaStatus } from '@/generated/prisma/enums';
import { db } from '@/server/db/client';
import type { NetworkViewer } from '@/server/network-viewer';

import { agendaRecipientsWhere } from './agenda-recipients';
import { inAgendaOrder } from './agenda-rules';

export type AgendaItemView = {
  id: string;
  title: string;
  description: string;
  kind: AgendaItemKind;
  presenter: string;
  plannedMinutes: number | null;
  links: string[];
  status: AgendaItemStatus;
  /** Shown to participants and coordinators only. */
  proposedByName: string | null;
};

export type AgendaView = {
  /** 0 before the agenda exists: the first change creates it. */
  version: number;
  status: AgendaStatus | null;
  publishedAt: Date | null;
  publishedByName: string | null;
  /** In order; empty when the viewer may not see them yet. */
  accepted: AgendaItemView[];
  /** Coordinators: the proposals waiting for a decision. */
  proposals: AgendaItemView[];
  /** Coordinators: the declined proposals. */
  declined: AgendaItemView[];
  /** Participants (not coordinators): what they proposed, whatever became of it. */
  mine: AgendaItemView[];
  /** Coordinators: how many people a publication notifies. */
  recipientCount: number | null;
};

export async function getAgendaView(meeting: { id: string; networkId: string }, viewer: NetworkViewer): Promise<AgendaView> {
  const [agenda, recipientCount] = await Promise.all([
    db().agenda.findUnique({
      where: { meetingId: meeting.id },
      select: {
        version: true,
        status: true,
        publishedAt: true,
        publishedBy: { select: { name: true } },
        items: {
          where: viewer.mayManage ? {} : { OR: [{ status: 'ACCEPTED', agenda: { status: 'PUBLISHED' } }, ...(viewer.user ? [{ proposedById: viewer.user.id }] : [])] },
          select: {
            id: true,
            title: true,
            description: true,
            kind: true,
            presenter: true,
            plannedMinutes: true,
            links: true,
            status: true,
            position: true,
            createdAt: true,
            proposedById: true,
            proposedBy: { select: { name: true } },
          },
        },
      },
    }),
    viewer.mayManage ? db().membership.count({ where: agendaRecipientsWhere(meeting.networkId, meeting.id) }) : Promise.resolve(null),
  ]);
  const showNames = viewer.mayManage || viewer.mayParticipate;
  const items = (agenda?.items ?? []).map(({ proposedBy, ...item }) => ({ ...item, proposedByName: showNames ? (proposedBy?.name ?? null) : null }));
  const published = agenda?.status === 'PUBLISHED';
  const byCreation = (list: typeof items) => [...list].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const strip = ({ position: _p, createdAt: _c, proposedById: _b, ...item }: (typeof items)[number]): AgendaItemView => item;
  return {
    version: agenda?.version ?? 0,
    status: agenda?.status ?? null,
    publishedAt: agenda?.publishedAt ?? null,
    publishedByName: agenda?.publishedBy?.name ?? null,
    accepted: viewer.mayManage || published ? inAgendaOrder(items.filter((i) => i.status === 'ACCEPTED')).map(strip) : [],
    proposals: viewer.mayManage ? byCreation(items.filter((i) => i.status === 'PROPOSED')).map(strip) : [],
    declined: viewer.mayManage ? byCreation(items.filter((i) => i.status === 'DECLINED')).map(strip) : [],
    mine: !viewer.mayManage && viewer.user ? byCreation(items.filter((i) => i.proposedById === viewer.user!.id)).map(strip) : [],
    recipientCount,
  };
}
