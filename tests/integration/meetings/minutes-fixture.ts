// What the minutes tests build directly in the database (the meetings, agenda and attendance
// belong to other parts of the secretariat's desk): a meeting with agenda items and who
// attended with or without a vote, a charter with the rule under test, and approved minutes.
import type { PrismaClient } from '@/generated/prisma/client';
import type { DecisionRule, MembershipRole } from '@/generated/prisma/enums';

export const MEETING_START = new Date('2026-03-10T09:00:00Z');
export const MEETING_END = new Date('2026-03-10T12:00:00Z');

export type Attendee = { userId: string; role: MembershipRole; hasVote: boolean; arrivedAt?: Date; leftAt?: Date | null };

export async function createMeeting(
  prisma: PrismaClient,
  options: { networkId: string; title?: string; isPublic?: boolean; attendees?: Attendee[]; items?: Array<{ title: string; kind: 'DECISION' | 'INFORMATION' | 'DISCUSSION' }> },
) {
  const meeting = await prisma.meeting.create({
    data: {
      networkId: options.networkId,
      title: options.title ?? 'Nätverksmöte i test',
      startsAt: MEETING_START,
      endsAt: MEETING_END,
      format: 'DIGITAL',
      onlineUrl: 'https://example.test/mote',
      isPublic: options.isPublic ?? true,
    },
  });
  const items = options.items ?? [
    { title: 'Information från samordnaren', kind: 'INFORMATION' as const },
    { title: 'Beslut om idétävling', kind: 'DECISION' as const },
  ];
  const agenda = await prisma.agenda.create({
    data: {
      meetingId: meeting.id,
      status: 'PUBLISHED',
      items: { create: items.map((item, i) => ({ ...item, position: i + 1, status: 'ACCEPTED' as const })) },
    },
    include: { items: { orderBy: { position: 'asc' } } },
  });
  for (const a of options.attendees ?? []) {
    await prisma.meetingAttendance.create({
      data: { meetingId: meeting.id, userId: a.userId, role: a.role, hasVote: a.hasVote, arrivedAt: a.arrivedAt ?? MEETING_START, leftAt: a.leftAt ?? null },
    });
  }
  const decisionItem = agenda.items.find((item) => item.kind === 'DECISION');
  return { meetingId: meeting.id, itemIds: agenda.items.map((item) => item.id), decisionItemId: decisionItem?.id ?? '' };
}

/** A new charter version with the rule under test (the current charter is the highest version). */
export async function setCharterRule(prisma: PrismaClient, networkId: string, rule: DecisionRule, quorumPercent: number, qualifiedMajorityPercent: number | null = null) {
  const current = await prisma.charterVersion.findFirstOrThrow({ where: { networkId }, orderBy: { version: 'desc' } });
  const { id: _id, createdAt: _createdAt, ...rest } = current;
  await prisma.charterVersion.create({
    data: { ...rest, version: current.version + 1, decisionRule: rule, quorumPercent, qualifiedMajorityPercent, changedFields: ['decisionRule'] },
  });
}

/** Minutes approved by both (straight in the database), with one general text. */
export async function approvedMinutes(prisma: PrismaClient, meetingId: string, coordinatorId: string, adjusterId: string) {
  const at = new Date('2026-03-12T10:00:00Z');
  const approval = {
    status: 'APPROVED' as const,
    adjusterId,
    coordinatorApprovedById: coordinatorId,
    coordinatorApprovedAt: at,
    adjusterApprovedAt: at,
    approvedAt: at,
  };
  const minutes = await prisma.minutes.upsert({ where: { meetingId }, create: { meetingId, ...approval }, update: approval });
  await prisma.minutesEntry.create({ data: { minutesId: minutes.id, text: 'Mötet öppnades.', createdById: coordinatorId } });
  return prisma.minutes.findUniqueOrThrow({ where: { id: minutes.id }, include: { entries: { orderBy: { createdAt: 'asc' } } } });
}
