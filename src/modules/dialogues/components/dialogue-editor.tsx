'use client';

// The coordinators' form for a dialogue's draft: what it is about, its form, the needs, the
// dates in Swedish time, and the fields of the chosen form. Each form's own fields show only
// when that form is chosen, by CSS alone (`:has(:checked)`), so the form works the same
// without JavaScript. The server checks everything again and ignores another form's fields.
import { useActionState } from 'react';

import type { DialogueForm } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, fieldIdsOf, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { DIALOGUE_FIELDS, DIALOGUE_FORMS, needField, PLACE_MAX, TEXT_MAX, TITLE_MAX } from '../dialogue-fields';

export type EditorTexts = {
  title: string;
  purpose: string;
  purposeHint: string;
  learningGoals: string;
  form: string;
  needs: string;
  needsHint: string;
  noNeeds: string;
  closesAt: string;
  questionsCloseAt: string;
  timeHint: string;
  howToTakePart: string;
  rfiQuestions: string;
  rfiQuestionsHint: string;
  eventStartsAt: string;
  eventEndsAt: string;
  place: string;
  onlineUrl: string;
  capacity: string;
  registrationClosesAt: string;
  documentUrl: string;
  save: string;
  saving: string;
  errorHeading: string;
  forms: Record<DialogueForm, string>;
  formLeads: Record<DialogueForm, string>;
};

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: Locale;
  /** The shared input texts: the required mark and the character counter. */
  messages: ClientMessages<'input'>;
  hidden: Record<string, string>;
  texts: EditorTexts;
  needs: ReadonlyArray<{ id: string; title: string }>;
  /** What is stored (an edited draft), as the form's strings; empty for a new dialogue. */
  stored: Record<string, string>;
};

const ID = 'dialogue';

/** The radio button's id: no underscore, which Tailwind reads as a space in the selectors below. */
const formRadioId = (form: DialogueForm) => `${ID}-form-${form.toLowerCase().replace(/_/g, '-')}`;

// Literal class names, so Tailwind finds them: each section shows when its form is checked.
const SHOWN_FOR: Partial<Record<DialogueForm, string>> = {
  RFI: 'hidden group-has-[#dialogue-form-rfi:checked]/editor:block',
  INFO_MEETING: 'hidden group-has-[#dialogue-form-info-meeting:checked]/editor:block',
  CONSULTATION: 'hidden group-has-[#dialogue-form-consultation:checked]/editor:block',
};

