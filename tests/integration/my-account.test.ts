// A signed-in person's own account: details, a new address that counts once confirmed, a
// password change that asks for the current one and ends other sessions, mail choices, and
// signing out everywhere. Each refused when signed out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import {
  changeEmailAction,
  changePasswordAction,
  signOutEverywhereAction,
  updateMailChoicesAction,
  updateProfileAction,
} from '@/modules/accounts/account-actions';
import { verifyEmailAction } from '@/modules/accounts/sign-up-actions';
import { getCurrentUser } from '@/server/auth/current-user';
import { startSession } from '@/server/auth/user-session';
import { verifyCredentials } from '@/server/auth/verify-credentials';
import type { FormState } from '@/ui/form-state';

import { actAs, actAsSession } from './support/fake-session';
import { allMailKindsBut } from './support/mail-choices';
import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';

const t = getMessages('sv');
const IDLE = { status: 'idle' } as const;
let fixture: Fixture;
const prisma = () => fixture.database.prisma;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
});
afterAll(async () => {
  await fixture.database.drop();
});

describe('my account', () => {
  it('saves name, title and language', async () => {
    const userId = await fixture.userId('umea@trappan.test');
    actAs(userId);
    expect(await updateProfileAction(IDLE, fixture.form({ name: 'Maria Lund-Berg', title: '', language: 'en' }))).toMatchObject({ status: 'success', message: t.myAccount.profileSaved });
    expect(await prisma().user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ name: 'Maria Lund-Berg', title: null, locale: 'en' });
  });

  it('says an empty name is required and refuses a long title whole, in the page\'s language', async () => {
    const userId = await fixture.userId('umea@trappan.test');
    actAs(userId);
    const before = await prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, title: true } });
    const title = 'Upphandlare '.repeat(20).trim();
    const refused = await updateProfileAction(IDLE, fixture.form({ name: '  ', title, language: 'sv' }));
    expect(refused).toMatchObject({
      status: 'error',
      fieldErrors: { name: 'Fyll i namn.', title: `Texten är ${title.length} tecken, högst 200 får plats. Korta den med ${title.length - 200} tecken.` },
      values: { title },
    });
    const inEnglish = fixture.form({ name: '', title: '', language: 'en' });
    inEnglish.set('locale', 'en');
    expect((await updateProfileAction(IDLE, inEnglish)).fieldErrors).toEqual({ name: 'Fill in name.' });
    expect(await prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, title: true } })).toEqual(before);
  });

  it('changes the password only with the current one, and ends the other sessions but this one', async () => {
    const userId = await fixture.userId('linkoping@trappan.test');
    const here = await startSession(prisma(), userId);
    const elsewhere = await startSession(prisma(), userId);
    actAsSession(userId, here);
    const wrong = await changePasswordAction(IDLE, fixture.form({ currentPassword: 'fel', password: 'ett nytt långt lösenord', passwordConfirm: 'ett nytt långt lösenord' }));
    expect(wrong).toMatchObject({ status: 'error', fieldErrors: { currentPassword: t.myAccount.wrongPassword } });
    expect(await verifyCredentials(prisma(), 'linkoping@trappan.test', 'trappan-demo')).toMatchObject({ ok: true });

    const done = await changePasswordAction(IDLE, fixture.form({ currentPassword: 'trappan-demo', password: 'ett nytt långt lösenord', passwordConfirm: 'ett nytt långt lösenord' }));
    expect(done).toMatchObject({ status: 'success', message: t.myAccount.passwordChanged });
    expect(await verifyCredentials(prisma(), 'linkoping@trappan.test', 'ett nytt långt lösenord')).toMatchObject({ ok: true });
    expect(await getCurrentUser()).toMatchObject({ id: userId });
    actAsSession(userId, elsewhere);
    expect(await getCurrentUser()).toBeNull();
  });

  it('moves to a new address only when the link mailed there is used, and says the same for a taken one', async () => {
    const userId = await fixture.userId('goteborg@trappan.test');
    actAs(userId);
    const taken = await changeEmailAction(IDLE, fixture.form({ email: 'buyer@trappan.test', currentPassword: 'trappan-demo' }));
    expect(taken).toMatchObject({ status: 'success', message: t.myAccount.emailSent });
    expect(await prisma().notification.count({ where: { email: 'buyer@trappan.test', kind: 'account.verifyEmail' } })).toBe(0);

    expect(await changeEmailAction(IDLE, fixture.form({ email: 'anders.holm@goteborg.se', currentPassword: 'trappan-demo' }))).toMatchObject({ status: 'success' });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: userId } })).email).toBe('goteborg@trappan.test');
    const mail = await prisma().notification.findFirstOrThrow({ where: { email: 'anders.holm@goteborg.se', kind: 'account.verifyEmail' } });
    const token = /token=([\w-]+)/.exec(mail.body)![1]!;
    expect(await verifyEmailAction(IDLE, fixture.form({ token }))).toMatchObject({ status: 'success' });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: userId } })).email).toBe('anders.holm@goteborg.se');
  });

  it('says in the page\'s language what is wrong with a new address, however it is wrong', async () => {
    actAs(await fixture.userId('buyer2@trappan.test'));
    for (const email of ['', 'inte-en-adress', `${'a'.repeat(250)}@example.se`]) {
      const result = await changeEmailAction(IDLE, fixture.form({ email, currentPassword: 'trappan-demo' }));
      expect(result).toMatchObject({ status: 'error', fieldErrors: { email: t.signUp.emailInvalid } });
    }
  });

  it('keeps the mail choices', async () => {
    const userId = await fixture.userId('funder@trappan.test');
    actAs(userId);
    expect(await updateMailChoicesAction(IDLE, fixture.form(allMailKindsBut('agenda.published')))).toMatchObject({ status: 'success' });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: userId } })).mutedMailKinds).toEqual(['agenda.published']);
  });

  it('signs out everywhere, this session too', async () => {
    const userId = await fixture.userId('kommentus@trappan.test');
    const here = await startSession(prisma(), userId);
    await startSession(prisma(), userId);
    actAsSession(userId, here);
    await expect(signOutEverywhereAction(IDLE, fixture.form({}))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await prisma().userSession.count({ where: { userId } })).toBe(0);
    expect(await getCurrentUser()).toBeNull();
  });

  it.each([
    ['updateProfileAction', updateProfileAction, { name: 'X', title: '', language: 'sv' }],
    ['changePasswordAction', changePasswordAction, { currentPassword: 'trappan-demo', password: 'ett nytt långt lösenord', passwordConfirm: 'ett nytt långt lösenord' }],
    ['changeEmailAction', changeEmailAction, { email: 'ny@example.se', currentPassword: 'trappan-demo' }],
    ['updateMailChoicesAction', updateMailChoicesAction, {}],
    ['signOutEverywhereAction', signOutEverywhereAction, {}],
  ] as Array<[string, (s: FormState, f: FormData) => Promise<FormState>, Record<string, string>]>)('refuses %s when signed out, writing nothing', async (_name, action, fields) => {
    actAs(null);
    const before = await prisma().auditEvent.count();
    expect(await action(IDLE, fixture.form(fields))).toMatchObject({ status: 'error', message: t.refused.signedOut });
    expect(await prisma().auditEvent.count()).toBe(before);
  });
});
