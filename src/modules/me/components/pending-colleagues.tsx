'use client';

// The confirmed person's list of colleagues waiting for confirmation, each with a button. One
// action state for the whole list, as in the secretariat's join requests: the confirmation
// stays when the confirmed person leaves the list, also when they were the last (the section
// then shows only the confirmation, and nothing once the page is left). A real <form action>
// per person, so it works before JavaScript loads. The action comes from the server page (the
// admin domain's confirmColleague), which rechecks everything.
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { compactSecondaryButtonClass } from '@/ui/form-classes';
import { FormErrorSummary, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';

/** Says "confirming" on the button that was pressed; every button waits while one is sent. */
function ConfirmButton({ label, pendingLabel, name, busy }: { label: string; pendingLabel: string; name: string; busy: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={busy || pending} className={compactSecondaryButtonClass}>
      {pending ? pendingLabel : label}
      <span className="sr-only"> {name}</span>
    </button>
  );
}

export type PendingColleagueRow = { id: string; name: string; title: string | null; email: string; signedUpAt: string; signedUpDay: string };

export function PendingColleagues({
  locale,
  messages,
  lead,
  more,
  people,
  confirm,
}: {
  locale: Locale;
  messages: ClientMessages<'pendingColleagues'>;
  lead: string;
  /** Says how many wait in all, when the list shows only the newest. */
  more: string | null;
  people: PendingColleagueRow[];
  confirm: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = messages.pendingColleagues;
  const [state, action, pending] = useActionState(confirm, IDLE);
  if (people.length === 0 && state.status === 'idle') return null;
  const failedId = state.status === 'error' ? state.values?.userId : undefined;
  const failedElsewhere = state.status === 'error' && !people.some((person) => person.id === failedId);

  return (
    <section aria-labelledby="pending-colleagues">
      <h2 id="pending-colleagues" className="text-2xl font-semibold">
        {t.heading}
      </h2>
      {people.length > 0 && <p className="mt-1 text-slate-700">{lead}</p>}
      {more && <p className="mt-2">{more}</p>}
      <div className="mt-3 space-y-3">
        {/* The confirmation, and errors about someone no longer listed; a listed person's errors stand in their row. */}
        <FormFeedback state={state.status === 'error' && !failedElsewhere ? IDLE : state} heading={t.errorSummary} />
        {people.length > 0 && (
          <ul className="divide-y divide-slate-200 border-y border-slate-200">
            {people.map((person) => (
              <li key={person.id} className="py-3">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <p className="font-semibold">
                      {person.name}
                      {person.title && <span className="font-normal text-slate-700">, {person.title}</span>}
                    </p>
                    <p className="break-all text-slate-700">{person.email}</p>
                    <p className="text-sm text-slate-700">
                      <time dateTime={person.signedUpAt}>{fill(t.signedUp, { date: person.signedUpDay })}</time>
                    </p>
                  </div>
                  <form action={action} noValidate>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="userId" value={person.id} />
                    <ConfirmButton label={t.confirm} pendingLabel={t.confirming} name={person.name} busy={pending} />
                  </form>
                </div>
                {failedId === person.id && (
                  <div className="mt-2">
                    <FormErrorSummary state={state} heading={t.errorSummary} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
