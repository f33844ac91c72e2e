// The fields of a funding period (dates, status, amount, note), shared by the add-funder form
// and the period forms. Each field shows its error beside it and keeps what was typed. Only the
// status is required (schemas.ts); the note counts its characters against NOTE_MAX.
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { describedBy, FieldError } from '@/ui/form-feedback';
import { inputClass } from '@/ui/form-classes';
import { RequiredMark } from '@/ui/required-mark';

import { NOTE_MAX } from '../rules';

export const PERIOD_FIELDS = ['periodStart', 'periodEnd', 'status', 'amount', 'note'] as const;

export const PERIOD_STATUSES = ['APPLIED', 'GRANTED', 'ENDED'] as const;

type Props = {
  prefix: string;
  locale: Locale;
  messages: ClientMessages<'funding' | 'enums' | 'input'>;
  values: Record<string, string>;
  errors: Record<string, string>;
};

export function PeriodFields({ prefix, locale, messages, values, errors }: Props) {
  const t = messages.funding;
  const id = (field: string) => `${prefix}-${field}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <label htmlFor={id('periodStart')} className="font-medium">
          {t.periodStart}
        </label>
        <input
          id={id('periodStart')}
          name="periodStart"
          type="date"
          defaultValue={values.periodStart ?? ''}
          className={inputClass(Boolean(errors.periodStart))}
          {...describedBy(id('periodStart'), { error: errors.periodStart })}
        />
        <FieldError id={`${id('periodStart')}-error`} message={errors.periodStart} />
      </div>
      <div>
        <label htmlFor={id('periodEnd')} className="font-medium">
          {t.periodEnd}
        </label>
        <input
          id={id('periodEnd')}
          name="periodEnd"
          type="date"
          defaultValue={values.periodEnd ?? ''}
          className={inputClass(Boolean(errors.periodEnd))}
          {...describedBy(id('periodEnd'), { error: errors.periodEnd })}
        />
        <FieldError id={`${id('periodEnd')}-error`} message={errors.periodEnd} />
      </div>
      <div>
        <label htmlFor={id('status')} className="font-medium">
          {t.status}
          <RequiredMark messages={messages} />
        </label>
        <select
          id={id('status')}
          name="status"
          aria-required
          defaultValue={values.status || 'GRANTED'}
          className={inputClass(Boolean(errors.status))}
          {...describedBy(id('status'), { error: errors.status })}
        >
          {PERIOD_STATUSES.map((status) => (
            <option key={status} value={status}>
              {messages.enums.fundingPeriodStatus[status]}
            </option>
          ))}
        </select>
        <FieldError id={`${id('status')}-error`} message={errors.status} />
      </div>
      <div>
        <label htmlFor={id('amount')} className="font-medium">
          {t.amount}
        </label>
        <input
          id={id('amount')}
          name="amount"
          inputMode="numeric"
          defaultValue={values.amount ?? ''}
          className={inputClass(Boolean(errors.amount))}
          {...describedBy(id('amount'), { hint: true, error: errors.amount })}
        />
        <p id={`${id('amount')}-hint`} className="mt-1 text-sm text-slate-700">
          {t.amountHint}
        </p>
        <FieldError id={`${id('amount')}-error`} message={errors.amount} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={id('note')} className="font-medium">
          {t.note}
        </label>
        <textarea
          id={id('note')}
          name="note"
          rows={2}
          defaultValue={values.note ?? ''}
          className={inputClass(Boolean(errors.note))}
          {...describedBy(id('note'), { hint: true, error: errors.note })}
        />
        <p id={`${id('note')}-hint`} className="mt-1 text-sm text-slate-700">
          {t.noteHint}
        </p>
        <CharacterCount fieldId={id('note')} max={NOTE_MAX} locale={locale} messages={messages} />
        <FieldError id={`${id('note')}-error`} message={errors.note} />
      </div>
    </div>
  );
}
