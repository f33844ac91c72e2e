'use client';

// The coordinator's market-maturity assessment: the report's three questions as radio groups,
// each with what the answer is based on, links to the evidence, and the step. The suggested
// step follows the answers live (the same pure rule the server applies when it saves; the
// server never takes the suggestion from the form). The chosen step starts as the suggestion;
// choosing another reveals the reason it then needs. A real <form action>, so it also works
// before JavaScript loads; after saving, the need's page opens with a confirmation.
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';

import type { LadderStep, MaturityAnswer } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { assessNeed } from '../actions/ladder-actions';
import { LADDER_STEPS, MATURITY_ANSWERS, suggestedStep } from '../ladder';
import { ASSESSMENT_FIELDS, EVIDENCE_MAX, evidenceField, MATURITY_QUESTIONS, REASON_MAX, type MaturityQuestion } from '../ladder-fields';
import { ASSESSED_PARAM } from '../ladder-paths';

export type AssessmentValues = Partial<Record<(typeof ASSESSMENT_FIELDS)[number], string>>;

const fieldId = (field: string) => `assess-${field}`;
const FIELD_IDS: Record<string, string> = Object.fromEntries(ASSESSMENT_FIELDS.map((field) => [field, fieldId(field)]));
for (const question of MATURITY_QUESTIONS) FIELD_IDS[question] = fieldId(`${question}-${MATURITY_ANSWERS[0]}`);
FIELD_IDS.chosenStep = fieldId(`chosenStep-${LADDER_STEPS[0]}`);

