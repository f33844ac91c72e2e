'use client';

// The coordinator merges a duplicate into another open need of the network. The server checks
// the target again; the page offers only the network's other open needs.
import { useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { inputClass, secondaryButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { mergeNeed } from '../actions/need-actions';
import { NEED_LIMITS } from '../need-fields';

const FIELD_IDS = { targetNeedId: 'merge-target', note: 'merge-note' };

export function MergeNeedForm({ locale, messages, needId, targets }: { locale: Locale; messages: ClientMessages<'needs' | 'input'>; needId: string; targets: Array<{ id: string; title: string }> }) {
  const t = messages.needs.tools;
  const [state, action, pending] = useActionState(mergeNeed, IDLE);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form action={action} noValidate className="space-y-4">
      <FormFeedback
        state={state}
        heading={t.mergeErrorSummary}
        fieldIds={FIELD_IDS}
        fieldOrder={['targetNeedId', 'note']}
        fieldLabels={{ targetNeedId: t.mergeTarget, note: t.mergeNote }}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="sourceNeedId" value={needId} />
      <div key={`${state.status}-${JSON.stringify(values)}`} className="space-y-4">
        <div>
          <label htmlFor={FIELD_IDS.targetNeedId} className="block font-medium">
            {t.mergeTarget}
            <RequiredMark messages={messages} />
          </label>
          <select
            id={FIELD_IDS.targetNeedId}
            name="targetNeedId"
            defaultValue={values.targetNeedId ?? ''}
            aria-required
            {...describedBy(FIELD_IDS.targetNeedId, { error: errors.targetNeedId })}
            className={`${inputClass(Boolean(errors.targetNeedId))} max-w-xl bg-white`}
          >
            <option value="">{t.chooseNeed}</option>
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.title}
              </option>
            ))}
          </select>
          <FieldError id={`${FIELD_IDS.targetNeedId}-error`} message={errors.targetNeedId} />
        </div>
        <div>
          <label htmlFor={FIELD_IDS.note} className="block font-medium">
            {t.mergeNote}
          </label>
          <textarea
            id={FIELD_IDS.note}
            name="note"
            rows={2}
            defaultValue={values.note ?? ''}
            {...describedBy(FIELD_IDS.note, { error: errors.note })}
            className={inputClass(Boolean(errors.note))}
          />
          <CharacterCount fieldId={FIELD_IDS.note} max={NEED_LIMITS.note} locale={locale} messages={messages} />
          <FieldError id={`${FIELD_IDS.note}-error`} message={errors.note} />
        </div>
      </div>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {t.mergeSubmit}
      </button>
    </form>
  );
}
