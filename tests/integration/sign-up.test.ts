// A way in for real people, against a real database: sign-up → verification → a join
// request; a taken address that reveals nothing; links that expire and work once; a reset
// that ends every other session; and a copied session that stops working after sign-out,
// a password reset or a disabled account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { requestToJoin } from '@/modules/governance/actions/joining-actions';
import {
  requestPasswordResetAction,
  resendVerificationAction,
  resetPasswordAction,
  signUpAction,
  verifyEmailAction,
} from '@/modules/accounts/sign-up-actions';
import { getCurrentUser } from '@/server/auth/current-user';
import { endSession, startSession } from '@/server/auth/user-session';
import { verifyCredentials } from '@/server/auth/verify-credentials';

import { requestFrom } from './support/fake-request';
import { actAs, actAsSession } from './support/fake-session';
import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';

const t = getMessages('sv');
const IDLE = { status: 'idle' } as const;
const PASSWORD = 'ett långt lösenord med ord';

let fixture: Fixture;
const prisma = () => fixture.database.prisma;
let addressCounter = 0;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
});
afterAll(async () => {
  await fixture.database.drop();
});

/** Each test signs up from its own network address, so the per-address limits stay out of the way. */
function freshAddress() {
  requestFrom(`198.51.100.${++addressCounter}`);
}

