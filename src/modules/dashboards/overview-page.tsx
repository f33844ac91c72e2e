// The national overview: the state of the field at a glance, every chart with its figures as a
// table, every network table sortable and downloadable as CSV, and for agency staff the
// networks' success-factor profiles and the networks that have gone quiet (decided on the
// server by getFactorProfiles and getInactiveNetworks, not merely hidden here).
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { getCurrentUser } from '@/server/auth/current-user';
import { formatDate, formatNumber } from '@/ui/format';
import { OnThisPage } from '@/ui/on-this-page';

import { BarChart } from './components/bar-chart';
import { Panel } from './components/panel';
import { EmptyState } from './components/empty-state';
import { OverviewTableView } from './components/overview-table';
import { getOverviewData } from './overview-data';
import { TREND_YEARS } from './overview-figures-queries';
import { FUNDING_HORIZON_MONTHS, OVERVIEW_LIST_LIMIT } from './overview-queries';
import { nationalFunnel, nationalSteps } from './overview-table-models';
import { SUCCESS_FACTORS } from './success-factors';
import type { TableSort } from './overview-tables';
import { addMonths } from './rules';

export async function OverviewPage({ locale, sort }: { locale: Locale; sort: TableSort | null }) {
  const messages = getMessages(locale);
  const t = messages.overview;
  const user = await getCurrentUser();
  const { overview, figures, inactive, tables, profileMeans } = await getOverviewData(user, locale);
  const tableProps = { sort, locale, t };
  const funnel = nationalFunnel(figures);
  const steps = nationalSteps(figures);
  const funding = overview.fundingEnding;

  const sections: Array<readonly [string, string]> = [
    ['networks', t.networksHeading],
    ['members', t.membersHeading],
    ['areas', t.areasHeading],
    ['funding-ending', t.fundingHeading],
    ['without-funding', t.withoutFundingHeading],
    ['ladder', t.funnelHeading],
    ['results', t.resultsHeading],
    ['trends', t.trendsHeading],
    ...(tables.profiles ? [['profiles', t.profilesHeading] as const] : []),
    ...(inactive ? [['inactive', t.inactiveHeading] as const] : []),
  ];

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

      <OnThisPage label={t.onThisPage} sections={sections} />

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
            <OverviewTableView table={tables['by-status']} anchor="networks" showCaption {...tableProps} />
            <OverviewTableView table={tables['by-initiator']} anchor="networks" showCaption {...tableProps} />
          </div>
        )}
      </Panel>

      <Panel id="members" title={t.membersHeading}>
        <p className="max-w-3xl text-slate-700">{t.membersLead}</p>
        {overview.memberOrganizationCount === 0 ? (
          <EmptyState>{t.noMembers}</EmptyState>
        ) : (
          <div className="grid items-start gap-8 lg:grid-cols-2">
            <OverviewTableView table={tables['by-kind']} anchor="members" showCaption {...tableProps} />
            <OverviewTableView table={tables['by-county']} anchor="members" showCaption {...tableProps} />
          </div>
        )}
      </Panel>

      <Panel id="areas" title={t.areasHeading}>
        {overview.networksByArea.length === 0 ? (
          <EmptyState>{t.noAreas}</EmptyState>
        ) : (
          <div className="max-w-3xl">
            <OverviewTableView table={tables['by-area']} anchor="areas" showCaption {...tableProps} />
          </div>
        )}
      </Panel>

      <Panel id="funding-ending" title={t.fundingHeading}>
        <p className="max-w-3xl text-slate-700">{t.fundingLead(formatDate(funding.from, locale), formatDate(funding.to, locale))}</p>
        {funding.rows.length === 0 ? (
          <EmptyState>{t.noFundingEnding}</EmptyState>
        ) : (
          <OverviewTableView table={tables['funding-ending']} anchor="funding-ending" limit={OVERVIEW_LIST_LIMIT} {...tableProps} />
        )}
      </Panel>

      <Panel id="without-funding" title={t.withoutFundingHeading}>
        <p className="max-w-3xl text-slate-700">{t.withoutFundingLead(formatDate(addMonths(figures.today, FUNDING_HORIZON_MONTHS), locale))}</p>
        {figures.withoutFunding.length === 0 ? (
          <EmptyState>{t.noWithoutFunding}</EmptyState>
        ) : (
          <OverviewTableView table={tables['without-funding']} anchor="without-funding" limit={OVERVIEW_LIST_LIMIT} minWidth="min-w-[44rem]" {...tableProps} />
        )}
      </Panel>

      <Panel id="ladder" title={t.funnelHeading}>
        <p className="max-w-3xl text-slate-700">{t.funnelLead}</p>
        {figures.funnel.length === 0 ? (
          <EmptyState>{t.noPublicNeeds}</EmptyState>
        ) : (
          <>
            <BarChart
              id="ladder-chart"
              title={t.funnelChart}
              summary={t.funnelSummary}
              categories={funnel.map((row) => messages.needEnums.status[row.status])}
              series={[
                { key: 'now', label: t.now, values: funnel.map((row) => row.now) },
                { key: 'reached', label: t.reached, values: funnel.map((row) => row.reached) },
              ]}
              categoryAxisLabel={t.status}
              valueAxisLabel={t.needsAxis}
              locale={locale}
            />
            <OverviewTableView table={tables.funnel} anchor="ladder" minWidth="min-w-[64rem]" {...tableProps} />
            <h3 id="ladder-steps" className="text-xl font-semibold">
              {t.stepsHeading}
            </h3>
            <p className="max-w-3xl text-slate-700">{t.stepsLead}</p>
            <BarChart
              id="steps-chart"
              title={t.stepsChart}
              summary={t.stepsSummary}
              categories={steps.map((row) => (row.step === 'UNPLACED' ? t.notPlaced : messages.needEnums.step[row.step]))}
              series={[{ key: 'needs', label: t.needsAxis, values: steps.map((row) => row.count) }]}
              categoryAxisLabel={t.stepAxis}
              valueAxisLabel={t.needsAxis}
              locale={locale}
            />
            <OverviewTableView table={tables.steps} anchor="ladder-steps" minWidth="min-w-[40rem]" {...tableProps} />
          </>
        )}
      </Panel>

      <Panel id="results" title={t.resultsHeading}>
        <p className="max-w-3xl text-slate-700">{t.resultsLead}</p>
        {figures.results.length === 0 ? (
          <EmptyState>{t.noResults}</EmptyState>
        ) : (
          <>
            <BarChart
              id="results-chart"
              title={t.resultsCaption}
              summary={t.resultsSummary}
              categories={figures.results.map((row) => String(row.year))}
              series={[
                { key: 'advertised', label: t.advertised, values: figures.results.map((row) => row.advertised) },
                { key: 'contracts', label: t.contracts, values: figures.results.map((row) => row.contracts) },
                { key: 'callOffs', label: t.callOffs, values: figures.results.map((row) => row.callOffs) },
              ]}
              categoryAxisLabel={t.year}
              valueAxisLabel={t.countAxis}
              locale={locale}
            />
            <OverviewTableView table={tables.results} anchor="results" minWidth="min-w-[48rem]" {...tableProps} />
          </>
        )}
      </Panel>

      <Panel id="trends" title={t.trendsHeading}>
        <p className="max-w-3xl text-slate-700">{t.trendsLead(TREND_YEARS)}</p>
        <BarChart
          id="trends-chart"
          title={t.trendsChart}
          summary={t.trendsSummary}
          categories={figures.trends.map((row) => String(row.year))}
          series={[
            { key: 'started', label: t.networksStarted, values: figures.trends.map((row) => row.networksStarted) },
            { key: 'ended', label: t.networksEnded, values: figures.trends.map((row) => row.networksEnded) },
          ]}
          categoryAxisLabel={t.year}
          valueAxisLabel={t.countAxis}
          locale={locale}
        />
        <OverviewTableView table={tables.trends} anchor="trends" minWidth="min-w-[40rem]" {...tableProps} />
      </Panel>

      {tables.profiles && (
        <Panel id="profiles" title={t.profilesHeading}>
          <p className="max-w-3xl text-slate-700">
            {t.profilesLead} <strong className="font-semibold">{t.agencyOnly}</strong>
          </p>
          {tables.profiles.rows.length === 0 ? (
            <EmptyState>{t.noProfiles}</EmptyState>
          ) : (
            <>
              {profileMeans && (
                <BarChart
                  id="profiles-chart"
                  title={t.profilesChart}
                  summary={t.profilesSummary}
                  categories={SUCCESS_FACTORS.map((factor) => messages.successFactors.names[factor])}
                  series={[{ key: 'mean', label: t.mean, values: SUCCESS_FACTORS.map((factor) => profileMeans[factor] ?? 0) }]}
                  categoryAxisLabel={t.factorAxis}
                  valueAxisLabel={t.scoreAxis}
                  scaleMax={5}
                  locale={locale}
                />
              )}
              <OverviewTableView table={tables.profiles} anchor="profiles" limit={OVERVIEW_LIST_LIMIT} minWidth="min-w-[52rem]" {...tableProps} />
            </>
          )}
        </Panel>
      )}

      {inactive && tables.quiet && (
        <Panel id="inactive" title={t.inactiveHeading}>
          <p className="max-w-3xl text-slate-700">
            {t.inactiveLead(formatDate(inactive.since, locale))} {t.inactiveRealActivity} <strong className="font-semibold">{t.agencyOnly}</strong>
          </p>
          {inactive.rows.length === 0 ? (
            <EmptyState>{t.noInactive(formatDate(inactive.since, locale))}</EmptyState>
          ) : (
            <OverviewTableView table={tables.quiet} anchor="inactive" limit={OVERVIEW_LIST_LIMIT} {...tableProps} />
          )}
        </Panel>
      )}
    </div>
  );
}
