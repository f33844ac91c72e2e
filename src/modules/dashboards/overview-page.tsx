// The national overview: the state of the field at a glance, every chart with its figures as a
// table, and for agency staff the networks that have gone quiet (decided on the server by
// getInactiveNetworks, not merely hidden here).
import { collator } from '@/i18n/intl-formats';
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { countyName } from '@/modules/accounts/client';
import { getCurrentUser } from '@/server/auth/current-user';
import { formatDate, formatNumber } from '@/ui/format';

import { BarTable } from './components/bar-table';
import { Panel } from './components/panel';
import { EmptyState } from './components/empty-state';
import { FundingEndingTable } from './components/funding-ending-table';
import { InactiveNetworksTable } from './components/inactive-networks-table';
import { getCachedNationalOverview, getInactiveNetworks } from './overview-queries';

function ShowingFirst({ shown, total, text }: { shown: number; total: number; text: (shown: number, total: number) => string }) {
  return total > shown ? <p className="text-sm text-slate-700">{text(shown, total)}</p> : null;
}

export async function OverviewPage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const t = messages.overview;
  const user = await getCurrentUser();
  const [overview, inactive] = await Promise.all([getCachedNationalOverview(), getInactiveNetworks(user)]);
  const byName = collator(locale);
  const areaName = (area: { nameSv: string; nameEn: string }) => (locale === 'sv' ? area.nameSv : area.nameEn);
  const areas = [...overview.networksByArea].sort((a, b) => b.count - a.count || byName.compare(areaName(a), areaName(b)));
  const funding = overview.fundingEnding;

  const keyFigures = [
    { key: 'networks', value: overview.networkCount, label: t.networksTotal },
    { key: 'members', value: overview.memberOrganizationCount, label: t.memberOrganizationsTotal },
    { key: 'funding', value: funding.total, label: t.fundingEndingTotal },
  ];

  return (
    <div className="space-y-12">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t.lead}</p>
      </div>

      <section aria-labelledby="key-figures">
        <h2 id="key-figures" className="sr-only">
          {t.keyFigures}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          {keyFigures.map((figure) => (
            <div key={figure.key} className="flex flex-col-reverse justify-end rounded border border-slate-200 bg-brand-50 p-4">
              <dt className="text-slate-800">{figure.label}</dt>
              <dd className="text-3xl font-bold tabular-nums text-brand-900">{formatNumber(figure.value, locale)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <Panel id="networks" title={t.networksHeading}>
        {overview.networkCount === 0 ? (
          <EmptyState>{t.noNetworks}</EmptyState>
        ) : (
          <div className="grid items-start gap-8 lg:grid-cols-2">
            <BarTable
              caption={t.byStatus}
              categoryHeader={t.status}
              rows={overview.networksByStatus.map((row) => ({ key: row.status, label: messages.enums.status[row.status], count: row.count }))}
              total={overview.networkCount}
              locale={locale}
              t={t}
            />
            <BarTable
              caption={t.byInitiator}
              categoryHeader={t.initiator}
              rows={overview.networksByInitiator.map((row) => ({
                key: row.initiator,
                label: messages.enums.initiator[row.initiator],
                count: row.count,
              }))}
              total={overview.networkCount}
              locale={locale}
              t={t}
            />
          </div>
        )}
      </Panel>

      <Panel id="members" title={t.membersHeading}>
        <p className="max-w-3xl text-slate-700">{t.membersLead}</p>
        {overview.memberOrganizationCount === 0 ? (
          <EmptyState>{t.noMembers}</EmptyState>
        ) : (
          <div className="grid items-start gap-8 lg:grid-cols-2">
            <BarTable
              caption={t.byKind}
              categoryHeader={t.kind}
              rows={overview.memberOrganizationsByKind.map((row) => ({
                key: row.kind,
                label: messages.enums.organizationKind[row.kind],
                count: row.count,
              }))}
              total={overview.memberOrganizationCount}
              locale={locale}
              t={t}
            />
            <BarTable
              caption={t.byCounty}
              categoryHeader={t.county}
              rows={overview.memberOrganizationsByCounty.map((row) => ({
                key: row.countyCode ?? 'none',
                label: countyName(row.countyCode, locale) ?? t.noCounty,
                count: row.count,
              }))}
              total={overview.memberOrganizationCount}
              locale={locale}
              t={t}
            />
          </div>
        )}
      </Panel>

      <Panel id="areas" title={t.areasHeading}>
        {areas.length === 0 ? (
          <EmptyState>{t.noAreas}</EmptyState>
        ) : (
          <div className="max-w-3xl">
            <BarTable
              caption={t.byArea}
              categoryHeader={t.area}
              rows={areas.map((area) => ({ key: area.slug, label: areaName(area), count: area.count }))}
              total={overview.networkCount}
              locale={locale}
              t={t}
            />
          </div>
        )}
      </Panel>

      <Panel id="funding-ending" title={t.fundingHeading}>
        <p className="max-w-3xl text-slate-700">{t.fundingLead(formatDate(funding.from, locale), formatDate(funding.to, locale))}</p>
        {funding.rows.length === 0 ? (
          <EmptyState>{t.noFundingEnding}</EmptyState>
        ) : (
          <>
            <FundingEndingTable rows={funding.rows} locale={locale} messages={messages} />
            <ShowingFirst shown={funding.rows.length} total={funding.total} text={t.showingFirst} />
          </>
        )}
      </Panel>

      {inactive && (
        <Panel id="inactive" title={t.inactiveHeading}>
          <p className="max-w-3xl text-slate-700">
            {t.inactiveLead(formatDate(inactive.since, locale))} <strong className="font-semibold">{t.agencyOnly}</strong>
          </p>
          {inactive.rows.length === 0 ? (
            <EmptyState>{t.noInactive(formatDate(inactive.since, locale))}</EmptyState>
          ) : (
            <>
              <InactiveNetworksTable rows={inactive.rows} locale={locale} messages={messages} />
              <ShowingFirst shown={inactive.rows.length} total={inactive.total} text={t.showingFirst} />
            </>
          )}
        </Panel>
      )}
    </div>
  );
}
