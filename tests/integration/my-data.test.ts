// "My data" on My account: the download holds the person's data and nobody else's; deleting
// the account keeps the networks' minutes, decisions and audit log, which then show
// "Tidigare användare", ends the memberships and every session, and is refused (changing
// nothing) for the only coordinator of a network, without the password or the typed word,
// and when signed out. Two deletes at once write once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GET as exportRoute } from '@/app/[locale]/me/account/export/route';
import { getMessages } from '@/i18n/messages';
import { updateMailChoicesAction } from '@/modules/accounts/account-actions';
import { deletedEmail, FORMER_USER_NAME } from '@/modules/accounts/account-deletion-rules';
import { deleteAccountAction } from '@/modules/accounts/delete-account-action';
import type { MyDataExport } from '@/modules/accounts/my-data';
import { listAuditEvents } from '@/modules/audit/audit-queries';
import { setListed } from '@/modules/governance/actions/my-membership-actions';
import { createCalendarFeedToken } from '@/modules/meetings/actions/calendar-actions';
import { getPersonalFeed } from '@/modules/meetings/meeting-queries';
import { getMinutesView } from '@/modules/meetings/minutes-queries';
import { getCurrentUser } from '@/server/auth/current-user';
import { startSession } from '@/server/auth/user-session';
import { verifyCredentials } from '@/server/auth/verify-credentials';
import { purgeExpired } from '@/server/purge';
import type { FormState } from '@/ui/form-state';

import { DEMO_PASSWORD } from '../../prisma/seed/demo-accounts';
import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';
import { actAs, actAsSession, testSessionId } from './support/fake-session';
import { allMailKindsBut } from './support/mail-choices';


const t = getMessages('sv');
const IDLE: FormState = { status: 'idle' };
let fixture: Fixture;
const prisma = () => fixture.database.prisma;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
});
afterAll(async () => {
  await fixture.database.drop();
});

const download = (locale = 'sv') => exportRoute(new Request(`http://localhost/${locale}/me/account/export`), { params: Promise.resolve({ locale }) });

/** Deletes as whoever is acting: the redirect's target on success, the form's state otherwise. */
async function deleteAccount(fields: Record<string, string>): Promise<{ redirectedTo: string } | FormState> {
  try {
    return await deleteAccountAction(IDLE, fixture.form(fields));
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? '');
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirectedTo: digest.split(';')[2]! };
  }
}

const CONFIRMED = { currentPassword: DEMO_PASSWORD, confirm: 'RADERA' };

/** Everything a refused deletion must leave as it was. */
async function snapshot(userId: string) {
  const [user, memberships, groupPlaces, sessions, deleted] = await Promise.all([
    prisma().user.findUniqueOrThrow({ where: { id: userId } }),
    prisma().membership.findMany({ where: { userId }, orderBy: { id: 'asc' } }),
    prisma().groupMembership.findMany({ where: { userId }, orderBy: { id: 'asc' } }),
    prisma().userSession.count({ where: { userId } }),
    prisma().auditEvent.count({ where: { action: 'account.delete', outcome: 'ALLOWED' } }),
  ]);
  return { user, memberships, groupPlaces, sessions, deleted };
}

async function konstgrasMeeting(title: string) {
  return prisma().meeting.findFirstOrThrow({ where: { network: { slug: 'konstgras' }, title }, select: { id: true } });
}