async function organizationId(slug: string) {
  return (await prisma().organization.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

/** The secret in the newest mail of this kind to the address. */
async function linkToken(email: string, kind: string): Promise<string> {
  const mail = await prisma().notification.findFirstOrThrow({ where: { email, kind }, orderBy: { createdAt: 'desc' } });
  return /token=([\w-]+)/.exec(mail.body)![1]!;
}

async function signUp(fields: Record<string, string>) {
  return signUpAction(IDLE, fixture.form({ name: 'Nora Ny', title: 'Upphandlare', password: PASSWORD, language: 'sv', organizationChoice: 'existing', ...fields }));
}

describe('signing up', () => {
  it('creates a person who cannot sign in until the mailed link is used, then can ask to join Konstgräs', async () => {
    freshAddress();
    const uppsala = await organizationId('uppsala-kommun');
    await prisma().organizationDomain.create({ data: { domain: 'uppsala.se', organizationId: uppsala, verifiedAt: new Date() } });
    const result = await signUp({ email: 'Nora.Ny@Uppsala.se', organizationId: uppsala });
    expect(result).toMatchObject({ status: 'success', message: expect.stringContaining('nora.ny@uppsala.se') });

    const user = await prisma().user.findUniqueOrThrow({ where: { email: 'nora.ny@uppsala.se' } });
    expect(user).toMatchObject({ emailVerifiedAt: null, affiliation: 'CONFIRMED', organizationId: uppsala, title: 'Upphandlare' });
    expect(await verifyCredentials(prisma(), 'nora.ny@uppsala.se', PASSWORD)).toEqual({ ok: false, reason: 'unverified' });
    // Only the hash of the link's secret is stored.
    const token = await linkToken(user.email, 'account.verifyEmail');
    expect(await prisma().accountToken.count({ where: { tokenHash: token } })).toBe(0);

    expect(await verifyEmailAction(IDLE, fixture.form({ token }))).toMatchObject({ status: 'success', message: t.verifyEmail.verified });
    expect(await verifyCredentials(prisma(), 'nora.ny@uppsala.se', PASSWORD)).toEqual({ ok: true, userId: user.id });

    actAs(user.id);
    const joined = await requestToJoin(IDLE, fixture.form({ networkId: await fixture.networkId('konstgras'), motivation: 'Vi bygger tre nya planer.', competence: 'PROCURER' }));
    expect(joined, JSON.stringify(joined)).toMatchObject({ status: 'success' });
    expect(await prisma().joinRequest.count({ where: { userId: user.id, status: 'PENDING' } })).toBe(1);
  });

  it('says the same for an address that has an account, and mails its owner instead of creating anything', async () => {
    freshAddress();
    const before = await prisma().user.count();
    const result = await signUp({ email: 'buyer@trappan.test', organizationId: await organizationId('malmo-stad') });
    expect(result).toEqual({ status: 'success', message: t.signUp.sent.replace('{email}', 'buyer@trappan.test'), detail: undefined, redirectTo: undefined });
    expect(await prisma().user.count()).toBe(before);
    const mail = await prisma().notification.findFirstOrThrow({ where: { email: 'buyer@trappan.test', kind: 'account.signUpExists' } });
    expect(mail.body).toContain('/sv/reset-password');
    expect(await prisma().accountToken.count({ where: { user: { email: 'buyer@trappan.test' } } })).toBe(0);
  });

  it('leaves a person at another domain pending: they read, but cannot ask to join', async () => {
    freshAddress();
    await signUp({ email: 'nils@gmail.com', organizationId: await organizationId('uppsala-kommun') });
    const user = await prisma().user.findUniqueOrThrow({ where: { email: 'nils@gmail.com' } });
    expect(user.affiliation).toBe('PENDING');
    await verifyEmailAction(IDLE, fixture.form({ token: await linkToken(user.email, 'account.verifyEmail') }));
    actAs(user.id);
    expect(await getCurrentUser()).toMatchObject({ id: user.id, affiliation: 'PENDING' });
    const joined = await requestToJoin(IDLE, fixture.form({ networkId: await fixture.networkId('konstgras'), motivation: 'Vi vill vara med.', competence: 'PROCURER' }));
    expect(joined).toMatchObject({ status: 'error', message: t.refused.notAffiliated });
    expect(await prisma().joinRequest.count({ where: { userId: user.id } })).toBe(0);
  });

  it('registers a new organisation with a valid number, and refuses a wrong check digit or a number already there', async () => {
    freshAddress();
    const wrong = await signUp({ email: 'eva@saffle.se', organizationChoice: 'new', newName: 'Säffle kommun', newNumber: '212000-1875', newKind: 'MUNICIPALITY', newCounty: '17' });
    expect(wrong).toMatchObject({ status: 'error', fieldErrors: { newNumber: t.signUp.newNumberInvalid }, values: { newName: 'Säffle kommun', email: 'eva@saffle.se' } });
    expect(wrong.values).not.toHaveProperty('password');

    const taken = await signUp({ email: 'eva@saffle.se', organizationChoice: 'new', newName: 'Malmö igen', newNumber: '2120001124', newKind: 'MUNICIPALITY' });
    expect(taken).toMatchObject({ status: 'error', message: t.refused.organizationExists });

    const created = await signUp({ email: 'eva@saffle.se', organizationChoice: 'new', newName: 'Säffle kommun', newNumber: '212000-1876', newKind: 'MUNICIPALITY', newCounty: '17' });
    expect(created, JSON.stringify(created)).toMatchObject({ status: 'success' });
    const user = await prisma().user.findUniqueOrThrow({ where: { email: 'eva@saffle.se' }, include: { organization: true } });
    expect(user.organization).toMatchObject({ name: 'Säffle kommun', slug: 'saffle-kommun', organizationNumber: '212000-1876', kind: 'MUNICIPALITY', countyCode: '17' });
    // Typing a name makes nobody that organisation's voice.
    expect(user.affiliation).toBe('PENDING');
  });

  it('names what is missing and refuses a long name whole, under the shared input rules', async () => {
    freshAddress();
    const noName = await signUp({ name: '', email: 'ny@saffle.se' });
    expect(noName).toMatchObject({ status: 'error', fieldErrors: { name: 'Fyll i namn.' } });
    const noOrganisationName = await signUp({ email: 'ny@saffle.se', organizationChoice: 'new', newName: ' ', newNumber: '212000-1876', newKind: 'MUNICIPALITY' });
    expect(noOrganisationName).toMatchObject({ status: 'error', fieldErrors: { newName: 'Fyll i organisationens namn.' } });
    const long = 'Säffle kommuns tekniska förvaltning '.repeat(6);
    const tooLong = await signUp({ email: 'ny@saffle.se', organizationChoice: 'new', newName: long, newNumber: '212000-1876', newKind: 'MUNICIPALITY' });
    expect(tooLong.fieldErrors?.newName).toBe(t.input.tooLong(200, long.trim().length));
    expect(tooLong.values?.newName).toBe(long);
    expect(await prisma().user.count({ where: { email: 'ny@saffle.se' } })).toBe(0);
  });

  it('refuses short, common and e-mail-like passwords, and never trims one', async () => {
    freshAddress();
    const uppsala = await organizationId('uppsala-kommun');
    for (const [password, message] of [
      ['kort', t.signUp.passwordTooShort],
      ['qwerty123456', t.signUp.passwordCommon],
      ['lisa.larsson-hemligt', t.signUp.passwordContainsEmail],
      ['x'.repeat(129), t.signUp.passwordTooLong],
    ] as const) {
      const result = await signUp({ email: 'lisa.larsson@uppsala.se', organizationId: uppsala, password });
      expect(result.fieldErrors?.password, password).toBe(message);
    }
    await signUp({ email: 'lisa.larsson@uppsala.se', organizationId: uppsala, password: '  mellanslag räknas  ' });
    const user = await prisma().user.findUniqueOrThrow({ where: { email: 'lisa.larsson@uppsala.se' } });
    await prisma().user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    expect(await verifyCredentials(prisma(), user.email, 'mellanslag räknas')).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifyCredentials(prisma(), user.email, '  mellanslag räknas  ')).toEqual({ ok: true, userId: user.id });
  });

  it('limits sign-ups from one network address', async () => {
    requestFrom('203.0.113.99');
    const uppsala = await organizationId('uppsala-kommun');
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await signUp({ email: `massa-${i}@example.se`, organizationId: uppsala }));
    expect(results.slice(0, 10).every((r) => r.status === 'success')).toBe(true);
    expect(results[10]).toMatchObject({ status: 'error', message: t.actions.tooMany(60) });
    expect(await prisma().user.count({ where: { email: 'massa-10@example.se' } })).toBe(0);
  });
});

