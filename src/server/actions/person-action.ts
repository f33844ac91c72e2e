// Server actions about a person rather than a network: their own account, and the
// platform's administration. Two runners, in the same shape as runNetworkAction:
//
//   runPersonAction: a signed-in person (read fresh from the database); validates the form
//   with zod in the person's language, asks `authorize` (platform roles), performs the change
//   and writes the audit event in one transaction; a refusal rolls back and is audited.
//
//   runPublicAction: no session needed (sign-up, password reset, a new verification link).
//   Counts the request against per-address and per-input rate limits first, then validates
//   and performs in one transaction. Answers never depend on whether an account exists.
import 'server-only';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';

import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { writeAuditEvent, type AuditSummary } from '@/server/audit';
import { getCurrentUser, type CurrentUser } from '@/server/auth/current-user';
import { clientAddress } from '@/server/client-address';
import { db } from '@/server/db/client';
import { isDatabaseUnavailable } from '@/server/db/unavailable';
import { logUnexpected } from '@/server/log';
import { changesCommitted } from '@/server/change-notices';
import { hitRateLimit, type RateLimit } from '@/server/rate-limit';
import type { FormState } from '@/ui/form-state';

import { answeringWhenDatabaseFails } from './database-unavailable';
import { fieldErrorsOf, formObject, localeOf, typedValues } from './form-input';
import { FieldRefusal, Refusal, type RefusalCode, type Tx } from './network-action';

export type PersonOutcome = {
  message: string;
  detail?: string;
  /** The record the audit event is about; the person themselves when left out. */
  entity?: { type: string; id: string | null };
  /** The network the record belongs to, when the action created one: its audit log shows the event. */
  networkId?: string;
  audit?: AuditSummary;
  /** Where to send the browser after success (a redirect from the action). */
  redirectTo?: string;
  /**
   * A field that only the database can judge (a wrong current password): nothing was changed.
   * When something was already written, throw FieldRefusal instead, so that it is rolled back.
   */
  fieldError?: Record<string, string>;
  /**
   * The request asked for what is already so (a form saved as it was): the answer says so as a
   * confirmation, and no audit event is written, since it would claim a change.
   */
  unchanged?: boolean;
};

export type PersonContext<I> = { tx: Tx; input: I; user: CurrentUser; locale: Locale; t: Messages; now: Date };

export type PersonActionSpec<S extends z.ZodType> = {
  /** The audit event's action, e.g. "account.profile.update". */
  action: string;
  schema: (t: Messages) => S;
  /** Platform rules: who may (everyone signed in when left out). Throw Refusal inside perform for record rules. */
  authorize?: (user: CurrentUser) => RefusalCode | null;
  perform: (context: PersonContext<z.output<S>>) => Promise<PersonOutcome>;
};

export type ActionResult = FormState & { redirectTo?: string };

export function runPersonAction<S extends z.ZodType>(formData: FormData, spec: PersonActionSpec<S>): Promise<ActionResult> {
  return answeringWhenDatabaseFails(formData, spec.action, () => personAction(formData, spec));
}

