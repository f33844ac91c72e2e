// Meetings: the secretariat plans, changes and cancels them and records attendance; members
// answer whether they come; everyone signed in may create their own calendar link.
import { createCalendarFeedToken } from '@/modules/meetings/actions/calendar-actions';
import { cancelMeeting, planMeeting, recordAttendance, registerAttendance, updateMeeting } from '@/modules/meetings/actions/meeting-actions';

import { KONSTGRAS_PARTICIPANTS, MANAGERS_ONLY, ROLE_EMAIL, ROLES, type ActionCase, type Expected, type Fixture, type Role, successOnRedirect } from '../roles';

const OTHER = 'avancerad-rening-av-avloppsvatten';
let counter = 0;

/** A meeting of the network, a month ahead (or a day ago, for attendance). */
async function newMeeting(fixture: Fixture, slug: string, options: { past?: boolean } = {}) {
  counter += 1;
  const day = 24 * 3600_000;
  const startsAt = new Date(Date.now() + (options.past ? -day : 30 * day));
  return fixture.database.prisma.meeting.create({
    data: {
      networkId: await fixture.networkId(slug),
      title: `Matrismöte ${counter}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      format: 'PHYSICAL',
      place: 'Stockholm',
    },
  });
}

const planFields = (title: string) => ({
  title,
  description: 'Test',
  startsAt: '2027-03-10T10:00',
  endsAt: '2027-03-10T12:00',
  format: 'PHYSICAL',
  place: 'Göteborg',
});

const meetingTitle = (fixture: Fixture, id: string) => fixture.database.prisma.meeting.findUniqueOrThrow({ where: { id }, select: { title: true, status: true } });

const updateCase = async (fixture: Fixture, slug: string) => {
  const meeting = await newMeeting(fixture, slug);
  const title = `${meeting.title} (ändrat)`;
  return { form: fixture.form({ meetingId: meeting.id, ...planFields(title) }), applied: async () => (await meetingTitle(fixture, meeting.id)).title === title };
};

const cancelCase = async (fixture: Fixture, slug: string) => {
  const meeting = await newMeeting(fixture, slug);
  return { form: fixture.form({ meetingId: meeting.id, confirm: 'on' }), applied: async () => (await meetingTitle(fixture, meeting.id)).status === 'CANCELLED' };
};

const registerCase = async (fixture: Fixture, slug: string) => {
  const meeting = await newMeeting(fixture, slug);
  return {
    form: fixture.form({ meetingId: meeting.id, answer: 'YES' }),
    applied: async () => (await fixture.database.prisma.meetingRegistration.count({ where: { meetingId: meeting.id } })) > 0,
  };
};

const attendanceCase = async (fixture: Fixture, slug: string, attendeeEmail: string) => {
  const meeting = await newMeeting(fixture, slug, { past: true });
  return {
    form: fixture.form({ meetingId: meeting.id, present: [await fixture.userId(attendeeEmail)], [`arrivedAt-${await fixture.userId(attendeeEmail)}`]: '' }),
    applied: async () => (await fixture.database.prisma.meetingAttendance.count({ where: { meetingId: meeting.id } })) > 0,
  };
};

const SIGNED_IN = Object.fromEntries(ROLES.map((role) => [role, role === 'anonymous' ? 'deny' : 'allow'])) as Record<Role, Expected>;

export const cases: ActionCase[] = [
  {
    name: 'plan a meeting',
    run: successOnRedirect(planMeeting),
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      counter += 1;
      const title = `Planerat möte ${counter}`;
      const networkId = await fixture.networkId('konstgras');
      return {
        form: fixture.form({ networkId, ...planFields(title) }),
        applied: async () => (await fixture.database.prisma.meeting.count({ where: { title, networkId } })) === 1,
      };
    },
    forged: async (fixture) => {
      counter += 1;
      const title = `Förfalskat möte ${counter}`;
      return {
        form: fixture.form({ networkId: await fixture.networkId(OTHER), ...planFields(title) }),
        applied: async () => (await fixture.database.prisma.meeting.count({ where: { title } })) > 0,
      };
    },
  },
  {
    name: 'change a meeting',
    run: updateMeeting,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => updateCase(fixture, 'konstgras'),
    forged: (fixture) => updateCase(fixture, OTHER),
  },
  {
    name: 'cancel a meeting',
    run: cancelMeeting,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => cancelCase(fixture, 'konstgras'),
    forged: (fixture) => cancelCase(fixture, OTHER),
  },
  {
    name: 'answer whether one comes to a meeting',
    run: registerAttendance,
    expected: KONSTGRAS_PARTICIPANTS,
    prepare: (fixture) => registerCase(fixture, 'konstgras'),
    forged: (fixture) => registerCase(fixture, OTHER),
  },
  {
    name: 'record attendance at a meeting',
    run: recordAttendance,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => attendanceCase(fixture, 'konstgras', 'buyer@trappan.test'),
    forged: (fixture) => attendanceCase(fixture, OTHER, ROLE_EMAIL.otherCoordinator!),
  },
  {
    name: 'create one’s calendar link',
    whenEnded: 'open',
    run: createCalendarFeedToken,
    expected: SIGNED_IN,
    pending: 'allow',
    prepare: async (fixture, role) => {
      const prisma = fixture.database.prisma;
      const email = ROLE_EMAIL[role];
      const userId = email ? await fixture.userId(email) : null;
      if (userId) await prisma.calendarFeedToken.deleteMany({ where: { userId } });
      const before = await prisma.calendarFeedToken.count();
      return {
        form: fixture.form({}),
        applied: async () => (userId ? (await prisma.calendarFeedToken.count({ where: { userId } })) === 1 : (await prisma.calendarFeedToken.count()) > before),
      };
    },
  },
];
