// Meetings end to end below the browser: planning in Swedish time, calendar revisions,
// registration rules, attendance with the role and vote people had, forged ids, the demo
// seed, and both iCalendar feeds, fetched through their route handlers, read back with the
// iCalendar parser behind Thunderbird's calendar (ical.js).
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GET as personalFeedRoute } from '@/app/api/v1/calendar/[token]/route';
import { GET as networkFeedRoute } from '@/app/api/v1/networks/[slug]/meetings.ics/route';
import { getMessages } from '@/i18n/messages';
import { toStockholmInput } from '@/i18n/stockholm-time';
import { createCalendarFeedToken } from '@/modules/meetings/actions/calendar-actions';
import { cancelMeeting, planMeeting as planMeetingAction, recordAttendance, registerAttendance, updateMeeting } from '@/modules/meetings/actions/meeting-actions';

import { seedDatabase } from '../../../prisma/seed/seed';
import { createGovernanceFixture } from '../governance/fixture';
import type { Fixture } from '../governance/roles';
import { actAs } from '../support/fake-session';
import { redirected } from '../support/redirected';

// Planning goes to the new meeting (?done=planned).
const planMeeting = redirected(planMeetingAction);

const sv = getMessages('sv');

let fixture: Fixture;
let konstgras: string;
let other: string;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  konstgras = await fixture.networkId('konstgras');
  other = await fixture.networkId('avancerad-rening-av-avloppsvatten');
});
afterAll(async () => {
  await fixture.database.drop();
});

const prisma = () => fixture.database.prisma;
const asUser = async (email: string) => actAs(await fixture.userId(email));
const refused = sv.refused;

const fields = (overrides: Record<string, string> = {}) => ({
  title: 'Testmöte',
  description: 'Om testerna.',
  startsAt: '2027-01-20T10:00',
  endsAt: '2027-01-20T12:00',
  format: 'PHYSICAL',
  place: 'Stockholm',
  isPublic: 'on',
  ...overrides,
});

async function plan(overrides: Record<string, string> = {}, networkId = konstgras) {
  await asUser('secretariat@trappan.test');
  const title = overrides.title ?? `Testmöte ${Math.random().toString(36).slice(2, 8)}`;
  const result = await planMeeting({ status: 'idle' }, fixture.form({ networkId, ...fields({ ...overrides, title }) }));
  expect(result, JSON.stringify(result)).toMatchObject({ status: 'success' });
  const meeting = await prisma().meeting.findFirstOrThrow({ where: { title } });
  expect(result.redirectedTo).toBe(`/sv/networks/${encodeURIComponent((await prisma().network.findUniqueOrThrow({ where: { id: networkId } })).slug)}/meetings/${meeting.id}?done=planned#notice`);
  return meeting;
}

/** A meeting straight in the database, for times the form would refuse (the past). */
async function insertMeeting(data: Partial<Parameters<ReturnType<typeof prisma>['meeting']['create']>[0]['data']> & { startsAt: Date }) {
  return prisma().meeting.create({
    data: { networkId: konstgras, title: 'Direkt', endsAt: new Date(data.startsAt.getTime() + 3600_000), format: 'PHYSICAL', place: 'Umeå', ...data } as never,
  });
}

const DAY = 24 * 3600_000;