describe('verification links', () => {
  it('work once, not after 24 hours, and a new link replaces the old', async () => {
    freshAddress();
    await signUp({ email: 'lank@example.se', organizationId: await organizationId('uppsala-kommun') });
    const first = await linkToken('lank@example.se', 'account.verifyEmail');
    expect(await resendVerificationAction(IDLE, fixture.form({ email: 'lank@example.se' }))).toMatchObject({ status: 'success', message: t.verifyEmail.resendSent });
    const second = await linkToken('lank@example.se', 'account.verifyEmail');
    expect(second).not.toBe(first);
    expect(await verifyEmailAction(IDLE, fixture.form({ token: first }))).toMatchObject({ status: 'error', message: t.refused.link_used });

    await prisma().accountToken.updateMany({ where: { user: { email: 'lank@example.se' }, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifyEmailAction(IDLE, fixture.form({ token: second }))).toMatchObject({ status: 'error', message: t.refused.link_expired });
    expect(await verifyEmailAction(IDLE, fixture.form({ token: 'påhittad' }))).toMatchObject({ status: 'error', message: t.refused.link_invalid });
    expect((await prisma().user.findUniqueOrThrow({ where: { email: 'lank@example.se' } })).emailVerifiedAt).toBeNull();
  });

  it('can be used only once when two clicks arrive together', async () => {
    freshAddress();
    await signUp({ email: 'dubbel@example.se', organizationId: await organizationId('uppsala-kommun') });
    const token = await linkToken('dubbel@example.se', 'account.verifyEmail');
    const results = await Promise.all([verifyEmailAction(IDLE, fixture.form({ token })), verifyEmailAction(IDLE, fixture.form({ token }))]);
    expect(results.map((r) => r.status).sort()).toEqual(['error', 'success']);
  });

  it('are not sent to an address without a waiting account, with the same answer', async () => {
    freshAddress();
    const before = await prisma().notification.count();
    expect(await resendVerificationAction(IDLE, fixture.form({ email: 'ingen-alls@example.se' }))).toMatchObject({ status: 'success', message: t.verifyEmail.resendSent });
    expect(await resendVerificationAction(IDLE, fixture.form({ email: 'buyer@trappan.test' }))).toMatchObject({ status: 'success', message: t.verifyEmail.resendSent });
    expect(await prisma().notification.count()).toBe(before);
  });
});

describe('password reset', () => {
  it('sets a new password with a one-hour, single-use link and ends every other session', async () => {
    freshAddress();
    const userId = await fixture.userId('buyer2@trappan.test');
    const elsewhere = await startSession(prisma(), userId);
    expect(await requestPasswordResetAction(IDLE, fixture.form({ email: 'BUYER2@trappan.test' }))).toMatchObject({ status: 'success', message: t.resetPassword.sent });
    const token = await linkToken('buyer2@trappan.test', 'account.resetPassword');
    const token_ = await prisma().accountToken.findFirstOrThrow({ where: { userId, purpose: 'RESET_PASSWORD', usedAt: null } });
    expect(Math.round((token_.expiresAt.getTime() - token_.createdAt.getTime()) / 60_000)).toBe(60);

    const mismatch = await resetPasswordAction(IDLE, fixture.form({ token, password: 'ett helt nytt lösenord', passwordConfirm: 'ett annat' }));
    expect(mismatch.fieldErrors?.passwordConfirm).toBe(t.resetPassword.passwordMismatch);

    expect(await resetPasswordAction(IDLE, fixture.form({ token, password: 'ett helt nytt lösenord', passwordConfirm: 'ett helt nytt lösenord' }))).toMatchObject({ status: 'success' });
    expect(await verifyCredentials(prisma(), 'buyer2@trappan.test', 'ett helt nytt lösenord')).toEqual({ ok: true, userId });
    actAsSession(userId, elsewhere);
    expect(await getCurrentUser()).toBeNull();

    const again = await resetPasswordAction(IDLE, fixture.form({ token, password: 'ännu ett nytt lösenord', passwordConfirm: 'ännu ett nytt lösenord' }));
    expect(again).toMatchObject({ status: 'error', message: t.refused.link_used });
  });

  it('mails nothing for an unknown address, and says the same', async () => {
    freshAddress();
    const before = await prisma().notification.count();
    expect(await requestPasswordResetAction(IDLE, fixture.form({ email: 'okand@example.se' }))).toMatchObject({ status: 'success', message: t.resetPassword.sent });
    expect(await prisma().notification.count()).toBe(before);
  });
});

describe('a copied session cookie', () => {
  it('stops working after sign-out and after the account is disabled', async () => {
    const userId = await fixture.userId('umea@trappan.test');
    const copied = await startSession(prisma(), userId);
    actAsSession(userId, copied);
    expect(await getCurrentUser()).toMatchObject({ id: userId });
    await endSession(prisma(), copied);
    expect(await getCurrentUser()).toBeNull();

    const other = await startSession(prisma(), userId);
    actAsSession(userId, other);
    await prisma().user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();
    await prisma().user.update({ where: { id: userId }, data: { disabledAt: null } });
  });

  it('does not work with another person’s user id', async () => {
    const mine = await startSession(prisma(), await fixture.userId('umea@trappan.test'));
    actAsSession(await fixture.userId('admin@trappan.test'), mine);
    expect(await getCurrentUser()).toBeNull();
  });
});

describe('signed-out posts', () => {
  it('are refused without writing to the audit log', async () => {
    actAs(null);
    const before = await prisma().auditEvent.count();
    for (let i = 0; i < 5; i++) {
      const result = await requestToJoin(IDLE, fixture.form({ networkId: await fixture.networkId('konstgras'), motivation: 'x', competence: 'PROCURER' }));
      expect(result).toMatchObject({ status: 'error', message: t.refused.signedOut });
    }
    expect(await prisma().auditEvent.count()).toBe(before);
  });
});
