// Mail leaving the outbox, against a real database: two senders at once never send a message
// twice, a claim left by a sender that stopped is sent again, a kind the person turned off is
// not sent, a send that fails is tried again with backoff and given up (FAILED) after the last
// try; the purge deletes exactly what has outlived its
// use; and the demo mailbox shows what was sent, newest first, for one address if asked.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { DemoMailboxPage } from '@/modules/demo/mailbox-page';
import { setDatabaseForTests } from '@/server/db/client';
import { deliverPendingNotifications, STALE_CLAIM_ERROR, STALE_CLAIM_MS } from '@/server/mail/deliver-outbox';
import { purgeExpired } from '@/server/purge';

import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
const prisma = () => database.prisma;

beforeAll(async () => {
  database = await createTestDatabase();
  // The demo mailbox reads through the application's handle.
  setDatabaseForTests(database);
});
afterAll(async () => {
  await database.drop();
});

const mail = (email: string, extra: object = {}) => ({ email, subject: `Till ${email}`, body: 'Hej', kind: 'agenda.published', ...extra });

function recordingTransport() {
  const sent: string[] = [];
  return { sent, transport: { sendMail: async (message: { to?: unknown }) => void sent.push(String(message.to)) } };
}

describe('delivering the outbox', () => {
  it('sends each message once when two senders run at the same time', async () => {
    await prisma().notification.createMany({ data: Array.from({ length: 30 }, (_, i) => mail(`p${i}@example.se`)) });
    const { sent, transport } = recordingTransport();
    const [a, b] = await Promise.all([
      deliverPendingNotifications({ prisma: prisma(), transport, batchSize: 20 }),
      deliverPendingNotifications({ prisma: prisma(), transport, batchSize: 20 }),
    ]);
    await deliverPendingNotifications({ prisma: prisma(), transport, batchSize: 20 });
    expect(a.sent + b.sent).toBeGreaterThan(0);
    expect(sent).toHaveLength(30);
    expect(new Set(sent).size).toBe(30);
    expect(await prisma().notification.count({ where: { status: 'SENT' } })).toBe(30);
  });

  it('sends again a message a stopped sender had claimed, once the claim is stale', async () => {
    const stale = await prisma().notification.create({ data: { ...mail('stale@example.se'), status: 'SENDING', claimedAt: new Date(Date.now() - STALE_CLAIM_MS - 1000) } });
    const fresh = await prisma().notification.create({ data: { ...mail('busy@example.se'), status: 'SENDING', claimedAt: new Date() } });
    const { sent, transport } = recordingTransport();
    await deliverPendingNotifications({ prisma: prisma(), transport });
    expect(sent).toEqual(['stale@example.se']);
    expect((await prisma().notification.findUniqueOrThrow({ where: { id: stale.id } })).status).toBe('SENT');
    expect((await prisma().notification.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe('SENDING');
  });

  it('does not send a kind the person has turned off', async () => {
    const user = await prisma().user.create({ data: { email: 'tyst@example.se', name: 'Tyst', emailVerifiedAt: new Date(), mutedMailKinds: ['agenda.published'] } });
    const muted = await prisma().notification.create({ data: { ...mail(user.email), userId: user.id } });
    const wanted = await prisma().notification.create({ data: { ...mail(user.email, { kind: 'need.handedOver' }), userId: user.id } });
    const { sent, transport } = recordingTransport();
    expect(await deliverPendingNotifications({ prisma: prisma(), transport })).toEqual({ sent: 1, failed: 0, muted: 1 });
    expect(sent).toEqual(['tyst@example.se']);
    expect((await prisma().notification.findUniqueOrThrow({ where: { id: muted.id } })).status).toBe('MUTED');
    expect((await prisma().notification.findUniqueOrThrow({ where: { id: wanted.id } })).status).toBe('SENT');
  });

  it('puts a message the mail server refused back in the queue with a backoff, sends the rest, and tries it again when the wait is over', async () => {
    const refused = await prisma().notification.create({ data: mail('studsar@example.se') });
    const fine = await prisma().notification.create({ data: mail('fungerar@example.se') });
    const tries: string[] = [];
    let refuse = true;
    const transport = {
      sendMail: async (message: { to?: unknown }) => {
        tries.push(String(message.to));
        if (refuse && message.to === 'studsar@example.se') throw new Error('451 4.3.0 smtp://mailer:hemligt@smtp.example.se busy');
      },
    };
    const t0 = new Date();
    const at = (ms: number) => () => new Date(t0.getTime() + ms);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await deliverPendingNotifications({ prisma: prisma(), transport, now: at(0) })).toEqual({ sent: 1, failed: 1, muted: 0 });
    quiet.mockRestore();
    expect(await prisma().notification.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      nextAttemptAt: new Date(t0.getTime() + 60_000),
      lastError: '451 4.3.0 smtp://***@smtp.example.se busy',
      sentAt: null,
    });
    expect((await prisma().notification.findUniqueOrThrow({ where: { id: fine.id } })).sentAt).toBeInstanceOf(Date);

    // Within the minute it is not tried; after it, it is, and this time it goes.
    await deliverPendingNotifications({ prisma: prisma(), transport, now: at(59_000) });
    expect(tries.filter((to) => to === 'studsar@example.se')).toHaveLength(1);
    refuse = false;
    expect(await deliverPendingNotifications({ prisma: prisma(), transport, now: at(61_000) })).toEqual({ sent: 1, failed: 0, muted: 0 });
    expect(await prisma().notification.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({ status: 'SENT', attempts: 2, nextAttemptAt: null });
  });

  it('marks a message that keeps failing FAILED after the last try, waiting twice as long each time before it', async () => {
    const doomed = await prisma().notification.create({ data: mail('finns-inte@example.se') });
    const retry = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000 };
    const triedAt: number[] = [];
    const transport = {
      sendMail: async (message: { to?: unknown }) => {
        if (message.to !== 'finns-inte@example.se') return;
        triedAt.push(clock);
        throw new Error('550 5.1.1 mailbox unavailable');
      },
    };
    let clock = 0;
    const t0 = Date.now();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Every half second for ten seconds, as a busy worker would.
    for (clock = 0; clock <= 10_000; clock += 500) await deliverPendingNotifications({ prisma: prisma(), transport, retry, now: () => new Date(t0 + clock) });
    quiet.mockRestore();
    expect(triedAt).toEqual([0, 1000, 3000]);
    expect(await prisma().notification.findUniqueOrThrow({ where: { id: doomed.id } })).toMatchObject({ status: 'FAILED', attempts: 3, nextAttemptAt: null, lastError: '550 5.1.1 mailbox unavailable', sentAt: null });
  });

  it('counts a claim left by a sender that crashed as a try, so a message that crashes every sender ends FAILED', async () => {
    const claimedAt = new Date(Date.now() - STALE_CLAIM_MS - 1000);
    const crasher = await prisma().notification.create({ data: { ...mail('kraschar@example.se'), status: 'SENDING', claimedAt, attempts: 5 } });
    const { sent, transport } = recordingTransport();
    await deliverPendingNotifications({ prisma: prisma(), transport });
    expect(sent).not.toContain('kraschar@example.se');
    expect(await prisma().notification.findUniqueOrThrow({ where: { id: crasher.id } })).toMatchObject({ status: 'FAILED', attempts: 5, lastError: STALE_CLAIM_ERROR });
  });
});

