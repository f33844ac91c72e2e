// Where the need's results went (the agency's report, p. 44): every handover to a procuring
// organisation, with its documents and whether a person there has acknowledged it. A pending
// handover is shown first and cannot be missed. People of the receiving organisation
// acknowledge here; coordinators hand over from the handover page. Names of people are shown
// to the network's participants and to the receiving organisation only.
import Link from 'next/link';

import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { secondaryLinkButtonClass } from '@/ui/form-classes';

import { handoverPath } from '../buyer-paths';
import { listCallOffOrganizations, listNeedHandovers } from '../handover-queries';
import { getNeedForViewer, seesAllNeeds } from '../need-access';
import { mayHandOver } from '../need-status';

import { AcknowledgeButton, AcknowledgeHandovers } from './acknowledge-handover';
import { HandoverDetails, HandoverStatus } from './handover-details';
import { HandoverResultForm } from './handover-result-form';
import { HandoverResultsList } from './handover-results-list';
import type { NeedSectionProps } from './need-section-props';

export async function HandoverSection({ locale, slug, needId }: NeedSectionProps) {
  const { network, viewer, need } = await getNeedForViewer(slug, needId);
  const messages = getMessages(locale);
  const t = messages.businessCase.handover;
  const handovers = await listNeedHandovers(need.id);
  const pending = handovers.filter((handover) => !handover.acknowledgedAt).length;
  const viewerOrganizationId = viewer.user?.organization?.id ?? null;
  const mayHandOverNow = viewer.mayManage && mayHandOver(need.status);
  // Results are recorded by the receiving organisation, and by the coordinators while the network runs (the action decides the same).
  const mayRecord = (receivingOrganizationId: string) => viewerOrganizationId === receivingOrganizationId || (viewer.mayManage && !network.isEnded);
  const memberOrganizations = handovers.some((h) => mayRecord(h.receivingOrganization.id)) ? await listCallOffOrganizations(network.id) : [];
  const callOffOrganizations = (receiving: { id: string; name: string }) => [receiving, ...memberOrganizations.filter((o) => o.id !== receiving.id)];

  return (
    <section aria-labelledby="handover-heading" className="space-y-4">
      <div>
        <h2 id="handover-heading" className="text-2xl font-semibold">
          {t.heading}
        </h2>
        <p className="mt-1 max-w-3xl text-slate-700">{t.lead}</p>
      </div>
      {pending > 0 && (
        <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
          <p className="font-semibold">{t.pending}</p>
          <p>{t.pendingCount(pending)}</p>
        </div>
      )}
      {handovers.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <AcknowledgeHandovers locale={locale} messages={pickMessages(locale, 'businessCase')}>
          <ul className="space-y-4">
            {handovers.map((handover) => {
              const receiving = viewerOrganizationId === handover.receivingOrganization.id;
              const showNames = seesAllNeeds(viewer) || receiving;
              return (
                <li key={handover.id} className="rounded border border-slate-300 p-4">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="text-lg font-semibold">{t.to(handover.receivingOrganization.name)}</h3>
                    <HandoverStatus handover={handover} locale={locale} messages={messages} showNames={showNames} />
                  </div>
                  <HandoverDetails handover={handover} locale={locale} messages={messages} showNames={showNames} />
                  {receiving && !handover.acknowledgedAt && (
                    <div className="mt-3">
                      <AcknowledgeButton handoverId={handover.id} needTitle={need.title} />
                    </div>
                  )}
                  <div className="mt-4 space-y-3">
                    <h4 className="text-lg font-semibold">{messages.handoverResults.heading}</h4>
                    <p className="max-w-3xl text-sm text-slate-700">{messages.handoverResults.lead}</p>
                    <HandoverResultsList results={handover.results} locale={locale} messages={messages} />
                    {mayRecord(handover.receivingOrganization.id) && (
                      <HandoverResultForm
                        locale={locale}
                        messages={pickMessages(locale, 'handoverResults', 'input')}
                        handoverId={handover.id}
                        organizations={callOffOrganizations(handover.receivingOrganization)}
                      />
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </AcknowledgeHandovers>
      )}
      {mayHandOverNow && (
        <p>
          <Link href={handoverPath(locale, network.slug, need.id)} className={secondaryLinkButtonClass}>
            {t.handOverLink}
          </Link>
        </p>
      )}
      {viewer.mayManage && !mayHandOver(need.status) && handovers.length === 0 && <p className="text-slate-700">{t.notReadyManager}</p>}
    </section>
  );
}
