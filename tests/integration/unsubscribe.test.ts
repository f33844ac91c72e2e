// The unsubscribe link in every mail of a kind the person may turn off, against a real
// database: a sent agenda mail carries it (in its text and in the List-Unsubscribe headers),
// an account mail does not; opening the page changes nothing, its button turns off that kind
// only, and the next mail of that kind is not sent; a tampered link changes nothing and says
// so; a mail program's one-click POST works and its GET changes nothing; and the demo mailbox
// shows the link as it would be sent.
import nodemailer from 'nodemailer';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { GET as openLink, POST as oneClick } from '@/app/api/v1/unsubscribe/route';
import { getMessages } from '@/i18n/messages';
import { fill } from '@/i18n/template';
import { DemoMailboxPage } from '@/modules/demo/mailbox-page';
import { maskEmail } from '@/modules/accounts/mask-email';
import { unsubscribeAction } from '@/modules/accounts/unsubscribe-actions';
import { UnsubscribePage } from '@/modules/accounts/unsubscribe-page';
import { setDatabaseForTests } from '@/server/db/client';
import { deliverPendingNotifications } from '@/server/mail/deliver-outbox';

import { requestFrom } from './support/fake-request';
import { createTestDatabase, type TestDatabase } from './test-database';

const sv = getMessages('sv');
const ORIGIN = 'https://trappan.example';
const IDLE = { status: 'idle' } as const;
let database: TestDatabase;
const prisma = () => database.prisma;

beforeAll(async () => {
  database = await createTestDatabase();
  setDatabaseForTests(database);
});
afterAll(async () => {
  await database.drop();
});
beforeEach(() => {
  vi.stubEnv('AUTH_SECRET', 'integration-test-secret-0123456789');
  vi.stubEnv('TRAPPAN_PUBLIC_URL', ORIGIN);
});
afterEach(() => vi.unstubAllEnvs());

let counter = 0;
async function newPerson() {
  counter += 1;
  return prisma().user.create({ data: { email: `anna.ek.${counter}@malmo.se`, name: `Anna Ek ${counter}`, emailVerifiedAt: new Date() } });
}

const mail = (user: { id: string; email: string }, kind = 'agenda.published', body = 'Hej!\n\nDagordningen för mötet är publicerad.') =>
  prisma().notification.create({ data: { userId: user.id, email: user.email, subject: `Brev om ${kind}`, body, kind } });

type Sent = { to: string; text: string; raw: string };

/** A transport that renders each message as nodemailer would send it, and keeps it. */
function recordingTransport() {
  const sent: Sent[] = [];
  const render = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    sent,
    transport: {
      sendMail: async (message: nodemailer.SendMailOptions) => {
        const info = await render.sendMail(message);
        // Headers folded over lines are unfolded, so a test can read them whole.
        sent.push({ to: String(message.to), text: String(message.text), raw: (info.message as Buffer).toString('utf8').replace(/\n[ \t]+/g, ' ') });
        return info;
      },
    },
  };
}

async function deliver() {
  const recorder = recordingTransport();
  const result = await deliverPendingNotifications({ prisma: prisma(), transport: recorder.transport });
  return { ...recorder, result };
}

const mutedKinds = async (userId: string) => (await prisma().user.findUniqueOrThrow({ where: { id: userId } })).mutedMailKinds;
const unsubscribes = (userId: string) => prisma().auditEvent.count({ where: { action: 'account.mail.unsubscribe', entityId: userId } });
const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;
const linkIn = (text: string) => text.match(/Avsluta: (\S+)/)?.[1];
const page = async (token: string) => renderToStaticMarkup(await UnsubscribePage({ locale: 'sv', searchParams: { token } }));
const press = (token: string) => {
  const form = new FormData();
  form.set('locale', 'sv');
  form.set('token', token);
  return unsubscribeAction(IDLE, form);
};
const oneClickRequest = (url: string, body: string | null = 'List-Unsubscribe=One-Click') =>
  new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });

/** Sends one agenda mail to a new person and gives back the links it carried. */
async function sentAgendaMail() {
  const person = await newPerson();
  await mail(person);
  const { sent } = await deliver();
  const message = sent.find((m) => m.to === person.email)!;
  return { person, message, pageUrl: linkIn(message.text)!, oneClickUrl: message.raw.match(/^List-Unsubscribe: <([^>]+)>$/m)?.[1] };
}