describe('purging', () => {
  it('deletes old links, counters, ended sessions, old submission keys and never-confirmed accounts, and keeps the rest', async () => {
    const now = new Date();
    const days = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);
    const kept = await prisma().user.create({ data: { email: 'kvar@example.se', name: 'Kvar', emailVerifiedAt: days(30), createdAt: days(30) } });
    const recent = await prisma().user.create({ data: { email: 'ny@example.se', name: 'Ny', createdAt: days(2) } });
    const never = await prisma().user.create({ data: { email: 'aldrig@example.se', name: 'Aldrig', createdAt: days(8) } });
    await prisma().notification.create({ data: { ...mail(never.email), userId: never.id } });
    await prisma().auditEvent.create({ data: { actorId: never.id, action: 'account.signUp', entityType: 'User', entityId: never.id, outcome: 'ALLOWED' } });
    await prisma().accountToken.create({ data: { userId: kept.id, purpose: 'RESET_PASSWORD', tokenHash: 'gammal', email: kept.email, expiresAt: days(8) } });
    await prisma().accountToken.create({ data: { userId: kept.id, purpose: 'RESET_PASSWORD', tokenHash: 'giltig', email: kept.email, expiresAt: days(1) } });
    await prisma().signInThrottle.createMany({ data: [{ email: 'old@example.se', failures: 5, lastFailureAt: days(2) }, { email: 'now@example.se', failures: 5, lastFailureAt: now }] });
    await prisma().rateLimitBucket.createMany({ data: [{ key: 'old', hits: 3, windowStartedAt: days(2) }, { key: 'now', hits: 3, windowStartedAt: now }] });
    await prisma().userSession.createMany({ data: [{ id: 'ended', userId: kept.id, expiresAt: days(1) }, { id: 'open', userId: kept.id, expiresAt: new Date(now.getTime() + 60_000) }] });
    const submission = { userId: kept.id, action: 'need.propose', message: 'Behovet är föreslaget.' };
    await prisma().formSubmission.createMany({ data: [{ ...submission, key: 'i-förrgår', createdAt: days(2) }, { ...submission, key: 'nyss', createdAt: now }] });

    expect(await purgeExpired(prisma(), now)).toEqual({ tokens: 1, throttles: 1, rateLimits: 1, sessions: 1, unverifiedAccounts: 1, formSubmissions: 1 });
    expect(await prisma().formSubmission.findMany({ select: { key: true } })).toEqual([{ key: 'nyss' }]);
    expect(await prisma().user.findMany({ where: { id: { in: [kept.id, recent.id, never.id] } }, select: { id: true }, orderBy: { email: 'asc' } })).toHaveLength(2);
    expect(await prisma().accountToken.findMany({ select: { tokenHash: true } })).toEqual([{ tokenHash: 'giltig' }]);
    expect(await prisma().signInThrottle.findMany({ select: { email: true } })).toEqual([{ email: 'now@example.se' }]);
    expect(await prisma().userSession.findMany({ select: { id: true } })).toEqual([{ id: 'open' }]);
    // The audit row stays, without its actor.
    expect(await prisma().auditEvent.findFirstOrThrow({ where: { entityId: never.id } })).toMatchObject({ actorId: null });
  });
});

