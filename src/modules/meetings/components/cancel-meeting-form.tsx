'use client';

// Cancelling a meeting: a checkbox to confirm (required), so it is never one stray click.
import { useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { compactDangerButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { cancelMeeting } from '../actions/meeting-actions';

export function CancelMeetingForm({ locale, messages, meetingId }: { locale: Locale; messages: ClientMessages<'meetings' | 'input'>; meetingId: string }) {
  const t = messages.meetings.cancel;
  const [state, action, pending] = useActionState(cancelMeeting, IDLE);
  const error = state.status === 'error' ? state.fieldErrors?.confirm : undefined;
  return (
    <form action={action} noValidate className="space-y-3">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={{ confirm: 'cancel-confirm' }} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <p className="text-slate-700">{t.lead}</p>
      <div className="flex items-center gap-2">
        <input id="cancel-confirm" type="checkbox" name="confirm" value="on" aria-required {...describedBy('cancel-confirm', { error })} className="h-4 w-4" />
        <label htmlFor="cancel-confirm">
          {t.confirm}
          <RequiredMark messages={messages} />
        </label>
      </div>
      <FieldError id="cancel-confirm-error" message={error} />
      <button type="submit" disabled={pending} className={compactDangerButtonClass}>
        {t.submit}
      </button>
    </form>
  );
}
