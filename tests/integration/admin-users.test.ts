// The platform admin's work on people: disabling and enabling accounts, platform roles and
// confirming a pending affiliation, plus a confirmed colleague confirming a pending one; and
// the people list's search. Each action is also refused for a buyer and for signed-out posts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listPeople } from '@/modules/admin/people-queries';
import { listAuditEvents } from '@/modules/audit/audit-queries';
import { formatStockholmTimestamp } from '@/i18n/stockholm-time';
import { changePlatformRole, confirmAffiliation, confirmColleague, disableUser, enableUser } from '@/modules/admin/user-actions';
import { getCurrentUser } from '@/server/auth/current-user';
import { startSession } from '@/server/auth/user-session';

import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';
import { actAs, actAsSession } from './support/fake-session';

let fixture: Fixture;
const idle = { status: 'idle' as const };
const prisma = () => fixture.database.prisma;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
});
afterAll(async () => {
  await fixture.database.drop();
});

let counter = 0;
async function newPerson(data: { affiliation?: 'PENDING' | 'CONFIRMED'; organizationSlug?: string } = {}) {
  counter += 1;
  const organization = data.organizationSlug ? await prisma().organization.findUniqueOrThrow({ where: { slug: data.organizationSlug } }) : null;
  return prisma().user.create({
    data: {
      email: `admin-test-${counter}@trappan.test`,
      name: `Anna Ek ${counter}`,
      emailVerifiedAt: new Date(),
      organizationId: organization?.id ?? null,
      affiliation: organization ? (data.affiliation ?? 'CONFIRMED') : 'NONE',
    },
  });
}

const person = (id: string) => prisma().user.findUniqueOrThrow({ where: { id } });

describe('refusals', () => {
  const attempts = [
    ['disableUser', disableUser, async (id: string) => fixture.form({ userId: id }), async (id: string) => (await person(id)).disabledAt !== null],
    ['changePlatformRole', changePlatformRole, async (id: string) => fixture.form({ userId: id, platformRole: 'ADMIN' }), async (id: string) => (await person(id)).platformRole === 'ADMIN'],
    ['confirmAffiliation', confirmAffiliation, async (id: string) => fixture.form({ userId: id }), async (id: string) => (await person(id)).affiliation === 'CONFIRMED'],
  ] as const;

  it.each(attempts)('%s is refused for a buyer and for signed-out posts, changing nothing', async (_name, run, form, applied) => {
    const target = await newPerson({ organizationSlug: 'uppsala-kommun', affiliation: 'PENDING' });
    for (const actor of [await fixture.userId('buyer@trappan.test'), null]) {
      actAs(actor);
      const result = await run(idle, await form(target.id));
      expect(result.status).toBe('error');
      expect(await applied(target.id)).toBe(false);
    }
  });

  it('enableUser is refused for a buyer and for signed-out posts', async () => {
    const target = await newPerson();
    await prisma().user.update({ where: { id: target.id }, data: { disabledAt: new Date() } });
    for (const actor of [await fixture.userId('buyer@trappan.test'), null]) {
      actAs(actor);
      expect((await enableUser(idle, fixture.form({ userId: target.id }))).status).toBe('error');
      expect((await person(target.id)).disabledAt).not.toBeNull();
    }
  });
});

describe('disabling and enabling', () => {
  it('disables a person and ends every session, so their cookie no longer counts', async () => {
    const target = await newPerson();
    const sessionId = await startSession(prisma(), target.id);
    actAsSession(target.id, sessionId);
    expect(await getCurrentUser()).not.toBeNull();

    actAs(await fixture.userId('admin@trappan.test'));
    const result = await disableUser(idle, fixture.form({ userId: target.id }));
    expect(result).toMatchObject({ status: 'success', message: `${target.name} är avstängd och utloggad överallt.` });
    expect((await person(target.id)).disabledAt).not.toBeNull();
    expect(await prisma().userSession.count({ where: { userId: target.id } })).toBe(0);

    actAsSession(target.id, sessionId);
    expect(await getCurrentUser()).toBeNull();

    actAs(await fixture.userId('admin@trappan.test'));
    expect((await enableUser(idle, fixture.form({ userId: target.id }))).status).toBe('success');
    expect((await person(target.id)).disabledAt).toBeNull();
  });

  it('refuses an admin disabling themselves, and logs the attempt', async () => {
    const adminId = await fixture.userId('admin@trappan.test');
    actAs(adminId);
    const denied = await prisma().auditEvent.count({ where: { outcome: 'DENIED', action: 'admin.user.disable' } });
    const result = await disableUser(idle, fixture.form({ userId: adminId }));
    expect(result.status).toBe('error');
    expect(result.fieldErrors?.userId).toMatch(/eget konto/);
    expect((await person(adminId)).disabledAt).toBeNull();
    expect(await prisma().auditEvent.count({ where: { outcome: 'DENIED', action: 'admin.user.disable' } })).toBe(denied + 1);
  });

  it('leaves deleted people alone', async () => {
    const target = await newPerson();
    await prisma().user.update({ where: { id: target.id }, data: { deletedAt: new Date() } });
    actAs(await fixture.userId('admin@trappan.test'));
    expect((await disableUser(idle, fixture.form({ userId: target.id }))).status).toBe('error');
    expect((await person(target.id)).disabledAt).toBeNull();
  });

  it('shows the person by name in the log, the time in Swedish time, and a deleted one as a former user', async () => {
    const target = await newPerson();
    actAs(await fixture.userId('admin@trappan.test'));
    expect((await disableUser(idle, fixture.form({ userId: target.id }))).status).toBe('success');
    const disabledAt = (await person(target.id)).disabledAt!;
    const findEvent = async (locale: 'sv' | 'en') =>
      (await listAuditEvents('all', { outcome: 'ALLOWED', cursor: null }, locale)).events.find((e) => e.action === 'admin.user.disable');
    expect(await findEvent('sv')).toMatchObject({
      subject: target.name,
      entityTypeLabel: 'Person',
      changes: [
        { field: 'Avstängt', from: '–', to: formatStockholmTimestamp(disabledAt, 'sv') },
        { field: 'Avslutade inloggningar', to: '0' },
      ],
    });

    await prisma().user.update({ where: { id: target.id }, data: { name: 'Tidigare användare', deletedAt: new Date() } });
    expect((await findEvent('sv'))?.subject).toBe('Tidigare användare');
    expect((await findEvent('en'))?.subject).toBe('Former user');
  });
});