export function AssessmentForm({ locale, messages, needId, needPath, initial }: { locale: Locale; messages: ClientMessages<'ladder' | 'needEnums' | 'input'>; needId: string; needPath: string; initial: AssessmentValues }) {
  const t = messages.ladder;
  const router = useRouter();
  const [state, formAction, isPending] = useActionState<FormState, FormData>(assessNeed, IDLE);
  const values: AssessmentValues = state.status === 'error' ? (state.values ?? {}) : initial;

  useEffect(() => {
    if (state.status === 'success') router.push(`${needPath}?${ASSESSED_PARAM}=1#ladder`);
  }, [state, router, needPath]);

  return (
    <form action={formAction} noValidate className="space-y-8">
      <FormFeedback
        state={state}
        heading={t.assess.errorSummary}
        fieldIds={FIELD_IDS}
        fieldOrder={ASSESSMENT_FIELDS}
        fieldLabels={t.assess.fields}
      />
      {state.status === 'success' && (
        // Without JavaScript the page stays here after saving: the way back to the need.
        <p>
          <a href={`${needPath}#ladder`} className="font-semibold text-brand-700 underline">
            {t.assess.backToNeed}
          </a>
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="needId" value={needId} />
      {/* Remounted after each answer, so the fields take up the values to show. */}
      <AssessmentFields key={`${state.status}-${JSON.stringify(values)}`} locale={locale} messages={messages} values={values} errors={state.status === 'error' ? (state.fieldErrors ?? {}) : {}} />
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.assess.saving : t.assess.submit}
      </button>
    </form>
  );
}

const isAnswer = (value: string | undefined): value is MaturityAnswer => MATURITY_ANSWERS.includes(value as MaturityAnswer);
const isStep = (value: string | undefined): value is LadderStep => LADDER_STEPS.includes(value as LadderStep);

function AssessmentFields({ locale, messages, values, errors }: { locale: Locale; messages: ClientMessages<'ladder' | 'needEnums' | 'input'>; values: AssessmentValues; errors: Record<string, string> }) {
  const t = messages.ladder;
  const [answers, setAnswers] = useState<Partial<Record<MaturityQuestion, MaturityAnswer>>>(() =>
    Object.fromEntries(MATURITY_QUESTIONS.flatMap((q) => (isAnswer(values[q]) ? [[q, values[q]]] : []))),
  );
  // The step the person picked; until they pick one, the step is the suggestion.
  const [picked, setPicked] = useState<LadderStep | null>(() => (isStep(values.chosenStep) ? values.chosenStep : null));
  const complete = MATURITY_QUESTIONS.every((q) => answers[q]);
  const suggestion =
    answers.offersSolutions && answers.prioritisedArea && answers.understandsNeed
      ? suggestedStep({ offersSolutions: answers.offersSolutions, prioritisedArea: answers.prioritisedArea, understandsNeed: answers.understandsNeed })
      : null;
  const chosen = picked ?? suggestion;
  const needsReason = chosen !== null && suggestion !== null && chosen !== suggestion;

  const textarea = (field: string, label: string, hint: string, options: { rows: number; required?: boolean; max?: number }) => (
    <div>
      <label htmlFor={fieldId(field)} className="block font-medium">
        {label}
        {options.required && <RequiredMark messages={messages} />}
      </label>
      <p id={`${fieldId(field)}-hint`} className="text-sm text-slate-700">
        {hint}
      </p>
      <textarea
        id={fieldId(field)}
        name={field}
        rows={options.rows}
        aria-required={options.required || undefined}
        defaultValue={values[field as keyof AssessmentValues] ?? ''}
        {...describedBy(fieldId(field), { hint: true, error: errors[field] })}
        className={inputClass(Boolean(errors[field]))}
      />
      {options.max && <CharacterCount fieldId={fieldId(field)} max={options.max} locale={locale} messages={messages} />}
      <FieldError id={`${fieldId(field)}-error`} message={errors[field]} />
    </div>
  );

  return (
    <>
      <section aria-labelledby="assess-questions" className="space-y-6">
        <h2 id="assess-questions" className="text-2xl font-semibold">
          {t.assess.questionsHeading}
        </h2>
        {MATURITY_QUESTIONS.map((question, index) => {
          const groupId = fieldId(question);
          return (
            <fieldset key={question} className="space-y-3 rounded border border-slate-300 p-4" {...describedBy(groupId, { hint: true, error: errors[question] })}>
              <legend className="px-1 text-lg font-semibold">
                <span className="font-medium text-slate-700">{fill(t.assess.questionNumber, { n: index + 1 })}: </span>
                {t.questions[question].label}
                <RequiredMark messages={messages} />
              </legend>
              <p id={`${groupId}-hint`} className="text-slate-700">
                {t.questions[question].explanation}
              </p>
              <div className="flex flex-wrap gap-x-6 gap-y-2">
                {MATURITY_ANSWERS.map((answer) => (
                  <div key={answer} className="flex items-center gap-2">
                    <input
                      id={fieldId(`${question}-${answer}`)}
                      type="radio"
                      name={question}
                      value={answer}
                      checked={answers[question] === answer}
                      onChange={() => setAnswers((current) => ({ ...current, [question]: answer }))}
                      className="h-4 w-4"
                    />
                    <label htmlFor={fieldId(`${question}-${answer}`)}>{messages.needEnums.answer[answer]}</label>
                  </div>
                ))}
              </div>
              <FieldError id={`${groupId}-error`} message={errors[question]} />
              {textarea(evidenceField(question), t.assess.evidenceLabel, t.assess.evidenceHint, { rows: 3, max: EVIDENCE_MAX })}
            </fieldset>
          );
        })}
        {textarea('evidenceLinks', t.assess.linksLabel, t.assess.linksHint, { rows: 4 })}
      </section>

      <section aria-labelledby="assess-step" className="space-y-4">
        <h2 id="assess-step" className="text-2xl font-semibold">
          {t.assess.stepHeading}
        </h2>
        <div className="rounded border-l-4 border-brand-700 bg-brand-50 p-4">
          <p className="font-semibold">{t.assess.suggestionHeading}</p>
          <p role="status" className="mt-1 text-lg">
            {suggestion ? fill(t.assess.suggestion, { step: messages.needEnums.step[suggestion] }) : t.assess.suggestionPending}
          </p>
        </div>
        <fieldset className="space-y-3" {...describedBy(fieldId('chosenStep'), { hint: true, error: errors.chosenStep })}>
          <legend className="font-semibold">{t.assess.chosenLegend}</legend>
          <p id={`${fieldId('chosenStep')}-hint`} className="text-sm text-slate-700">
            {t.assess.chosenHint}
          </p>
          {LADDER_STEPS.map((step) => {
            const id = fieldId(`chosenStep-${step}`);
            return (
              <div key={step} className="flex items-start gap-2">
                <input
                  id={id}
                  type="radio"
                  name="chosenStep"
                  value={step}
                  checked={chosen === step}
                  onChange={() => setPicked(step)}
                  aria-describedby={`${id}-lead`}
                  className="mt-1 h-4 w-4"
                />
                <div>
                  <label htmlFor={id} className="font-medium">
                    {messages.needEnums.step[step]}
                    {complete && step === suggestion && <span className="ml-1 font-normal text-slate-700">{t.assess.suggestedMark}</span>}
                  </label>
                  <p id={`${id}-lead`} className="text-sm text-slate-700">
                    {messages.needEnums.stepLead[step]}
                  </p>
                </div>
              </div>
            );
          })}
          <FieldError id={`${fieldId('chosenStep')}-error`} message={errors.chosenStep} />
        </fieldset>
        {(needsReason || errors.overrideReason) &&
          textarea('overrideReason', t.assess.overrideReasonLabel, t.assess.overrideReasonHint, { rows: 3, required: true, max: REASON_MAX })}
      </section>
    </>
  );
}
