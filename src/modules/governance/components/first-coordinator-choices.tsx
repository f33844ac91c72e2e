'use client';

// The people who could become a network's first coordinator, each with a button that appoints
// them. One action state for the page: after an appointment the network has a coordinator and
// the page shows that, with the confirmation; a refusal (someone else appointed one a moment
// ago) shows above the lists.
import { useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { compactSecondaryButtonClass } from '@/ui/form-classes';
import { FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';
import { formatStockholmDay } from '@/i18n/stockholm-time';

import { appointFirstCoordinator } from '../actions/first-coordinator-actions';
import type { CoordinatorCandidate, FirstCoordinatorCandidates } from '../first-coordinator-queries';

type Candidates = Extract<FirstCoordinatorCandidates, { hasCoordinator: false }>;

export function FirstCoordinatorChoices({
  locale,
  messages,
  candidates,
}: {
  locale: Locale;
  messages: ClientMessages<'firstCoordinator' | 'governance' | 'enums'>;
  candidates: Candidates | null;
}) {
  const t = messages.firstCoordinator;
  const [state, action, pending] = useActionState(appointFirstCoordinator, IDLE);

  const appointButton = (candidate: CoordinatorCandidate, field: 'requestId' | 'membershipId') =>
    candidate.mayCoordinate ? (
      <form action={action}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name={field} value={candidate.id} />
        <button type="submit" disabled={pending} className={compactSecondaryButtonClass}>
          <span aria-hidden="true">{t.appoint}</span>
          <span className="sr-only">{fill(t.appointOf, { person: candidate.name })}</span>
        </button>
      </form>
    ) : (
      t.cannotCoordinate
    );

  return (
    <div className="space-y-8">
      <FormFeedback state={state} heading={t.errorSummary} />
      {candidates === null ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{t.hasCoordinator}</p>
      ) : (
        <>
          <section>
            <h2 id="first-coordinator-requests" className="text-2xl font-semibold">
              {t.requestsHeading}
            </h2>
            <p className="mt-1 max-w-3xl text-slate-700">{t.requestsLead}</p>
            {candidates.requests.length === 0 ? (
              <p className="mt-3">{t.noRequests}</p>
            ) : (
              <DataTable
                caption={t.requestsHeading}
                labelledBy="first-coordinator-requests"
                minWidth="min-w-[48rem]"
                className="mt-4"
                columns={[{ label: t.person }, { label: t.organization }, { label: t.competence }, { label: t.appliedOn }, { label: t.motivation }, { label: t.appoint }]}
              >
                {candidates.requests.map((request) => (
                  <tr key={request.id} className={rowClass}>
                    <th scope="row" className={`${cellClass} font-semibold`}>
                      {request.name}
                    </th>
                    <td className={cellClass}>{request.organizationName ?? t.noOrganization}</td>
                    <td className={cellClass}>{request.competence ? messages.governance.competence[request.competence] : '–'}</td>
                    <td className={cellClass}>{formatStockholmDay(request.createdAt, locale)}</td>
                    <td className={`${cellClass} max-w-md whitespace-pre-line`}>{request.motivation}</td>
                    <td className={lastCellClass}>{appointButton(request, 'requestId')}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
          <section>
            <h2 id="first-coordinator-members" className="text-2xl font-semibold">
              {t.membersHeading}
            </h2>
            <p className="mt-1 max-w-3xl text-slate-700">{t.membersLead}</p>
            {candidates.members.length === 0 ? (
              <p className="mt-3">{t.noMembers}</p>
            ) : (
              <DataTable
                caption={t.membersHeading}
                labelledBy="first-coordinator-members"
                minWidth="min-w-[40rem]"
                className="mt-4"
                columns={[{ label: t.person }, { label: t.organization }, { label: t.role }, { label: t.competence }, { label: t.appoint }]}
              >
                {candidates.members.map((member) => (
                  <tr key={member.id} className={rowClass}>
                    <th scope="row" className={`${cellClass} font-semibold`}>
                      {member.name}
                    </th>
                    <td className={cellClass}>{member.organizationName ?? t.noOrganization}</td>
                    <td className={cellClass}>{messages.enums.role[member.role]}</td>
                    <td className={cellClass}>{member.competence ? messages.governance.competence[member.competence] : '–'}</td>
                    <td className={lastCellClass}>{appointButton(member, 'membershipId')}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        </>
      )}
    </div>
  );
}
