'use client';

// A member's answer to "are you coming?": yes, maybe or no (required), changeable until the deadline.
import { useActionState } from 'react';

import type { RegistrationAnswer } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { secondaryButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { registerAttendance } from '../actions/meeting-actions';
import { REGISTRATION_ANSWERS } from '../meeting-fields';

export function RegistrationForm({
  locale,
  messages,
  meetingId,
  answer,
}: {
  locale: Locale;
  messages: ClientMessages<'meetings' | 'input'>;
  meetingId: string;
  answer: RegistrationAnswer | null;
}) {
  const t = messages.meetings.registration;
  const [state, action, pending] = useActionState(registerAttendance, IDLE);
  const error = state.status === 'error' ? state.fieldErrors?.answer : undefined;
  const chosen = state.status === 'error' ? state.values?.answer : answer;
  return (
    <form action={action} noValidate className="space-y-3">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={{ answer: 'registration-answer-0' }} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <fieldset {...describedBy('registration-answer', { error })}>
        <legend className="font-medium">
          {t.legend}
          <RequiredMark messages={messages} />
        </legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {REGISTRATION_ANSWERS.map((option, i) => (
            <div key={`${option}-${chosen ?? ''}`} className="flex items-center gap-2">
              <input id={`registration-answer-${i}`} type="radio" name="answer" value={option} defaultChecked={chosen === option} className="h-4 w-4" />
              <label htmlFor={`registration-answer-${i}`}>{t.answers[option]}</label>
            </div>
          ))}
        </div>
        <FieldError id="registration-answer-error" message={error} />
      </fieldset>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {t.submit}
      </button>
    </form>
  );
}