describe('planning', () => {
  it('refuses an end before the start, keeps what was typed and plans nothing', async () => {
    await asUser('secretariat@trappan.test');
    const before = await prisma().meeting.count();
    const result = await planMeeting(
      { status: 'idle' },
      fixture.form({ networkId: konstgras, ...fields({ startsAt: '2027-01-20T12:00', endsAt: '2027-01-20T10:00', format: 'HYBRID', onlineUrl: '' }) }),
    );
    expect(result.status).toBe('error');
    expect(result.fieldErrors).toEqual({ endsAt: sv.meetings.validation.endBeforeStart, onlineUrl: sv.meetings.validation.linkRequired });
    expect(result.values).toMatchObject({ startsAt: '2027-01-20T12:00', title: 'Testmöte' });
    expect(await prisma().meeting.count()).toBe(before);
  });

  it('stores Stockholm times as UTC, in winter and in summer time, and refuses a skipped hour', async () => {
    const winter = await plan({ startsAt: '2027-01-20T10:00', endsAt: '2027-01-20T12:00' });
    expect(winter.startsAt.toISOString()).toBe('2027-01-20T09:00:00.000Z');
    // Summer time starts on 28 March 2027.
    const summer = await plan({ startsAt: '2027-03-28T10:00', endsAt: '2027-03-28T12:00' });
    expect(summer.startsAt.toISOString()).toBe('2027-03-28T08:00:00.000Z');
    const result = await planMeeting({ status: 'idle' }, fixture.form({ networkId: konstgras, ...fields({ startsAt: '2027-03-28T02:30' }) }));
    expect(result.fieldErrors).toEqual({ startsAt: sv.meetings.validation.invalidTime });
    expect(winter).toMatchObject({ sequence: 0, status: 'PLANNED', isPublic: true, createdById: await fixture.userId('secretariat@trappan.test') });
  });

  it('grows the calendar sequence when a meeting moves or is cancelled, not when its description changes', async () => {
    const meeting = await plan();
    const update = (overrides: Record<string, string>) =>
      updateMeeting({ status: 'idle' }, fixture.form({ meetingId: meeting.id, ...fields({ title: meeting.title, ...overrides }) }));
    expect(await update({ description: 'Ny beskrivning.' })).toMatchObject({ status: 'success', message: sv.meetings.done.updated });
    expect((await prisma().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).sequence).toBe(0);
    expect(await update({ startsAt: '2027-01-20T13:00', endsAt: '2027-01-20T15:00' })).toMatchObject({ message: sv.meetings.done.updatedSchedule });
    expect((await prisma().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).sequence).toBe(1);
    expect(await cancelMeeting({ status: 'idle' }, fixture.form({ meetingId: meeting.id, confirm: 'on' }))).toMatchObject({ status: 'success' });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ sequence: 2, status: 'CANCELLED' });
    // A cancelled meeting is not edited or cancelled again.
    expect(await update({ place: 'Lund' })).toMatchObject({ status: 'error', message: refused.meetingCancelled });
    expect(await cancelMeeting({ status: 'idle' }, fixture.form({ meetingId: meeting.id, confirm: 'on' }))).toMatchObject({ message: refused.meetingCancelled });
  });

  it('asks for confirmation before cancelling', async () => {
    const meeting = await plan();
    const result = await cancelMeeting({ status: 'idle' }, fixture.form({ meetingId: meeting.id }));
    expect(result.fieldErrors).toEqual({ confirm: sv.meetings.cancel.confirmRequired });
  });

  it('refuses forged ids: another network’s meeting, or one that does not exist', async () => {
    await asUser('secretariat@trappan.test');
    const foreign = await insertMeeting({ networkId: other, startsAt: new Date(Date.now() + 10 * DAY) });
    expect(await updateMeeting({ status: 'idle' }, fixture.form({ meetingId: foreign.id, ...fields() }))).toMatchObject({ message: refused.notCoordinator });
    expect(await updateMeeting({ status: 'idle' }, fixture.form({ meetingId: 'no-such-meeting', ...fields() }))).toMatchObject({ message: refused.notFound });
    await asUser('buyer@trappan.test');
    expect(await registerAttendance({ status: 'idle' }, fixture.form({ meetingId: foreign.id, answer: 'YES' }))).toMatchObject({ message: refused.notMember });
    expect(await prisma().meetingRegistration.count({ where: { meetingId: foreign.id } })).toBe(0);
  });
});

