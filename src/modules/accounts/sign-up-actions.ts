'use server';

// Getting in without an account: signing up, confirming the address, a new confirmation
// link, and a new password. None of them needs a session, so each counts against rate
// limits per network address and per email first (src/server/actions/person-action.ts).
// Answers never say whether an address has an account: signing up with a taken address
// says "check your inbox" like any other, and mails the owner instead.
import { z } from 'zod';

import { OrganizationKind } from '@/generated/prisma/enums';
import { LOCALES } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { fill } from '@/i18n/template';
import { runPublicAction, type ActionResult } from '@/server/actions/person-action';
import { Refusal } from '@/server/actions/network-action';
import { isCommonPassword } from '@/server/auth/common-passwords';
import { emailField } from '@/server/auth/email';
import { hashPassword } from '@/server/auth/password';
import { passwordProblem, PASSWORD_MAX_LENGTH } from '@/server/auth/password-rules';
import { endAllSessions } from '@/server/auth/user-session';
import { optionalText, requiredText } from '@/server/input-rules';
import { RATE_LIMITS } from '@/server/rate-limit';
import type { FormState } from '@/ui/form-state';

import { ACCOUNT_LIMITS } from './account-limits';
import { enqueueAccountMail } from './account-mail';
import { consumeAccountToken, issueAccountToken } from './account-tokens';
import { affiliationFor } from './affiliation';
import { isCountyCode } from './counties';
import { normalizeOrganizationNumber } from './organization-rules';
import { organizationSlugFrom } from './organization-slug';

/** A new password, checked against the rules (never trimmed: spaces count). */
const zNewPassword = (t: Messages['signUp']) =>
  z
    .string()
    // Refused before anything else looks at it: a huge body is not a password.
    .max(PASSWORD_MAX_LENGTH * 4, t.passwordTooLong)
    .superRefine((password, ctx) => {
      const problem = passwordProblem(password, { isCommon: isCommonPassword });
      if (problem === 'tooShort') ctx.addIssue({ code: 'custom', message: t.passwordTooShort });
      if (problem === 'tooLong') ctx.addIssue({ code: 'custom', message: t.passwordTooLong });
      if (problem === 'common') ctx.addIssue({ code: 'custom', message: t.passwordCommon });
    });

/** An optional text under the shared rules; left empty it is stored as null. */
const optionalName = (messages: Messages, max: number) => optionalText(messages, max).transform((value) => value || null);

const signUpSchema = (messages: Messages) => {
  const t = messages.signUp;
  return z
    .object({
      name: requiredText(messages, t.name, ACCOUNT_LIMITS.personName),
      title: optionalName(messages, ACCOUNT_LIMITS.jobTitle),
      email: emailField(t.emailInvalid),
      password: zNewPassword(t),
      language: z.enum(LOCALES).catch('sv'),
      organizationChoice: z.enum(['existing', 'new']).catch('existing'),
      organizationId: z.string().trim().max(40).optional(),
      newName: optionalName(messages, ACCOUNT_LIMITS.organizationName),
      newNumber: z.string().trim().max(20).optional(),
      newKind: z.string().optional(),
      newCounty: z.string().trim().optional(),
    })
    .superRefine((input, ctx) => {
      const problem = passwordProblem(input.password, { isCommon: () => false, email: input.email });
      if (problem === 'containsEmail') ctx.addIssue({ code: 'custom', path: ['password'], message: t.passwordContainsEmail });
      if (input.organizationChoice === 'existing') {
        if (!input.organizationId) ctx.addIssue({ code: 'custom', path: ['organizationId'], message: t.organizationRequired });
        return;
      }
      if (!input.newName) ctx.addIssue({ code: 'custom', path: ['newName'], message: messages.input.required(t.newName) });
      if (!input.newNumber || !normalizeOrganizationNumber(input.newNumber)) ctx.addIssue({ code: 'custom', path: ['newNumber'], message: t.newNumberInvalid });
      if (!input.newKind || !(input.newKind in OrganizationKind)) ctx.addIssue({ code: 'custom', path: ['newKind'], message: t.newKindRequired });
      if (input.newCounty && !isCountyCode(input.newCounty)) ctx.addIssue({ code: 'custom', path: ['newCounty'], message: t.countyInvalid });
    });
};

