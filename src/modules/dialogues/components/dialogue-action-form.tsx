'use client';

// One form of the dialogue page: an action, the hidden ids it names, its fields and a button.
// A real <form action>, so it works before JavaScript; after an error the fields keep what was
// typed, each error stands beside its field and in a summary at the top, and after success the
// confirmation is announced. The page hands in every text already in the reader's language.
// A field the server requires says so after its label; a text with a limit counts its characters.
import { useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';

import { buttonClass, dangerButtonClass, inputClass, secondaryButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError, fieldIdsOf, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

export type FieldSpec = {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'datetime' | 'number' | 'url' | 'checkbox';
  hint?: string;
  rows?: number;
  defaultValue?: string;
  /** The server refuses the form without it. */
  required?: boolean;
  /** The server's limit for a text, counted under the field. */
  max?: number;
};

type Props = {
  id: string;
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: Locale;
  messages: ClientMessages<'input'>;
  hidden: Record<string, string>;
  fields?: FieldSpec[];
  submit: string;
  pending: string;
  errorHeading: string;
  tone?: 'primary' | 'secondary' | 'danger';
  /** The button's accessible name beyond its text, when many alike stand on one page. */
  submitSuffix?: string;
};

const BUTTON = { primary: buttonClass, secondary: secondaryButtonClass, danger: dangerButtonClass };

export function DialogueActionForm({ id, action, locale, messages, hidden, fields = [], submit, pending, errorHeading, tone = 'primary', submitSuffix }: Props) {
  const [state, formAction, isPending] = useActionState<FormState, FormData>(action, IDLE);
  const typed = state.status === 'error' ? (state.values ?? {}) : null;
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const names = fields.map((field) => field.name);
  const labels = Object.fromEntries(fields.map((field) => [field.name, field.label]));
  const fieldId = (name: string) => `${id}-${name}`;

  return (
    <div className="space-y-3">
      <FormFeedback state={state} heading={errorHeading} fieldIds={fieldIdsOf(id, names)} fieldOrder={names} fieldLabels={labels} />
      {/* Remounted after each answer, so the fields take up what to show: typed text after an error. */}
      <form key={`${state.status}-${JSON.stringify(typed)}`} action={formAction} noValidate className="space-y-4">
        <input type="hidden" name="locale" value={locale} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {fields.map((field) => {
          const value = typed ? (typed[field.name] ?? '') : (field.defaultValue ?? '');
          const error = errors[field.name];
          const inputId = fieldId(field.name);
          const aria = describedBy(inputId, { hint: Boolean(field.hint), error });
          return (
            <div key={field.name}>
              {field.kind === 'checkbox' ? (
                <div className="flex items-start gap-2">
                  <input
                    id={inputId}
                    type="checkbox"
                    name={field.name}
                    defaultChecked={typed ? typed[field.name] === 'on' : field.defaultValue === 'on'}
                    className="mt-1 h-5 w-5"
                    {...aria}
                  />
                  <label htmlFor={inputId}>{field.label}</label>
                </div>
              ) : (
                <>
                  <label htmlFor={inputId} className="font-medium">
                    {field.label}
                    {field.required && <RequiredMark messages={messages} />}
                  </label>
                  {field.kind === 'textarea' ? (
                    <textarea
                      id={inputId}
                      name={field.name}
                      rows={field.rows ?? 4}
                      defaultValue={value}
                      aria-required={field.required || undefined}
                      className={inputClass(Boolean(error))}
                      {...aria}
                    />
                  ) : (
                    <input
                      id={inputId}
                      name={field.name}
                      aria-required={field.required || undefined}
                      type={field.kind === 'datetime' ? 'datetime-local' : field.kind === 'number' ? 'number' : field.kind === 'url' ? 'url' : 'text'}
                      defaultValue={value}
                      className={inputClass(Boolean(error))}
                      {...aria}
                    />
                  )}
                </>
              )}
              {field.hint && (
                <p id={`${inputId}-hint`} className="mt-1 text-sm text-slate-700">
                  {field.hint}
                </p>
              )}
              {field.max !== undefined && <CharacterCount fieldId={inputId} max={field.max} locale={locale} messages={messages} />}
              <FieldError id={`${inputId}-error`} message={error} />
            </div>
          );
        })}
        <button type="submit" disabled={isPending} className={BUTTON[tone]}>
          {isPending ? pending : submit}
          {submitSuffix && <span className="sr-only"> {submitSuffix}</span>}
        </button>
      </form>
    </div>
  );
}
