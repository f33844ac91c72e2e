'use client';

// One item of a ladder step's checklist, as the network's participants work through it:
// covered or not, notes and a link to the evidence. One small form per item, so saving one
// never overwrites another someone else is editing. A real <form action>, so it works
// before JavaScript loads; after an error it keeps what was typed.
import { useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { inputClass, secondaryButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';

import { updateChecklistItem } from '../actions/ladder-actions';
import { CHECKLIST_FIELDS, NOTES_MAX } from '../ladder-fields';

export type ChecklistItemValues = { covered: boolean; notes: string; evidenceUrl: string };

export function ChecklistItemForm({
  locale,
  messages,
  needId,
  itemKey,
  initial,
}: {
  locale: Locale;
  messages: ClientMessages<'ladder' | 'input'>;
  needId: string;
  /** The stored key, e.g. "method.testbed". */
  itemKey: string;
  initial: ChecklistItemValues;
}) {
  const t = messages.ladder.checklist;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(updateChecklistItem, IDLE);
  const typed = state.status === 'error' ? state.values : undefined;
  const values: ChecklistItemValues = typed
    ? { covered: typed.covered === 'on', notes: typed.notes ?? '', evidenceUrl: typed.evidenceUrl ?? '' }
    : initial;
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const prefix = `checklist-${itemKey.replace(/\W/g, '-')}`;
  const id = (field: string) => `${prefix}-${field}`;

  return (
    <form action={formAction} noValidate className="mt-3 space-y-3">
      <FormFeedback
        state={state}
        heading={t.errorSummary}
        fieldIds={Object.fromEntries(CHECKLIST_FIELDS.map((field) => [field, id(field)]))}
        fieldOrder={CHECKLIST_FIELDS}
        fieldLabels={t.fields}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="needId" value={needId} />
      <input type="hidden" name="itemKey" value={itemKey} />
      {/* Remounted when the saved values change, so the fields show them. */}
      <div key={`${state.status}-${JSON.stringify(values)}`} className="space-y-3">
        <div className="flex items-center gap-2">
          <input id={id('covered')} type="checkbox" name="covered" value="on" defaultChecked={values.covered} className="h-5 w-5" />
          <label htmlFor={id('covered')} className="font-medium">
            {t.fields.covered}
          </label>
        </div>
        <div>
          <label htmlFor={id('notes')} className="block font-medium">
            {t.fields.notes}
          </label>
          <textarea
            id={id('notes')}
            name="notes"
            rows={3}
            defaultValue={values.notes}
            {...describedBy(id('notes'), { error: errors.notes })}
            className={inputClass(Boolean(errors.notes))}
          />
          <CharacterCount fieldId={id('notes')} max={NOTES_MAX} locale={locale} messages={messages} />
          <FieldError id={`${id('notes')}-error`} message={errors.notes} />
        </div>
        <div>
          <label htmlFor={id('evidenceUrl')} className="block font-medium">
            {t.fields.evidenceUrl}
          </label>
          <p id={`${id('evidenceUrl')}-hint`} className="text-sm text-slate-700">
            {t.evidenceUrlHint}
          </p>
          <input
            id={id('evidenceUrl')}
            name="evidenceUrl"
            type="url"
            defaultValue={values.evidenceUrl}
            {...describedBy(id('evidenceUrl'), { hint: true, error: errors.evidenceUrl })}
            className={inputClass(Boolean(errors.evidenceUrl))}
          />
          <FieldError id={`${id('evidenceUrl')}-error`} message={errors.evidenceUrl} />
        </div>
      </div>
      <button type="submit" disabled={isPending} className={secondaryButtonClass}>
        {isPending ? t.saving : t.save}
      </button>
    </form>
  );
}