export async function signUpAction(_previous: FormState, formData: FormData): Promise<ActionResult> {
  // Hashed before anything is looked up, so a taken address answers as slowly as a new one.
  const rawPassword = formData.get('password');
  const passwordHash =
    typeof rawPassword === 'string' && rawPassword.length >= 1 && rawPassword.length <= PASSWORD_MAX_LENGTH * 4 ? await hashPassword(rawPassword) : '';
  return runPublicAction(formData, {
    action: 'account.signUp',
    schema: signUpSchema,
    limits: (input, address) => [
      { key: `sign-up:ip:${address}`, limit: RATE_LIMITS.signUpPerAddress },
      { key: `account-mail:email:${input.email}`, limit: RATE_LIMITS.accountMailPerEmail },
    ],
    perform: async ({ tx, input, t, now }) => {
      const sent = fill(t.signUp.sent, { email: input.email });
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, locale: true, deletedAt: true } });
      if (existing) {
        if (!existing.deletedAt) await enqueueAccountMail(tx, { kind: 'exists', user: { ...existing, email: input.email } });
        return { message: sent };
      }

      let organizationId: string;
      if (input.organizationChoice === 'existing') {
        const organization = await tx.organization.findUnique({ where: { id: input.organizationId! }, select: { id: true } });
        if (!organization) throw new Refusal('organizationUnknown');
        organizationId = organization.id;
      } else {
        const organizationNumber = normalizeOrganizationNumber(input.newNumber!)!;
        if (await tx.organization.findUnique({ where: { organizationNumber }, select: { id: true } })) throw new Refusal('organizationExists');
        const base = organizationSlugFrom(input.newName!);
        const taken = await tx.organization.count({ where: { slug: { startsWith: base } } });
        const created = await tx.organization.create({
          data: {
            name: input.newName!,
            slug: taken === 0 ? base : `${base}-${organizationNumber.replace('-', '')}`,
            organizationNumber,
            kind: input.newKind as OrganizationKind,
            countyCode: input.newCounty || null,
          },
          select: { id: true },
        });
        organizationId = created.id;
      }

      const user = await tx.user.create({
        data: {
          name: input.name,
          title: input.title,
          email: input.email,
          passwordHash,
          locale: input.language,
          organizationId,
          affiliation: await affiliationFor(tx, input.email, organizationId),
        },
        select: { id: true, name: true, email: true, locale: true, affiliation: true },
      });
      const secret = await issueAccountToken(tx, { userId: user.id, purpose: 'VERIFY_EMAIL', email: user.email, now });
      await enqueueAccountMail(tx, { kind: 'verify', user, secret });
      return {
        message: sent,
        actorId: user.id,
        entity: { type: 'User', id: user.id },
        audit: { after: { organizationId, affiliation: user.affiliation, newOrganization: input.organizationChoice === 'new' } },
      };
    },
  });
}

export async function verifyEmailAction(_previous: FormState, formData: FormData): Promise<ActionResult> {
  return runPublicAction(formData, {
    action: 'account.verifyEmail',
    schema: () => z.object({ token: z.string().min(1).max(100) }),
    limits: (_input, address) => [{ key: `verify:ip:${address}`, limit: RATE_LIMITS.accountMailPerAddress }],
    perform: async ({ tx, input, t, now }) => {
      const used = await consumeAccountToken(tx, input.token, 'VERIFY_EMAIL', now);
      if (!used.ok) throw new Refusal(`link_${used.problem}`);
      const user = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { email: true, emailVerifiedAt: true } });
      if (used.email !== user.email) {
        // A new address the person asked for: it counts from now, if nobody took it meanwhile.
        if (await tx.user.findUnique({ where: { email: used.email }, select: { id: true } })) throw new Refusal('emailTaken');
        await tx.user.update({ where: { id: used.userId }, data: { email: used.email, emailVerifiedAt: now } });
      } else {
        await tx.user.update({ where: { id: used.userId }, data: { emailVerifiedAt: user.emailVerifiedAt ?? now } });
      }
      return { message: t.verifyEmail.verified, actorId: used.userId, entity: { type: 'User', id: used.userId }, audit: { after: { email: used.email } } };
    },
  });
}

