'use client';

// The button that creates (or replaces) a person's calendar link, and the link, shown once.
import { useActionState, useSyncExternalStore } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { secondaryButtonClass } from '@/ui/form-classes';
import { FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';

import { createCalendarFeedToken } from '../actions/calendar-actions';

const noSubscription = () => () => {};

/** The site's address, known only in the browser; the server renders the path alone. */
function useOrigin(): string {
  return useSyncExternalStore(noSubscription, () => window.location.origin, () => '');
}

export function CalendarLinkForm({ locale, messages, hasLink }: { locale: Locale; messages: ClientMessages<'meetings'>; hasLink: boolean }) {
  const t = messages.meetings.calendarLink;
  const [state, action, pending] = useActionState(createCalendarFeedToken, IDLE);
  const origin = useOrigin();
  const replacing = hasLink || state.status === 'success';
  return (
    <form action={action} className="space-y-3">
      <FormFeedback
        state={state}
        heading={t.errorSummary}
        renderDetail={(path) => (
          <div className="mt-2">
            <label htmlFor="calendar-link" className="block font-medium">
              {t.linkLabel}
            </label>
            <input id="calendar-link" readOnly value={`${origin}${path}`} onFocus={(e) => e.currentTarget.select()} className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 font-mono text-sm" />
          </div>
        )}
      />
      <input type="hidden" name="locale" value={locale} />
      {replacing && (
        <p id="calendar-replace-hint" className="text-sm text-slate-700">
          {t.replaceHint}
        </p>
      )}
      <button type="submit" disabled={pending} aria-describedby={replacing ? 'calendar-replace-hint' : undefined} className={secondaryButtonClass}>
        {pending ? t.creating : replacing ? t.replace : t.create}
      </button>
    </form>
  );
}
