'use client';

// Publishing a draft network, and an admin taking a network off the registry. Real forms that
// work before JavaScript loads; on success the action sends the browser back to the network's
// page, which says what happened.
import { useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, compactDangerButtonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { publishNetworkAction, unpublishNetworkAction } from '../actions/network-lifecycle-actions';
import { START_NETWORK_LIMITS } from '../start-network-fields';

type Props = { locale: Locale; messages: ClientMessages<'networkDraft' | 'input'>; networkId: string };

export function PublishNetworkForm({ locale, messages, networkId }: Props) {
  const t = messages.networkDraft;
  const [state, action, pending] = useActionState(publishNetworkAction, IDLE);
  return (
    <form action={action} noValidate className="space-y-3">
      <FormFeedback state={state} heading={t.publishErrorSummary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="networkId" value={networkId} />
      <p>{t.publishLead}</p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t.publishing : t.publish}
      </button>
    </form>
  );
}

export function UnpublishNetworkForm({ locale, messages, networkId }: Props) {
  const t = messages.networkDraft;
  const [state, action, pending] = useActionState(unpublishNetworkAction, IDLE);
  const error = state.status === 'error' ? state.fieldErrors?.reason : undefined;
  return (
    <form action={action} noValidate className="space-y-3">
      <FormFeedback state={state} heading={t.unpublishErrorSummary} fieldIds={{ reason: 'unpublish-reason' }} fieldLabels={{ reason: t.unpublishReason }} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="networkId" value={networkId} />
      <div>
        <label htmlFor="unpublish-reason" className="block font-medium">
          {t.unpublishReason}
          <RequiredMark messages={messages} />
        </label>
        <p id="unpublish-reason-hint" className="text-sm text-slate-700">
          {t.unpublishReasonHint}
        </p>
        <textarea
          id="unpublish-reason"
          name="reason"
          rows={3}
          aria-required
          defaultValue={state.status === 'error' ? (state.values?.reason ?? '') : ''}
          {...describedBy('unpublish-reason', { error, hint: true })}
          className={inputClass(Boolean(error))}
        />
        <CharacterCount fieldId="unpublish-reason" max={START_NETWORK_LIMITS.reason} locale={locale} messages={messages} />
        <FieldError id="unpublish-reason-error" message={error} />
      </div>
      <button type="submit" disabled={pending} className={compactDangerButtonClass}>
        {pending ? t.unpublishing : t.unpublish}
      </button>
    </form>
  );
}
