'use client';

// One group on the secretariat's groups page: who sits in it, a remove button per person and
// the form to add someone. The remove forms share one action state, so the confirmation
// stays above the table after the removed person's row is gone; and only the latest action's
// message is shown, since "X was added" is stale once X has been removed.
import { useActionState, useState } from 'react';

import type { GroupKind } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { CharacterCount } from '@/ui/character-count';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';
import { formatNumber } from '@/ui/format';

import { addGroupMember, removeGroupMember } from '../actions/group-actions';
import { GROUP_LIMITS } from '../rules';

/** A group as the panel shows it: texts already formatted on the server. */
export type GroupPanelData = {
  id: string;
  name: string;
  /** The lang of the name and description (the network's language) when it is not the page's. */
  lang: Locale | undefined;
  kind: GroupKind;
  description: string;
  members: Array<{ groupMembershipId: string; name: string; organization: string; role: string; added: string }>;
  candidates: Array<{ userId: string; label: string }>;
};

export function GroupPanel({ locale, messages, group }: { locale: Locale; messages: ClientMessages<'groups' | 'governance' | 'input'>; group: GroupPanelData }) {
  const t = messages.groups;
  const [removeState, removeAction, isRemoving] = useActionState<FormState, FormData>(removeGroupMember, IDLE);
  const [addState, addAction, isAdding] = useActionState<FormState, FormData>(addGroupMember, IDLE);
  // Which form answered last, derived during render from which state object changed.
  const [seen, setSeen] = useState<{ add: FormState; remove: FormState; latest: 'add' | 'remove' | null }>({ add: addState, remove: removeState, latest: null });
  const latest = seen.add !== addState ? 'add' : seen.remove !== removeState ? 'remove' : seen.latest;
  if (seen.add !== addState || seen.remove !== removeState) setSeen({ add: addState, remove: removeState, latest });
  const headingId = `group-${group.id}`;

  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded border border-slate-300 p-4">
      <div>
        <h3 id={headingId} className="text-xl font-semibold" lang={group.lang}>
          {group.name}
        </h3>
        <p className="text-sm text-slate-700">
          {messages.governance.groupKind[group.kind]} · {group.members.length === 1 ? t.memberCountOne : fill(t.memberCount, { count: formatNumber(group.members.length, locale) })}
        </p>
        {group.description && (
          <p className="mt-2 max-w-3xl whitespace-pre-line" lang={group.lang}>
            {group.description}
          </p>
        )}
        <p className="mt-2 max-w-3xl text-sm text-slate-700">{t.kindHelp[group.kind]}</p>
      </div>

      <FormFeedback state={latest === 'remove' ? removeState : IDLE} heading={t.errorSummary} />
      {group.members.length === 0 ? (
        <p>{t.noMembers}</p>
      ) : (
        <DataTable
          caption={fill(t.membersCaption, { group: group.name })}
          minWidth="min-w-[40rem]"
          columns={[{ label: t.columns.name }, { label: t.columns.organization }, { label: t.columns.role }, { label: t.columns.added }, { label: t.columns.action }]}
        >
          {group.members.map((member) => (
            <tr key={member.groupMembershipId} className={rowClass}>
              <th scope="row" className={`${cellClass} font-semibold`}>
                {member.name}
              </th>
              <td className={cellClass}>{member.organization}</td>
              <td className={cellClass}>{member.role}</td>
              <td className={cellClass}>{member.added}</td>
              <td className={lastCellClass}>
                <RemoveMemberForm locale={locale} messages={messages} member={member} state={removeState} action={removeAction} isPending={isRemoving} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}

      <AddMemberForm locale={locale} messages={messages} group={group} state={addState} shown={latest === 'add' ? addState : IDLE} action={addAction} isPending={isAdding} />
    </section>
  );
}

/**
 * Removing one person, with an optional reason counted against the server's limit. The
 * forms share one action state: a refused reason opens this row's form again with what was
 * typed and the error beside the field.
 */
function RemoveMemberForm({
  locale,
  messages,
  member,
  state,
  action,
  isPending,
}: {
  locale: Locale;
  messages: ClientMessages<'groups' | 'input'>;
  member: GroupPanelData['members'][number];
  state: FormState;
  action: (formData: FormData) => void;
  isPending: boolean;
}) {
  const t = messages.groups;
  const reasonId = `reason-${member.groupMembershipId}`;
  const refused = state.status === 'error' && state.values?.groupMembershipId === member.groupMembershipId;
  const typed = refused ? (state.values?.reason ?? '') : '';
  const error = refused ? state.fieldErrors?.reason : undefined;
  return (
    <details open={refused || undefined}>
      <summary className="cursor-pointer text-brand-700 underline">{fill(t.remove, { person: member.name })}</summary>
      <form action={action} noValidate className="mt-2 space-y-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="groupMembershipId" value={member.groupMembershipId} />
        <label htmlFor={reasonId} className="block text-sm font-medium">
          {t.fields.reason}
        </label>
        <input
          id={reasonId}
          name="reason"
          type="text"
          key={typed}
          defaultValue={typed}
          {...describedBy(reasonId, { error })}
          className={inputClass(Boolean(error))}
        />
        <CharacterCount fieldId={reasonId} max={GROUP_LIMITS.reason} locale={locale} messages={messages} />
        <FieldError id={`${reasonId}-error`} message={error} />
        <button type="submit" disabled={isPending} className="rounded border border-red-800 px-3 py-1 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-70">
          {isPending ? t.removing : t.confirmRemove}
        </button>
      </form>
    </details>
  );
}

function AddMemberForm({
  locale,
  messages,
  group,
  state,
  shown,
  action,
  isPending,
}: {
  locale: Locale;
  messages: ClientMessages<'groups' | 'input'>;
  group: GroupPanelData;
  state: FormState;
  /** The state whose messages to show: idle when another form answered since. */
  shown: FormState;
  action: (formData: FormData) => void;
  isPending: boolean;
}) {
  const t = messages.groups;
  const errors = shown.fieldErrors ?? {};
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const byEmail = group.kind === 'REFERENCE';
  const fieldId = `add-${group.id}`;
  const field = byEmail ? 'email' : 'userId';
  const error = errors[field];
  const headingId = `${fieldId}-heading`;

  if (!byEmail && group.candidates.length === 0) {
    return (
      <div className="space-y-2">
        <FormFeedback state={shown} heading={t.errorSummary} />
        <p className="rounded bg-slate-50 p-3 text-slate-800">{t.noCandidates[group.kind === 'BUYER' ? 'BUYER' : 'WORKING']}</p>
      </div>
    );
  }

  return (
    <form action={action} noValidate aria-labelledby={headingId} className="space-y-3 border-t border-slate-200 pt-4">
      <h4 id={headingId} className="font-semibold">
        {fill(t.addHeading, { group: group.name })}
      </h4>
      <FormFeedback state={shown} heading={t.errorSummary} fieldIds={{ [field]: fieldId }} fieldOrder={[field]} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="groupId" value={group.id} />
      <div className="flex flex-wrap items-end gap-3" key={values[field] ?? ''}>
        <div className="min-w-[16rem] flex-1">
          <label htmlFor={fieldId} className="block font-medium">
            {byEmail ? t.fields.email : t.fields.person}
            <RequiredMark messages={messages} />
          </label>
          {byEmail && (
            <p id={`${fieldId}-hint`} className="text-sm text-slate-700">
              {t.hints.email}
            </p>
          )}
          {byEmail ? (
            <input
              id={fieldId}
              name="email"
              type="email"
              autoComplete="off"
              aria-required
              defaultValue={values.email ?? ''}
              {...describedBy(fieldId, { hint: true, error })}
              className={inputClass(Boolean(error))}
            />
          ) : (
            <select id={fieldId} name="userId" aria-required defaultValue={values.userId ?? ''} {...describedBy(fieldId, { error })} className={inputClass(Boolean(error))}>
              <option value="">{t.choosePerson}</option>
              {group.candidates.map((candidate) => (
                <option key={candidate.userId} value={candidate.userId}>
                  {candidate.label}
                </option>
              ))}
            </select>
          )}
        </div>
        <button type="submit" disabled={isPending} className={buttonClass}>
          {isPending ? t.adding : t.add}
        </button>
      </div>
      <FieldError id={`${fieldId}-error`} message={error} />
    </form>
  );
}