describe('the demo mailbox', () => {
  afterEach(() => vi.unstubAllEnvs());
  const open = () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('TRAPPAN_DEMO', 'true');
    vi.stubEnv('SMTP_URL', '');
  };

  it('shows the mails sent to one address, newest first, with their links to click', async () => {
    open();
    // Later than everything the tests above sent, so these lead the unfiltered first page.
    const start = Date.now() + 60 * 60 * 1000;
    const at = (minutes: number) => new Date(start + minutes * 60 * 1000);
    await prisma().notification.createMany({
      data: [
        { ...mail('lada@example.se'), subject: 'Bekräfta din adress', body: 'Öppna länken:\nhttps://trappan.example/sv/verify-email?token=abc\n\nHälsningar', status: 'SENT', createdAt: at(1), sentAt: at(1) },
        { ...mail('lada@example.se'), subject: 'Nytt lösenord', body: 'Välj ett nytt:\nhttps://trappan.example/sv/reset-password?token=def', status: 'SENT', createdAt: at(5), sentAt: at(5) },
        { ...mail('lada@example.se'), subject: 'Väntar fortfarande', status: 'PENDING', createdAt: at(6) },
        { ...mail('annan@example.se'), subject: 'Till någon annan', status: 'SENT', createdAt: at(7), sentAt: at(7) },
      ],
    });
    const html = renderToStaticMarkup(await DemoMailboxPage({ locale: 'sv', searchParams: { to: 'Lada@Example.se' } }));
    expect(html).not.toContain('Till någon annan');
    expect(html).not.toContain('Väntar fortfarande');
    expect(html.indexOf('Nytt lösenord')).toBeGreaterThan(-1);
    expect(html.indexOf('Nytt lösenord')).toBeLessThan(html.indexOf('Bekräfta din adress'));
    expect(html).toContain('href="https://trappan.example/sv/verify-email?token=abc"');
    expect(html).toContain('href="https://trappan.example/sv/reset-password?token=def"');

    const all = renderToStaticMarkup(await DemoMailboxPage({ locale: 'sv', searchParams: {} }));
    expect(all.indexOf('Till någon annan')).toBeLessThan(all.indexOf('Nytt lösenord'));
  });

  it('is not there when real mail goes out, or outside demo mode', async () => {
    open();
    vi.stubEnv('SMTP_URL', 'smtp://mail.example.se');
    await expect(DemoMailboxPage({ locale: 'sv', searchParams: {} })).rejects.toThrow('NEXT_HTTP_ERROR_FALLBACK;404');
    vi.stubEnv('SMTP_URL', '');
    vi.stubEnv('TRAPPAN_DEMO', 'false');
    await expect(DemoMailboxPage({ locale: 'sv', searchParams: {} })).rejects.toThrow('NEXT_HTTP_ERROR_FALLBACK;404');
  });
});
