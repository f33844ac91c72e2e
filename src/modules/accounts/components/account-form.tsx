'use client';

// The forms of getting in (sign-up, a new confirmation link, a new password), described as
// data by their server pages: fields in order, grouped in fieldsets where the page says so.
// A real <form action>, so they work before JavaScript loads; with JavaScript, errors show
// without a reload, next to each field and in a summary at the top, and what was typed stays
// (never passwords). After success the form gives way to the confirmation. A field the server
// requires says so after its label; a text with a limit counts its characters.
import { useActionState, useState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, dangerButtonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormErrorSummary } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

export type AccountField = {
  name: string;
  label: string;
  type: 'text' | 'email' | 'password' | 'select' | 'radio' | 'checkbox';
  hint?: string;
  autoComplete?: string;
  /** The server refuses the form without it (while the field is shown). */
  required?: boolean;
  /** The server's limit for a text, counted under the field. */
  max?: number;
  defaultValue?: string;
  options?: Array<{ value: string; label: string }>;
  /** Shown only while the radio field `name` has `value`. */
  showWhen?: { name: string; value: string };
};

export type AccountFieldset = { legend?: string; fields: AccountField[] };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fieldsets: AccountFieldset[];
  hidden: Record<string, string>;
  heading: string;
  submit: string;
  submitting: string;
  /** Shown under the confirmation, e.g. a link onwards. */
  after?: { href: string; label: string };
  idPrefix: string;
  /** Keep the form after success (settings), with the confirmation above it. */
  keep?: boolean;
  /** The submit does what cannot be undone, and looks it. */
  danger?: boolean;
  locale: Locale;
  messages: ClientMessages<'input'>;
};

export function AccountForm({ action, fieldsets, hidden, heading, submit, submitting, after, idPrefix, keep = false, danger = false, locale, messages }: Props) {
  const [state, formAction, isPending] = useActionState<FormState, FormData>(action, IDLE);
  const fields = fieldsets.flatMap((set) => set.fields);
  const radios = Object.fromEntries(fields.filter((f) => f.type === 'radio').map((f) => [f.name, state.values?.[f.name] ?? f.defaultValue ?? f.options?.[0]?.value ?? '']));
  const [choices, setChoices] = useState<Record<string, string>>(radios);
  const id = (name: string) => `${idPrefix}-${name}`;
  const errors = state.fieldErrors ?? {};

  if (state.status === 'success' && !keep) {
    return (
      <div role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
        <p>{state.message}</p>
        {after && (
          <p className="mt-2">
            <a href={after.href} className="font-semibold underline">
              {after.label}
            </a>
          </p>
        )}
      </div>
    );
  }

  const visible = (field: AccountField) => !field.showWhen || choices[field.showWhen.name] === field.showWhen.value;

  return (
    <form action={formAction} noValidate className="space-y-6">
      {keep && (
        <div role="status" className={state.status === 'success' ? 'rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900' : 'sr-only'}>
          {state.status === 'success' && state.message}
        </div>
      )}
      <FormErrorSummary
        state={state}
        heading={heading}
        fieldIds={Object.fromEntries(fields.map((f) => [f.name, id(f.name)]))}
        fieldOrder={fields.map((f) => f.name)}
        fieldLabels={Object.fromEntries(fields.map((f) => [f.name, f.label]))}
      />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fieldsets.map((set, index) => {
        const body = set.fields.filter(visible).map((field) => {
          const error = errors[field.name];
          const value = field.type === 'password' ? undefined : (state.values?.[field.name] ?? field.defaultValue);
          const aria = describedBy(id(field.name), { hint: Boolean(field.hint), error });
          if (field.type === 'checkbox') {
            return (
              <label key={field.name} className="flex items-start gap-2">
                <input type="checkbox" name={field.name} value="on" defaultChecked={field.defaultValue === 'on'} className="mt-1 h-4 w-4" />
                <span>
                  <span className="font-medium">{field.label}</span>
                  {field.hint && <span className="block text-sm text-slate-700">{field.hint}</span>}
                </span>
              </label>
            );
          }
          if (field.type === 'radio') {
            return (
              <fieldset key={field.name} {...aria}>
                <legend className="font-medium">{field.label}</legend>
                <div className="mt-1 space-y-1">
                  {field.options?.map((option) => (
                    <label key={option.value} className="flex items-center gap-2">
                      <input
                        type="radio"
                        name={field.name}
                        value={option.value}
                        checked={choices[field.name] === option.value}
                        onChange={() => setChoices({ ...choices, [field.name]: option.value })}
                        className="h-4 w-4"
                      />
                      {option.label}
                    </label>
                  ))}
                </div>
              </fieldset>
            );
          }
          return (
            <div key={field.name}>
              <label htmlFor={id(field.name)} className="block font-medium">
                {field.label}
                {field.required && <RequiredMark messages={messages} />}
              </label>
              {field.hint && (
                <p id={`${id(field.name)}-hint`} className="text-sm text-slate-700">
                  {field.hint}
                </p>
              )}
              {field.type === 'select' ? (
                <select
                  id={id(field.name)}
                  name={field.name}
                  defaultValue={value ?? ''}
                  key={`${field.name}-${value}`}
                  aria-required={field.required || undefined}
                  className={inputClass(Boolean(error))}
                  {...aria}
                >
                  {field.options?.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={id(field.name)}
                  name={field.name}
                  type={field.type}
                  autoComplete={field.autoComplete}
                  aria-required={field.required || undefined}
                  defaultValue={value}
                  key={`${field.name}-${value}`}
                  className={inputClass(Boolean(error))}
                  {...aria}
                />
              )}
              {field.max !== undefined && <CharacterCount fieldId={id(field.name)} max={field.max} locale={locale} messages={messages} />}
              <FieldError id={`${id(field.name)}-error`} message={error} />
            </div>
          );
        });
        return set.legend ? (
          <fieldset key={index} className="space-y-4 rounded border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">{set.legend}</legend>
            {body}
          </fieldset>
        ) : (
          <div key={index} className="space-y-4">
            {body}
          </div>
        );
      })}
      <button type="submit" disabled={isPending} className={danger ? dangerButtonClass : buttonClass}>
        {isPending ? submitting : submit}
      </button>
    </form>
  );
}
