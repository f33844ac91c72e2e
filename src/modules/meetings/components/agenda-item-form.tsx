'use client';

// The item form, in four uses: a member proposes or changes their own proposal, a coordinator
// adds or edits.
// A real <form action>, so it works before JavaScript loads. It carries the agenda version it
// was rendered with; when the agenda has changed since, the server refuses and the form keeps
// what was typed, and the page is refreshed behind it so the next save names the new version.
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { addItem, proposeItem, reviseProposal, updateItem } from '../actions/agenda-actions';
import { AGENDA_ITEM_FIELDS, AGENDA_ITEM_KINDS, AGENDA_ITEM_LIMITS, type AgendaItemField } from '../agenda-fields';

export type AgendaItemValues = Partial<Record<AgendaItemField, string>>;

const ACTIONS = { add: addItem, propose: proposeItem, edit: updateItem, revise: reviseProposal } as const;

export function AgendaItemForm({
  locale,
  messages,
  mode,
  idPrefix,
  agendaVersion,
  meetingId,
  itemId,
  initial = {},
}: {
  locale: Locale;
  messages: ClientMessages<'agenda' | 'input'>;
  mode: keyof typeof ACTIONS;
  /** Makes the field ids unique on a page with several forms. */
  idPrefix: string;
  agendaVersion: number;
  meetingId?: string;
  itemId?: string;
  initial?: AgendaItemValues;
}) {
  const t = messages.agenda;
  const router = useRouter();
  const [state, formAction, isPending] = useActionState<FormState, FormData>(ACTIONS[mode], IDLE);
  const values: AgendaItemValues = state.status === 'error' ? (state.values ?? {}) : initial;
  const errors = state.fieldErrors ?? {};
  const id = (field: AgendaItemField) => `${idPrefix}-${field}`;
  const fieldIds = Object.fromEntries(AGENDA_ITEM_FIELDS.map((field) => [field, id(field)]));
  fieldIds.kind = `${id('kind')}-0`;

  // A refusal (e.g. the agenda changed meanwhile): fetch the current agenda and version.
  useEffect(() => {
    if (state.status === 'error' && !state.fieldErrors) router.refresh();
  }, [state, router]);

  const submit = { add: t.add, propose: t.propose, edit: t.save, revise: t.saveProposal }[mode];
  const text = (field: 'title' | 'presenter', required = false) => (
    <div>
      <label htmlFor={id(field)} className="block font-medium">
        {t.fields[field]}
        {required && <RequiredMark messages={messages} />}
      </label>
      <input
        id={id(field)}
        name={field}
        type="text"
        aria-required={required || undefined}
        defaultValue={values[field] ?? ''}
        {...describedBy(id(field), { error: errors[field] })}
        className={inputClass(Boolean(errors[field]))}
      />
      <CharacterCount fieldId={id(field)} max={AGENDA_ITEM_LIMITS[field]} locale={locale} messages={messages} />
      <FieldError id={`${id(field)}-error`} message={errors[field]} />
    </div>
  );

  const textArea = (field: 'description' | 'links', rows: number, hint?: string) => (
    <div>
      <label htmlFor={id(field)} className="block font-medium">
        {t.fields[field]}
      </label>
      {hint && (
        <p id={`${id(field)}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <textarea
        id={id(field)}
        name={field}
        rows={rows}
        defaultValue={values[field] ?? ''}
        {...describedBy(id(field), { hint: Boolean(hint), error: errors[field] })}
        className={inputClass(Boolean(errors[field]))}
      />
      {/* The links have their own rule (at most ten, one a line), not a length to count. */}
      {field === 'description' && <CharacterCount fieldId={id(field)} max={AGENDA_ITEM_LIMITS.description} locale={locale} messages={messages} />}
      <FieldError id={`${id(field)}-error`} message={errors[field]} />
    </div>
  );

  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={fieldIds} fieldOrder={AGENDA_ITEM_FIELDS} fieldLabels={t.fields} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="agendaVersion" value={agendaVersion} />
      {meetingId && <input type="hidden" name="meetingId" value={meetingId} />}
      {itemId && <input type="hidden" name="itemId" value={itemId} />}
      {/* Remounted after a save or an error, so the fields take up the new values. */}
      <div key={`${agendaVersion}-${state.status}`} className="space-y-4">
        {text('title', true)}
        <fieldset {...describedBy(id('kind'), { error: errors.kind })}>
          <legend className="font-medium">
            {t.fields.kind}
            <RequiredMark messages={messages} />
          </legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
            {AGENDA_ITEM_KINDS.map((kind, index) => (
              <label key={kind} className="flex items-center gap-2">
                <input type="radio" id={`${id('kind')}-${index}`} name="kind" value={kind} defaultChecked={(values.kind ?? 'DISCUSSION') === kind} />
                {t.kinds[kind]}
              </label>
            ))}
          </div>
          <FieldError id={`${id('kind')}-error`} message={errors.kind} />
        </fieldset>
        {text('presenter')}
        <div>
          <label htmlFor={id('plannedMinutes')} className="block font-medium">
            {t.fields.plannedMinutes}
          </label>
          <p id={`${id('plannedMinutes')}-hint`} className="text-sm text-slate-700">
            {t.hints.plannedMinutes}
          </p>
          <input
            id={id('plannedMinutes')}
            name="plannedMinutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            step={1}
            defaultValue={values.plannedMinutes ?? ''}
            {...describedBy(id('plannedMinutes'), { hint: true, error: errors.plannedMinutes })}
            className={`${inputClass(Boolean(errors.plannedMinutes))} max-w-[8rem]`}
          />
          <FieldError id={`${id('plannedMinutes')}-error`} message={errors.plannedMinutes} />
        </div>
        {textArea('description', 3)}
        {textArea('links', 2, t.hints.links)}
      </div>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.saving : submit}
      </button>
    </form>
  );
}
