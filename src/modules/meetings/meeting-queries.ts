// Reads of meetings for the pages and the calendar feeds. Each page asks once per list (no
// query per meeting or per person).
import 'server-only';

import type { MeetingFormat, MeetingStatus, MembershipRole, RegistrationAnswer } from '@/generated/prisma/enums';
import { stockholmYearRange } from '@/i18n/stockholm-time';
import { getCurrentCharter } from '@/modules/governance';
import { hasVote } from '@/modules/governance/client';
import { getVotingRules } from '@/modules/governance';
import { db } from '@/server/db/client';
import { PUBLISHED_NETWORK } from '@/server/network-visibility';

import { hashCalendarToken } from './calendar-token';
import type { FeedMeeting } from './ical';
import { yearPlan, type YearPlan } from './meeting-rules';

export type MeetingListItem = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  format: MeetingFormat;
  place: string | null;
  status: MeetingStatus;
  isPublic: boolean;
};

const listSelect = { id: true, title: true, startsAt: true, endsAt: true, format: true, place: true, status: true, isPublic: true } as const;

/** The network's meetings, split into upcoming (not yet over) and past (latest first). */
export async function listNetworkMeetings(
  networkId: string,
  options: { includeMembersOnly: boolean; now?: Date },
): Promise<{ upcoming: MeetingListItem[]; past: MeetingListItem[] }> {
  const now = options.now ?? new Date();
  const where = { networkId, ...(options.includeMembersOnly ? {} : { isPublic: true }) };
  const [upcoming, past] = await Promise.all([
    db().meeting.findMany({ where: { ...where, endsAt: { gte: now } }, orderBy: { startsAt: 'asc' }, select: listSelect }),
    db().meeting.findMany({ where: { ...where, endsAt: { lt: now } }, orderBy: { startsAt: 'desc' }, select: listSelect, take: 100 }),
  ]);
  return { upcoming, past };
}

/** The next public meetings, for the network's public page. */
export async function listUpcomingPublicMeetings(networkId: string, take = 3, now = new Date()): Promise<MeetingListItem[]> {
  return db().meeting.findMany({
    where: { networkId, isPublic: true, endsAt: { gte: now } },
    orderBy: { startsAt: 'asc' },
    select: listSelect,
    take,
  });
}

/**
 * This year's physical meetings (in a room, not cancelled) against the charter's number.
 * Counts every meeting of the network, public or not: the plan is the network's.
 */
export async function getYearPlan(networkId: string, year: number): Promise<YearPlan> {
  const { from, to } = stockholmYearRange(year);
  const [meetings, charter] = await Promise.all([
    db().meeting.findMany({ where: { networkId, startsAt: { gte: from, lt: to } }, select: { format: true, status: true } }),
    getCurrentCharter(networkId),
  ]);
  return yearPlan(year, meetings, charter?.physicalMeetingsPerYear ?? null);
}

export type RegistrationRow = { userId: string; name: string; organization: string | null; answer: RegistrationAnswer };

export type MeetingParticipation = {
  /** The viewer's own answer. */
  myAnswer: RegistrationAnswer | null;
  counts: Record<RegistrationAnswer, number>;
  /** Everybody's answers; only loaded for the network's participants. */
  registrations: RegistrationRow[];
};

export async function getMeetingParticipation(meetingId: string, viewerId: string | null, withList: boolean): Promise<MeetingParticipation> {
  const rows = await db().meetingRegistration.findMany({
    where: { meetingId },
    orderBy: [{ user: { name: 'asc' } }],
    select: { userId: true, answer: true, user: { select: { name: true, organization: { select: { name: true } } } } },
  });
  const counts: Record<RegistrationAnswer, number> = { YES: 0, MAYBE: 0, NO: 0 };
  for (const row of rows) counts[row.answer] += 1;
  return {
    myAnswer: rows.find((row) => row.userId === viewerId)?.answer ?? null,
    counts,
    registrations: withList
      ? rows.map((row) => ({ userId: row.userId, name: row.user.name, organization: row.user.organization?.name ?? null, answer: row.answer }))
      : [],
  };
}

export type AttendanceRow = {
  userId: string;
  name: string;
  organization: string | null;
  /** The role now (active members) or as recorded (people who have left since). */
  role: MembershipRole;
  hasVote: boolean;
  activeMember: boolean;
  recorded: { arrivedAt: Date; leftAt: Date | null } | null;
};

