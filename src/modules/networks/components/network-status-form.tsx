'use client';

// The coordinators' status form: the moves the rule allows from the current status, the day
// the move took effect and why. Ending a network makes it read-only, so the form says so
// before the move is sent. A real <form action>; after an error the fields keep what was typed.
import { useActionState, useState } from 'react';

import type { NetworkStatus } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { changeNetworkStatusAction } from '../actions/network-status-actions';
import { STATUS_REASON_MAX } from '../network-status-rules';

const FIELDS = ['status', 'effectiveOn', 'reason'] as const;
const FIELD_IDS = { status: 'network-status-status', effectiveOn: 'network-status-effectiveOn', reason: 'network-status-reason' };

type Props = {
  locale: Locale;
  messages: ClientMessages<'networkStatus' | 'enums' | 'input'>;
  networkId: string;
  current: NetworkStatus;
  moves: NetworkStatus[];
  today: string;
};

export function NetworkStatusForm({ locale, messages, networkId, current, moves, today }: Props) {
  const t = messages.networkStatus;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(changeNetworkStatusAction, IDLE);
  const stored = { status: moves[0] ?? '', effectiveOn: today, reason: '' };
  const values = state.status === 'error' ? { ...stored, ...state.values } : stored;
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const [chosen, setChosen] = useState(values.status);
  const labels = { status: t.moveTo, effectiveOn: t.effectiveOn, reason: t.reason };

  return (
    <section aria-labelledby="network-status-title" className="space-y-4">
      <h2 id="network-status-title" className="text-2xl font-semibold">
        {t.heading}
      </h2>
      <p className="text-slate-700">{t.lead}</p>
      <p>
        <span className="font-medium">{t.current}:</span> {messages.enums.status[current]}
      </p>
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={FIELD_IDS} fieldOrder={FIELDS} fieldLabels={labels} />
      {moves.length === 0 ? (
        <p>{t.noMoves}</p>
      ) : (
        <form key={`${state.status}-${JSON.stringify(values)}-${current}`} action={formAction} noValidate className="space-y-4">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="networkId" value={networkId} />
          <div>
            <label htmlFor={FIELD_IDS.status} className="font-medium">
              {t.moveTo}
              <RequiredMark messages={messages} />
            </label>
            <select
              id={FIELD_IDS.status}
              name="status"
              aria-required
              defaultValue={values.status}
              onChange={(event) => setChosen(event.target.value)}
              className={inputClass(Boolean(errors.status))}
              {...describedBy(FIELD_IDS.status, { hint: chosen === 'CLOSED' ? 'network-status-closed-warning' : false, error: errors.status })}
            >
              {moves.map((status) => (
                <option key={status} value={status}>
                  {messages.enums.status[status]}
                </option>
              ))}
            </select>
            <FieldError id={`${FIELD_IDS.status}-error`} message={errors.status} />
          </div>
          {chosen === 'CLOSED' && (
            <p id="network-status-closed-warning" role="note" className="rounded border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
              {t.closedWarning}
            </p>
          )}
          <div>
            <label htmlFor={FIELD_IDS.effectiveOn} className="font-medium">
              {t.effectiveOn}
              <RequiredMark messages={messages} />
            </label>
            <input
              id={FIELD_IDS.effectiveOn}
              name="effectiveOn"
              type="date"
              aria-required
              max={today}
              defaultValue={values.effectiveOn}
              className={inputClass(Boolean(errors.effectiveOn))}
              {...describedBy(FIELD_IDS.effectiveOn, { hint: true, error: errors.effectiveOn })}
            />
            <p id={`${FIELD_IDS.effectiveOn}-hint`} className="mt-1 text-sm text-slate-700">
              {t.effectiveOnHint}
            </p>
            <FieldError id={`${FIELD_IDS.effectiveOn}-error`} message={errors.effectiveOn} />
          </div>
          <div>
            <label htmlFor={FIELD_IDS.reason} className="font-medium">
              {t.reason}
              <RequiredMark messages={messages} />
            </label>
            <textarea
              id={FIELD_IDS.reason}
              name="reason"
              rows={3}
              aria-required
              defaultValue={values.reason}
              className={inputClass(Boolean(errors.reason))}
              {...describedBy(FIELD_IDS.reason, { hint: true, error: errors.reason })}
            />
            <CharacterCount fieldId={FIELD_IDS.reason} max={STATUS_REASON_MAX} locale={locale} messages={messages} />
            <p id={`${FIELD_IDS.reason}-hint`} className="mt-1 text-sm text-slate-700">
              {t.reasonHint}
            </p>
            <FieldError id={`${FIELD_IDS.reason}-error`} message={errors.reason} />
          </div>
          <button type="submit" disabled={isPending} className={buttonClass}>
            {isPending ? t.saving : t.save}
          </button>
        </form>
      )}
    </section>
  );
}