describe('registration', () => {
  const register = async (email: string, meetingId: string, answer: string) => {
    await asUser(email);
    return registerAttendance({ status: 'idle' }, fixture.form({ meetingId, answer }));
  };

  it('lets a member answer and change the answer until the deadline', async () => {
    const meeting = await insertMeeting({ startsAt: new Date(Date.now() + 10 * DAY), registrationDeadline: new Date(Date.now() + 5 * DAY) });
    expect(await register('buyer@trappan.test', meeting.id, 'YES')).toMatchObject({ status: 'success', message: sv.meetings.done.registered('ja') });
    expect(await register('buyer@trappan.test', meeting.id, 'NO')).toMatchObject({ status: 'success' });
    expect(await prisma().meetingRegistration.findMany({ where: { meetingId: meeting.id }, select: { answer: true } })).toEqual([{ answer: 'NO' }]);
    expect(await register('buyer@trappan.test', meeting.id, 'PERHAPS')).toMatchObject({ fieldErrors: { answer: sv.meetings.registration.answerRequired } });

    const closed = await insertMeeting({ startsAt: new Date(Date.now() + 10 * DAY), registrationDeadline: new Date(Date.now() - DAY) });
    expect(await register('buyer@trappan.test', closed.id, 'YES')).toMatchObject({ status: 'error', message: refused.registrationClosed });
  });

  it('refuses yes when the room is full, but still takes maybe and no', async () => {
    const meeting = await insertMeeting({ startsAt: new Date(Date.now() + 10 * DAY), capacity: 1 });
    expect(await register('goteborg@trappan.test', meeting.id, 'YES')).toMatchObject({ status: 'success' });
    expect(await register('umea@trappan.test', meeting.id, 'YES')).toMatchObject({ status: 'error', message: refused.meetingFull });
    expect(await register('umea@trappan.test', meeting.id, 'MAYBE')).toMatchObject({ status: 'success' });
    // The one who holds the place may confirm it again.
    expect(await register('goteborg@trappan.test', meeting.id, 'YES')).toMatchObject({ status: 'success' });
  });

  it('refuses answers to cancelled and past meetings', async () => {
    const cancelled = await insertMeeting({ startsAt: new Date(Date.now() + 10 * DAY), status: 'CANCELLED' });
    expect(await register('buyer@trappan.test', cancelled.id, 'YES')).toMatchObject({ message: refused.meetingCancelled });
    const past = await insertMeeting({ startsAt: new Date(Date.now() - DAY) });
    expect(await register('buyer@trappan.test', past.id, 'NO')).toMatchObject({ message: refused.meetingPast });
    expect(await prisma().meetingRegistration.count({ where: { meetingId: { in: [cancelled.id, past.id] } } })).toBe(0);
  });
});

