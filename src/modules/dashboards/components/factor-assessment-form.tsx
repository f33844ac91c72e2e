'use client';

// The year's assessment of the five success factors: for each factor its guiding question from
// the report, a score from 1 to 5 as radio buttons (a group per factor, reachable with the
// arrow keys) and an optional comment. An error keeps what was chosen and typed; saved, the
// action goes to the dashboard with the confirmation.
import { useActionState } from 'react';

import type { SuccessFactor } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';

import { saveFactorAssessment } from '../actions/factor-actions';
import { COMMENT_MAX, commentField, SCORES, scoreField, SUCCESS_FACTORS, type AssessmentScope } from '../success-factors';

export type FactorFormValues = Partial<Record<SuccessFactor, { score: number; comment: string }>>;

export function FactorAssessmentForm({
  locale,
  messages,
  networkId,
  scope,
  initial,
}: {
  locale: Locale;
  messages: ClientMessages<'successFactors' | 'input'>;
  networkId: string;
  scope: AssessmentScope;
  initial: FactorFormValues;
}) {
  const t = messages.successFactors;
  const [state, action, pending] = useActionState(saveFactorAssessment, IDLE);
  const errors = state.fieldErrors ?? {};
  // What was sent, when the server answered with errors; what is saved otherwise.
  const value = (field: string, saved: string) => (state.status === 'error' && state.values ? (state.values[field] ?? '') : saved);
  const fieldIds = Object.fromEntries(SUCCESS_FACTORS.flatMap((f) => [[scoreField(f), `${scoreField(f)}-1`], [commentField(f), commentField(f)]]));

  return (
    <form action={action} noValidate className="max-w-3xl space-y-8">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={fieldIds} fieldOrder={SUCCESS_FACTORS.flatMap((f) => [scoreField(f), commentField(f)])} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="scope" value={scope} />
      {SUCCESS_FACTORS.map((factor) => {
        const score = scoreField(factor);
        const comment = commentField(factor);
        const chosen = value(score, initial[factor] ? String(initial[factor]!.score) : '');
        // The form remounts its fields after an answer, so a kept value shows.
        const key = state.status === 'error' ? `failed-${JSON.stringify(state.values ?? {})}` : 'saved';
        return (
          <fieldset key={`${factor}-${key}`} className="space-y-3 rounded border border-slate-300 p-5" aria-describedby={`${factor}-hint`}>
            <legend className="px-1 text-xl font-semibold">
              {t.names[factor]}: {t.questions[factor]}
            </legend>
            <p id={`${factor}-hint`} className="text-slate-700">
              {t.hints[factor]}
            </p>
            <div role="radiogroup" aria-label={`${t.score}: ${t.names[factor]}`} aria-required="true" aria-invalid={errors[score] ? true : undefined} aria-describedby={errors[score] ? `${score}-error` : undefined}>
              <p className="font-medium" aria-hidden="true">
                {t.score} ({messages.input.requiredMark})
              </p>
              <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
                {SCORES.map((option) => (
                  <label key={option} className="flex items-center gap-2">
                    <input type="radio" id={`${score}-${option}`} name={score} value={option} defaultChecked={chosen === option} className="h-4 w-4" />
                    {t.scoreLabels[option]}
                  </label>
                ))}
              </div>
              <FieldError id={`${score}-error`} message={errors[score]} />
            </div>
            <div>
              <label htmlFor={comment} className="block font-medium">
                {t.comment}
              </label>
              <p id={`${comment}-hint`} className="text-sm text-slate-700">
                {t.commentHint}
              </p>
              <textarea
                id={comment}
                name={comment}
                rows={3}
                defaultValue={value(comment, initial[factor]?.comment ?? '')}
                {...describedBy(comment, { hint: true, error: errors[comment] })}
                className={inputClass(Boolean(errors[comment]))}
              />
              <CharacterCount fieldId={comment} max={COMMENT_MAX} locale={locale} messages={messages} />
              <FieldError id={`${comment}-error`} message={errors[comment]} />
            </div>
          </fieldset>
        );
      })}
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.save}
      </button>
    </form>
  );
}
