'use client';

// The secretariat's form to open a prioritisation round: a name, the deadline in Swedish
// time, the points each organisation distributes and the needs to choose between. A real
// <form action>, so it works before JavaScript loads; it keeps what was typed after an error.
// The name, the deadline and the needs are required and say so (the points have a default).
import Link from 'next/link';
import { useActionState, useState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { openRound } from '../actions/round-actions';
import { ROUND_LIMITS } from '../form-limits';
import { SubmissionKeyInput } from '@/ui/submission-key';

const FIELDS = ['title', 'closesAt', 'pointsPerOrganization', 'needIds'] as const;
type Field = (typeof FIELDS)[number];

const fieldId = (field: Field) => `round-${field}`;
const FIELD_IDS: Record<string, string> = Object.fromEntries(FIELDS.map((field) => [field, fieldId(field)]));
// The summary links to the first checkbox.
FIELD_IDS.needIds = `${fieldId('needIds')}-0`;

export type RoundNeedOption = { id: string; title: string; status: string };

export function OpenRoundForm({
  locale,
  messages,
  networkId,
  submissionKey,
  roundsPath,
  needs,
  initial,
}: {
  locale: Locale;
  messages: ClientMessages<'rounds' | 'input'>;
  networkId: string;
  /** The round is opened once however often the form is sent (src/ui/submission-key.tsx). */
  submissionKey: string;
  /** The network's rounds, to link to the new round after opening it. */
  roundsPath: string;
  needs: RoundNeedOption[];
  initial: { pointsPerOrganization: string; closesAt: string };
}) {
  const t = messages.rounds.form;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(openRound, IDLE);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const values: Record<string, string> = state.status === 'error' ? (state.values ?? {}) : initial;
  // The ticked needs are held here (the typed values keep one value per repeated field); after
  // a round was opened the list starts empty for the next one.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.status === 'success') setSelected(new Set());
  }
  const toggle = (needId: string, checked: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (checked) next.add(needId);
      else next.delete(needId);
      return next;
    });

  const input = (field: Exclude<Field, 'needIds'>, type: string, options: { inputMode?: 'numeric'; className?: string; required?: boolean; max?: number } = {}) => (
    <div>
      <label htmlFor={fieldId(field)} className="block font-medium">
        {t.fields[field]}
        {options.required && <RequiredMark messages={messages} />}
      </label>
      <p id={`${fieldId(field)}-hint`} className="text-sm text-slate-700">
        {t.hints[field]}
      </p>
      <input
        id={fieldId(field)}
        name={field}
        type={type}
        inputMode={options.inputMode}
        defaultValue={values[field] ?? ''}
        aria-required={options.required || undefined}
        {...describedBy(fieldId(field), { hint: true, error: errors[field] })}
        className={`${inputClass(Boolean(errors[field]))} ${options.className ?? ''}`}
      />
      {options.max !== undefined && <CharacterCount fieldId={fieldId(field)} max={options.max} locale={locale} messages={messages} />}
      <FieldError id={`${fieldId(field)}-error`} message={errors[field]} />
    </div>
  );

  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormFeedback
        state={state}
        heading={t.errorSummary}
        fieldIds={FIELD_IDS}
        fieldOrder={FIELDS}
        fieldLabels={t.fields}
        renderDetail={(roundId) => (
          <p className="mt-1">
            <Link href={`${roundsPath}/${encodeURIComponent(roundId)}`} className="font-semibold underline">
              {t.goToRound}
            </Link>
          </p>
        )}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="networkId" value={networkId} />
      <SubmissionKeyInput value={submissionKey} />
      {/* Remounted after each answer, so the fields take up the values to show. */}
      <div key={`${state.status}-${JSON.stringify(values)}`} className="space-y-6">
        {input('title', 'text', { required: true, max: ROUND_LIMITS.title })}
        <div className="grid gap-4 sm:grid-cols-2">
          {input('closesAt', 'datetime-local', { required: true })}
          {input('pointsPerOrganization', 'number', { inputMode: 'numeric', className: 'max-w-[10rem]' })}
        </div>
      </div>
      <fieldset {...describedBy(fieldId('needIds'), { hint: true, error: errors.needIds })} className="rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">
          {t.fields.needIds}
          <RequiredMark messages={messages} />
        </legend>
        <p id={`${fieldId('needIds')}-hint`} className="text-sm text-slate-700">
          {t.hints.needIds}
        </p>
        <ul className="mt-3 space-y-2">
          {needs.map((need, i) => (
            <li key={need.id} className="flex items-start gap-2">
              <input
                id={`${fieldId('needIds')}-${i}`}
                type="checkbox"
                name="needIds"
                value={need.id}
                // Uncontrolled, with the default following the ticks: React resets the form after
                // each answer, and a reset returns every box to its default.
                defaultChecked={selected.has(need.id)}
                onChange={(event) => toggle(need.id, event.target.checked)}
                className="mt-1 h-4 w-4"
              />
              <label htmlFor={`${fieldId('needIds')}-${i}`}>
                {need.title} <span className="text-sm text-slate-700">({need.status})</span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id={`${fieldId('needIds')}-error`} message={errors.needIds} />
      </fieldset>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.saving : t.submit}
      </button>
    </form>
  );
}
