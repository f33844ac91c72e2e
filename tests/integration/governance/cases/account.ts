// A person's own account (My account: details, password, address, mails, signing out
// everywhere), and confirming a pending colleague. The account actions are about the
// signed-in person themselves: every role may, the pending person too, only signed-out posts
// are refused; they take no record id, so there is no forged-id attempt. Each attempt starts
// from the demo password and fresh values, and each case has its own database, so a changed
// password, address request or ended session never reaches another case.
import { confirmColleague } from '@/modules/admin';
import { changeEmailAction, changePasswordAction, signOutEverywhereAction, updateMailChoicesAction, updateProfileAction } from '@/modules/accounts/account-actions';
import { getMessages } from '@/i18n/messages';
import type { FormState } from '@/server/actions/network-action';
import { hashPassword, verifyPassword } from '@/server/auth/password';
import { startSession } from '@/server/auth/user-session';

import { DEMO_PASSWORD } from '../../../../prisma/seed/demo-accounts';
import { ROLE_EMAIL, SIGNED_IN, successOnRedirect, type ActionCase, type Expected, type Fixture, type Role } from '../roles';
import { allMailKindsBut } from '../../support/mail-choices';

/**
 * The target of a confirmation is a pending person at Uppsala kommun, where of the roles only
 * the buyer outside the network (Fatima Hassan) is confirmed; the others are confirmed at
 * their own organisations, the admin at none.
 */
const UPPSALA_COLLEAGUES_AND_ADMINS: Record<Role, Expected> = {
  anonymous: 'deny',
  supplier: 'deny',
  buyerNonMember: 'allow',
  member: 'deny',
  observer: 'deny',
  otherCoordinator: 'deny',
  coordinator: 'deny',
  agencyStaff: 'deny',
  admin: 'allow',
};

const NEW_PASSWORD = 'Ängsblomma och kvällssol 7';

let counter = 0;
const next = () => `${(counter += 1)}-${Date.now()}`;

let demoHash: Promise<string> | null = null;

/** The role's person, with the demo password again, whatever an earlier attempt did; null when signed out. */
async function person(fixture: Fixture, role: Role) {
  const email = ROLE_EMAIL[role];
  if (!email) return null;
  const id = await fixture.userId(email);
  demoHash ??= hashPassword(DEMO_PASSWORD);
  await fixture.database.prisma.user.update({ where: { id }, data: { passwordHash: await demoHash } });
  return { id };
}

const user = (fixture: Fixture, id: string) => fixture.database.prisma.user.findUniqueOrThrow({ where: { id } });

const notColleague = getMessages('sv').adminUsers.notColleague;

/**
 * The admin domain's forms show a refusal about the record beside its field (admin-refusal.ts,
 * audited as DENIED); the matrix tells refusals from input errors by the field errors, so that
 * one refusal is read as the refusal it is. Any other field error still fails the matrix.
 */
async function confirmAsColleague(previous: FormState, formData: FormData): Promise<FormState> {
  const result = await confirmColleague(previous, formData);
  if (result.status === 'error' && result.fieldErrors?.userId === notColleague && Object.keys(result.fieldErrors).length === 1) {
    return { status: 'error', message: notColleague };
  }
  return result;
}

async function pendingPerson(fixture: Fixture, organizationSlug: string) {
  const { prisma } = fixture.database;
  const organization = await prisma.organization.findUniqueOrThrow({ where: { slug: organizationSlug }, select: { id: true } });
  return prisma.user.create({
    data: { email: `account-case-${next()}@${organizationSlug}.example.se`, name: `Väntar ${counter}`, organizationId: organization.id, affiliation: 'PENDING', emailVerifiedAt: new Date() },
  });
}

export const cases: ActionCase[] = [
  {
    name: 'update my details',
    whenEnded: 'open',
    run: updateProfileAction,
    expected: SIGNED_IN,
    pending: 'allow',
    prepare: async (fixture, role) => {
      const me = await person(fixture, role);
      const name = `Nytt namn ${next()}`;
      return {
        form: fixture.form({ name, title: 'Utvecklare', language: 'sv' }),
        applied: async () => Boolean(me && (await user(fixture, me.id)).name === name),
      };
    },
  },
  {
    name: 'change my password',
    whenEnded: 'open',
    run: changePasswordAction,
    expected: SIGNED_IN,
    pending: 'allow',
    prepare: async (fixture, role) => {
      const me = await person(fixture, role);
      return {
        form: fixture.form({ currentPassword: DEMO_PASSWORD, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }),
        applied: async () => Boolean(me && (await verifyPassword((await user(fixture, me.id)).passwordHash!, NEW_PASSWORD))),
      };
    },
  },
  {
    name: 'change my email address',
    whenEnded: 'open',
    run: changeEmailAction,
    expected: SIGNED_IN,
    pending: 'allow',
    prepare: async (fixture, role) => {
      const me = await person(fixture, role);
      // A fresh address each time: the address only counts once its link is opened, so what
      // an allowed attempt leaves is the link, and the demo address stays as it was.
      const email = `ny-adress-${next()}@example.se`;
      return {
        form: fixture.form({ email, currentPassword: DEMO_PASSWORD }),
        applied: async () =>
          Boolean(me && (await fixture.database.prisma.accountToken.count({ where: { userId: me.id, purpose: 'VERIFY_EMAIL', email } })) === 1),
      };
    },
  },
  {
    name: 'choose which mails I get',
    whenEnded: 'open',
    run: updateMailChoicesAction,
    expected: SIGNED_IN,
    pending: 'allow',
    prepare: async (fixture, role) => {
      const me = await person(fixture, role);
      if (me) await fixture.database.prisma.user.update({ where: { id: me.id }, data: { mutedMailKinds: [] } });
      return {
        // Agendas off, every other kind on.
        form: fixture.form(allMailKindsBut('agenda.published')),
        applied: async () => Boolean(me && (await user(fixture, me.id)).mutedMailKinds.join() === 'agenda.published'),
      };
    },
  },
  {
    name: 'sign out everywhere',
    whenEnded: 'open',
    run: successOnRedirect(signOutEverywhereAction),
    expected: SIGNED_IN,
    pending: 'allow',
    prepare: async (fixture, role) => {
      const me = await person(fixture, role);
      // A session on another device, which signing out everywhere must end. The test's own
      // session goes too; the next attempt as this person signs in afresh.
      const elsewhere = me ? await startSession(fixture.database.prisma, me.id) : null;
      return {
        form: fixture.form({}),
        applied: async () => Boolean(elsewhere && (await fixture.database.prisma.userSession.count({ where: { id: elsewhere } })) === 0),
      };
    },
  },
  {
    name: 'confirm a pending colleague',
    whenEnded: 'open',
    run: confirmAsColleague,
    expected: UPPSALA_COLLEAGUES_AND_ADMINS,
    // Olle Väntar is at Uppsala kommun too, but pending: he cannot vouch for anyone.
    prepare: async (fixture) => {
      const target = await pendingPerson(fixture, 'uppsala-kommun');
      return { form: fixture.form({ userId: target.id }), applied: async () => (await user(fixture, target.id)).affiliation === 'CONFIRMED' };
    },
    // Konstgräs's coordinator (of another organisation) names a pending person elsewhere.
    forged: async (fixture) => {
      const target = await pendingPerson(fixture, 'malmo-stad');
      return { form: fixture.form({ userId: target.id }), applied: async () => (await user(fixture, target.id)).affiliation === 'CONFIRMED' };
    },
  },
];