describe('downloading my data', () => {
  it('holds the person’s data, as a file that is never cached', async () => {
    const userId = await fixture.userId('goteborg@trappan.test');
    actAs(userId);
    // Something in every corner: a calendar link, mail choices, an audited change, a vote.
    expect(await createCalendarFeedToken(IDLE, fixture.form({}))).toMatchObject({ status: 'success' });
    expect(await updateMailChoicesAction(IDLE, fixture.form(allMailKindsBut('agenda.published')))).toMatchObject({ status: 'success' });
    const decision = await prisma().decision.findFirstOrThrow({ where: { network: { slug: 'konstgras' } }, select: { id: true, motion: true } });
    const umea = await fixture.userId('umea@trappan.test');
    await prisma().decisionVote.createMany({ data: [{ decisionId: decision.id, userId, choice: 'FOR' }, { decisionId: decision.id, userId: umea, choice: 'AGAINST' }] });

    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="trappan-mina-uppgifter-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    const data = JSON.parse(text) as MyDataExport;

    expect(data.version).toBe(1);
    expect(Date.parse(data.exportedAt)).not.toBeNaN();
    expect(data.profile).toMatchObject({
      name: 'Anders Holm',
      title: 'Fritidschef',
      email: 'goteborg@trappan.test',
      affiliation: 'CONFIRMED',
      platformRole: 'NONE',
      organization: { name: 'Göteborgs Stad', organizationNumber: '212000-1355' },
      mutedMailKinds: ['agenda.published'],
      calendarFeed: { exists: true },
    });
    expect(data.sessions).toHaveLength(1);
    expect(data.memberships).toEqual([expect.objectContaining({ network: { name: expect.any(String), slug: 'konstgras' }, role: 'STEERING', status: 'ACTIVE', competence: 'NEED_OWNER' })]);
    expect(data.groupMemberships.map((g) => g.kind)).toEqual(expect.arrayContaining(['BUYER', 'WORKING']));
    expect(data.groupMemberships).toHaveLength(await prisma().groupMembership.count({ where: { userId } }));
    expect(data.meetingAttendance.map((a) => a.meeting.title)).toContain('Nätverksmöte om fyllnadsmaterialen');
    expect(data.meetingRegistrations).toEqual([expect.objectContaining({ answer: 'YES', meeting: expect.objectContaining({ title: 'Nätverksmöte om miljökraven' }) })]);
    expect(data.votes).toEqual([expect.objectContaining({ motion: decision.motion, choice: 'FOR' })]);
    expect(data.auditEvents.map((e) => e.action)).toEqual(expect.arrayContaining(['calendarFeed.create', 'account.mail.update']));
    // The details of an event about the person's own account are theirs.
    expect(data.auditEvents.find((e) => e.action === 'account.mail.update')).toMatchObject({ after: { muted: ['agenda.published'] } });
  });

  it('holds nothing about anybody else, and no ids, secrets or hashes', async () => {
    const userId = await fixture.userId('goteborg@trappan.test');
    actAs(userId);
    // Others around the same records: a coordinator's invitation to the person, an audit event
    // by the coordinator about the person's membership, a handover to their organisation.
    const secretariat = await fixture.userId('secretariat@trappan.test');
    const membership = await prisma().membership.findFirstOrThrow({ where: { userId, status: 'ACTIVE' }, select: { id: true, networkId: true } });
    await prisma().auditEvent.create({ data: { actorId: secretariat, action: 'membership.changeRole', entityType: 'Membership', entityId: membership.id, networkId: membership.networkId, after: { role: 'STEERING' } } });

    const text = await (await download()).text();
    const others = await prisma().user.findMany({ where: { id: { not: userId } }, select: { id: true, name: true, email: true } });
    expect(others.length).toBeGreaterThan(10);
    for (const other of others) {
      expect(text, other.email).not.toContain(other.email);
      expect(text, other.id).not.toContain(other.id);
    }
    // Everyone the person shares Konstgräs, its groups and its meetings with, by name.
    for (const email of ['secretariat@trappan.test', 'umea@trappan.test', 'buyer@trappan.test', 'funder@trappan.test', 'linkoping@trappan.test']) {
      const other = others.find((o) => o.email === email)!;
      expect(text, other.name).not.toContain(other.name);
    }
    const person = await prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    const token = await prisma().calendarFeedToken.findUniqueOrThrow({ where: { userId } });
    expect(text).not.toContain(userId);
    expect(text).not.toContain(testSessionId(userId));
    expect(text).not.toContain(token.tokenHash);
    expect(text).not.toContain(person.passwordHash!);
    expect(text).not.toContain(membership.id);
    const data = JSON.parse(text) as MyDataExport;
    // Another person's audit event is not the person's; their own events carry no details of others.
    expect(data.auditEvents.map((e) => e.action)).not.toContain('membership.changeRole');
  });

  it('sends a signed-out visitor to sign in, and back to My account afterwards', async () => {
    actAs(null);
    const response = await download('en');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/en/sign-in?callbackUrl=${encodeURIComponent('/en/me/account')}`);
    expect(await response.text()).toBe('');
  });
});

describe('deleting my account', () => {
  it('keeps minutes, decisions and the audit log, which then show “Tidigare användare”', async () => {
    const userId = await fixture.userId('goteborg@trappan.test');
    const konstgras = await fixture.networkId('konstgras');
    const here = await startSession(prisma(), userId);
    const elsewhere = await startSession(prisma(), userId);
    actAsSession(userId, here);
    const feedPath = (await createCalendarFeedToken(IDLE, fixture.form({}))).detail!;
    expect(await setListed(IDLE, fixture.form({ networkId: konstgras, listed: 'true' }))).toMatchObject({ status: 'success' });
    // An answer to a meeting that has not started (it goes) and a mail not yet sent (it goes too).
    const future = await prisma().meeting.create({
      data: { networkId: konstgras, title: 'Framtida möte', startsAt: new Date(Date.now() + 30 * 86_400_000), endsAt: new Date(Date.now() + 30 * 86_400_000 + 3_600_000), format: 'DIGITAL', onlineUrl: 'https://meet.example.se/x' },
    });
    await prisma().meetingRegistration.create({ data: { meetingId: future.id, userId, answer: 'YES' } });
    await prisma().notification.createMany({
      data: [
        { userId, email: 'goteborg@trappan.test', subject: 'Väntar', body: 'Hej Anders Holm!', kind: 'agenda.published', status: 'PENDING' },
        { userId, email: 'goteborg@trappan.test', subject: 'Skickat', body: 'Hej Anders Holm!', kind: 'agenda.published', status: 'SENT', sentAt: new Date() },
      ],
    });

    const spring = await konstgrasMeeting('Nätverksmöte om fyllnadsmaterialen');
    const before = await getMinutesView(spring.id);
    expect(before.adjuster?.name).toBe('Anders Holm');
    const counts = async () => ({
      minutesEntries: await prisma().minutesEntry.count(),
      decisions: await prisma().decision.count(),
      votes: await prisma().decisionVote.count(),
      attendance: await prisma().meetingAttendance.count(),
      audit: await prisma().auditEvent.count(),
      memberships: await prisma().membership.count(),
    });
    const countsBefore = await counts();
    // Whatever the date the test runs on: the demo's autumn meeting may have begun or not.
    const upcoming = { userId, meeting: { startsAt: { gt: new Date() } } };
    const registrations = { all: await prisma().meetingRegistration.count({ where: { userId } }), upcoming: await prisma().meetingRegistration.count({ where: upcoming }) };
    const sessions = await prisma().userSession.count({ where: { userId } });
    const pendingMails = await prisma().notification.count({ where: { userId, status: 'PENDING' } });
    const groupPlaces = await prisma().groupMembership.count({ where: { userId, removedAt: null } });
    const memberCount = (await prisma().network.findUniqueOrThrow({ where: { id: konstgras } })).memberCount;

    expect(await deleteAccount(CONFIRMED)).toEqual({ redirectedTo: '/sv/me/account/deleted' });

    // The row stays, anonymised.
    const person = await prisma().user.findUniqueOrThrow({ where: { id: userId } });
    expect(person).toMatchObject({
      name: FORMER_USER_NAME,
      email: deletedEmail(userId),
      passwordHash: null,
      title: null,
      organizationId: null,
      affiliation: 'NONE',
      platformRole: 'NONE',
      mutedMailKinds: [],
      lastSignInAt: null,
    });
    expect(person.deletedAt).toBeInstanceOf(Date);
    expect(await prisma().user.findUnique({ where: { email: 'goteborg@trappan.test' } })).toBeNull();

    // The networks' records are all there, with the former user in them.
    expect(await counts()).toEqual({ ...countsBefore, audit: countsBefore.audit + 1 });
    const after = await getMinutesView(spring.id);
    expect(after.entries).toEqual(before.entries);
    expect(after.decisions.map((d) => d.id)).toEqual(before.decisions.map((d) => d.id));
    expect(after.adjuster).toEqual({ id: userId, name: FORMER_USER_NAME });
    expect(after.attendance.map((a) => a.name)).toContain(FORMER_USER_NAME);
    expect(after.decisions.flatMap((d) => d.votes).find((v) => v.userId === userId)?.name).toBe(FORMER_USER_NAME);
    const log = await listAuditEvents({ networkId: konstgras }, { outcome: null, cursor: null }, 'sv');
    expect(log.events.find((e) => e.action === 'membership.setListed')).toMatchObject({ actorName: FORMER_USER_NAME });
    const adminLog = await listAuditEvents('all', { outcome: null, cursor: null }, 'sv');
    expect(adminLog.events.find((e) => e.action === 'account.delete')).toMatchObject({ actorName: FORMER_USER_NAME, outcome: 'ALLOWED' });

    // The audit event of the deletion keeps numbers, not the person.
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { action: 'account.delete', actorId: userId } });
    expect(audit).toMatchObject({ entityType: 'User', entityId: userId, networkId: null, before: null });
    expect(audit.after).toEqual({ membershipsEnded: 1, groupPlacesClosed: groupPlaces, joinRequestsWithdrawn: 0, registrationsRemoved: registrations.upcoming, sessionsEnded: sessions, mailsCancelled: pendingMails });
    expect(registrations.upcoming).toBeGreaterThanOrEqual(1);
    expect(sessions).toBeGreaterThanOrEqual(2);
    expect(pendingMails).toBeGreaterThanOrEqual(1);
    expect(groupPlaces).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(audit.after)).not.toMatch(/Anders|Holm|goteborg/);

    // Memberships end as LEFT; group places close; the network counts one fewer.
    const memberships = await prisma().membership.findMany({ where: { userId } });
    expect(memberships.map((m) => [m.status, m.isListed, m.leftAt instanceof Date])).toEqual([['LEFT', false, true]]);
    expect(await prisma().groupMembership.count({ where: { userId, removedAt: null } })).toBe(0);
    expect((await prisma().network.findUniqueOrThrow({ where: { id: konstgras } })).memberCount).toBe(memberCount - 1);

    // What only served the person is gone.
    expect(await prisma().meetingRegistration.count({ where: { userId, meetingId: future.id } })).toBe(0);
    // Answers to meetings that have begun stay, as history.
    expect(await prisma().meetingRegistration.count({ where: { userId } })).toBe(registrations.all - registrations.upcoming);
    expect(await prisma().calendarFeedToken.count({ where: { userId } })).toBe(0);
    expect(await getPersonalFeed(feedPath.split('/').at(-1)!.replace(/\.ics$/, ''))).toBeNull();
    expect(await prisma().accountToken.count({ where: { userId } })).toBe(0);
    expect(await prisma().notification.findMany({ where: { userId }, select: { status: true, email: true, body: true } })).toEqual([
      { status: 'SENT', email: deletedEmail(userId), body: '' },
    ]);

    // Signed out everywhere: the session it was deleted from and a copied one stop working.
    expect(await prisma().userSession.count({ where: { userId } })).toBe(0);
    expect(await getCurrentUser()).toBeNull();
    actAsSession(userId, elsewhere);
    expect(await getCurrentUser()).toBeNull();
    // And nobody signs in to it again, by the old address or the new one.
    expect(await verifyCredentials(prisma(), 'goteborg@trappan.test', DEMO_PASSWORD)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await verifyCredentials(prisma(), deletedEmail(userId), DEMO_PASSWORD)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses the only coordinator of a network, naming it, and changes nothing', async () => {
    const userId = await fixture.userId('secretariat@trappan.test');
    actAs(userId);
    await getCurrentUser(); // makes the test's session row before the snapshot
    const konstgras = await prisma().network.findUniqueOrThrow({ where: { slug: 'konstgras' }, select: { name: true } });
    const before = await snapshot(userId);
    const denied = await prisma().auditEvent.count({ where: { action: 'account.delete', outcome: 'DENIED' } });

    const result = await deleteAccount(CONFIRMED);
    expect(result).toMatchObject({ status: 'error', message: t.myData.handOverRefused(konstgras.name) });
    expect((result as FormState).message).toContain(konstgras.name);
    expect(await snapshot(userId)).toEqual(before);
    expect(await getCurrentUser()).toMatchObject({ id: userId });
    expect(await prisma().auditEvent.count({ where: { action: 'account.delete', outcome: 'DENIED' } })).toBe(denied + 1);
  });

  it('lets the only coordinator go once another coordinator is there, or the network is closed and empty', async () => {
    const network = await prisma().network.findFirstOrThrow({ where: { memberships: { none: {} }, status: { not: 'CLOSED' } }, select: { id: true, slug: true, name: true } });
    const coordinator = () => fixture.newMember({ networkSlug: network.slug, organizationSlug: 'malmo-stad', role: 'COORDINATOR' });

    // Alone in a network that is not closed: refused.
    const lone = await coordinator();
    actAs(lone.userId);
    expect(await deleteAccount({ confirm: 'RADERA' })).toMatchObject({ status: 'error', message: t.myData.handOverRefused(network.name) });
    // With a second coordinator: allowed, and the network keeps one.
    const second = await coordinator();
    actAs(lone.userId);
    expect(await deleteAccount({ confirm: 'radera' })).toEqual({ redirectedTo: '/sv/me/account/deleted' });
    expect(await prisma().membership.count({ where: { networkId: network.id, status: 'ACTIVE', role: 'COORDINATOR' } })).toBe(1);

    // The last one, in the network now closed with nobody else in it: allowed.
    await prisma().network.update({ where: { id: network.id }, data: { status: 'CLOSED' } });
    actAs(second.userId);
    expect(await deleteAccount({ confirm: 'DELETE' })).toEqual({ redirectedTo: '/sv/me/account/deleted' });
  });

  it('refuses Trappan\'s only administrator until another person is one', async () => {
    const admin = await fixture.userId('admin@trappan.test');
    actAs(admin);
    expect(await deleteAccount(CONFIRMED)).toMatchObject({ status: 'error', message: t.refused.lastAdmin });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: admin } })).deletedAt).toBeNull();
    // A disabled admin does not count; an active one does.
    const other = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    await prisma().user.update({ where: { id: other.userId }, data: { platformRole: 'ADMIN', disabledAt: new Date() } });
    actAs(admin);
    expect(await deleteAccount(CONFIRMED)).toMatchObject({ status: 'error', message: t.refused.lastAdmin });
    await prisma().user.update({ where: { id: other.userId }, data: { disabledAt: null } });
    actAs(admin);
    expect(await deleteAccount(CONFIRMED)).toEqual({ redirectedTo: '/sv/me/account/deleted' });
  });

  it('asks for the password and the typed word, with field errors, and changes nothing', async () => {
    const userId = await fixture.userId('umea@trappan.test');
    actAs(userId);
    await getCurrentUser();
    const before = await snapshot(userId);
    const audited = await prisma().auditEvent.count();

    expect(await deleteAccount({ currentPassword: 'fel lösenord', confirm: 'RADERA' })).toMatchObject({ status: 'error', fieldErrors: { currentPassword: t.myAccount.wrongPassword } });
    expect(await deleteAccount({ confirm: 'RADERA' })).toMatchObject({ status: 'error', fieldErrors: { currentPassword: t.myAccount.passwordRequired } });
    expect(await deleteAccount({ currentPassword: DEMO_PASSWORD })).toMatchObject({ status: 'error', fieldErrors: { confirm: t.myData.confirmMismatch } });
    // An empty form flags both fields at once, not one after the other.
    expect(await deleteAccount({})).toMatchObject({
      status: 'error',
      fieldErrors: { currentPassword: t.myAccount.passwordRequired, confirm: t.myData.confirmMismatch },
    });
    const typedWrong = await deleteAccount({ currentPassword: DEMO_PASSWORD, confirm: 'ja' });
    expect(typedWrong).toMatchObject({ status: 'error', fieldErrors: { confirm: t.myData.confirmMismatch } });
    // What was typed comes back, never the password.
    expect((typedWrong as FormState).values).toEqual({ locale: 'sv', confirm: 'ja' });

    expect(await snapshot(userId)).toEqual(before);
    expect(await prisma().auditEvent.count()).toBe(audited);
    expect(await verifyCredentials(prisma(), 'umea@trappan.test', DEMO_PASSWORD)).toMatchObject({ ok: true });
  });

  it('refuses when signed out, writing nothing', async () => {
    actAs(null);
    const audited = await prisma().auditEvent.count();
    expect(await deleteAccount(CONFIRMED)).toMatchObject({ status: 'error', message: t.refused.signedOut });
    expect(await prisma().auditEvent.count()).toBe(audited);
  });

  it('deletes only the signed-in person’s own account, whatever id the form carries', async () => {
    const person = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    const other = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    const otherBefore = await snapshot(other.userId);
    actAs(person.userId);
    expect(await deleteAccount({ confirm: 'RADERA', userId: other.userId, id: other.userId })).toEqual({ redirectedTo: '/sv/me/account/deleted' });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: person.userId } })).deletedAt).toBeInstanceOf(Date);
    expect({ ...(await snapshot(other.userId)), deleted: otherBefore.deleted }).toEqual(otherBefore);
  });

  it('writes once when the same account is deleted twice at the same moment', async () => {
    const person = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    await prisma().groupMembership.create({
      data: { groupId: (await prisma().networkGroup.findFirstOrThrow({ where: { network: { slug: 'konstgras' }, kind: 'WORKING' } })).id, userId: person.userId },
    });
    actAs(person.userId);
    await getCurrentUser(); // the test's session row, made once before the two race
    const results = await Promise.all([deleteAccount({ confirm: 'RADERA' }), deleteAccount({ confirm: 'RADERA' })]);

    expect(results.filter((r) => 'redirectedTo' in r), JSON.stringify(results)).toHaveLength(1);
    expect(results.find((r) => !('redirectedTo' in r))).toMatchObject({ status: 'error', message: t.refused.signedOut });
    expect(await prisma().auditEvent.count({ where: { action: 'account.delete', actorId: person.userId, outcome: 'ALLOWED' } })).toBe(1);
    expect(await prisma().user.findUniqueOrThrow({ where: { id: person.userId } })).toMatchObject({ name: FORMER_USER_NAME, email: deletedEmail(person.userId) });
    expect(await prisma().membership.findMany({ where: { userId: person.userId }, select: { status: true } })).toEqual([{ status: 'LEFT' }]);
    expect(await prisma().groupMembership.count({ where: { userId: person.userId, removedAt: null } })).toBe(0);
  });

  // Last in the file: the purge a month ahead ends every session of the test database.
  it('survives the hourly purge: a deleted person’s row stays for the records that name it', async () => {
    const deleted = await prisma().user.findMany({ where: { deletedAt: { not: null } }, select: { id: true } });
    expect(deleted.length).toBeGreaterThanOrEqual(4);
    await purgeExpired(prisma(), new Date(Date.now() + 30 * 86_400_000));
    expect(await prisma().user.count({ where: { id: { in: deleted.map((d) => d.id) } } })).toBe(deleted.length);
    const spring = await konstgrasMeeting('Nätverksmöte om fyllnadsmaterialen');
    expect((await getMinutesView(spring.id)).adjuster?.name).toBe(FORMER_USER_NAME);
  });
});
