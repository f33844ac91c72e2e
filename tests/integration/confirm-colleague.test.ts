// A confirmed person confirms a pending colleague from /me: the section lists only the people
// of the viewer's own organisation who wait (newest first, at most the limit, with the count),
// only a confirmed person sees it, and its button confirms the listed person. The action's
// own refusals (another organisation, a pending viewer, signed out) are in admin-users.test.ts
// and the permission matrix (governance/cases/account.ts); here only what they do not cover.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { fill } from '@/i18n/template';
import { confirmColleague } from '@/modules/admin';
import { listPendingColleagues } from '@/modules/me/colleague-queries';
import { PendingColleaguesSection } from '@/modules/me/pending-colleagues-section';
import { getCurrentUser, type CurrentUser } from '@/server/auth/current-user';

import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';
import { actAs } from './support/fake-session';

const sv = getMessages('sv');
const IDLE = { status: 'idle' } as const;
let fixture: Fixture;
const prisma = () => fixture.database.prisma;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
});
afterAll(async () => {
  await fixture.database.drop();
});

let counter = 0;
/** A person at the organisation; pending, verified and enabled unless said otherwise. */
async function newPerson(organizationSlug: string, data: { affiliation?: 'PENDING' | 'CONFIRMED'; verified?: boolean; disabled?: boolean; deleted?: boolean; createdAt?: Date } = {}) {
  counter += 1;
  const organization = await prisma().organization.findUniqueOrThrow({ where: { slug: organizationSlug }, select: { id: true } });
  return prisma().user.create({
    data: {
      email: `kollega-${counter}@${organizationSlug}.example.se`,
      name: `Kollega ${counter}`,
      title: 'Inköpare',
      organizationId: organization.id,
      affiliation: data.affiliation ?? 'PENDING',
      emailVerifiedAt: data.verified === false ? null : new Date(),
      disabledAt: data.disabled ? new Date() : null,
      deletedAt: data.deleted ? new Date() : null,
      ...(data.createdAt ? { createdAt: data.createdAt } : {}),
    },
  });
}

async function viewer(email: string): Promise<CurrentUser> {
  actAs(await fixture.userId(email));
  return (await getCurrentUser())!;
}

const names = async (user: CurrentUser, limit?: number) => (await listPendingColleagues(user, limit))?.people.map((p) => p.name) ?? null;
const affiliation = async (id: string) => (await prisma().user.findUniqueOrThrow({ where: { id } })).affiliation;