describe('attendance', () => {
  it('records who attended with their role and vote at the time, arrival and leaving', async () => {
    const meeting = await insertMeeting({ startsAt: new Date('2026-09-01T08:00:00Z'), endsAt: new Date('2026-09-01T12:00:00Z') });
    const buyer = await fixture.userId('buyer@trappan.test');
    const funder = await fixture.userId('funder@trappan.test');
    const secretariat = await fixture.userId('secretariat@trappan.test');
    await asUser('secretariat@trappan.test');
    const result = await recordAttendance(
      { status: 'idle' },
      fixture.form({ meetingId: meeting.id, present: [buyer, funder, secretariat], [`arrivedAt-${buyer}`]: '10:30', [`leftAt-${funder}`]: '13:00' }),
    );
    expect(result, JSON.stringify(result)).toMatchObject({ status: 'success', message: sv.meetings.done.attendanceSaved(3) });
    const rows = await prisma().meetingAttendance.findMany({ where: { meetingId: meeting.id } });
    const row = (userId: string) => rows.find((r) => r.userId === userId)!;
    // 10:30 in Stockholm on 1 September (summer time) is 08:30 UTC.
    expect(row(buyer)).toMatchObject({ role: 'MEMBER', hasVote: true, leftAt: null, recordedById: secretariat });
    expect(row(buyer).arrivedAt.toISOString()).toBe('2026-09-01T08:30:00.000Z');
    expect(row(funder)).toMatchObject({ role: 'OBSERVER', hasVote: false });
    expect(row(funder).arrivedAt.toISOString()).toBe('2026-09-01T08:00:00.000Z');
    expect(row(funder).leftAt?.toISOString()).toBe('2026-09-01T11:00:00.000Z');
    // The coordinator comes from the arranger, an association: no vote.
    expect(row(secretariat)).toMatchObject({ role: 'COORDINATOR', hasVote: false });

    // A later role change does not rewrite the record; an edit changes times and removes people.
    const membership = await prisma().membership.findFirstOrThrow({ where: { userId: buyer, networkId: konstgras, status: 'ACTIVE' } });
    await prisma().membership.update({ where: { id: membership.id }, data: { role: 'STEERING' } });
    try {
      const edit = await recordAttendance({ status: 'idle' }, fixture.form({ meetingId: meeting.id, present: [buyer], [`leftAt-${buyer}`]: '11:00' }));
      expect(edit).toMatchObject({ status: 'success' });
      const after = await prisma().meetingAttendance.findMany({ where: { meetingId: meeting.id } });
      expect(after).toHaveLength(1);
      expect(after[0]).toMatchObject({ userId: buyer, role: 'MEMBER', hasVote: true });
      expect(after[0]!.leftAt?.toISOString()).toBe('2026-09-01T09:00:00.000Z');
    } finally {
      await prisma().membership.update({ where: { id: membership.id }, data: { role: 'MEMBER' } });
    }
  });

  it('refuses people outside the network, bad times, and meetings that have not started', async () => {
    const meeting = await insertMeeting({ startsAt: new Date(Date.now() - DAY) });
    const outsider = await fixture.userId('buyer2@trappan.test');
    const buyer = await fixture.userId('buyer@trappan.test');
    await asUser('secretariat@trappan.test');
    expect(await recordAttendance({ status: 'idle' }, fixture.form({ meetingId: meeting.id, present: outsider }))).toMatchObject({ message: refused.notActiveMember });
    expect(await recordAttendance({ status: 'idle' }, fixture.form({ meetingId: meeting.id, present: buyer, [`arrivedAt-${buyer}`]: '25:00x' }))).toMatchObject({
      fieldErrors: { [`arrivedAt-${buyer}`]: sv.meetings.attendance.invalidTime },
    });
    expect(
      await recordAttendance({ status: 'idle' }, fixture.form({ meetingId: meeting.id, present: buyer, [`arrivedAt-${buyer}`]: '11:00', [`leftAt-${buyer}`]: '10:00' })),
    ).toMatchObject({ fieldErrors: { [`leftAt-${buyer}`]: sv.meetings.attendance.leftBeforeArrival } });
    const future = await insertMeeting({ startsAt: new Date(Date.now() + DAY) });
    expect(await recordAttendance({ status: 'idle' }, fixture.form({ meetingId: future.id, present: buyer }))).toMatchObject({ message: refused.meetingNotStarted });
    expect(await prisma().meetingAttendance.count({ where: { meetingId: { in: [meeting.id, future.id] } } })).toBe(0);
  });
});

type Feed = { events: InstanceType<typeof ICAL.Event>[]; response: Response };

async function readFeed(response: Response): Promise<Feed> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const calendar = new ICAL.Component(ICAL.parse(await response.clone().text()));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  return { events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)), response };
}

const ORIGIN = 'https://trappan.example';
const networkFeed = (slug: string, headers: Record<string, string> = {}) =>
  networkFeedRoute(new Request(`${ORIGIN}/api/v1/networks/${slug}/meetings.ics`, { headers }), { params: Promise.resolve({ slug }) });
