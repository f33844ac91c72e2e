'use client';

// A buying member states their organisation's figures for a need: the yearly cost of the
// unmet need (kronor as typed), what it is based on, the expected volume and how firmly the
// organisation commits. Pre-filled with the current statement, which a new one replaces. Only
// the level is always required (a basis is asked for with a cost, conditions with a commitment,
// as the hints say); the texts count their characters.
import { useActionState } from 'react';

import type { CommitmentLevel } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { CheckboxField, describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { stateCommitment } from '../actions/business-case-actions';
import { COMMITMENT_LIMITS } from '../form-limits';

export type CommitmentValues = { annualCost: string; costBasis: string; expectedVolume: string; level: string; conditions: string; isPublic: boolean };

const LEVELS: readonly CommitmentLevel[] = ['INTERESTED', 'LETTER_OF_INTENT', 'COMMITTED'];
const FIELD_ORDER = ['annualCost', 'costBasis', 'expectedVolume', 'level', 'conditions'] as const;
const FIELD_IDS = {
  annualCost: 'commit-annual-cost',
  costBasis: 'commit-cost-basis',
  expectedVolume: 'commit-volume',
  level: 'commit-level-0',
  conditions: 'commit-conditions',
};

export function CommitmentForm({
  locale,
  messages,
  needId,
  volumeUnit,
  initial,
}: {
  locale: Locale;
  messages: ClientMessages<'businessCase' | 'needEnums' | 'input'>;
  needId: string;
  volumeUnit: string;
  initial: CommitmentValues;
}) {
  const t = messages.businessCase;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(stateCommitment, IDLE);
  const errors = state.fieldErrors ?? {};
  // After an error the form keeps what was typed; otherwise it shows the saved statement.
  const values: CommitmentValues =
    state.status === 'error' ? { ...initial, ...state.values, isPublic: state.values?.isPublic === 'on' } : initial;
  const labels = { annualCost: t.fields.annualCost, costBasis: t.fields.costBasis, expectedVolume: t.fields.expectedVolume, level: t.fields.level, conditions: t.fields.conditions };

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormFeedback state={state} heading={t.commitErrorSummary} fieldIds={FIELD_IDS} fieldOrder={FIELD_ORDER} fieldLabels={labels} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="needId" value={needId} />
      <div key={JSON.stringify(values)} className="space-y-5">
        <div>
          <label htmlFor="commit-annual-cost" className="block font-medium">
            {t.fields.annualCost}
          </label>
          <p id="commit-annual-cost-hint" className="text-sm text-slate-700">
            {t.hints.annualCost}
          </p>
          <input
            id="commit-annual-cost"
            name="annualCost"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={values.annualCost}
            {...describedBy('commit-annual-cost', { hint: true, error: errors.annualCost })}
            className={`${inputClass(Boolean(errors.annualCost))} max-w-xs`}
          />
          <FieldError id="commit-annual-cost-error" message={errors.annualCost} />
        </div>
        <div>
          <label htmlFor="commit-cost-basis" className="block font-medium">
            {t.fields.costBasis}
          </label>
          <p id="commit-cost-basis-hint" className="text-sm text-slate-700">
            {t.hints.costBasis}
          </p>
          <textarea
            id="commit-cost-basis"
            name="costBasis"
            rows={2}
            defaultValue={values.costBasis}
            {...describedBy('commit-cost-basis', { hint: true, error: errors.costBasis })}
            className={`${inputClass(Boolean(errors.costBasis))} max-w-2xl`}
          />
          <CharacterCount fieldId="commit-cost-basis" max={COMMITMENT_LIMITS.costBasis} locale={locale} messages={messages} />
          <FieldError id="commit-cost-basis-error" message={errors.costBasis} />
        </div>
        <div>
          <label htmlFor="commit-volume" className="block font-medium">
            {t.fields.expectedVolume}
          </label>
          <p id="commit-volume-hint" className="text-sm text-slate-700">
            {volumeUnit ? fill(t.hints.expectedVolume, { unit: volumeUnit }) : t.hints.expectedVolumeNoUnit}
          </p>
          <input
            id="commit-volume"
            name="expectedVolume"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.expectedVolume}
            {...describedBy('commit-volume', { hint: true, error: errors.expectedVolume })}
            className={`${inputClass(Boolean(errors.expectedVolume))} max-w-[10rem]`}
          />
          <FieldError id="commit-volume-error" message={errors.expectedVolume} />
        </div>
        <fieldset {...describedBy('commit-level', { error: errors.level })}>
          <legend className="font-medium">
            {t.fields.level}
            <RequiredMark messages={messages} />
          </legend>
          <div className="mt-2 space-y-2">
            {LEVELS.map((level, i) => (
              <div key={level} className="flex items-start gap-2">
                <input
                  id={`commit-level-${i}`}
                  type="radio"
                  name="level"
                  value={level}
                  defaultChecked={values.level === level}
                  aria-describedby={`commit-level-${i}-help`}
                  className="mt-1 h-4 w-4"
                />
                <div>
                  <label htmlFor={`commit-level-${i}`}>{messages.needEnums.commitment[level]}</label>
                  <p id={`commit-level-${i}-help`} className="text-sm text-slate-700">
                    {t.levelHelp[level]}
                  </p>
                </div>
              </div>
            ))}
          </div>
          <FieldError id="commit-level-error" message={errors.level} />
        </fieldset>
        <div>
          <label htmlFor="commit-conditions" className="block font-medium">
            {t.fields.conditions}
          </label>
          <p id="commit-conditions-hint" className="text-sm text-slate-700">
            {t.hints.conditions}
          </p>
          <textarea
            id="commit-conditions"
            name="conditions"
            rows={3}
            defaultValue={values.conditions}
            {...describedBy('commit-conditions', { hint: true, error: errors.conditions })}
            className={`${inputClass(Boolean(errors.conditions))} max-w-2xl`}
          />
          <CharacterCount fieldId="commit-conditions" max={COMMITMENT_LIMITS.conditions} locale={locale} messages={messages} />
          <FieldError id="commit-conditions-error" message={errors.conditions} />
        </div>
        <CheckboxField id="commit-is-public" name="isPublic" label={t.fields.isPublic} hint={t.hints.isPublic} defaultChecked={values.isPublic} />
      </div>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.saving : t.commitSubmit}
      </button>
    </form>
  );
}