export function DialogueEditor({ action, locale, messages, hidden, texts: t, needs, stored }: Props) {
  const [state, formAction, isPending] = useActionState<FormState, FormData>(action, IDLE);
  const values = state.status === 'error' ? (state.values ?? {}) : stored;
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const labels: Record<string, string> = Object.fromEntries(DIALOGUE_FIELDS.map((name) => [name, t[name as keyof EditorTexts] as string]));
  const fieldId = (name: string) => `${ID}-${name}`;
  const fieldIds = { ...fieldIdsOf(ID, DIALOGUE_FIELDS), form: formRadioId(DIALOGUE_FORMS[0]), needs: `${ID}-needs` };

  // `required` as the server's schema has it (dialogue-form.ts); a form's own fields are
  // required only while that form is chosen, and only then shown.
  const field = (
    name: (typeof DIALOGUE_FIELDS)[number],
    kind: 'text' | 'textarea' | 'datetime' | 'number',
    options: { hint?: string; rows?: number; required?: boolean; max?: number } = {},
  ) => {
    const id = fieldId(name);
    const error = errors[name];
    const hint = options.hint ?? (kind === 'datetime' ? t.timeHint : undefined);
    const aria = { ...describedBy(id, { hint: Boolean(hint), error }), 'aria-required': options.required || undefined };
    return (
      <div>
        <label htmlFor={id} className="font-medium">
          {t[name as keyof EditorTexts] as string}
          {options.required && <RequiredMark messages={messages} />}
        </label>
        {kind === 'textarea' ? (
          <textarea id={id} name={name} rows={options.rows ?? 4} defaultValue={values[name] ?? ''} className={inputClass(Boolean(error))} {...aria} />
        ) : (
          <input
            id={id}
            name={name}
            type={kind === 'datetime' ? 'datetime-local' : kind === 'number' ? 'number' : 'text'}
            defaultValue={values[name] ?? ''}
            className={inputClass(Boolean(error))}
            {...aria}
          />
        )}
        {options.max && <CharacterCount fieldId={id} max={options.max} locale={locale} messages={messages} />}
        {hint && (
          <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
            {hint}
          </p>
        )}
        <FieldError id={`${id}-error`} message={error} />
      </div>
    );
  };

  const chosenForm = values.form ?? 'RFI';

  return (
    <div className="space-y-4">
      <FormFeedback state={state} heading={t.errorHeading} fieldIds={fieldIds} fieldOrder={DIALOGUE_FIELDS} fieldLabels={labels} />
      {/* Remounted after each answer, so the fields take up what to show: typed text after an error. */}
      <form key={`${state.status}-${JSON.stringify(values)}`} action={formAction} noValidate className="group/editor max-w-3xl space-y-6">
        <input type="hidden" name="locale" value={locale} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {field('title', 'text', { required: true, max: TITLE_MAX })}
        {field('purpose', 'textarea', { hint: t.purposeHint, required: true, max: TEXT_MAX })}
        {field('learningGoals', 'textarea', { max: TEXT_MAX })}

        <fieldset {...describedBy(`${ID}-form`, { error: errors.form })}>
          <legend className="font-medium">
            {t.form}
            <RequiredMark messages={messages} />
          </legend>
          <div className="mt-2 space-y-2">
            {DIALOGUE_FORMS.map((form) => (
              <div key={form} className="flex items-start gap-2">
                <input
                  id={formRadioId(form)}
                  type="radio"
                  name="form"
                  value={form}
                  defaultChecked={chosenForm === form}
                  className="mt-1 h-5 w-5"
                  aria-describedby={`${formRadioId(form)}-lead`}
                />
                <label htmlFor={formRadioId(form)}>
                  <span className="font-medium">{t.forms[form]}</span>
                  <span id={`${formRadioId(form)}-lead`} className="block text-sm text-slate-700">
                    {t.formLeads[form]}
                  </span>
                </label>
              </div>
            ))}
          </div>
          <FieldError id={`${ID}-form-error`} message={errors.form} />
        </fieldset>

        <fieldset id={`${ID}-needs`} tabIndex={-1} {...describedBy(`${ID}-needs`, { hint: true, error: errors.needs })}>
          <legend className="font-medium">
            {t.needs}
            <RequiredMark messages={messages} />
          </legend>
          <p id={`${ID}-needs-hint`} className="text-sm text-slate-700">
            {needs.length > 0 ? t.needsHint : t.noNeeds}
          </p>
          <div className="mt-2 space-y-1">
            {needs.map((need) => (
              <div key={need.id} className="flex items-start gap-2">
                <input
                  id={`${ID}-need-${need.id}`}
                  type="checkbox"
                  name={needField(need.id)}
                  defaultChecked={values[needField(need.id)] === 'on'}
                  className="mt-1 h-5 w-5"
                />
                <label htmlFor={`${ID}-need-${need.id}`}>{need.title}</label>
              </div>
            ))}
          </div>
          <FieldError id={`${ID}-needs-error`} message={errors.needs} />
        </fieldset>

        <div className="grid gap-4 sm:grid-cols-2">
          {field('closesAt', 'datetime', { required: true })}
          {field('questionsCloseAt', 'datetime', { required: true })}
        </div>
        {field('howToTakePart', 'textarea', { max: TEXT_MAX })}

        <div className={`${SHOWN_FOR.RFI} space-y-4`}>{field('rfiQuestions', 'textarea', { hint: t.rfiQuestionsHint, rows: 6, required: true })}</div>
        <div className={`${SHOWN_FOR.INFO_MEETING} space-y-4`}>
          <div className="grid gap-4 sm:grid-cols-2">
            {field('eventStartsAt', 'datetime', { required: true })}
            {field('eventEndsAt', 'datetime', { required: true })}
          </div>
          {/* A place or a link is needed, either one: neither is marked on its own. */}
          {field('place', 'text', { max: PLACE_MAX })}
          {field('onlineUrl', 'text')}
          <div className="grid gap-4 sm:grid-cols-2">
            {field('capacity', 'number')}
            {field('registrationClosesAt', 'datetime')}
          </div>
        </div>
        <div className={`${SHOWN_FOR.CONSULTATION} space-y-4`}>{field('documentUrl', 'text', { required: true })}</div>

        <button type="submit" disabled={isPending} className={buttonClass}>
          {isPending ? t.saving : t.save}
        </button>
      </form>
    </div>
  );
}
