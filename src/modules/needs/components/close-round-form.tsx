'use client';

// Closing a round before its deadline: a checkbox to confirm, so it is never one stray click.
import { useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { compactDangerButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';

import { closeRound } from '../actions/round-actions';

export function CloseRoundForm({ locale, messages, roundId }: { locale: Locale; messages: ClientMessages<'rounds'>; roundId: string }) {
  const t = messages.rounds.close;
  const [state, action, pending] = useActionState(closeRound, IDLE);
  const error = state.status === 'error' ? state.fieldErrors?.confirm : undefined;
  return (
    <form action={action} noValidate className="space-y-3">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={{ confirm: 'close-round-confirm' }} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="roundId" value={roundId} />
      <p className="text-slate-700">{t.lead}</p>
      <div className="flex items-center gap-2">
        <input id="close-round-confirm" type="checkbox" name="confirm" value="on" {...describedBy('close-round-confirm', { error })} className="h-4 w-4" />
        <label htmlFor="close-round-confirm">{t.confirm}</label>
      </div>
      <FieldError id="close-round-confirm-error" message={error} />
      <button type="submit" disabled={pending} className={compactDangerButtonClass}>
        {pending ? t.saving : t.submit}
      </button>
    </form>
  );
}
