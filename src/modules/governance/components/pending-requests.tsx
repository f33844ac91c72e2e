'use client';

// The secretariat's queue of join requests, each with approve and decline (a reason is
// required to decline). One action state for the whole list: only one decision is sent at a
// time, and the confirmation stays when the decided request leaves the list.
import { useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { buttonClass, inputClass, secondaryButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormErrorSummary, FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';
import { formatDate } from '@/ui/format';
import { CharacterCount } from '@/ui/character-count';

import { decideJoinRequest } from '../actions/joining-actions';
import type { PendingJoinRequest } from '../joining-queries';
import { DECISION_REASON_MAX } from '../joining-rules';

export function PendingRequests({
  locale,
  messages,
  requests,
  emptyText,
}: {
  locale: Locale;
  messages: ClientMessages<'joining' | 'governance' | 'input'>;
  requests: PendingJoinRequest[];
  emptyText: string;
}) {
  const t = messages.joining;
  const [state, action, pending] = useActionState(decideJoinRequest, IDLE);
  const failedId = state.status === 'error' ? state.values?.requestId : undefined;
  const failedElsewhere = state.status === 'error' && !requests.some((r) => r.id === failedId);

  return (
    <div className="mt-4 space-y-4">
      {/* The confirmation, and errors about a request no longer listed; a listed request's
          errors stand in its own form. */}
      <FormFeedback state={state.status === 'error' && !failedElsewhere ? IDLE : state} heading={t.errorSummary} />
      {requests.length === 0 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{emptyText}</p>
      ) : (
        <ul className="space-y-4">
          {requests.map((request) => {
            const failed = failedId === request.id;
            const reasonError = failed ? state.fieldErrors?.reason : undefined;
            const fieldId = `reason-${request.id}`;
            return (
              <li key={request.id}>
                <article aria-labelledby={`request-${request.id}`} className="space-y-3 rounded border border-slate-300 p-5">
                  <div>
                    <h3 id={`request-${request.id}`} className="text-xl font-semibold">
                      {request.person.name}
                    </h3>
                    <p className="text-slate-700">
                      {[request.person.title, request.organization ?? t.noOrganization].filter(Boolean).join(', ')} · {request.person.email}
                    </p>
                  </div>
                  <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
                    <dt className="font-semibold">{t.applicantCompetence}</dt>
                    <dd>{messages.governance.competence[request.competence]}</dd>
                    <dt className="font-semibold">{t.date}</dt>
                    <dd>{fill(t.appliedOn, { date: formatDate(request.createdAt, locale) })}</dd>
                    <dt className="font-semibold">{t.motivation}</dt>
                    <dd className="whitespace-pre-line">{request.motivation}</dd>
                  </dl>
                  <form action={action} noValidate className="max-w-2xl space-y-3">
                    {failed && <FormErrorSummary state={state} heading={t.errorSummary} fieldIds={{ reason: fieldId }} />}
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="requestId" value={request.id} />
                    <div>
                      <label htmlFor={fieldId} className="block font-medium">
                        {t.reason}
                        <span className="sr-only"> ({fill(t.requestOf, { person: request.person.name })})</span>
                      </label>
                      <p id={`${fieldId}-help`} className="text-sm text-slate-700">
                        {t.reasonHelp}
                      </p>
                      <textarea
                        id={fieldId}
                        name="reason"
                        rows={2}
                        defaultValue={failed ? state.values?.reason : undefined}
                        key={failed ? `failed-${state.values?.reason ?? ''}` : 'fresh'}
                        {...describedBy(fieldId, { hint: `${fieldId}-help`, error: reasonError })}
                        className={inputClass(Boolean(reasonError))}
                      />
                      <CharacterCount fieldId={fieldId} max={DECISION_REASON_MAX} locale={locale} messages={messages} />
                      <FieldError id={`${fieldId}-error`} message={reasonError} />
                    </div>
                    <div className="flex flex-wrap gap-3">
                      <button type="submit" name="decision" value="approve" disabled={pending} className={buttonClass}>
                        {t.approve}
                        <span className="sr-only"> {fill(t.requestOf, { person: request.person.name })}</span>
                      </button>
                      <button type="submit" name="decision" value="decline" disabled={pending} className={secondaryButtonClass}>
                        {t.decline}
                        <span className="sr-only"> {fill(t.requestOf, { person: request.person.name })}</span>
                      </button>
                    </div>
                  </form>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
