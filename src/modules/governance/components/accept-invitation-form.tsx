'use client';

// Accepting an invitation: the person says which competence they bring, then joins. Once it
// succeeds the page itself shows the invitation as accepted by them.
import { useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { buttonClass } from '@/ui/form-classes';
import { FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';

import { acceptInvitation } from '../actions/joining-actions';

import { CompetenceSelect } from './competence-select';

const FIELD_IDS = { competence: 'accept-competence' };

export function AcceptInvitationForm({ locale, messages, token }: { locale: Locale; messages: ClientMessages<'joining' | 'governance' | 'input'>; token: string }) {
  const t = messages.joining;
  const [state, action, pending] = useActionState(acceptInvitation, IDLE);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const values = state.status === 'error' ? state.values : undefined;

  return (
    <form action={action} noValidate className="max-w-2xl space-y-5">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={FIELD_IDS} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <CompetenceSelect id="accept-competence" messages={messages} value={values?.competence} error={errors.competence} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t.submitting : t.accept}
      </button>
    </form>
  );
}
