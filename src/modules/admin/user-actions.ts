'use server';

// What platform admins do to people's accounts: disable and enable them, give and take back
// platform roles, and confirm a person waiting for their organisation. Confirming is also open
// to a confirmed colleague of the same organisation (confirmColleague). Each action reads the
// person inside the transaction; the form names only whom.
import { z } from 'zod';

import type { Messages } from '@/i18n/messages';
import { Refusal, type FormState, type RefusalCode, type Tx } from '@/server/actions/network-action';
import { runPersonAction, type PersonOutcome } from '@/server/actions/person-action';
import type { CurrentUser } from '@/server/auth/current-user';
import { endAllSessions } from '@/server/auth/user-session';

import { PLATFORM_ROLES } from './admin-fields';
import { refuseInForm } from './admin-refusal';

const adminOnly = (user: CurrentUser) => (user.platformRole === 'ADMIN' ? null : 'notAdmin');

const userId = (t: Messages) => z.string({ error: t.adminUsers.personRequired }).trim().min(1, t.adminUsers.personRequired);
const personSchema = (t: Messages) => z.object({ userId: userId(t) });

/** The person as the rules need them, read inside the transaction. */
async function loadPerson(tx: Tx, id: string) {
  const person = await tx.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      disabledAt: true,
      deletedAt: true,
      platformRole: true,
      affiliation: true,
      organizationId: true,
      organization: { select: { name: true } },
    },
  });
  if (!person) throw new Refusal('notFound');
  return person;
}

type Attempt = { actor: CurrentUser; action: string; personId: string };

const refuse = (tx: Tx, { actor, action, personId }: Attempt, reason: string, message: string) =>
  refuseInForm(tx, { actorId: actor.id, action, entity: { type: 'User', id: personId }, reason }, 'userId', message);

export async function disableUser(_previous: FormState, formData: FormData): Promise<FormState> {
  const action = 'admin.user.disable';
  return runPersonAction(formData, {
    action,
    schema: personSchema,
    authorize: adminOnly,
    perform: async ({ tx, input, user, t, now }): Promise<PersonOutcome> => {
      const attempt = { actor: user, action, personId: input.userId };
      const person = await loadPerson(tx, input.userId);
      if (person.deletedAt) return refuse(tx, attempt, 'personDeleted', t.adminUsers.personDeleted);
      if (person.id === user.id) return refuse(tx, attempt, 'self', t.adminUsers.cannotDisableSelf);
      if (person.disabledAt) return refuse(tx, attempt, 'alreadyDisabled', t.adminUsers.alreadyDisabled);
      await tx.user.update({ where: { id: person.id }, data: { disabledAt: now } });
      const endedSessions = await endAllSessions(tx, person.id);
      return {
        message: t.adminUsers.disabledDone(person.name),
        entity: { type: 'User', id: person.id },
        audit: { before: { disabledAt: null }, after: { disabledAt: now.toISOString(), endedSessions } },
      };
    },
  });
}

export async function enableUser(_previous: FormState, formData: FormData): Promise<FormState> {
  const action = 'admin.user.enable';
  return runPersonAction(formData, {
    action,
    schema: personSchema,
    authorize: adminOnly,
    perform: async ({ tx, input, user, t }): Promise<PersonOutcome> => {
      const attempt = { actor: user, action, personId: input.userId };
      const person = await loadPerson(tx, input.userId);
      if (person.deletedAt) return refuse(tx, attempt, 'personDeleted', t.adminUsers.personDeleted);
      if (!person.disabledAt) return refuse(tx, attempt, 'notDisabled', t.adminUsers.notDisabled);
      await tx.user.update({ where: { id: person.id }, data: { disabledAt: null } });
      return {
        message: t.adminUsers.enabledDone(person.name),
        entity: { type: 'User', id: person.id },
        audit: { before: { disabledAt: person.disabledAt.toISOString() }, after: { disabledAt: null } },
      };
    },
  });
}

