'use client';

// The secretariat's charter form, prefilled with the current version. A real <form action>,
// so it works before JavaScript loads; with JavaScript it keeps what was typed after an
// error and shows the threshold field only for a qualified majority.
import { useActionState, useState } from 'react';

import { DecisionRule, MeetingFormat, MembershipPolicy } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { updateCharter } from '../actions/charter-actions';
import { CHARTER_FIELDS, CHARTER_LIMITS, type CharterField } from '../charter-content';

export type CharterFormValues = Partial<Record<CharterField, string>>;

const fieldId = (field: CharterField) => `charter-${field}`;
const FIELD_IDS = Object.fromEntries(CHARTER_FIELDS.map((field) => [field, fieldId(field)]));
// A group of radio buttons is reached through its first option.
for (const field of ['membershipPolicy', 'associationsVote', 'decisionRule', 'meetingFormat'] as const) FIELD_IDS[field] = `${fieldId(field)}-0`;

type CharterMessages = ClientMessages<'charter' | 'enums' | 'governance' | 'input'>;

export function CharterForm({
  locale,
  messages,
  networkId,
  initial,
  version,
}: {
  locale: Locale;
  messages: CharterMessages;
  networkId: string;
  /** The current version's content as form text; empty for a network without a charter. */
  initial: CharterFormValues;
  version: number | null;
}) {
  const t = messages.charter;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(updateCharter, IDLE);
  // After an error the fields show what was typed; otherwise the saved version (which the
  // server sends anew after a save).
  const values: CharterFormValues = state.status === 'error' ? (state.values ?? {}) : initial;

  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={FIELD_IDS} fieldOrder={CHARTER_FIELDS} fieldLabels={t.fields} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="baseVersion" value={version ?? 0} />
      {/* Remounted after a save or an error, so the fields take up the new values. */}
      <CharterFields key={`${version ?? 0}-${state.status}`} locale={locale} messages={messages} values={values} errors={state.fieldErrors ?? {}} />
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.saving : t.save}
      </button>
    </form>
  );
}

function CharterFields({ locale, messages, values, errors }: { locale: Locale; messages: CharterMessages; values: CharterFormValues; errors: Record<string, string> }) {
  const t = messages.charter;
  const [rule, setRule] = useState(values.decisionRule ?? '');

  // Every field is required (charter.ts) but the stakeholder relations, which older versions lack.
  const textArea = (field: 'mission' | 'shortTermGoals' | 'longTermGoals' | 'memberBenefit' | 'stakeholderRelations', rows: number) => (
    <div>
      <label htmlFor={fieldId(field)} className="block font-medium">
        {t.fields[field]}
        {field !== 'stakeholderRelations' && <RequiredMark messages={messages} />}
      </label>
      <p id={`${fieldId(field)}-hint`} className="text-sm text-slate-700">
        {t.hints[field]}
      </p>
      <textarea
        id={fieldId(field)}
        name={field}
        rows={rows}
        defaultValue={values[field] ?? ''}
        aria-required={field !== 'stakeholderRelations' || undefined}
        {...describedBy(fieldId(field), { hint: true, error: errors[field] })}
        className={inputClass(Boolean(errors[field]))}
      />
      <CharacterCount fieldId={fieldId(field)} max={CHARTER_LIMITS.textMax} locale={locale} messages={messages} />
      <FieldError id={`${fieldId(field)}-error`} message={errors[field]} />
    </div>
  );

  const numberInput = (field: 'qualifiedMajorityPercent' | 'quorumPercent' | 'physicalMeetingsPerYear', min: number, max: number, unit?: string) => (
    <div>
      <label htmlFor={fieldId(field)} className="block font-medium">
        {t.fields[field]}
        <RequiredMark messages={messages} />
      </label>
      <p id={`${fieldId(field)}-hint`} className="text-sm text-slate-700">
        {t.hints[field]}
      </p>
      <div className="flex items-center gap-2">
        <input
          id={fieldId(field)}
          name={field}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          aria-required
          defaultValue={values[field] ?? ''}
          {...describedBy(fieldId(field), { hint: true, error: errors[field] })}
          className={`${inputClass(Boolean(errors[field]))} max-w-[8rem]`}
        />
        {/* The hint says "in per cent" for screen readers; the sign is for the eye. */}
        {unit && (
          <span aria-hidden="true" className="mt-1">
            {unit}
          </span>
        )}
      </div>
      <FieldError id={`${fieldId(field)}-error`} message={errors[field]} />
    </div>
  );

  const radios = <F extends 'membershipPolicy' | 'associationsVote' | 'decisionRule' | 'meetingFormat'>(
    field: F,
    options: readonly string[],
    label: (option: string) => string,
    help?: (option: string) => string,
    onChange?: (option: string) => void,
  ) => (
    <fieldset {...describedBy(fieldId(field), { hint: field === 'membershipPolicy' || field === 'associationsVote', error: errors[field] })}>
      <legend className="font-medium">
        {t.fields[field]}
        <RequiredMark messages={messages} />
      </legend>
      {(field === 'membershipPolicy' || field === 'associationsVote') && (
        <p id={`${fieldId(field)}-hint`} className="text-sm text-slate-700">
          {t.hints[field as 'membershipPolicy' | 'associationsVote']}
        </p>
      )}
      <div className="mt-2 space-y-2">
        {options.map((option, i) => (
          <div key={option} className="flex items-start gap-2">
            <input
              id={`${fieldId(field)}-${i}`}
              type="radio"
              name={field}
              value={option}
              defaultChecked={values[field] === option}
              onChange={onChange && (() => onChange(option))}
              aria-describedby={help ? `${fieldId(field)}-${i}-help` : undefined}
              className="mt-1 h-4 w-4"
            />
            <div>
              <label htmlFor={`${fieldId(field)}-${i}`}>{label(option)}</label>
              {help && (
                <p id={`${fieldId(field)}-${i}-help`} className="text-sm text-slate-700">
                  {help(option)}
                </p>
              )}
            </div>
          </div>
        ))}
      </div>
      <FieldError id={`${fieldId(field)}-error`} message={errors[field]} />
    </fieldset>
  );

  return (
    <>
      <fieldset className="space-y-5 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t.purposeLegend}</legend>
        {textArea('mission', 6)}
        {textArea('shortTermGoals', 3)}
        {textArea('longTermGoals', 3)}
        {textArea('memberBenefit', 3)}
      </fieldset>
      <fieldset className="space-y-5 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t.rulesLegend}</legend>
        {textArea('stakeholderRelations', 4)}
        {radios(
          'membershipPolicy',
          Object.values(MembershipPolicy),
          (o) => messages.enums.membershipPolicy[o as MembershipPolicy],
          (o) => t.policyHelp[o as MembershipPolicy],
        )}
        {radios('associationsVote', ['true', 'false'], (o) => t.associationsVoteOption[o as 'true' | 'false'])}
        {radios(
          'decisionRule',
          Object.values(DecisionRule),
          (o) => messages.governance.decisionRule[o as DecisionRule],
          (o) => t.decisionRuleHelp[o as DecisionRule],
          setRule,
        )}
        {rule === 'QUALIFIED_MAJORITY' && numberInput('qualifiedMajorityPercent', 51, 100, '%')}
        {numberInput('quorumPercent', 1, 100, '%')}
        {numberInput('physicalMeetingsPerYear', 0, 52)}
        {radios('meetingFormat', Object.values(MeetingFormat), (o) => messages.governance.meetingFormat[o as MeetingFormat])}
      </fieldset>
    </>
  );
}
