// The admin's outbox shows what the mail sender could not do: how many tries a message took,
// the last error and when it is tried next, and the messages it gave up on, counted on top of
// the page and beside "Utkorg" in the admin nav of every admin page. Others do not get the count.
import { renderToReadableStream } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AdminNav } from '@/modules/admin';
import { OutboxPage } from '@/modules/admin/outbox-page';
import { setDatabaseForTests } from '@/server/db/client';

import { actAs } from './support/fake-session';
import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
const prisma = () => database.prisma;
let adminId: string;
let memberId: string;

/** The markup of a server component tree, async components inside it included. */
async function html(node: React.ReactNode): Promise<string> {
  const stream = await renderToReadableStream(node);
  await stream.allReady;
  return (await new Response(stream).text()).replace(/<!-- -->/g, '');
}

beforeAll(async () => {
  database = await createTestDatabase();
  setDatabaseForTests(database);
  const verified = { emailVerifiedAt: new Date() };
  adminId = (await prisma().user.create({ data: { email: 'admin@example.se', name: 'Admin', platformRole: 'ADMIN', ...verified } })).id;
  memberId = (await prisma().user.create({ data: { email: 'medlem@example.se', name: 'Medlem', ...verified } })).id;
  const mail = { body: 'Hej', kind: 'agenda.published' };
  await prisma().notification.createMany({
    data: [
      { ...mail, email: 'a@example.se', subject: 'Gav upp', status: 'FAILED', attempts: 5, lastError: '550 5.1.1 mailbox unavailable' },
      { ...mail, email: 'b@example.se', subject: 'Gav också upp', status: 'FAILED', attempts: 5, lastError: 'connect ECONNREFUSED' },
      { ...mail, email: 'c@example.se', subject: 'Försöker igen', status: 'PENDING', attempts: 2, lastError: '451 try later', nextAttemptAt: new Date('2026-12-07T11:04:00Z') },
      { ...mail, email: 'd@example.se', subject: 'Gick iväg', status: 'SENT', attempts: 1, sentAt: new Date() },
    ],
  });
});
afterAll(async () => {
  actAs(null);
  await database.drop();
});

describe('the admin outbox', () => {
  it('says how many messages it gave up on, and shows tries, next try and last error per message', async () => {
    actAs(adminId);
    const page = await html(await OutboxPage({ locale: 'sv', searchParams: {} }));
    expect(page).toContain('2 meddelanden kunde inte skickas efter 5 försök.');
    expect(page).toContain('href="/sv/admin/outbox?status=failed"');
    expect(page).toContain('550 5.1.1 mailbox unavailable');
    expect(page).toContain('2 av 5');
    expect(page).toContain('nästa 7 dec. 2026 12:04:00');
    expect(page).toContain('451 try later');
    // The nav on every admin page carries the count, with a link to the failed ones.
    expect(page).toContain('2 misslyckade utskick');
  });

  it('says it in English too', async () => {
    actAs(adminId);
    const page = await html(await OutboxPage({ locale: 'en', searchParams: { status: 'failed' } }));
    expect(page).toContain('2 messages could not be sent after 5 tries.');
    expect(page).toContain('5 of 5');
    expect(page).not.toContain('Försöker igen');
  });

  it('shows no count when nothing has failed', async () => {
    actAs(adminId);
    await prisma().notification.updateMany({ where: { status: 'FAILED' }, data: { status: 'SENT' } });
    const page = await html(await OutboxPage({ locale: 'sv', searchParams: {} }));
    expect(page).not.toContain('kunde inte skickas');
    expect(page).not.toContain('misslyckade utskick');
    await prisma().notification.updateMany({ where: { email: { in: ['a@example.se', 'b@example.se'] } }, data: { status: 'FAILED' } });
  });

  it('gives the count to no one but those who may read the outbox', async () => {
    actAs(memberId);
    expect(await html(await AdminNav({ locale: 'sv', current: 'audit' }))).not.toContain('misslyckade');
    actAs(adminId);
    expect(await html(await AdminNav({ locale: 'sv', current: 'audit' }))).toContain('2 misslyckade utskick');
  });
});