describe('the colleagues waiting on /me', () => {
  it('lists only the pending people of the viewer’s own organisation, newest first', async () => {
    const hour = (n: number) => new Date(Date.now() - n * 60 * 60 * 1000);
    const older = await newPerson('uppsala-kommun', { createdAt: hour(3) });
    const newer = await newPerson('uppsala-kommun', { createdAt: hour(1) });
    const elsewhere = await newPerson('malmo-stad');
    const unverified = await newPerson('uppsala-kommun', { verified: false });
    const disabled = await newPerson('uppsala-kommun', { disabled: true });
    const deleted = await newPerson('uppsala-kommun', { deleted: true });
    const confirmed = await newPerson('uppsala-kommun', { affiliation: 'CONFIRMED' });

    const fatima = await viewer('buyer2@trappan.test'); // confirmed at Uppsala kommun
    const listed = await names(fatima);
    // Olle Väntar, the demo's pending person, signed up when the database was seeded: after these two.
    expect(listed).toEqual(['Olle Väntar', newer.name, older.name]);
    for (const hidden of [elsewhere, unverified, disabled, deleted, confirmed]) expect(listed).not.toContain(hidden.name);
    expect(await listPendingColleagues(fatima)).toMatchObject({ total: 3, people: [{}, { id: newer.id, email: newer.email, title: 'Inköpare', signedUpAt: newer.createdAt }, {}] });

    // Johan Ek is confirmed at Malmö stad: he sees Malmö's pending person, not Uppsala's.
    expect(await names(await viewer('buyer@trappan.test'))).toEqual([elsewhere.name]);
  });

  it('shows at most the limit, and says how many wait in all', async () => {
    const fatima = await viewer('buyer2@trappan.test');
    const all = (await listPendingColleagues(fatima))!;
    const two = (await listPendingColleagues(fatima, 2))!;
    expect(two.people.map((p) => p.id)).toEqual(all.people.slice(0, 2).map((p) => p.id));
    expect(two.total).toBe(all.total);
    expect(all.total).toBeGreaterThan(2);
  });

  it('is not there for a pending person, a person without an organisation, or a confirmed one with nobody waiting', async () => {
    expect(await listPendingColleagues(await viewer('pending@trappan.test'))).toBeNull();
    expect(await listPendingColleagues(await viewer('admin@trappan.test'))).toBeNull();
    for (const email of ['pending@trappan.test', 'admin@trappan.test', 'umea@trappan.test']) {
      expect(renderToStaticMarkup(await PendingColleaguesSection({ locale: 'sv', user: await viewer(email) }))).toBe('');
    }
  });

  it('renders the list with a button per person, and the button confirms that person', async () => {
    const target = await newPerson('uppsala-kommun');
    const fatima = await viewer('buyer2@trappan.test');
    const html = renderToStaticMarkup(await PendingColleaguesSection({ locale: 'sv', user: fatima }));
    expect(html).toContain(sv.pendingColleagues.heading);
    expect(html).toContain(target.name);
    expect(html).toContain(target.email);
    expect(html).toContain(`name="userId" value="${target.id}"`);
    expect(html).toContain(`${sv.pendingColleagues.confirm}<span class="sr-only"> ${target.name}</span>`);
    expect(html).not.toContain('@malmo-stad.example.se');

    // The form as the section posts it.
    const result = await confirmColleague(IDLE, fixture.form({ userId: target.id }));
    expect(result).toMatchObject({ status: 'success', message: sv.adminUsers.confirmedDone(target.name, 'Uppsala kommun') });
    expect(await affiliation(target.id)).toBe('CONFIRMED');
    expect(await prisma().auditEvent.findFirstOrThrow({ where: { action: 'account.affiliation.confirmColleague', entityId: target.id } })).toMatchObject({
      actorId: fatima.id,
      outcome: 'ALLOWED',
    });
    expect(await names(fatima)).not.toContain(target.name);
  });

  it('refuses, and logs, a colleague who is no longer waiting or whose account is deleted', async () => {
    const fatima = await viewer('buyer2@trappan.test');
    const confirmed = await newPerson('uppsala-kommun', { affiliation: 'CONFIRMED' });
    const deleted = await newPerson('uppsala-kommun', { deleted: true });
    for (const [person, message] of [
      [confirmed, sv.adminUsers.notPending],
      [deleted, sv.adminUsers.personDeleted],
    ] as const) {
      const result = await confirmColleague(IDLE, fixture.form({ userId: person.id }));
      expect(result).toMatchObject({ status: 'error', fieldErrors: { userId: message } });
      expect(await prisma().auditEvent.count({ where: { action: 'account.affiliation.confirmColleague', entityId: person.id, outcome: 'DENIED', actorId: fatima.id } })).toBe(1);
    }
    expect(await affiliation(deleted.id)).toBe('PENDING');
  });

  it('lists the newest fifty and says how many wait, in one section', async () => {
    const organization = await prisma().organization.findUniqueOrThrow({ where: { slug: 'goteborgs-stad' }, select: { id: true } });
    const start = Date.now() - 60 * 60 * 1000;
    await prisma().user.createMany({
      data: Array.from({ length: 51 }, (_, i) => ({
        email: `vantar-${i}@goteborg.example.se`,
        name: `Väntande ${i}`,
        organizationId: organization.id,
        affiliation: 'PENDING' as const,
        emailVerifiedAt: new Date(),
        createdAt: new Date(start + i * 1000),
      })),
    });
    const html = renderToStaticMarkup(await PendingColleaguesSection({ locale: 'sv', user: await viewer('goteborg@trappan.test') }));
    expect(html).toContain(fill(sv.pendingColleagues.more, { shown: '50', total: '51' }));
    expect(html.match(/name="userId"/g)).toHaveLength(50);
    expect(html).toContain('Väntande 50');
    expect(html).not.toContain('Väntande 0<');
    expect(html.indexOf('Väntande 50')).toBeLessThan(html.indexOf('Väntande 49'));
  });
});
