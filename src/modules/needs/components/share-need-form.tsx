'use client';

// "We have this need too": a member adds their own organisation to those sharing the need.
// The form stays in place once the organisation shares the need, so the confirmation in its
// live region is still there to be read when the page refreshes.
import { useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { secondaryButtonClass } from '@/ui/form-classes';
import { FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';

import { shareNeed } from '../actions/need-actions';

export function ShareNeedForm({ locale, messages, needId, organization, sharing }: { locale: Locale; messages: ClientMessages<'needs'>; needId: string; organization: string; sharing: boolean }) {
  const t = messages.needs.page;
  const [state, action, pending] = useActionState(shareNeed, IDLE);
  return (
    <form action={action} className="space-y-2">
      <FormFeedback state={state} heading={t.shareErrorSummary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="needId" value={needId} />
      {sharing ? (
        // After sharing, the confirmation above says it already.
        state.status !== 'success' && <p className="font-medium">{fill(t.youShare, { organization })}</p>
      ) : (
        <>
          <p id="share-need-hint" className="text-sm text-slate-700">
            {fill(t.shareHint, { organization })}
          </p>
          <button type="submit" disabled={pending} aria-describedby="share-need-hint" className={secondaryButtonClass}>
            {t.share}
          </button>
        </>
      )}
    </form>
  );
}