describe('platform roles', () => {
  it('grants a role and ends the person’s sessions so it counts at once', async () => {
    const target = await newPerson();
    const sessionId = await startSession(prisma(), target.id);
    actAs(await fixture.userId('admin@trappan.test'));
    const result = await changePlatformRole(idle, fixture.form({ userId: target.id, platformRole: 'AGENCY_STAFF' }));
    expect(result.status).toBe('success');
    expect((await person(target.id)).platformRole).toBe('AGENCY_STAFF');
    actAsSession(target.id, sessionId);
    expect(await getCurrentUser()).toBeNull();
  });

  it('says so in plain words when it takes the role away', async () => {
    const target = await newPerson();
    await prisma().user.update({ where: { id: target.id }, data: { platformRole: 'AGENCY_STAFF' } });
    actAs(await fixture.userId('admin@trappan.test'));
    const result = await changePlatformRole(idle, fixture.form({ userId: target.id, platformRole: 'NONE' }));
    expect(result.message).toBe(`${target.name} har inte längre någon plattformsroll och är utloggad överallt, så att ändringen gäller direkt.`);
    expect(result.message).not.toMatch(/Ingen plattformsroll/);
  });

  it('refuses an admin taking away their own admin role', async () => {
    const adminId = await fixture.userId('admin@trappan.test');
    actAs(adminId);
    const result = await changePlatformRole(idle, fixture.form({ userId: adminId, platformRole: 'NONE' }));
    expect(result.status).toBe('error');
    expect((await person(adminId)).platformRole).toBe('ADMIN');
  });
});

describe('confirming a pending affiliation', () => {
  it('lets a confirmed colleague of the same organisation confirm', async () => {
    const target = await newPerson({ organizationSlug: 'uppsala-kommun', affiliation: 'PENDING' });
    actAs(await fixture.userId('buyer2@trappan.test'));
    const result = await confirmColleague(idle, fixture.form({ userId: target.id }));
    expect(result.status).toBe('success');
    expect((await person(target.id)).affiliation).toBe('CONFIRMED');
  });

  it('refuses someone of another organisation, the pending person and signed-out posts', async () => {
    const target = await newPerson({ organizationSlug: 'uppsala-kommun', affiliation: 'PENDING' });
    for (const actor of [await fixture.userId('buyer@trappan.test'), await fixture.userId('pending@trappan.test'), null]) {
      actAs(actor);
      expect((await confirmColleague(idle, fixture.form({ userId: target.id }))).status).toBe('error');
    }
    expect((await person(target.id)).affiliation).toBe('PENDING');
  });

  it('lets an admin confirm', async () => {
    const target = await newPerson({ organizationSlug: 'uppsala-kommun', affiliation: 'PENDING' });
    actAs(await fixture.userId('admin@trappan.test'));
    expect((await confirmAffiliation(idle, fixture.form({ userId: target.id }))).status).toBe('success');
    expect((await person(target.id)).affiliation).toBe('CONFIRMED');
  });
});

describe('the people list', () => {
  it('finds people by name, email and organisation, case-insensitively', async () => {
    const names = async (q: string) => (await listPeople({ q, pendingOnly: false, cursor: null }, 500)).people.map((p) => p.name);
    expect(await names('johan ek')).toContain('Johan Ek');
    expect(await names('BUYER2@')).toEqual(['Fatima Hassan']);
    expect(await names('uppsala kommun')).toEqual(expect.arrayContaining(['Fatima Hassan', 'Olle Väntar']));
  });

  it('filters those waiting for confirmation and pages through everyone in name order', async () => {
    const pending = await listPeople({ q: '', pendingOnly: true, cursor: null });
    expect(pending.people.every((p) => p.affiliation === 'PENDING')).toBe(true);
    const all = await prisma().user.count();
    const seen: string[] = [];
    let cursor: string | null = null;
    const { decodeNameCursor } = await import('@/modules/admin/admin-params');
    do {
      const page: Awaited<ReturnType<typeof listPeople>> = await listPeople({ q: '', pendingOnly: false, cursor: cursor ? decodeNameCursor(cursor) : null }, 5);
      seen.push(...page.people.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(all);
  });
});
