'use client';

// The forms in each row of the member table: a new role (select and save) and a removal with
// a required reason behind a disclosure. Real <form action>s, so they work before
// JavaScript loads; their state lives in MemberActionsProvider.
import { useFormStatus } from 'react-dom';

import type { MembershipRole } from '@/generated/prisma/enums';
import { fill } from '@/i18n/template';
import { compactDangerButtonClass, compactInputClass, compactSecondaryButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError } from '@/ui/form-feedback';
import { CharacterCount } from '@/ui/character-count';
import { RequiredMark } from '@/ui/required-mark';

import { REMOVAL_REASON_MAX } from '../rules';
import { useMemberActions, useRowError } from './member-actions-provider';

function SubmitButton({ label, hiddenSuffix, pendingLabel, className }: { label: string; hiddenSuffix: string; pendingLabel: string; className: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={className}>
      {pending ? (
        pendingLabel
      ) : (
        <>
          {label}
          <span className="sr-only"> {hiddenSuffix}</span>
        </>
      )}
    </button>
  );
}

export function RoleChangeForm({ membershipId, name, currentRole, roles }: { membershipId: string; name: string; currentRole: MembershipRole; roles: MembershipRole[] }) {
  const { locale, messages, role, submitted } = useMemberActions();
  const t = messages.members;
  const error = useRowError('role', membershipId);
  const selectId = `role-${membershipId}`;
  const chosen = error?.values?.role;
  const errorText = error ? (error.fieldErrors?.role ?? error.message) : undefined;

  return (
    <form action={role.action} onSubmit={() => submitted('role')} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <label htmlFor={selectId} className="sr-only">
        {fill(t.newRole, { name })}
        <RequiredMark messages={messages} />
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <select
          id={selectId}
          name="role"
          aria-required
          // A new key after an error puts back the role that was chosen (React resets the form).
          key={chosen ?? currentRole}
          defaultValue={chosen && (roles as string[]).includes(chosen) ? chosen : currentRole}
          {...describedBy(selectId, { error: errorText })}
          className={compactInputClass(Boolean(error))}
        >
          {roles.map((value) => (
            <option key={value} value={value}>
              {messages.enums.role[value]}
            </option>
          ))}
        </select>
        <SubmitButton label={t.saveRole} hiddenSuffix={fill(t.saveRoleFor, { name })} pendingLabel={t.saving} className={compactSecondaryButtonClass} />
      </div>
      <FieldError id={`${selectId}-error`} message={errorText} />
    </form>
  );
}

export function RemoveMemberForm({ membershipId, name }: { membershipId: string; name: string }) {
  const { locale, messages, remove, submitted } = useMemberActions();
  const t = messages.members;
  const error = useRowError('remove', membershipId);
  const reasonId = `reason-${membershipId}`;
  const typed = error?.values?.reason ?? '';
  const errorText = error ? (error.fieldErrors?.reason ?? error.message) : undefined;

  return (
    <details open={error ? true : undefined} className="mt-2 max-w-sm">
      <summary className="cursor-pointer text-sm font-semibold text-red-800 underline underline-offset-2">
        {t.remove}
        <span className="sr-only"> {fill(t.removeFor, { name })}</span>
      </summary>
      <form action={remove.action} onSubmit={() => submitted('remove')} noValidate className="mt-2 space-y-2 rounded border border-slate-300 bg-slate-50 p-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="membershipId" value={membershipId} />
        <p className="text-sm">{t.removeLead}</p>
        <div>
          <label htmlFor={reasonId} className="block text-sm font-medium">
            {t.reason}
            <RequiredMark messages={messages} />
          </label>
          <p id={`${reasonId}-hint`} className="text-sm text-slate-700">
            {t.reasonHelp}
          </p>
          <textarea
            id={reasonId}
            name="reason"
            rows={3}
            aria-required
            key={typed}
            defaultValue={typed}
            {...describedBy(reasonId, { hint: true, error: errorText })}
            // Invalid only when the reason itself is wrong, not when the removal was refused.
            aria-invalid={error?.fieldErrors?.reason ? true : undefined}
            className={`mt-1 block w-full ${compactInputClass(Boolean(error?.fieldErrors?.reason))}`}
          />
          <CharacterCount fieldId={reasonId} max={REMOVAL_REASON_MAX} locale={locale} messages={messages} />
          <FieldError id={`${reasonId}-error`} message={errorText} />
        </div>
        <SubmitButton label={t.confirmRemove} hiddenSuffix={`(${name})`} pendingLabel={t.removing} className={compactDangerButtonClass} />
      </form>
    </details>
  );
}