export async function resendVerificationAction(_previous: FormState, formData: FormData): Promise<ActionResult> {
  return runPublicAction(formData, {
    action: 'account.resendVerification',
    schema: (t) => z.object({ email: z.string().trim().max(254).toLowerCase().pipe(z.email(t.signUp.emailInvalid)) }),
    limits: (input, address) => [
      { key: `account-mail:ip:${address}`, limit: RATE_LIMITS.accountMailPerAddress },
      { key: `account-mail:email:${input.email}`, limit: RATE_LIMITS.accountMailPerEmail },
    ],
    perform: async ({ tx, input, t, now }) => {
      const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, email: true, locale: true, emailVerifiedAt: true, deletedAt: true, disabledAt: true } });
      if (user && !user.emailVerifiedAt && !user.deletedAt && !user.disabledAt) {
        const secret = await issueAccountToken(tx, { userId: user.id, purpose: 'VERIFY_EMAIL', email: user.email, now });
        await enqueueAccountMail(tx, { kind: 'verify', user, secret });
      }
      return { message: t.verifyEmail.resendSent };
    },
  });
}

export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<ActionResult> {
  return runPublicAction(formData, {
    action: 'account.requestPasswordReset',
    schema: (t) => z.object({ email: z.string().trim().max(254).toLowerCase().pipe(z.email(t.signUp.emailInvalid)) }),
    limits: (input, address) => [
      { key: `account-mail:ip:${address}`, limit: RATE_LIMITS.accountMailPerAddress },
      { key: `account-mail:email:${input.email}`, limit: RATE_LIMITS.accountMailPerEmail },
    ],
    perform: async ({ tx, input, t, now }) => {
      const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, email: true, locale: true, deletedAt: true, disabledAt: true } });
      if (user && !user.deletedAt && !user.disabledAt) {
        const secret = await issueAccountToken(tx, { userId: user.id, purpose: 'RESET_PASSWORD', email: user.email, now });
        await enqueueAccountMail(tx, { kind: 'reset', user, secret });
      }
      return { message: t.resetPassword.sent };
    },
  });
}

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<ActionResult> {
  const rawPassword = formData.get('password');
  return runPublicAction(formData, {
    action: 'account.resetPassword',
    schema: (t) =>
      z
        .object({ token: z.string().min(1).max(100), password: zNewPassword(t.signUp), passwordConfirm: z.string().max(PASSWORD_MAX_LENGTH * 4) })
        .refine((input) => input.password === input.passwordConfirm, { path: ['passwordConfirm'], message: t.resetPassword.passwordMismatch }),
    limits: (_input, address) => [{ key: `reset:ip:${address}`, limit: RATE_LIMITS.accountMailPerAddress }],
    perform: async ({ tx, input, t, now }) => {
      const used = await consumeAccountToken(tx, input.token, 'RESET_PASSWORD', now);
      if (!used.ok) throw new Refusal(`link_${used.problem}`);
      const user = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { email: true, emailVerifiedAt: true } });
      await tx.user.update({
        where: { id: used.userId },
        // Opening the mailed link proved the address, too.
        data: { passwordHash: await hashPassword(String(rawPassword)), emailVerifiedAt: user.emailVerifiedAt ?? now },
      });
      // Whoever knew the old password is signed out everywhere.
      const ended = await endAllSessions(tx, used.userId);
      await tx.signInThrottle.deleteMany({ where: { email: user.email } });
      return {
        message: t.resetPassword.done,
        actorId: used.userId,
        entity: { type: 'User', id: used.userId },
        audit: { after: { sessionsEnded: ended } },
      };
    },
  });
}
