'use client';

// The secretariat's form to plan a meeting or change one. A real <form action>, so it works
// before JavaScript loads; with JavaScript it shows the place or the link (or both) for the
// chosen format and keeps what was typed after an error. Times are Swedish time.
import Link from 'next/link';
import { useActionState, useState } from 'react';

import type { MeetingFormat } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { CheckboxField, describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';
import { SubmissionKeyInput } from '@/ui/submission-key';

import { planMeeting, updateMeeting } from '../actions/meeting-actions';
import { hasLink, hasRoom, MEETING_FIELDS, MEETING_FORMATS, MEETING_LIMITS, type MeetingField } from '../meeting-fields';

export type MeetingFormValues = Partial<Record<MeetingField, string>>;

const fieldId = (field: MeetingField) => `meeting-${field}`;
const FIELD_IDS: Record<string, string> = Object.fromEntries(MEETING_FIELDS.map((field) => [field, fieldId(field)]));
FIELD_IDS.format = `${fieldId('format')}-0`;

export function MeetingForm({
  locale,
  messages,
  target,
  initial,
  meetingsPath,
}: {
  locale: Locale;
  messages: ClientMessages<'meetings' | 'input'>;
  /** Plan a new meeting in a network, or change an existing meeting. */
  /** A new meeting's form carries its submission key (it is planned once however often it is sent). */
  target: { networkId: string; submissionKey: string } | { meetingId: string };
  initial: MeetingFormValues;
  /** The network's meeting list, to link to the new meeting after planning. */
  meetingsPath: string;
}) {
  const t = messages.meetings.form;
  const editing = 'meetingId' in target;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(editing ? updateMeeting : planMeeting, IDLE);
  // After an error the fields show what was typed; after planning, an empty form for the next.
  const values: MeetingFormValues = state.status === 'error' ? (state.values ?? {}) : editing || state.status === 'idle' ? initial : {};

  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormFeedback
        state={state}
        heading={editing ? t.editErrorSummary : t.planErrorSummary}
        fieldIds={FIELD_IDS}
        fieldOrder={MEETING_FIELDS}
        fieldLabels={t.fields}
        renderDetail={(meetingId) => (
          <p className="mt-1">
            <Link href={`${meetingsPath}/${encodeURIComponent(meetingId)}`} className="font-semibold underline">
              {t.openMeeting}
            </Link>
          </p>
        )}
      />
      <input type="hidden" name="locale" value={locale} />
      {'meetingId' in target ? (
        <input type="hidden" name="meetingId" value={target.meetingId} />
      ) : (
        <>
          <input type="hidden" name="networkId" value={target.networkId} />
          <SubmissionKeyInput value={target.submissionKey} />
        </>
      )}
      {/* Remounted after each answer, so the fields take up the values to show. */}
      <MeetingFields key={`${state.status}-${JSON.stringify(values)}`} locale={locale} messages={messages} values={values} errors={state.status === 'error' ? (state.fieldErrors ?? {}) : {}} />
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.saving : editing ? t.saveSubmit : t.planSubmit}
      </button>
    </form>
  );
}

function MeetingFields({
  locale,
  messages,
  values,
  errors,
}: {
  locale: Locale;
  messages: ClientMessages<'meetings' | 'input'>;
  values: MeetingFormValues;
  errors: Record<string, string>;
}) {
  const t = messages.meetings.form;
  const [format, setFormat] = useState<string>(values.format ?? 'PHYSICAL');
  const room = hasRoom(format as MeetingFormat);
  const link = hasLink(format as MeetingFormat);

  // What the server requires (meeting-rules.ts): the place and the link only for formats that have them.
  const input = (field: MeetingField, type: string, options: { hint?: string; className?: string; inputMode?: 'numeric'; required?: boolean; max?: number } = {}) => (
    <div>
      <label htmlFor={fieldId(field)} className="block font-medium">
        {t.fields[field]}
        {options.required && <RequiredMark messages={messages} />}
      </label>
      {options.hint && (
        <p id={`${fieldId(field)}-hint`} className="text-sm text-slate-700">
          {options.hint}
        </p>
      )}
      <input
        id={fieldId(field)}
        name={field}
        type={type}
        inputMode={options.inputMode}
        defaultValue={values[field] ?? ''}
        aria-required={options.required || undefined}
        {...describedBy(fieldId(field), { hint: Boolean(options.hint), error: errors[field] })}
        className={`${inputClass(Boolean(errors[field]))} ${options.className ?? ''}`}
      />
      {options.max && <CharacterCount fieldId={fieldId(field)} max={options.max} locale={locale} messages={messages} />}
      <FieldError id={`${fieldId(field)}-error`} message={errors[field]} />
    </div>
  );

  return (
    <>
      {input('title', 'text', { required: true, max: MEETING_LIMITS.title })}
      <div>
        <label htmlFor={fieldId('description')} className="block font-medium">
          {t.fields.description}
        </label>
        <p id={`${fieldId('description')}-hint`} className="text-sm text-slate-700">
          {t.hints.description}
        </p>
        <textarea
          id={fieldId('description')}
          name="description"
          rows={4}
          defaultValue={values.description ?? ''}
          {...describedBy(fieldId('description'), { hint: true, error: errors.description })}
          className={inputClass(Boolean(errors.description))}
        />
        <CharacterCount fieldId={fieldId('description')} max={MEETING_LIMITS.description} locale={locale} messages={messages} />
        <FieldError id={`${fieldId('description')}-error`} message={errors.description} />
      </div>

      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t.timeLegend}</legend>
        <p className="text-sm text-slate-700">{t.hints.time}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {input('startsAt', 'datetime-local', { required: true })}
          {input('endsAt', 'datetime-local', { required: true })}
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t.formatLegend}</legend>
        <fieldset {...describedBy(fieldId('format'), { error: errors.format })}>
          <legend className="font-medium">
            {t.fields.format}
            <RequiredMark messages={messages} />
          </legend>
          <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {MEETING_FORMATS.map((option, i) => (
              <div key={option} className="flex items-center gap-2">
                <input
                  id={`${fieldId('format')}-${i}`}
                  type="radio"
                  name="format"
                  value={option}
                  defaultChecked={format === option}
                  onChange={() => setFormat(option)}
                  className="h-4 w-4"
                />
                <label htmlFor={`${fieldId('format')}-${i}`}>{messages.meetings.format[option]}</label>
              </div>
            ))}
          </div>
          <FieldError id={`${fieldId('format')}-error`} message={errors.format} />
        </fieldset>
        {room && input('place', 'text', { hint: t.hints.place, required: true, max: MEETING_LIMITS.place })}
        {link && input('onlineUrl', 'url', { hint: t.hints.onlineUrl, required: true })}
        {room && (
          <div className="grid gap-4 sm:grid-cols-2">
            {input('registrationDeadline', 'datetime-local', { hint: t.hints.registrationDeadline })}
            {input('capacity', 'number', { hint: t.hints.capacity, inputMode: 'numeric', className: 'max-w-[10rem]' })}
          </div>
        )}
      </fieldset>

      <CheckboxField
        id={fieldId('isPublic')}
        name="isPublic"
        label={t.fields.isPublic}
        hint={t.hints.isPublic}
        defaultChecked={values.isPublic === 'on' || values.isPublic === 'true'}
      />
    </>
  );
}
