'use client';

// The coordinator moves a need's status: only the moves allowed from where it is (the page
// passes manualTransitions), always with a reason, which the status history keeps.
import { useActionState } from 'react';

import type { NeedStatus } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { transitionNeed } from '../actions/need-actions';
import { NEED_LIMITS } from '../need-fields';

const FIELD_IDS = { toStatus: 'need-to-status', reason: 'need-reason' };

export function NeedStatusForm({ locale, messages, needId, options }: { locale: Locale; messages: ClientMessages<'needs' | 'needEnums' | 'input'>; needId: string; options: readonly NeedStatus[] }) {
  const t = messages.needs.tools;
  const [state, action, pending] = useActionState(transitionNeed, IDLE);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form action={action} noValidate className="space-y-4">
      <FormFeedback
        state={state}
        heading={t.statusErrorSummary}
        fieldIds={FIELD_IDS}
        fieldOrder={['toStatus', 'reason']}
        fieldLabels={{ toStatus: t.toStatus, reason: t.reason }}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="needId" value={needId} />
      <div key={`${state.status}-${JSON.stringify(values)}`} className="space-y-4">
        <div>
          <label htmlFor={FIELD_IDS.toStatus} className="block font-medium">
            {t.toStatus}
            <RequiredMark messages={messages} />
          </label>
          <select
            id={FIELD_IDS.toStatus}
            name="toStatus"
            aria-required
            defaultValue={values.toStatus ?? ''}
            {...describedBy(FIELD_IDS.toStatus, { error: errors.toStatus })}
            className={`${inputClass(Boolean(errors.toStatus))} max-w-sm bg-white`}
          >
            <option value="">{t.chooseStatus}</option>
            {options.map((status) => (
              <option key={status} value={status}>
                {messages.needEnums.status[status]}
              </option>
            ))}
          </select>
          <FieldError id={`${FIELD_IDS.toStatus}-error`} message={errors.toStatus} />
        </div>
        <div>
          <label htmlFor={FIELD_IDS.reason} className="block font-medium">
            {t.reason}
            <RequiredMark messages={messages} />
          </label>
          <p id={`${FIELD_IDS.reason}-hint`} className="text-sm text-slate-700">
            {t.reasonHint}
          </p>
          <textarea
            id={FIELD_IDS.reason}
            name="reason"
            rows={3}
            aria-required
            defaultValue={values.reason ?? ''}
            {...describedBy(FIELD_IDS.reason, { hint: true, error: errors.reason })}
            className={inputClass(Boolean(errors.reason))}
          />
          <CharacterCount fieldId={FIELD_IDS.reason} max={NEED_LIMITS.reason} locale={locale} messages={messages} />
          <FieldError id={`${FIELD_IDS.reason}-error`} message={errors.reason} />
        </div>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.statusSubmit}
      </button>
    </form>
  );
}