const personalFeed = (segment: string) => personalFeedRoute(new Request(`${ORIGIN}/api/v1/calendar/${segment}`), { params: Promise.resolve({ token: segment }) });
const eventOf = (feed: Feed, meetingId: string) => feed.events.find((e) => e.uid === `meeting-${meetingId}@trappan`);

describe('calendar feeds', () => {
  it('the network feed has the public meetings only, cancelled ones marked, linking back', async () => {
    const open = await plan({ title: 'Publikt flödesmöte' });
    const closed = await plan({ title: 'Internt flödesmöte', isPublic: '' });
    const cancelled = await plan({ title: 'Inställt flödesmöte' });
    await cancelMeeting({ status: 'idle' }, fixture.form({ meetingId: cancelled.id, confirm: 'on' }));

    const feed = await readFeed(await networkFeed('konstgras'));
    expect(feed.response.headers.get('cache-control')).toContain('public');
    const event = eventOf(feed, open.id)!;
    expect(event.summary).toBe('Publikt flödesmöte (Konstgräs)');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-20T09:00:00.000Z');
    expect(event.location).toBe('Stockholm');
    expect(event.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/sv/networks/konstgras/meetings/${open.id}`);
    expect(event.description).toContain(`${ORIGIN}/sv/networks/konstgras/meetings/${open.id}`);
    expect(eventOf(feed, closed.id)).toBeUndefined();
    expect(eventOf(feed, cancelled.id)?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    // The seeded demo plan is there too, and only Konstgräs's meetings.
    expect(feed.events.map((e) => e.summary)).toContain('Nätverksmöte om miljökraven (Konstgräs)');
    expect(feed.events.every((e) => e.summary.endsWith('(Konstgräs)'))).toBe(true);

    // The same file again is a 304.
    const again = await networkFeed('konstgras', { 'If-None-Match': feed.response.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect((await networkFeed('no-such-network')).status).toBe(404);
  });

  it('tells a subscribed calendar of a move and a cancellation: same UID, a higher SEQUENCE, then STATUS:CANCELLED', async () => {
    const meeting = await plan({ title: 'Flyttat flödesmöte' });
    const before = eventOf(await readFeed(await networkFeed('konstgras')), meeting.id)!;
    expect(before.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const moved = await updateMeeting({ status: 'idle' }, fixture.form({ meetingId: meeting.id, ...fields({ title: meeting.title, startsAt: '2027-01-21T10:00', endsAt: '2027-01-21T12:00' }) }));
    expect(moved.status).toBe('success');
    const after = eventOf(await readFeed(await networkFeed('konstgras')), meeting.id)!;
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.startDate.toJSDate().toISOString()).toBe('2027-01-21T09:00:00.000Z');
    expect(after.endDate.toJSDate().toISOString()).toBe('2027-01-21T11:00:00.000Z');

    const cancelled = await cancelMeeting({ status: 'idle' }, fixture.form({ meetingId: meeting.id, confirm: 'on' }));
    expect(cancelled.status).toBe('success');
    const gone = eventOf(await readFeed(await networkFeed('konstgras')), meeting.id)!;
    // The event stays with its UID so the calendar can remove it, rather than keep a stale copy.
    expect(gone.uid).toBe(before.uid);
    expect(gone.sequence).toBeGreaterThan(after.sequence);
    expect(gone.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('the personal feed needs a valid token and has every meeting of the person’s networks', async () => {
    const internal = await plan({ title: 'Internt för medlemmar' });
    await prisma().meeting.update({ where: { id: internal.id }, data: { isPublic: false } });
    const foreign = await insertMeeting({ networkId: other, title: 'Annat nätverks möte', startsAt: new Date(Date.now() + 10 * DAY) });

    await asUser('buyer@trappan.test');
    const created = await createCalendarFeedToken({ status: 'idle' }, fixture.form({}));
    expect(created).toMatchObject({ status: 'success', message: sv.meetings.calendarLink.created });
    const path = created.detail!;
    expect(path).toMatch(/^\/api\/v1\/calendar\/[\w-]{43}\.ics$/);
    const segment = path.split('/').pop()!;
    // Only the hash is stored.
    const stored = await prisma().calendarFeedToken.findUniqueOrThrow({ where: { userId: await fixture.userId('buyer@trappan.test') } });
    expect(stored.tokenHash).not.toContain(segment.replace('.ics', ''));

    const feed = await readFeed(await personalFeed(segment));
    expect(feed.response.headers.get('cache-control')).toContain('private');
    expect(feed.response.headers.get('last-modified')).toBeTruthy();
    expect(eventOf(feed, internal.id)?.summary).toBe('Internt för medlemmar (Konstgräs)');
    expect(eventOf(feed, foreign.id)).toBeUndefined();
    expect(eventOf(feed, internal.id)!.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/sv/networks/konstgras/meetings/${internal.id}`);

    // A new link replaces the old one: the old link stops working.
    const replaced = await createCalendarFeedToken({ status: 'idle' }, fixture.form({}));
    expect(replaced).toMatchObject({ status: 'success', message: sv.meetings.calendarLink.replaced });
    expect((await personalFeed(segment)).status).toBe(404);
    expect((await personalFeed(replaced.detail!.split('/').pop()!)).status).toBe(200);
    expect((await personalFeed('A'.repeat(43) + '.ics')).status).toBe(404);
    expect((await personalFeed('nonsense')).status).toBe(404);
  });
});

