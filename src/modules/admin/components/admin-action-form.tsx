'use client';

// One small form of an admin list: hidden fields naming the record, optionally one field
// (a select or a text input), a submit button whose hidden words say whom it is about, and
// what the action answered, beside the form (a confirmation read out by screen readers, or
// the error moved into focus). A real <form action>, so it works before JavaScript loads. A
// field the server requires says so after its label.
import { useActionState, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { compactDangerButtonClass, compactInputClass, compactSecondaryButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { useAdminAnnounce } from './admin-feedback';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type ActionField =
  | { kind: 'select'; name: string; label: string; value: string; options: ReadonlyArray<{ value: string; label: string }>; required?: boolean }
  | { kind: 'text'; name: string; label: string; hint?: string; placeholder?: string; required?: boolean };

function SubmitButton({ label, hiddenSuffix, pendingLabel, danger, sending }: { label: string; hiddenSuffix: string; pendingLabel: string; danger: boolean; sending: boolean }) {
  const pending = useFormStatus().pending || sending;
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
  messages,
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
  messages: ClientMessages<'input'>;
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
  // Without JavaScript the form posts to the server action and the page comes back with
  // the answer in this form (useActionState).
  const [serverState, formAction] = useActionState(action, IDLE);
  // With JavaScript the form calls the action itself, so that in a list the confirmation can
  // go above the list (admin-feedback.tsx) even when the answer removes this row; errors stay here.
  const [clientState, setClientState] = useState<FormState | null>(null);
  const [sending, startTransition] = useTransition();
  const announce = useAdminAnnounce();
  const state = clientState ?? serverState;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await action(IDLE, formData);
      if (announce && result.status === 'success' && result.message) {
        announce(result.detail ? `${result.message} ${result.detail}` : result.message);
        setClientState(IDLE);
      } else {
        setClientState(result);
      }
    });
  };
  const fieldId = `${id}-field`;
  const fieldError = field ? state.fieldErrors?.[field.name] : undefined;
  const typed = field ? state.values?.[field.name] : undefined;

  return (
    <div className="space-y-2">
      <FormFeedback state={state} heading={errorHeading} fieldIds={field ? { [field.name]: fieldId } : {}} fieldOrder={field ? [field.name] : []} />
      <form action={formAction} onSubmit={submit} noValidate className="space-y-1">
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
                {field.required && <RequiredMark messages={messages} />}
              </label>
              <select
                id={fieldId}
                name={field.name}
                aria-required={field.required || undefined}
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
                {field.required && <RequiredMark messages={messages} />}
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
                aria-required={field.required || undefined}
                key={typed ?? ''}
                defaultValue={typed ?? ''}
                placeholder={field.placeholder}
                {...describedBy(fieldId, { hint: Boolean(field.hint), error: fieldError })}
                className={`mt-1 ${compactInputClass(Boolean(fieldError))}`}
              />
            </div>
          )}
          <SubmitButton label={label} hiddenSuffix={hiddenSuffix} pendingLabel={pendingLabel} danger={danger} sending={sending} />
        </div>
        <FieldError id={`${fieldId}-error`} message={fieldError} />
      </form>
    </div>
  );
}
