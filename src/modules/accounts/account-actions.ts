'use server';

// A signed-in person's own account: details, a new address (counts once confirmed), a new
// password (asks for the current one and ends every other session), which mails to get, and
// signing out everywhere. All through runPersonAction: fresh session, zod, one transaction,
// audited.
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { LOCALES } from '@/i18n/locales';
import { runPersonAction } from '@/server/actions/person-action';
import { isCommonPassword } from '@/server/auth/common-passwords';
import { emailField } from '@/server/auth/email';
import { hashPassword, verifyPassword } from '@/server/auth/password';
import { PASSWORD_MAX_LENGTH, passwordProblem } from '@/server/auth/password-rules';
import { endAllSessions } from '@/server/auth/user-session';
import { optionalText, requiredText } from '@/server/input-rules';
import { hitRateLimit, RATE_LIMITS } from '@/server/rate-limit';
import type { FormState } from '@/ui/form-state';

import { ACCOUNT_LIMITS } from './account-limits';
import { enqueueAccountMail } from './account-mail';
import { issueAccountToken } from './account-tokens';
import { MUTABLE_MAIL_KINDS } from './mail-kinds';

const currentPasswordField = (message: string) => z.string().min(1, message).max(PASSWORD_MAX_LENGTH * 4, message);

/** Checks the current password inside the action; a wrong one is a field error, not a refusal. */
async function passwordMatches(tx: Parameters<Parameters<typeof runPersonAction>[1]['perform']>[0]['tx'], userId: string, password: string) {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user.passwordHash) && (await verifyPassword(user.passwordHash!, password));
}

export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runPersonAction(formData, {
    action: 'account.profile.update',
    schema: (t) =>
      z.object({
        name: requiredText(t, t.myAccount.name, ACCOUNT_LIMITS.personName),
        title: optionalText(t, ACCOUNT_LIMITS.jobTitle).transform((v) => v || null),
        language: z.enum(LOCALES).catch('sv'),
      }),
    perform: async ({ tx, input, user, t }) => {
      await tx.user.update({ where: { id: user.id }, data: { name: input.name, title: input.title, locale: input.language } });
      // The same fields on both sides, so the log shows what changed ("title" is an agenda item's heading there).
      return {
        message: t.myAccount.profileSaved,
        audit: { before: { name: user.name, jobTitle: user.title, locale: user.locale }, after: { name: input.name, jobTitle: input.title, locale: input.language } },
      };
    },
  });
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const current = String(formData.get('currentPassword') ?? '');
  const next = String(formData.get('password') ?? '');
  return runPersonAction(formData, {
    action: 'account.password.change',
    schema: (t) =>
      z
        .object({
          currentPassword: currentPasswordField(t.myAccount.passwordRequired),
          password: z
            .string()
            .max(PASSWORD_MAX_LENGTH * 4, t.signUp.passwordTooLong)
            .superRefine((password, ctx) => {
              const problem = passwordProblem(password, { isCommon: isCommonPassword });
              if (problem) ctx.addIssue({ code: 'custom', message: t.signUp[problem === 'tooShort' ? 'passwordTooShort' : problem === 'tooLong' ? 'passwordTooLong' : problem === 'common' ? 'passwordCommon' : 'passwordContainsEmail'] });
            }),
          passwordConfirm: z.string(),
        })
        .refine((input) => input.password === input.passwordConfirm, { path: ['passwordConfirm'], message: t.resetPassword.passwordMismatch }),
    perform: async ({ tx, user, t }) => {
      if (!(await passwordMatches(tx, user.id, current))) return { message: '', fieldError: { currentPassword: t.myAccount.wrongPassword } };
      await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(next) } });
      const ended = await endAllSessions(tx, user.id, user.sessionId);
      return { message: t.myAccount.passwordChanged, audit: { after: { otherSessionsEnded: ended } } };
    },
  });
}

export async function changeEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const current = String(formData.get('currentPassword') ?? '');
  return runPersonAction(formData, {
    action: 'account.email.change',
    schema: (t) =>
      z.object({
        email: emailField(t.signUp.emailInvalid),
        currentPassword: currentPasswordField(t.myAccount.passwordRequired),
      }),
    perform: async ({ tx, input, user, t, now }) => {
      if (!(await passwordMatches(tx, user.id, current))) return { message: '', fieldError: { currentPassword: t.myAccount.wrongPassword } };
      const limit = await hitRateLimit(tx, `account-mail:email:${input.email}`, RATE_LIMITS.accountMailPerEmail, now);
      // A taken address gets the same answer and no mail: the form must not tell who has an account.
      const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (limit.allowed && !taken) {
        const secret = await issueAccountToken(tx, { userId: user.id, purpose: 'VERIFY_EMAIL', email: input.email, now });
        await enqueueAccountMail(tx, { kind: 'verify', user: { id: user.id, name: user.name, email: input.email, locale: user.locale }, secret });
      }
      return { message: t.myAccount.emailSent, audit: { after: { requested: true } } };
    },
  });
}

export async function updateMailChoicesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runPersonAction(formData, {
    action: 'account.mail.update',
    schema: () => z.object(Object.fromEntries(MUTABLE_MAIL_KINDS.map((kind) => [kind, z.literal('on').optional()]))),
    perform: async ({ tx, input, user, t }) => {
      const muted = MUTABLE_MAIL_KINDS.filter((kind) => !(input as Record<string, string | undefined>)[kind]);
      await tx.user.update({ where: { id: user.id }, data: { mutedMailKinds: muted } });
      return { message: t.myAccount.mailSaved, audit: { after: { muted } } };
    },
  });
}

export async function signOutEverywhereAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runPersonAction(formData, {
    action: 'account.signOutEverywhere',
    schema: () => z.object({}),
    perform: async ({ tx, user, t, locale }) => {
      const ended = await endAllSessions(tx, user.id);
      return { message: t.myAccount.signedOutEverywhere, audit: { after: { sessionsEnded: ended } }, redirectTo: `/${locale}/sign-in?signedOut=1` };
    },
  });
  if (result.status === 'success' && result.redirectTo) redirect(result.redirectTo);
  return result;
}
