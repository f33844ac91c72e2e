// The one way a server action changes a network. Every domain's actions (governance, meetings,
// needs, ...) go through runNetworkAction, which, in this order:
//   1. reads the signed-in person fresh from the database (a disabled account or a removed
//      membership counts on the very next request); refuses signed-out requests without an
//      audit row, and people whose organisation has not confirmed them;
//   2. validates the form with zod, in the person's language, keeping what they typed;
//   3. in one transaction: finds the network the target record belongs to (from the
//      database, never from the request), locks that network's row so changes to one
//      network happen one at a time, loads the person's membership there, asks the
//      policy, performs the change and writes the audit event; a draft network (not yet
//      published) is, to anyone who may not see it, a network that does not exist; an ended
//      (CLOSED) network is read-only: every write is refused unless its spec says `closedOpen`;
//   4. on refusal, rolls back and writes a DENIED audit event instead.
// A creating action (`oncePerSubmission`) also records the form's submission key in the same
// transaction, so the same form sent again creates nothing more.
import 'server-only';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';

import type { Prisma } from '@/generated/prisma/client';
import type { MembershipPolicy, MembershipRole, NetworkStatus } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { writeAuditEvent, type AuditSummary } from '@/server/audit';
import { getCurrentUser, type CurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';
import { isDatabaseUnavailable } from '@/server/db/unavailable';
import { logUnexpected } from '@/server/log';
import { changesCommitted } from '@/server/change-notices';
import { canSeeDraft, type Actor, type Decision, type NetworkParties } from '@/server/policy';

import { answeringWhenDatabaseFails } from './database-unavailable';
import { fieldErrorsOf, formObject, localeOf, typedValues } from './form-input';
import { submissionKeyOf } from './submission-key';
import type { FormState } from '@/ui/form-state';

export type Tx = Prisma.TransactionClient;

export type { FormState } from '@/ui/form-state';

export type RefusalCode = keyof Messages['refused'];

/** Thrown inside an action when a rule refuses it; logged as a denied attempt. */
export class Refusal extends Error {
  constructor(public readonly code: RefusalCode) {
    super(code);
  }
}

/**
 * Thrown inside an action when what was typed fails a check that needs the database (an
 * unknown organisation, a duplicate): nothing is written, and the form shows the errors next
 * to its fields with what was typed. Not a refused attempt, so not audited as one.
 */
export class FieldRefusal extends Error {
  constructor(public readonly fieldErrors: Record<string, string>) {
    super('field refusal');
  }
}

/** The network the action touches, with what the rules need. */
export type NetworkInContext = NetworkParties & {
  id: string;
  slug: string;
  name: string;
  status: NetworkStatus;
  membershipPolicy: MembershipPolicy;
  /** Null while the network is a draft (docs/decisions/0017). */
  publishedAt: Date | null;
  /** Set when a platform admin took the network off the registry. */
  unpublishedReason: string | null;
};

export type ActionContext<I> = {
  tx: Tx;
  input: I;
  user: CurrentUser;
  actor: Actor;
  network: NetworkInContext;
  locale: Locale;
  t: Messages;
  now: Date;
};

/** Where the target record lives; null when there is no such record. */
export type Located = { networkId: string; entityType: string; entityId: string | null };

export type Outcome = {
  message: string;
  detail?: string;
  /** The audit event's record, when the action created it (its id was unknown before). */
  entityId?: string;
  audit?: AuditSummary;
  /** Nothing was different from what is stored: nothing is written or audited. */
  unchanged?: boolean;
};

export type NetworkActionSpec<S extends z.ZodType> = {
  /** The audit event's action, e.g. "membership.remove". */
  action: string;
  schema: (t: Messages) => S;
  /** Finds the target and its network in the database: the only trusted source of the network. */
  locate: (tx: Tx, input: z.output<S>) => Promise<Located | null>;
  authorize: (actor: Actor, context: Omit<ActionContext<z.output<S>>, 'actor'>) => Decision;
  perform: (context: ActionContext<z.output<S>>) => Promise<Outcome>;
  /**
   * Open in a draft network to people who may not see it: what a person does about their own
   * place in it (leave, be listed, withdraw a request, accept an invitation the founders sent).
   * Every other action finds no draft for them (`notFound`).
   */
  draftOpen?: boolean;
  /**
   * Open in an ended (CLOSED) network, which is otherwise read-only: what a person does about
   * their own place in it (leave, be listed, withdraw a request), a receiving organisation
   * acknowledging results handed over before the end, moderation, and moving the status itself
   * (its rule says who may reopen). Every other action is refused (`networkEnded`).
   */
  closedOpen?: boolean;
  /**
   * A creating action: the form carries a submission key (src/ui/submission-key.tsx), and a
   * second submission with the same key creates nothing and answers with the first one's
   * outcome (its confirmation and the page of what was created).
   */
  oncePerSubmission?: boolean;
};

export function runNetworkAction<S extends z.ZodType>(formData: FormData, spec: NetworkActionSpec<S>): Promise<FormState> {
  return answeringWhenDatabaseFails(formData, spec.action, () => networkAction(formData, spec));
}

async function networkAction<S extends z.ZodType>(formData: FormData, spec: NetworkActionSpec<S>): Promise<FormState> {
  const locale = localeOf(formData);
  const t = getMessages(locale);
  const values = typedValues(formData);
  const refuse = (code: RefusalCode): FormState => ({ status: 'error', message: t.refused[code], values });

  const user = await getCurrentUser();
  // Refused before anything is written: anonymous posts must not fill the audit log.
  if (!user) return refuse('signedOut');
  // A person their organisation has not confirmed reads, but does not act for it.
  if (user.affiliation !== 'CONFIRMED' && user.platformRole === 'NONE') return refuse('notAffiliated');

  const parsed = spec.schema(t).safeParse(formObject(formData));
  if (!parsed.success) {
    return { status: 'error', message: t.actions.fixErrors, fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  const input = parsed.data as z.output<S>;
  const submissionKey = spec.oncePerSubmission ? submissionKeyOf(formData) : null;

  let located: Located | null = null;
  try {
    const outcome = await db().$transaction(
      async (tx) => {
        located = await spec.locate(tx, input);
        if (!located) throw new Refusal('notFound');
        const network = await loadNetworkForUpdate(tx, located.networkId);
        if (!network) throw new Refusal('notFound');
        const membership = await tx.membership.findFirst({
          where: { userId: user.id, networkId: network.id, status: 'ACTIVE' },
          select: { id: true, role: true },
        });
        const actor: Actor = { userId: user.id, platformRole: user.platformRole, membership: membership as { id: string; role: MembershipRole } | null };
        // A forged id of someone else's draft leads here: for them the draft does not exist.
        if (network.publishedAt === null && !spec.draftOpen && !canSeeDraft(actor)) throw new Refusal('notFound');
        // Checked before the policy, so a closed network says so to everyone, whatever their role.
        if (network.status === 'CLOSED' && !spec.closedOpen) throw new Refusal('networkEnded');
        const now = new Date();
        const base = { tx, input, user, network, locale, t, now };
        const decision = spec.authorize(actor, base);
        if (!decision.allowed) throw new Refusal(decision.reason);
        // Submissions with one key wait for each other on the network's lock above, so a repeat
        // always finds the first one's row once that has committed.
        if (submissionKey) {
          const first = await tx.formSubmission.findUnique({ where: { userId_key: { userId: user.id, key: submissionKey } } });
          if (first) return { message: first.message, detail: first.detail ?? undefined, unchanged: true };
        }
        const result = await spec.perform({ ...base, actor });
        if (result.unchanged) return result;
        if (submissionKey) {
          await tx.formSubmission.create({ data: { userId: user.id, key: submissionKey, action: spec.action, message: result.message, detail: result.detail ?? null } });
        }
        await writeAuditEvent(tx, {
          actorId: user.id,
          action: spec.action,
          entityType: located.entityType,
          entityId: result.entityId ?? located.entityId,
          networkId: network.id,
          outcome: 'ALLOWED',
          ...result.audit,
        });
        return result;
      },
      // Waiting for the network's row lock is part of the work when many requests arrive at once.
      { maxWait: 10_000, timeout: 20_000 },
    );
    if (outcome.unchanged) return { status: 'success', message: outcome.message, detail: outcome.detail };
    revalidatePath('/', 'layout');
    changesCommitted();
    return { status: 'success', message: outcome.message, detail: outcome.detail };
  } catch (error) {
    if (error instanceof FieldRefusal) return { status: 'error', message: t.actions.fixErrors, fieldErrors: error.fieldErrors, values };
    if (!(error instanceof Refusal)) {
      if (isDatabaseUnavailable(error)) throw error;
      await logUnexpected('action failed', error, { action: spec.action });
      return { status: 'error', message: t.actions.unexpected, values };
    }
    const target = located as Located | null;
    await writeAuditEvent(db(), {
      actorId: user.id,
      action: spec.action,
      entityType: target?.entityType ?? 'Network',
      entityId: target?.entityId ?? null,
      networkId: target && error.code !== 'notFound' ? target.networkId : null,
      outcome: 'DENIED',
      after: { reason: error.code },
    });
    return refuse(error.code);
  }
}

async function loadNetworkForUpdate(tx: Tx, networkId: string): Promise<NetworkInContext | null> {
  // Serialises the changes to one network: two coordinators removing each other at once
  // take turns, and the second sees the first's change (PostgreSQL's READ COMMITTED).
  const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Network" WHERE id = ${networkId} FOR UPDATE`;
  if (locked.length === 0) return null;
  const network = await tx.network.findUnique({
    where: { id: networkId },
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      membershipPolicy: true,
      publishedAt: true,
      unpublishedReason: true,
      arrangerId: true,
      funders: { select: { funderOrganizationId: true } },
    },
  });
  if (!network) return null;
  const { funders, ...rest } = network;
  return { ...rest, funderOrganizationIds: funders.flatMap((f) => (f.funderOrganizationId ? [f.funderOrganizationId] : [])) };
}
