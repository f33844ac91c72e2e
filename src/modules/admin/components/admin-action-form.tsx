'use client';

// One small form of an admin list: hidden fields naming the record, optionally one field
// (a select or a text input), a submit button whose hidden words say whom it is about, and
// what the action answered, beside the form (a confirmation read out by screen readers, or
// the error moved into focus). A real <form action>, so it works before JavaScript loads.
import { useActionState, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

import type { Locale } from '@/i18n/locales';
import { compactDangerButtonClass, compactInputClass, compactSecondaryButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';

import { useAdminAnnounce } from './admin-feedback';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type ActionField =
  | { kind: 'select'; name: string; label: string; value: string; options: ReadonlyArray<{ value: string; label: string }> }
  | { kind: 'text'; name: string; label: string; hint?: string; placeholder?: string };

const noSubscription = () => () => {};

function SubmitButton({ label, hiddenSuffix, pendingLabel, danger }: { label: string; hiddenSuffix: string; pendingLabel: string; danger: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={danger ? compactDangerButtonClass : compactSecondaryButtonClass}>
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

export function AdminActionForm({
  action,
  locale,
  id,
  hidden,
  field,
  label,
  hiddenSuffix,
  pendingLabel,
  errorHeading,
  danger = false,
  children,
}: {
  action: Action;
  locale: Locale;
  /** Unique on the page: the ids of the form's field and messages start with it. */
  id: string;
  hidden: Record<string, string>;
  field?: ActionField;
  label: string;
  hiddenSuffix: string;
  pendingLabel: string;
  errorHeading: string;
  danger?: boolean;
  /** Text shown above the field, e.g. what a merge does. */
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const announce = useAdminAnnounce();
  useEffect(() => {
    if (announce && state.status === 'success' && state.message) announce(state.message);
  }, [announce, state]);
  // In a list, the confirmation is shown above it (admin-feedback.tsx); errors stay here.
  // Without JavaScript the page comes back from the server with the message in this form.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const shownHere = announce && hydrated && state.status === 'success' ? IDLE : state;
  const fieldId = `${id}-field`;
  const fieldError = field ? state.fieldErrors?.[field.name] : undefined;
  const typed = field ? state.values?.[field.name] : undefined;

  return (
    <div className="space-y-2">
      <FormFeedback state={shownHere} heading={errorHeading} fieldIds={field ? { [field.name]: fieldId } : {}} fieldOrder={field ? [field.name] : []} />
      <form action={formAction} noValidate className="space-y-1">
        <input type="hidden" name="locale" value={locale} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
        <div className="flex flex-wrap items-end gap-2">
          {field?.kind === 'select' && (
            <div>
              <label htmlFor={fieldId} className="sr-only">
                {field.label}
              </label>
              <select
                id={fieldId}
                name={field.name}
                key={typed ?? field.value}
                defaultValue={typed ?? field.value}
                {...describedBy(fieldId, { error: fieldError })}
                className={compactInputClass(Boolean(fieldError))}
              >
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          {field?.kind === 'text' && (
            <div>
              <label htmlFor={fieldId} className="block text-sm font-medium">
                {field.label}
              </label>
              {field.hint && (
                <p id={`${fieldId}-hint`} className="text-sm text-slate-700">
                  {field.hint}
                </p>
              )}
              <input
                id={fieldId}
                name={field.name}
                type="text"
                key={typed ?? ''}
                defaultValue={typed ?? ''}
                placeholder={field.placeholder}
                {...describedBy(fieldId, { hint: Boolean(field.hint), error: fieldError })}
                className={`mt-1 ${compactInputClass(Boolean(fieldError))}`}
              />
            </div>
          )}
          <SubmitButton label={label} hiddenSuffix={hiddenSuffix} pendingLabel={pendingLabel} danger={danger} />
        </div>
        <FieldError id={`${fieldId}-error`} message={fieldError} />
      </form>
    </div>
  );
}
