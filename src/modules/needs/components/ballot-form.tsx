'use client';

// An organisation's ballot: one number per need, blank meaning 0. The counter of points left
// is a help while typing; the server checks the budget, the deadline and who votes.
import { useActionState, useState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';

import { castBallot } from '../actions/round-actions';
import { pointsField } from '../prioritisation';

const inputId = (index: number) => `ballot-need-${index}`;

/** The points typed so far; what is not a whole number counts as nothing (the server says why). */
function total(values: Record<string, string>): number {
  return Object.values(values).reduce((sum, value) => sum + (/^\d+$/.test(value.trim()) ? Number(value.trim()) : 0), 0);
}

export function BallotForm({
  locale,
  messages,
  roundId,
  budget,
  needs,
  points,
  replacing,
}: {
  locale: Locale;
  messages: ClientMessages<'rounds'>;
  roundId: string;
  budget: number;
  needs: Array<{ id: string; title: string }>;
  /** The organisation's current ballot, to start from. */
  points: Record<string, number>;
  /** The organisation has voted: sending replaces its ballot. */
  replacing: boolean;
}) {
  const t = messages.rounds;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(castBallot, IDLE);
  // Controlled fields, so what was typed stays after an answer from the server.
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(needs.map((need) => [need.id, points[need.id] ? String(points[need.id]) : ''])),
  );
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const left = budget - total(values);
  const fieldIds = Object.fromEntries(needs.map((need, i) => [pointsField(need.id), inputId(i)]));
  const fieldLabels = Object.fromEntries(needs.map((need) => [pointsField(need.id), need.title]));

  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormFeedback state={state} heading={t.ballot.errorSummary} fieldIds={fieldIds} fieldOrder={needs.map((need) => pointsField(need.id))} fieldLabels={fieldLabels} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="roundId" value={roundId} />
      <fieldset className="rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t.ballot.legend}</legend>
        <ul className="space-y-3">
          {needs.map((need, i) => {
            const field = pointsField(need.id);
            return (
              <li key={need.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 border-b border-slate-200 pb-3 last:border-b-0 last:pb-0">
                <label htmlFor={inputId(i)} className="min-w-0 flex-1 pt-3 font-medium">
                  {need.title}
                </label>
                <div className="w-28">
                  <input
                    id={inputId(i)}
                    name={field}
                    type="number"
                    min={0}
                    max={budget}
                    step={1}
                    inputMode="numeric"
                    value={values[need.id] ?? ''}
                    onChange={(event) => setValues((previous) => ({ ...previous, [need.id]: event.target.value }))}
                    {...describedBy(inputId(i), { error: errors[field] })}
                    className={`${inputClass(Boolean(errors[field]))} text-right`}
                  />
                  <FieldError id={`${inputId(i)}-error`} message={errors[field]} />
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <p aria-live="polite" className={`font-medium ${left < 0 ? 'text-red-800' : ''}`}>
        {left < 0 ? fill(t.ballot.over, { over: -left, budget }) : fill(t.ballot.remaining, { left, budget })}
      </p>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.ballot.saving : replacing ? t.ballot.replace : t.ballot.submit}
      </button>
    </form>
  );
}
