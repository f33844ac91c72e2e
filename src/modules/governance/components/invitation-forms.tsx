'use client';

// The secretariat's invitations: the form that creates one (and shows its link once, to copy
// and send: Trappan sends no email yet), and the list with a way to withdraw unused ones.
import { useActionState, useState, useSyncExternalStore } from 'react';

import type { MembershipRole } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { buttonClass, inputClass, secondaryButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';
import { formatDate } from '@/ui/format';

import { createInvitation, revokeInvitation } from '../actions/joining-actions';
import type { InvitationRow } from '../joining-queries';

/** In the order a coordinator most often needs them. */
const INVITABLE_ROLES: readonly MembershipRole[] = ['MEMBER', 'STEERING', 'OBSERVER', 'COORDINATOR'];

const FIELD_IDS = { email: 'invite-email', role: 'invite-role' };

const noSubscription = () => () => {};

/** The site's address, known only in the browser; the server renders the path alone. */
function useOrigin(): string {
  return useSyncExternalStore(noSubscription, () => window.location.origin, () => '');
}

export function CreateInvitationForm({ locale, messages, networkId }: { locale: Locale; messages: ClientMessages<'joining' | 'enums' | 'input'>; networkId: string }) {
  const t = messages.joining;
  const [state, action, pending] = useActionState(createInvitation, IDLE);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const values = state.status === 'error' ? state.values : undefined;

  return (
    <div className="space-y-5">
      <FormFeedback
        state={state}
        heading={t.errorSummary}
        fieldIds={FIELD_IDS}
        renderDetail={(path) => <InvitationLink messages={messages} path={path} />}
      />
      <form action={action} noValidate className="max-w-2xl space-y-5">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="networkId" value={networkId} />
        <div>
          <label htmlFor="invite-email" className="block font-medium">
            {t.email}
            <RequiredMark messages={messages} />
          </label>
          <p id="invite-email-help" className="text-sm text-slate-700">
            {t.emailHelp}
          </p>
          <input
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            aria-required
            defaultValue={values?.email}
            key={`email-${values?.email ?? ''}`}
            {...describedBy('invite-email', { hint: 'invite-email-help', error: errors.email })}
            className={inputClass(Boolean(errors.email))}
          />
          <FieldError id="invite-email-error" message={errors.email} />
        </div>
        <div>
          <label htmlFor="invite-role" className="block font-medium">
            {t.role}
            <RequiredMark messages={messages} />
          </label>
          <p id="invite-role-help" className="text-sm text-slate-700">
            {t.roleHelp}
          </p>
          <select
            id="invite-role"
            name="role"
            aria-required
            defaultValue={values?.role ?? 'MEMBER'}
            key={`role-${values?.role ?? ''}`}
            {...describedBy('invite-role', { hint: 'invite-role-help', error: errors.role })}
            className={`${inputClass(Boolean(errors.role))} sm:w-auto`}
          >
            {INVITABLE_ROLES.map((role) => (
              <option key={role} value={role}>
                {messages.enums.role[role]}
              </option>
            ))}
          </select>
          <FieldError id="invite-role-error" message={errors.role} />
        </div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t.submitting : t.createInvitation}
        </button>
      </form>
    </div>
  );
}

function InvitationLink({ messages, path }: { messages: ClientMessages<'joining'>; path: string }) {
  const t = messages.joining;
  const link = `${useOrigin()}${path}`;
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-3">
      <label htmlFor="invitation-link" className="block font-medium">
        {t.invitationLink}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="invitation-link"
          readOnly
          value={link}
          onFocus={(event) => event.target.select()}
          className="block min-w-0 flex-1 rounded border border-slate-500 bg-white px-3 py-2 font-mono text-sm text-slate-900"
        />
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard.writeText(link);
            setCopied(true);
          }}
          className={secondaryButtonClass}
        >
          {t.copy}
        </button>
      </div>
      {/* Inside the confirmation's live region, so "copied" is announced. */}
      {copied && <p className="mt-1">{t.copied}</p>}
    </div>
  );
}

export function InvitationList({
  locale,
  messages,
  invitations,
  labelledBy,
}: {
  locale: Locale;
  messages: ClientMessages<'joining' | 'enums'>;
  invitations: InvitationRow[];
  labelledBy: string;
}) {
  const t = messages.joining;
  const [state, action, pending] = useActionState(revokeInvitation, IDLE);

  return (
    <div className="mt-4 space-y-4">
      {/* Only once a withdrawal was sent: until then the page's one live region is the
          invitation form's, where a new invitation is confirmed. */}
      {state.status !== 'idle' && <FormFeedback state={state} heading={t.errorSummary} />}
      {invitations.length === 0 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{t.noInvitations}</p>
      ) : (
        <DataTable
          caption={t.listHeading}
          labelledBy={labelledBy}
          minWidth="min-w-[52rem]"
          columns={[
            { label: t.email },
            { label: t.role },
            { label: t.status },
            { label: t.created },
            { label: t.validUntil },
            { label: t.invitedBy },
            { label: t.action },
          ]}
        >
          {invitations.map((invitation) => (
            <tr key={invitation.id} className={rowClass}>
              <th scope="row" className={`${cellClass} font-semibold break-all`}>
                {invitation.email}
              </th>
              <td className={cellClass}>{messages.enums.role[invitation.role]}</td>
              <td className={cellClass}>{t.invitationStatus[invitation.status]}</td>
              <td className={cellClass}>{formatDate(invitation.createdAt, locale)}</td>
              <td className={cellClass}>{formatDate(invitation.expiresAt, locale)}</td>
              <td className={cellClass}>{invitation.invitedBy}</td>
              <td className={lastCellClass}>
                {invitation.status === 'PENDING' ? (
                  <form action={action}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="invitationId" value={invitation.id} />
                    <button type="submit" disabled={pending} className="font-semibold text-brand-700 underline disabled:opacity-70">
                      {t.revoke}
                      <span className="sr-only"> {fill(t.invitationTo, { email: invitation.email })}</span>
                    </button>
                  </form>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
