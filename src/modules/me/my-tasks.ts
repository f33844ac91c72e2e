// What is waiting for a person, for the to-do list at the top of /me: each task says what to
// do, where, and by when, and links to the page where it is done. One bounded query per kind
// of task, over indexed columns, so the list costs the same with one network or forty:
// - coordinators: join requests to decide and agenda proposals to accept or decline;
// - members who vote: open prioritisation rounds their organisation has not voted in, and
//   coming meetings they have not answered;
// - the adjuster (justerare): minutes to adjust;
// - a receiving organisation: handovers to acknowledge;
// - a member (not an observer) whose organisation was invited to share a need: the answer;
// - platform admins and agency staff: join requests to networks with no active coordinator,
//   whose first coordinator they can appoint;
// - suppliers: written answers due in the dialogues they signed up for, and their questions
//   answered in the last 30 days.
import 'server-only';

import { storedLocale, type Locale } from '@/i18n/locales';
import { roundVoter } from '@/modules/needs/client';
import type { CurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';

/** No list of things to do is read past this many of one kind; the pages behind the links have them all. */
const PER_KIND = 20;
/** An answered question stays on the list this long: it is news, not work. */
const ANSWERED_DAYS = 30;

/** `contentLocale`: the network's language, the one the titles a task quotes are written in. */
type NetworkRef = { slug: string; name: string; contentLocale: Locale };

export type MyTask =
  | { kind: 'joinRequest'; id: string; at: Date; network: NetworkRef; person: string }
  | { kind: 'firstCoordinator'; id: string; at: Date; network: NetworkRef; person: string }
  | { kind: 'agendaProposal'; id: string; at: Date; network: NetworkRef; meetingId: string; meetingTitle: string; itemTitle: string }
  | { kind: 'round'; id: string; at: Date; network: NetworkRef; title: string; closesAt: Date }
  | { kind: 'meetingAnswer'; id: string; at: Date; network: NetworkRef; title: string; startsAt: Date }
  | { kind: 'minutesToAdjust'; id: string; at: Date; network: NetworkRef; meetingId: string; meetingTitle: string }
  | { kind: 'handover'; id: string; at: Date; network: NetworkRef; needId: string; needTitle: string }
  | { kind: 'sharingInvitation'; id: string; at: Date; network: NetworkRef; needId: string; needTitle: string; organization: string }
  | { kind: 'dialogueResponse'; id: string; at: Date; dialogueId: string; dialogueTitle: string; contentLocale: Locale; closesAt: Date }
  | { kind: 'questionAnswered'; id: string; at: Date; dialogueId: string; dialogueTitle: string; contentLocale: Locale };

export type MyTaskKind = MyTask['kind'];

type Person = Pick<CurrentUser, 'id' | 'platformRole' | 'organization'>;

const network = { select: { slug: true, name: true, contentLocale: true } } as const;
const ref = (row: { slug: string; name: string; contentLocale: string }): NetworkRef => ({ ...row, contentLocale: storedLocale(row.contentLocale) });

export async function listMyTasks(user: Person, now = new Date()): Promise<MyTask[]> {
  const memberships = await db().membership.findMany({
    where: { userId: user.id, status: 'ACTIVE', network: { status: { not: 'CLOSED' } } },
    select: { networkId: true, role: true, organization: { select: { id: true, kind: true, name: true } } },
  });
  const coordinated = memberships.filter((m) => m.role === 'COORDINATOR').map((m) => m.networkId);
  const memberOf = memberships.map((m) => m.networkId);
  // The organisation that votes for the person in each network where they have a vote.
  const voting = memberships.flatMap((m) => {
    const organization = m.organization ?? user.organization;
    const voter = roundVoter({ role: m.role, organizationId: organization?.id ?? null, organizationKind: organization?.kind ?? null });
    return voter.ok ? [{ networkId: m.networkId, organizationId: voter.organizationId }] : [];
  });
  // Where the person answers for their organisation about sharing a need: a membership that
  // names its organisation, not as an observer (the rule of answerSharingInvitation).
  const sharing = memberships.flatMap((m) => (m.organization && m.role !== 'OBSERVER' ? [{ networkId: m.networkId, organization: m.organization }] : []));
  const organizationId = user.organization?.id ?? null;
  const answeredSince = new Date(now.getTime() - ANSWERED_DAYS * 24 * 60 * 60 * 1000);

  const [requests, orphanRequests, proposals, rounds, meetings, minutes, handovers, invitations, responsesDue, answered] = await Promise.all([
    coordinated.length === 0
      ? []
      : db().joinRequest.findMany({
          where: { networkId: { in: coordinated }, status: 'PENDING' },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          take: PER_KIND,
          select: { id: true, createdAt: true, user: { select: { name: true } }, network },
        }),
    user.platformRole !== 'ADMIN' && user.platformRole !== 'AGENCY_STAFF'
      ? []
      : db().joinRequest.findMany({
          where: { status: 'PENDING', network: { status: { not: 'CLOSED' }, memberships: { none: { role: 'COORDINATOR', status: 'ACTIVE' } } } },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          take: PER_KIND,
          select: { id: true, createdAt: true, user: { select: { name: true } }, network },
        }),
    coordinated.length === 0
      ? []
      : db().agendaItem.findMany({
          where: { status: 'PROPOSED', agenda: { meeting: { networkId: { in: coordinated }, status: 'PLANNED', startsAt: { gt: now } } } },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          take: PER_KIND,
          select: { id: true, title: true, createdAt: true, agenda: { select: { meeting: { select: { id: true, title: true, network } } } } },
        }),
    voting.length === 0
      ? []
      : db().prioritisationRound.findMany({
          where: { networkId: { in: voting.map((v) => v.networkId) }, closesAt: { gt: now } },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          take: PER_KIND,
          select: {
            id: true,
            title: true,
            closesAt: true,
            createdAt: true,
            networkId: true,
            network,
            ballots: { where: { organizationId: { in: voting.map((v) => v.organizationId) } }, select: { organizationId: true } },
          },
        }),
    memberOf.length === 0
      ? []
      : db().meeting.findMany({
          where: {
            networkId: { in: memberOf },
            status: 'PLANNED',
            startsAt: { gt: now },
            registrations: { none: { userId: user.id } },
            OR: [{ registrationDeadline: null }, { registrationDeadline: { gt: now } }],
          },
          orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
          take: PER_KIND,
          select: { id: true, title: true, startsAt: true, createdAt: true, network },
        }),
    db().minutes.findMany({
      where: { adjusterId: user.id, status: 'DRAFT', adjusterApprovedAt: null },
      orderBy: [{ meeting: { endsAt: 'desc' } }, { id: 'asc' }],
      take: PER_KIND,
      select: { id: true, meeting: { select: { id: true, title: true, endsAt: true, network } } },
    }),
    organizationId === null
      ? []
      : db().handover.findMany({
          where: { receivingOrganizationId: organizationId, acknowledgedAt: null },
          orderBy: [{ handedOverAt: 'desc' }, { id: 'asc' }],
          take: PER_KIND,
          select: { id: true, handedOverAt: true, need: { select: { id: true, title: true, network } } },
        }),
    sharing.length === 0
      ? []
      : db().needOrganization.findMany({
          where: {
            status: 'INVITED',
            OR: sharing.map((s) => ({ organizationId: s.organization.id, need: { networkId: s.networkId, status: { not: 'ARCHIVED' } } })),
          },
          orderBy: [{ addedAt: 'desc' }, { needId: 'asc' }],
          take: PER_KIND,
          select: { addedAt: true, organization: { select: { id: true, name: true } }, need: { select: { id: true, title: true, network } } },
        }),
    organizationId === null
      ? []
      : db().marketDialogue.findMany({
          where: {
            status: 'OPEN',
            form: { in: ['RFI', 'CONSULTATION'] },
            closesAt: { gt: now },
            signUps: { some: { userId: user.id, withdrawnAt: null } },
            responses: { none: { organizationId } },
          },
          orderBy: [{ closesAt: 'asc' }, { id: 'asc' }],
          take: PER_KIND,
          select: { id: true, title: true, closesAt: true, publishedAt: true, network: { select: { contentLocale: true } } },
        }),
    db().dialogueAnswer.findMany({
      where: { version: 1, publishedAt: { gte: answeredSince }, question: { askedById: user.id } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      take: PER_KIND,
      select: { id: true, publishedAt: true, question: { select: { dialogue: { select: { id: true, title: true, network: { select: { contentLocale: true } } } } } } },
    }),
  ]);

  const votedFor = (round: (typeof rounds)[number]) => {
    const organization = voting.find((v) => v.networkId === round.networkId)?.organizationId;
    return round.ballots.some((ballot) => ballot.organizationId === organization);
  };

  const tasks: MyTask[] = [
    ...requests.map((r) => ({ kind: 'joinRequest' as const, id: r.id, at: r.createdAt, network: ref(r.network), person: r.user.name })),
    ...orphanRequests.map((r) => ({ kind: 'firstCoordinator' as const, id: r.id, at: r.createdAt, network: ref(r.network), person: r.user.name })),
    ...proposals.map((p) => ({
      kind: 'agendaProposal' as const,
      id: p.id,
      at: p.createdAt,
      network: ref(p.agenda.meeting.network),
      meetingId: p.agenda.meeting.id,
      meetingTitle: p.agenda.meeting.title,
      itemTitle: p.title,
    })),
    ...rounds
      .filter((round) => !votedFor(round))
      .map((r) => ({ kind: 'round' as const, id: r.id, at: r.createdAt, network: ref(r.network), title: r.title, closesAt: r.closesAt })),
    ...meetings.map((m) => ({ kind: 'meetingAnswer' as const, id: m.id, at: m.createdAt, network: ref(m.network), title: m.title, startsAt: m.startsAt })),
    ...minutes.map((m) => ({
      kind: 'minutesToAdjust' as const,
      id: m.id,
      at: m.meeting.endsAt,
      network: ref(m.meeting.network),
      meetingId: m.meeting.id,
      meetingTitle: m.meeting.title,
    })),
    ...handovers.map((h) => ({ kind: 'handover' as const, id: h.id, at: h.handedOverAt, network: ref(h.need.network), needId: h.need.id, needTitle: h.need.title })),
    ...invitations.map((i) => ({
      kind: 'sharingInvitation' as const,
      id: `${i.need.id}:${i.organization.id}`,
      at: i.addedAt,
      network: ref(i.need.network),
      needId: i.need.id,
      needTitle: i.need.title,
      organization: i.organization.name,
    })),
    ...responsesDue.map((d) => ({
      kind: 'dialogueResponse' as const,
      id: d.id,
      at: d.publishedAt ?? d.closesAt,
      dialogueId: d.id,
      dialogueTitle: d.title,
      contentLocale: storedLocale(d.network.contentLocale),
      closesAt: d.closesAt,
    })),
    ...answered.map((a) => ({
      kind: 'questionAnswered' as const,
      id: a.id,
      at: a.publishedAt,
      dialogueId: a.question.dialogue.id,
      dialogueTitle: a.question.dialogue.title,
      contentLocale: storedLocale(a.question.dialogue.network.contentLocale),
    })),
  ];
  // Newest first: what arose last is what the person has not seen yet.
  return tasks.sort((a, b) => b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id));
}
