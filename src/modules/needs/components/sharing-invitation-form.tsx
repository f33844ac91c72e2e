'use client';

// An invited organisation answers: someone of it confirms that it shares the need, or declines.
// Two buttons of one form, each sending its answer; the server checks that the person is of the
// invited organisation. The confirmation stays in the live region when the page refreshes.
import { useActionState, useEffect, useRef } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { buttonClass, secondaryButtonClass } from '@/ui/form-classes';
import { FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';

import { answerSharingInvitation } from '../actions/need-actions';
import { SHARING_INVITATION_ANCHOR } from '../need-paths';

export function SharingInvitationForm({ locale, messages, needId, organization }: { locale: Locale; messages: ClientMessages<'needs'>; needId: string; organization: string }) {
  const t = messages.needs.page;
  const [state, action, pending] = useActionState(answerSharingInvitation, IDLE);
  const ref = useRef<HTMLFormElement>(null);
  // Arriving by the /me task's link: focus goes to the form, also after a client-side
  // navigation (which scrolls to an anchor but leaves focus where it was).
  useEffect(() => {
    if (window.location.hash === `#${SHARING_INVITATION_ANCHOR}`) ref.current?.focus();
  }, []);
  return (
    // The /me task links here (#sharing-invitation); focusable, so the link lands on the form
    // and the next Tab reaches its first button.
    <form ref={ref} id={SHARING_INVITATION_ANCHOR} tabIndex={-1} action={action} aria-labelledby="sharing-invitation-heading" className="space-y-3 rounded border border-amber-700 bg-amber-50 p-4">
      <FormFeedback state={state} heading={t.answerErrorSummary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="needId" value={needId} />
      {state.status !== 'success' && (
        <>
          <h3 id="sharing-invitation-heading" className="text-lg font-semibold">
            {t.invitationHeading}
          </h3>
          <p id="sharing-invitation-lead">{fill(t.invitationLead, { organization })}</p>
          <div className="flex flex-wrap gap-3">
            <button type="submit" name="answer" value="confirm" disabled={pending} aria-describedby="sharing-invitation-lead" className={buttonClass}>
              {t.confirmSharing}
            </button>
            <button type="submit" name="answer" value="decline" disabled={pending} className={secondaryButtonClass}>
              {t.declineSharing}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