describe('the link in the mail', () => {
  it('is in a sent agenda mail, in its text and in the one-click headers', async () => {
    const { message, pageUrl, oneClickUrl } = await sentAgendaMail();
    expect(message.text).toContain('Dagordningen för mötet är publicerad.\n\n-- \n');
    expect(message.text).toContain(fill(sv.unsubscribe.mailFooter, { url: pageUrl }));
    expect(message.text).toContain(`Don't want these messages? Unsubscribe: ${ORIGIN}/en/unsubscribe?token=${tokenOf(pageUrl)}`);
    expect(pageUrl.startsWith(`${ORIGIN}/sv/unsubscribe?token=`)).toBe(true);
    expect(oneClickUrl).toBe(`${ORIGIN}/api/v1/unsubscribe?token=${tokenOf(pageUrl)}`);
    expect(message.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  });

  it('is not in an account mail, which is always sent', async () => {
    const person = await newPerson();
    await mail(person, 'account.resetPassword', 'Välj ett nytt lösenord.');
    await prisma().user.update({ where: { id: person.id }, data: { mutedMailKinds: ['account.resetPassword'] } });
    const { sent } = await deliver();
    const message = sent.find((m) => m.to === person.email)!;
    expect(message.text).toBe('Välj ett nytt lösenord.');
    expect(message.raw).not.toMatch(/List-Unsubscribe/);
  });
});

describe('the unsubscribe page', () => {
  it('shows the kind and the masked address, and opening it changes nothing', async () => {
    const { person, pageUrl } = await sentAgendaMail();
    const html = await page(tokenOf(pageUrl));
    expect(html).toContain(sv.mailKinds['agenda.published']);
    expect(html).toContain(maskEmail(person.email));
    expect(maskEmail(person.email)).toMatch(/^a…\d@malmo\.se$/);
    expect(html).not.toContain(person.email);
    expect(html).toContain(sv.unsubscribe.submit);
    expect(await mutedKinds(person.id)).toEqual([]);
    expect(await unsubscribes(person.id)).toBe(0);
  });

  it('turns off that kind only when the button is pressed, once, and the next mail of that kind is not sent', async () => {
    const { person, pageUrl } = await sentAgendaMail();
    const result = await press(tokenOf(pageUrl));
    expect(result).toMatchObject({ status: 'success', message: fill(sv.unsubscribe.done, { kind: sv.mailKinds['agenda.published'] }) });
    expect(await mutedKinds(person.id)).toEqual(['agenda.published']);
    expect(await prisma().auditEvent.findFirstOrThrow({ where: { action: 'account.mail.unsubscribe', entityId: person.id } })).toMatchObject({
      actorId: person.id,
      outcome: 'ALLOWED',
      after: { mutedMailKinds: ['agenda.published'], kind: 'agenda.published', via: 'page' },
    });

    // Pressed again (or the page opened again): nothing is added twice.
    expect((await press(tokenOf(pageUrl))).status).toBe('success');
    expect(await mutedKinds(person.id)).toEqual(['agenda.published']);
    expect(await page(tokenOf(pageUrl))).toContain(fill(sv.unsubscribe.alreadyOff, { kind: sv.mailKinds['agenda.published'], email: maskEmail(person.email) }));

    const agenda = await mail(person);
    const handover = await mail(person, 'need.handedOver', 'Resultat att kvittera.');
    const { sent, result: delivered } = await deliver();
    expect(delivered).toMatchObject({ muted: 1 });
    expect(sent.filter((m) => m.to === person.email).map((m) => m.text.split('\n')[0])).toEqual(['Resultat att kvittera.']);
    expect((await prisma().notification.findUniqueOrThrow({ where: { id: agenda.id } })).status).toBe('MUTED');
    expect((await prisma().notification.findUniqueOrThrow({ where: { id: handover.id } })).status).toBe('SENT');
  });

  it('says a tampered link does not work, and changes nothing', async () => {
    const { person, pageUrl } = await sentAgendaMail();
    const token = tokenOf(pageUrl);
    const other = await newPerson();
    const [payload, mac] = token.split('.') as [string, string];
    const tampered = [
      `${Buffer.from(`${other.id}\nagenda.published`).toString('base64url')}.${mac}`,
      `${Buffer.from(`${person.id}\nneed.handedOver`).toString('base64url')}.${mac}`,
      `${payload}.${mac.slice(0, -3)}AAA`,
      'not-a-token',
    ];
    for (const bad of tampered) {
      const html = await page(bad);
      expect(html).toContain(sv.unsubscribe.invalid);
      expect(html).not.toContain(sv.unsubscribe.submit);
      expect(await press(bad)).toMatchObject({ status: 'error', message: sv.refused.link_invalid });
    }
    expect(await page('')).toContain(sv.unsubscribe.invalid);
    for (const id of [person.id, other.id]) {
      expect(await mutedKinds(id)).toEqual([]);
      expect(await unsubscribes(id)).toBe(0);
    }
  });

  it('does not work for a person who has deleted their account', async () => {
    const { person, pageUrl } = await sentAgendaMail();
    await prisma().user.update({ where: { id: person.id }, data: { deletedAt: new Date() } });
    expect(await page(tokenOf(pageUrl))).toContain(sv.unsubscribe.invalid);
    expect((await press(tokenOf(pageUrl))).status).toBe('error');
    expect(await mutedKinds(person.id)).toEqual([]);
  });
});

describe('one-click unsubscribe (RFC 8058)', () => {
  it('turns the kind off with a POST, and a GET changes nothing but shows the page', async () => {
    const { person, oneClickUrl } = await sentAgendaMail();

    const opened = await openLink(new Request(oneClickUrl!));
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe(`${ORIGIN}/sv/unsubscribe?token=${tokenOf(oneClickUrl!)}`);
    expect(await mutedKinds(person.id)).toEqual([]);

    // Without the one-click field it is not a one-click request.
    for (const body of [null, 'List-Unsubscribe=Yes', 'x'.repeat(5000)]) {
      expect((await oneClick(oneClickRequest(oneClickUrl!, body))).status).toBe(400);
    }
    expect(await mutedKinds(person.id)).toEqual([]);

    const response = await oneClick(oneClickRequest(oneClickUrl!));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(sv.unsubscribe.oneClickDone);
    expect(await mutedKinds(person.id)).toEqual(['agenda.published']);
    expect(await unsubscribes(person.id)).toBe(1);
    expect((await oneClick(oneClickRequest(oneClickUrl!))).status).toBe(200);
    expect(await mutedKinds(person.id)).toEqual(['agenda.published']);
  });

  it('takes a multipart body too, and refuses a tampered token', async () => {
    const { person, oneClickUrl } = await sentAgendaMail();
    const tampered = oneClickUrl!.replace(/.{3}$/, 'AAA');
    expect((await oneClick(oneClickRequest(tampered))).status).toBe(400);
    expect(await mutedKinds(person.id)).toEqual([]);

    const body = new FormData();
    body.set('List-Unsubscribe', 'One-Click');
    expect((await oneClick(new Request(oneClickUrl!, { method: 'POST', body }))).status).toBe(200);
    expect(await mutedKinds(person.id)).toEqual(['agenda.published']);
  });

  it('is counted against the per-address limit', async () => {
    const { person, oneClickUrl } = await sentAgendaMail();
    requestFrom('198.51.100.77');
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) statuses.push((await oneClick(oneClickRequest(oneClickUrl!))).status);
      expect(statuses.every((status) => status === 200)).toBe(true);
      const refused = await oneClick(oneClickRequest(oneClickUrl!));
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      requestFrom('192.0.2.10');
    }
    expect(await mutedKinds(person.id)).toEqual(['agenda.published']);
  });
});

describe('the demo mailbox', () => {
  it('shows the unsubscribe link as it would be sent', async () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('TRAPPAN_DEMO', 'true');
    vi.stubEnv('SMTP_URL', '');
    const { person, pageUrl } = await sentAgendaMail();
    const html = renderToStaticMarkup(await DemoMailboxPage({ locale: 'sv', searchParams: { to: person.email } }));
    const href = `href="${pageUrl.replaceAll('&', '&amp;')}"`;
    expect(html).toContain(href);
    expect(html).toContain('Vill du inte få sådana här meddelanden?');
  });
});