describe('demo meetings', () => {
  it('seeds a held, an upcoming and a later meeting relative to the seeding day, with attendance and answers, and seeding again changes nothing', async () => {
    const snapshot = async () => ({
      meetings: await prisma().meeting.findMany({ where: { networkId: konstgras, title: { in: ['Nätverksmöte om fyllnadsmaterialen', 'Nätverksmöte om miljökraven', 'Planeringsmöte för nästa år'] } }, orderBy: { startsAt: 'asc' } }),
      registrations: await prisma().meetingRegistration.findMany({ orderBy: { id: 'asc' } }),
      attendance: await prisma().meetingAttendance.findMany({ orderBy: { id: 'asc' } }),
    });
    const before = await snapshot();
    // Placed relative to the day the demo was seeded, at Stockholm wall-clock hours: one held,
    // one upcoming with its registration deadline still open, one later.
    const now = Date.now();
    const day = 24 * 60 * 60 * 1000;
    expect(before.meetings.map((m) => [m.title, m.format, toStockholmInput(m.startsAt).slice(11)])).toEqual([
      ['Nätverksmöte om fyllnadsmaterialen', 'PHYSICAL', '10:00'],
      ['Nätverksmöte om miljökraven', 'HYBRID', '13:00'],
      ['Planeringsmöte för nästa år', 'DIGITAL', '09:00'],
    ]);
    const [held, upcoming, planning] = before.meetings as [(typeof before.meetings)[number], (typeof before.meetings)[number], (typeof before.meetings)[number]];
    expect(held.endsAt.getTime()).toBeLessThan(now - 40 * day);
    expect(upcoming.startsAt.getTime()).toBeGreaterThan(now + 14 * day);
    expect(upcoming.registrationDeadline!.getTime()).toBeGreaterThan(now + 7 * day);
    expect(upcoming.registrationDeadline!.getTime()).toBeLessThan(upcoming.startsAt.getTime());
    expect(planning.startsAt.getTime()).toBeGreaterThan(upcoming.endsAt.getTime());
    expect(await prisma().meetingAttendance.count({ where: { meetingId: before.meetings[0]!.id } })).toBe(5);
    expect(await prisma().meetingRegistration.count({ where: { meetingId: before.meetings[1]!.id } })).toBeGreaterThanOrEqual(3);
    await seedDatabase(prisma(), { demo: true });
    expect(await snapshot()).toEqual(before);
  });
});
