// The secretariat's members page: the active members with their role and removal forms, the
// network's competences against the recommended ones, and the former members. What other
// domains want the secretariat to see first (the needs' pending handovers) comes in as `notices`
// from the route, since governance sits below those domains.
import type { ReactNode } from 'react';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { formatNumber } from '@/ui/format';

import { ActiveMembersTable } from './components/active-members-table';
import { CompetenceOverview } from './components/competence-overview';
import { MemberActionsFeedback, MemberActionsProvider } from './components/member-actions-provider';
import { PastMembersTable } from './components/past-members-table';
import { requireNetworkManager } from './manage-access';
import { managePath } from './manage-path';
import { getMemberOverview } from './member-queries';

export async function MembersPage({ locale, slug, notices }: { locale: Locale; slug: string; notices?: ReactNode }) {
  const { network, user } = await requireNetworkManager(slug, locale, managePath(locale, slug, 'members'));
  const messages = getMessages(locale);
  const t = messages.members;
  const { active, past, pastTotal, coverage } = await getMemberOverview(network.id);

  return (
    <div className="space-y-12">
      {notices}
      <MemberActionsProvider locale={locale} messages={pickMessages(locale, 'members', 'enums', 'input')}>
        <section>
          <h2 id="active-members" className="text-2xl font-semibold">
            {t.activeHeading} <span className="font-normal text-slate-700">({formatNumber(active.length, locale)})</span>
          </h2>
          <p className="mt-1 max-w-3xl text-slate-700">{t.activeLead}</p>
          <MemberActionsFeedback />
          {active.length === 0 ? (
            <p className="mt-3 rounded border border-slate-300 bg-slate-50 p-4">{t.noActive}</p>
          ) : (
            <ActiveMembersTable locale={locale} messages={messages} members={active} viewerId={user.id} labelledBy="active-members" />
          )}
        </section>
      </MemberActionsProvider>

      <CompetenceOverview locale={locale} messages={messages} coverage={coverage} />

      <section>
        <h2 id="past-members" className="text-2xl font-semibold">
          {t.pastHeading}
        </h2>
        <p className="mt-1 max-w-3xl text-slate-700">{t.pastLead}</p>
        {past.length === 0 ? (
          <p className="mt-3 rounded border border-slate-300 bg-slate-50 p-4">{t.noPast}</p>
        ) : (
          <>
            {pastTotal > past.length && <p className="mt-2 text-sm text-slate-700">{t.showingLatest(past.length, pastTotal)}</p>}
            <PastMembersTable locale={locale} messages={messages} members={past} labelledBy="past-members" />
          </>
        )}
      </section>
    </div>
  );
}