async function personAction<S extends z.ZodType>(formData: FormData, spec: PersonActionSpec<S>): Promise<ActionResult> {
  const locale = localeOf(formData);
  const t = getMessages(locale);
  const values = typedValues(formData);
  const refuse = (code: RefusalCode): FormState => ({ status: 'error', message: t.refused[code], values });

  const user = await getCurrentUser();
  // Refused before anything is written: anonymous posts must not fill the audit log.
  if (!user) return refuse('signedOut');

  const parsed = spec.schema(t).safeParse(formObject(formData));
  if (!parsed.success) return { status: 'error', message: t.actions.fixErrors, fieldErrors: fieldErrorsOf(parsed.error), values };
  const input = parsed.data as z.output<S>;

  try {
    const denied = spec.authorize?.(user) ?? null;
    if (denied) throw new Refusal(denied);
    const outcome = await db().$transaction(
      async (tx) => {
        const result = await spec.perform({ tx, input, user, locale, t, now: new Date() });
        if (result.fieldError || result.unchanged) return result;
        await writeAuditEvent(tx, {
          actorId: user.id,
          action: spec.action,
          entityType: result.entity?.type ?? 'User',
          entityId: result.entity ? result.entity.id : user.id,
          networkId: result.networkId ?? null,
          outcome: 'ALLOWED',
          ...result.audit,
        });
        return result;
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
    if (outcome.fieldError) return { status: 'error', message: t.actions.fixErrors, fieldErrors: outcome.fieldError, values };
    if (outcome.unchanged) return { status: 'success', message: outcome.message };
    revalidatePath('/', 'layout');
    changesCommitted();
    return { status: 'success', message: outcome.message, detail: outcome.detail, redirectTo: outcome.redirectTo };
  } catch (error) {
    // Thrown rather than returned when something was already written: the transaction rolls back.
    if (error instanceof FieldRefusal) return { status: 'error', message: t.actions.fixErrors, fieldErrors: error.fieldErrors, values };
    if (!(error instanceof Refusal)) {
      if (isDatabaseUnavailable(error)) throw error;
      await logUnexpected('action failed', error, { action: spec.action });
      return { status: 'error', message: t.actions.unexpected, values };
    }
    await writeAuditEvent(db(), { actorId: user.id, action: spec.action, entityType: 'User', entityId: null, outcome: 'DENIED', after: { reason: error.code } });
    return refuse(error.code);
  }
}

export type PublicContext<I> = { tx: Tx; input: I; locale: Locale; t: Messages; now: Date; address: string };

export type PublicActionSpec<S extends z.ZodType> = {
  action: string;
  schema: (t: Messages) => S;
  /** The rate limits this request counts against: per address always, per input (an email) as the action says. */
  limits: (input: z.output<S>, address: string) => Array<{ key: string; limit: RateLimit }>;
  perform: (context: PublicContext<z.output<S>>) => Promise<PersonOutcome & { actorId?: string | null }>;
};

export function runPublicAction<S extends z.ZodType>(formData: FormData, spec: PublicActionSpec<S>): Promise<ActionResult> {
  return answeringWhenDatabaseFails(formData, spec.action, () => publicAction(formData, spec));
}

async function publicAction<S extends z.ZodType>(formData: FormData, spec: PublicActionSpec<S>): Promise<ActionResult> {
  const locale = localeOf(formData);
  const t = getMessages(locale);
  const values = typedValues(formData);

  const parsed = spec.schema(t).safeParse(formObject(formData));
  if (!parsed.success) return { status: 'error', message: t.actions.fixErrors, fieldErrors: fieldErrorsOf(parsed.error), values };
  const input = parsed.data as z.output<S>;

  const address = await clientAddress();
  for (const { key, limit } of spec.limits(input, address)) {
    const hit = await hitRateLimit(db(), key, limit);
    if (!hit.allowed) return { status: 'error', message: t.actions.tooMany(Math.ceil(hit.retryAfterSeconds / 60)), values };
  }

  try {
    const outcome = await db().$transaction(
      async (tx) => {
        const result = await spec.perform({ tx, input, locale, t, now: new Date(), address });
        if (result.entity) {
          await writeAuditEvent(tx, {
            actorId: result.actorId ?? null,
            action: spec.action,
            entityType: result.entity.type,
            entityId: result.entity.id,
            outcome: 'ALLOWED',
            ...result.audit,
          });
        }
        return result;
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
    return { status: 'success', message: outcome.message, detail: outcome.detail, redirectTo: outcome.redirectTo };
  } catch (error) {
    if (error instanceof Refusal) return { status: 'error', message: t.refused[error.code], values };
    if (isDatabaseUnavailable(error)) throw error;
    await logUnexpected('action failed', error, { action: spec.action });
    return { status: 'error', message: t.actions.unexpected, values };
  }
}