export async function changePlatformRole(_previous: FormState, formData: FormData): Promise<FormState> {
  const action = 'admin.user.changePlatformRole';
  return runPersonAction(formData, {
    action,
    schema: (t: Messages) => z.object({ userId: userId(t), platformRole: z.enum(PLATFORM_ROLES, { error: t.adminUsers.roleRequired }) }),
    authorize: adminOnly,
    perform: async ({ tx, input, user, t }): Promise<PersonOutcome> => {
      const attempt = { actor: user, action, personId: input.userId };
      const person = await loadPerson(tx, input.userId);
      if (person.deletedAt) return refuse(tx, attempt, 'personDeleted', t.adminUsers.personDeleted);
      if (person.id === user.id && input.platformRole !== 'ADMIN') return refuse(tx, attempt, 'self', t.adminUsers.cannotDemoteSelf);
      if (person.platformRole === input.platformRole) return refuse(tx, attempt, 'roleUnchanged', t.adminUsers.roleUnchanged);
      await tx.user.update({ where: { id: person.id }, data: { platformRole: input.platformRole } });
      // Pages read the role once per request from the session's person; ending the sessions
      // makes the new role count at once, not at the next sign-in.
      const endedSessions = await endAllSessions(tx, person.id);
      return {
        // "now has the platform role No platform role" reads badly: taking the role away says so.
        message:
          input.platformRole === 'NONE' ? t.adminUsers.roleRemovedDone(person.name) : t.adminUsers.roleDone(person.name, t.adminUsers.roles[input.platformRole]),
        entity: { type: 'User', id: person.id },
        audit: { before: { platformRole: person.platformRole }, after: { platformRole: input.platformRole, endedSessions } },
      };
    },
  });
}

/** Sets a pending person CONFIRMED, when `mayConfirm` allows it for the person read in the transaction. */
function confirmAffiliationAction(
  action: string,
  formData: FormData,
  rules: { authorize: (actor: CurrentUser) => RefusalCode | null; mayConfirm: (actor: CurrentUser, organizationId: string | null) => boolean },
) {
  const { authorize, mayConfirm } = rules;
  return runPersonAction(formData, {
    action,
    schema: personSchema,
    authorize,
    perform: async ({ tx, input, user, t }): Promise<PersonOutcome> => {
      const attempt = { actor: user, action, personId: input.userId };
      const person = await loadPerson(tx, input.userId);
      // The organisation comes from the person's row, never from the form.
      if (!mayConfirm(user, person.organizationId)) return refuse(tx, attempt, 'notColleague', t.adminUsers.notColleague);
      if (person.deletedAt) return refuse(tx, attempt, 'personDeleted', t.adminUsers.personDeleted);
      if (person.affiliation !== 'PENDING' || !person.organization) return refuse(tx, attempt, 'notPending', t.adminUsers.notPending);
      await tx.user.update({ where: { id: person.id }, data: { affiliation: 'CONFIRMED' } });
      return {
        message: t.adminUsers.confirmedDone(person.name, person.organization.name),
        entity: { type: 'User', id: person.id },
        audit: { before: { affiliation: 'PENDING' }, after: { affiliation: 'CONFIRMED', organizationId: person.organizationId } },
      };
    },
  });
}

const isAdmin = (actor: CurrentUser) => actor.platformRole === 'ADMIN';

/** A platform admin confirms a pending person (the admin's people list). */
export async function confirmAffiliation(_previous: FormState, formData: FormData): Promise<FormState> {
  return confirmAffiliationAction('admin.user.confirmAffiliation', formData, { authorize: adminOnly, mayConfirm: isAdmin });
}

/** A confirmed person confirms a pending colleague of their own organisation (or an admin does). */
export async function confirmColleague(_previous: FormState, formData: FormData): Promise<FormState> {
  return confirmAffiliationAction('account.affiliation.confirmColleague', formData, {
    // Only someone who may speak for an organisation can vouch for a colleague.
    authorize: (actor) => (isAdmin(actor) || actor.affiliation === 'CONFIRMED' ? null : 'notAffiliated'),
    mayConfirm: (actor, organizationId) =>
      isAdmin(actor) || (actor.affiliation === 'CONFIRMED' && organizationId !== null && actor.organization?.id === organizationId),
  });
}