/**
 * The people the coordinator can mark as present: the network's active members, plus anyone
 * already recorded who has left the network since (their record stays as it was).
 */
export async function getAttendanceSheet(networkId: string, meetingId: string): Promise<AttendanceRow[]> {
  const [votingRules, memberships, recorded] = await Promise.all([
    getVotingRules(networkId),
    db().membership.findMany({
      where: { networkId, status: 'ACTIVE' },
      select: {
        userId: true,
        role: true,
        organization: { select: { name: true, kind: true } },
        user: { select: { name: true, organization: { select: { name: true, kind: true } } } },
      },
    }),
    db().meetingAttendance.findMany({
      where: { meetingId },
      select: { userId: true, role: true, hasVote: true, arrivedAt: true, leftAt: true, user: { select: { name: true, organization: { select: { name: true } } } } },
    }),
  ]);
  const recordedBy = new Map(recorded.map((row) => [row.userId, row]));
  const rows: AttendanceRow[] = memberships.map((m) => {
    const organization = m.organization ?? m.user.organization;
    const record = recordedBy.get(m.userId);
    return {
      userId: m.userId,
      name: m.user.name,
      organization: organization?.name ?? null,
      role: record?.role ?? m.role,
      hasVote: record ? record.hasVote : hasVote(m.role, organization?.kind ?? null, votingRules),
      activeMember: true,
      recorded: record ? { arrivedAt: record.arrivedAt, leftAt: record.leftAt } : null,
    };
  });
  const active = new Set(memberships.map((m) => m.userId));
  for (const record of recorded) {
    if (active.has(record.userId)) continue;
    rows.push({
      userId: record.userId,
      name: record.user.name,
      organization: record.user.organization?.name ?? null,
      role: record.role,
      hasVote: record.hasVote,
      activeMember: false,
      recorded: { arrivedAt: record.arrivedAt, leftAt: record.leftAt },
    });
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

const feedSelect = {
  id: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  format: true,
  place: true,
  onlineUrl: true,
  status: true,
  sequence: true,
  updatedAt: true,
  network: { select: { slug: true, name: true } },
} as const;

/** The network's public calendar: its public meetings, cancelled ones included (as CANCELLED). */
export async function getPublicFeed(slug: string): Promise<{ network: { name: string }; meetings: FeedMeeting[] } | null> {
  // A draft network has no public calendar yet, whatever its meetings say.
  const network = await db().network.findUnique({ where: { slug, ...PUBLISHED_NETWORK }, select: { id: true, name: true } });
  if (!network) return null;
  const meetings = await db().meeting.findMany({ where: { networkId: network.id, isPublic: true }, orderBy: { startsAt: 'asc' }, select: feedSelect });
  // The public feed never carries the digital meeting's link: that is for members.
  return { network, meetings: meetings.map((meeting) => ({ ...meeting, onlineUrl: null })) };
}

/**
 * A person's calendar: every meeting of the networks they are an active member of, found by
 * the token in the link; null for an unknown (or replaced) token or a disabled account.
 */
export async function getPersonalFeed(token: string): Promise<{ userId: string; meetings: FeedMeeting[]; lastChanged: Date | null } | null> {
  const owner = await db().calendarFeedToken.findUnique({
    where: { tokenHash: hashCalendarToken(token) },
    select: { userId: true, user: { select: { disabledAt: true } } },
  });
  if (!owner || owner.user.disabledAt) return null;
  const meetings = await db().meeting.findMany({
    where: { network: { memberships: { some: { userId: owner.userId, status: 'ACTIVE' } } } },
    orderBy: { startsAt: 'asc' },
    select: feedSelect,
  });
  const lastChanged = meetings.reduce<Date | null>((latest, m) => (!latest || m.updatedAt > latest ? m.updatedAt : latest), null);
  return { userId: owner.userId, meetings, lastChanged };
}

/** When the person created their calendar link, or null when they have none. */
export async function getMyCalendarLinkDate(userId: string): Promise<Date | null> {
  const row = await db().calendarFeedToken.findUnique({ where: { userId }, select: { createdAt: true } });
  return row?.createdAt ?? null;
}
