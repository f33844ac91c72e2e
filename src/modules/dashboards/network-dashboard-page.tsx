// /networks/{slug}/dashboard: how a network is doing, from its own records (docs/decisions/0024).
// Participants (any active membership) and those who manage it see every panel; everyone else
// the public version, from what the network already shows publicly. Each chart has its figures
// in a table beside it; everything is rendered on the server and works without JavaScript.
import Link from 'next/link';

import { numberFormat } from '@/i18n/intl-formats';
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { formatStockholmDay } from '@/i18n/stockholm-time';
import { fill } from '@/i18n/template';
import { countyName } from '@/modules/accounts/client';
import { formatKronor } from '@/modules/funding/client';
import { hasNetworkDialogues } from '@/modules/dialogues';
import { managePath } from '@/modules/governance/client';
import { meetingPath } from '@/modules/meetings/client';
import { getNetworkViewer } from '@/server/network-viewer';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { DoneNotice } from '@/ui/done-notice';
import { primaryLinkButtonClass, secondaryLinkButtonClass } from '@/ui/form-classes';
import { formatDate, formatNumber } from '@/ui/format';
import { OnThisPage } from '@/ui/on-this-page';

import { BarChart } from './components/bar-chart';
import { BarTable } from './components/bar-table';
import { Panel } from './components/panel';
import { assessmentPath } from './dashboard-paths';
import { getNetworkDashboard, type NetworkDashboard } from './network-dashboard-queries';
import { swedishDate } from './rules';
import { mayAssess, SUCCESS_FACTORS } from './success-factors';

function Figures({ items }: { items: Array<{ key: string; label: string; value: string }> }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((item) => (
        <div key={item.key} className="rounded border border-slate-300 p-4">
          <dt className="text-slate-700">{item.label}</dt>
          <dd className="mt-1 text-2xl font-bold tabular-nums">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "2026-Q4" as "2026 K4" in Swedish and "2026 Q4" in English. */
const quarterLabel = (key: string, locale: Locale) => key.replace('-Q', locale === 'sv' ? ' K' : ' Q');

export async function NetworkDashboardPage({ locale, slug, done }: { locale: Locale; slug: string; done?: string }) {
  const { network, viewer } = await getNetworkViewer(slug);
  const seesAll = viewer.mayParticipate || viewer.mayManage;
  const [dashboard, hasDialogues] = await Promise.all([getNetworkDashboard(network.id, seesAll), hasNetworkDialogues(network.id, viewer.mayManage)]);
  const messages = getMessages(locale);
  const t = messages.networkDashboard;
  const shares = messages.overview;
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const ratio = (part: number, whole: number) => (whole > 0 ? percent.format(part / whole) : '–');
  const { funding, funnel } = dashboard;
  const totalNeeds = funnel.rows[0]?.reached ?? 0;
  const year = String(Number(swedishDate(new Date()).slice(0, 4)));
  const doneMessage = done === 'assessed' ? fill(messages.successFactors.saved, { year }) : done === 'viewed' ? fill(messages.successFactors.viewSaved, { year }) : null;
  const sections: Array<[string, string]> = [
    ...(dashboard.factors ? [['dashboard-factors', messages.successFactors.heading] as [string, string]] : []),
    ['dashboard-funding', t.fundingHeading],
    ['dashboard-needs', t.needsHeading],
    ['dashboard-results', t.resultsHeading],
    ['dashboard-structure', t.structureHeading],
    ...(hasDialogues ? [['dashboard-dialogues', t.dialoguesHeading] as [string, string]] : []),
  ];

  return (
    <div className="space-y-12">
      {doneMessage && (
        <div className="max-w-3xl">
          <DoneNotice message={doneMessage} />
        </div>
      )}
      <div className="space-y-2">
        <h2 className="text-3xl font-bold">{t.title}</h2>
        <p className="max-w-3xl text-slate-700">{t.lead}</p>
        {!seesAll && <p className="max-w-3xl rounded border-l-4 border-slate-400 bg-slate-50 p-3">{t.publicNote}</p>}
      </div>

      <OnThisPage label={t.onThisPage} sections={sections} />

      {dashboard.factors && (
        <FactorsPanel
          locale={locale}
          factors={dashboard.factors}
          slug={network.slug}
          viewer={{ mayManage: viewer.mayManage, mayParticipate: viewer.mayParticipate, role: viewer.actor?.membership?.role ?? null, userId: viewer.user?.id ?? null }}
        />
      )}

      <Panel id="dashboard-funding" title={t.fundingHeading}>
        <p className="max-w-3xl text-slate-700">{t.fundingLead}</p>
        {funding.warning && (
          <p role="note" className="max-w-3xl rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
            {t.runwayWarning}
          </p>
        )}
        <Figures
          items={[
            {
              key: 'until',
              label: t.coveredUntil,
              value: funding.coveredUntil === 'open' ? t.coveredOpen : funding.coveredUntil === null ? t.notCovered : formatDate(funding.coveredUntil, locale),
            },
            { key: 'months', label: t.monthsLeft, value: funding.monthsLeft === null ? t.coveredOpen : formatNumber(funding.monthsLeft, locale) },
            { key: 'ending6', label: t.endingWithin6, value: formatNumber(funding.endingWithin6, locale) },
            { key: 'ending12', label: t.endingWithin12, value: formatNumber(funding.endingWithin12, locale) },
            {
              key: 'applied',
              label: t.applied,
              value: t.appliedValue(funding.applied.count, formatKronor(funding.applied.amountSek, locale)),
            },
          ]}
        />
        {funding.grantedByKind.some((row) => row.amountSek > 0) ? (
          <BarTable
            caption={t.grantedByKind}
            categoryHeader={t.fundingKind}
            rows={funding.grantedByKind.map((row) => ({ key: row.kind, label: messages.enums.fundingKind[row.kind], count: row.amountSek }))}
            total={funding.grantedByKind.reduce((sum, row) => sum + row.amountSek, 0)}
            locale={locale}
            t={{ ...shares, count: t.amount }}
          />
        ) : (
          <p>{t.noGrantedAmounts}</p>
        )}
        {viewer.mayManage && (
          <p>
            <Link href={managePath(locale, network.slug, 'funding')} className="text-brand-700 underline">
              {t.toFunding}
            </Link>
          </p>
        )}
      </Panel>

      <Panel id="dashboard-needs" title={t.needsHeading}>
        <p className="max-w-3xl text-slate-700">{t.needsLead}</p>
        {totalNeeds === 0 && funnel.archived === 0 ? (
          <p>{seesAll ? t.noNeeds : t.noPublicNeeds}</p>
        ) : (
          <>
            <DataTable
              caption={t.funnelCaption}
              minWidth="min-w-[44rem]"
              columns={[{ label: t.status }, { label: t.now, align: 'right' }, { label: t.reached, align: 'right' }, { label: t.reachedShare }, { label: t.medianDays, align: 'right' }]}
            >
              {funnel.rows.map((row) => (
                <tr key={row.status} className={rowClass}>
                  <th scope="row" className={`${cellClass} font-semibold`}>
                    {messages.needEnums.status[row.status]}
                  </th>
                  <td className={`${cellClass} text-right tabular-nums`}>{formatNumber(row.now, locale)}</td>
                  <td className={`${cellClass} text-right tabular-nums`}>{formatNumber(row.reached, locale)}</td>
                  <td className={cellClass}>
                    <div className="flex items-center gap-3">
                      <span className="w-12 shrink-0 text-right text-sm tabular-nums">{ratio(row.reached, totalNeeds)}</span>
                      <span aria-hidden="true" className="h-4 min-w-24 flex-1 rounded-sm bg-slate-100">
                        <span className="block h-full rounded-sm bg-brand-600" style={{ width: `${totalNeeds > 0 ? (row.reached / totalNeeds) * 100 : 0}%` }} />
                      </span>
                    </div>
                  </td>
                  <td className={`${lastCellClass} text-right tabular-nums`}>{row.medianDays === null ? t.noStays : fill(t.days, { days: formatNumber(row.medianDays, locale) })}</td>
                </tr>
              ))}
            </DataTable>
            {funnel.archived > 0 && <p>{fill(t.archived, { count: formatNumber(funnel.archived, locale) })}</p>}
            <BarTable
              caption={t.ladderCaption}
              categoryHeader={t.step}
              rows={dashboard.ladder.map((row) => ({ key: row.step ?? 'none', label: row.step ? messages.needEnums.step[row.step] : t.notPlaced, count: row.count }))}
              total={dashboard.ladder.reduce((sum, row) => sum + row.count, 0)}
              locale={locale}
              t={shares}
            />
            <h3 className="text-xl font-semibold">{t.marketHeading}</h3>
            <Figures
              items={[
                {
                  key: 'cost',
                  label: `${t.annualCost} (${fill(t.annualCostBy, { count: formatNumber(dashboard.market.costStatedBy, locale) })})`,
                  value: formatKronor(Number(dashboard.market.totalAnnualCostOre / 100n), locale),
                },
                { key: 'buyers', label: t.buyers, value: formatNumber(dashboard.market.buyers, locale) },
              ]}
            />
          </>
        )}
      </Panel>

      <Panel id="dashboard-results" title={t.resultsHeading}>
        <p className="max-w-3xl text-slate-700">{t.resultsLead}</p>
        {Object.values(dashboard.results).every((value) => value === 0) ? (
          <p>{t.noResults}</p>
        ) : (
          <>
            {dashboard.results.uncalledContracts > 0 && (
              <p role="note" className="max-w-3xl rounded border-l-4 border-amber-600 bg-amber-50 p-4 font-semibold text-amber-950">
                {fill(t.uncalled, { count: formatNumber(dashboard.results.uncalledContracts, locale) })}
              </p>
            )}
            <Figures
              items={[
                { key: 'advertised', label: t.advertised, value: formatNumber(dashboard.results.advertised, locale) },
                {
                  key: 'contracts',
                  label: t.contracts,
                  value: fill(t.contractValue, { count: formatNumber(dashboard.results.contracts, locale), amount: formatKronor(dashboard.results.contractValueSek, locale) }),
                },
                {
                  key: 'callOffs',
                  label: t.callOffs,
                  value: fill(t.contractValue, { count: formatNumber(dashboard.results.callOffs, locale), amount: formatKronor(dashboard.results.callOffValueSek, locale) }),
                },
                { key: 'effects', label: t.effects, value: formatNumber(dashboard.results.effects, locale) },
              ]}
            />
          </>
        )}
      </Panel>

      <Panel id="dashboard-structure" title={t.structureHeading}>
        <BarChart
          id="dashboard-quarters"
          title={t.quartersCaption}
          summary={fill(t.quartersSummary, { count: String(dashboard.quarters.length) })}
          categories={dashboard.quarters.map((q) => quarterLabel(q.quarter, locale))}
          series={[
            { key: 'joined', label: t.organizationsJoined, values: dashboard.quarters.map((q) => q.organizationsJoined) },
            { key: 'left', label: t.organizationsLeft, values: dashboard.quarters.map((q) => q.organizationsLeft) },
          ]}
          categoryAxisLabel={t.quarter}
          valueAxisLabel={t.countAxis}
          locale={locale}
        />
        <DataTable
          caption={t.quartersCaption}
          minWidth={seesAll ? 'min-w-[52rem]' : 'min-w-[32rem]'}
          columns={[
            { label: t.quarter },
            { label: t.organizationsJoined, align: 'right' },
            { label: t.organizationsLeft, align: 'right' },
            { label: t.organizationsAtEnd, align: 'right' },
            ...(seesAll ? [{ label: t.membersJoined, align: 'right' as const }, { label: t.membersLeft, align: 'right' as const }, { label: t.membersAtEnd, align: 'right' as const }] : []),
          ]}
        >
          {dashboard.quarters.map((q) => (
            <tr key={q.quarter} className={rowClass}>
              <th scope="row" className={`${cellClass} font-semibold`}>
                {quarterLabel(q.quarter, locale)}
              </th>
              {[q.organizationsJoined, q.organizationsLeft, q.organizationsAtEnd, ...(seesAll ? [q.joined, q.left, q.membersAtEnd] : [])].map((value, i, all) => (
                <td key={i} className={`${i === all.length - 1 ? lastCellClass : cellClass} text-right tabular-nums`}>
                  {formatNumber(value, locale)}
                </td>
              ))}
            </tr>
          ))}
        </DataTable>

        {dashboard.organizations.total === 0 ? (
          <p>{t.noMemberOrganizations}</p>
        ) : (
          <div className="grid gap-8 lg:grid-cols-2">
            <BarTable
              caption={t.byKind}
              categoryHeader={t.kind}
              rows={dashboard.organizations.byKind.map((row) => ({ key: row.kind, label: messages.enums.organizationKind[row.kind], count: row.count }))}
              total={dashboard.organizations.total}
              locale={locale}
              t={shares}
            />
            <BarTable
              caption={t.byCounty}
              categoryHeader={t.county}
              rows={dashboard.organizations.byCounty.map((row) => ({ key: row.countyCode ?? 'none', label: (row.countyCode && countyName(row.countyCode, locale)) || t.noCounty, count: row.count }))}
              total={dashboard.organizations.total}
              locale={locale}
              t={shares}
            />
          </div>
        )}

        {dashboard.competences && (
          <DataTable caption={t.competenceCaption} minWidth="min-w-[28rem]" columns={[{ label: t.competence }, { label: t.members, align: 'right' }, { label: t.recommended }]}>
            {dashboard.competences.map((row) => (
              <tr key={row.competence} className={rowClass}>
                <th scope="row" className={`${cellClass} font-semibold`}>
                  {messages.governance.competence[row.competence]}
                </th>
                <td className={`${cellClass} text-right tabular-nums`}>{formatNumber(row.count, locale)}</td>
                <td className={lastCellClass}>
                  {row.recommended ? t.recommendedYes : t.recommendedNo}
                  {row.recommended && row.count === 0 && <strong className="ml-2 text-red-800">({t.missingCompetence})</strong>}
                </td>
              </tr>
            ))}
          </DataTable>
        )}

        <BarChart
          id="dashboard-meetings"
          title={t.meetingsCaption}
          summary={t.meetingsSummary}
          categories={dashboard.meetings.perYear.map((row) => String(row.year))}
          series={[
            { key: 'held', label: t.held, values: dashboard.meetings.perYear.map((row) => row.held) },
            { key: 'target', label: t.target, values: dashboard.meetings.perYear.map((row) => row.target ?? 0) },
          ]}
          categoryAxisLabel={t.year}
          valueAxisLabel={t.countAxis}
          locale={locale}
        />
        <DataTable caption={t.meetingsCaption} minWidth="min-w-[24rem]" columns={[{ label: t.year }, { label: t.held, align: 'right' }, { label: t.target, align: 'right' }]}>
          {dashboard.meetings.perYear.map((row) => (
            <tr key={row.year} className={rowClass}>
              <th scope="row" className={`${cellClass} font-semibold`}>
                {row.year}
              </th>
              <td className={`${cellClass} text-right tabular-nums`}>{formatNumber(row.held, locale)}</td>
              <td className={`${lastCellClass} text-right tabular-nums`}>{row.target === null ? t.noTarget : formatNumber(row.target, locale)}</td>
            </tr>
          ))}
        </DataTable>

        {dashboard.meetings.attendance && (
          <div className="space-y-2">
            <h3 id="dashboard-attendance" className="text-xl font-semibold">
              {t.attendanceCaption}
            </h3>
            <p className="text-slate-700">{t.attendanceLead}</p>
            {dashboard.meetings.attendance.length === 0 ? (
              <p>{t.noMeetingsHeld}</p>
            ) : (
              <DataTable
                caption={t.attendanceCaption}
                labelledBy="dashboard-attendance"
                minWidth="min-w-[36rem]"
                columns={[{ label: t.meeting }, { label: t.date }, { label: t.present, align: 'right' }, { label: t.rate, align: 'right' }]}
              >
                {dashboard.meetings.attendance.map((row) => (
                  <tr key={row.id} className={rowClass}>
                    <th scope="row" className={`${cellClass} font-semibold`}>
                      <Link href={meetingPath(locale, network.slug, row.id)} className="text-brand-700 underline">
                        {row.title}
                      </Link>
                    </th>
                    <td className={cellClass}>{formatStockholmDay(row.startsAt, locale)}</td>
                    <td className={`${cellClass} text-right tabular-nums`}>{fill(t.presentOf, { present: formatNumber(row.present, locale), of: formatNumber(row.of, locale) })}</td>
                    <td className={`${lastCellClass} text-right tabular-nums`}>{ratio(row.present, row.of)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </div>
        )}

        {dashboard.active && (
          <div className="space-y-1">
            <h3 className="text-xl font-semibold">{t.activeHeading}</h3>
            <p className="text-lg">
              {fill(t.activeValue, { count: formatNumber(dashboard.active.count, locale), of: formatNumber(dashboard.active.of, locale), share: ratio(dashboard.active.count, dashboard.active.of) })}
            </p>
            <p className="text-slate-700">{t.activeLead}</p>
          </div>
        )}
      </Panel>

      {hasDialogues && (
      <Panel id="dashboard-dialogues" title={t.dialoguesHeading}>
        <Figures
          items={[
            { key: 'held', label: t.dialoguesHeld, value: formatNumber(dashboard.dialogues.held, locale) },
            ...(dashboard.dialogues.companies === null ? [] : [{ key: 'companies', label: t.companies, value: formatNumber(dashboard.dialogues.companies, locale) }]),
            ...(dashboard.dialogues.questionsAnswered === null ? [] : [{ key: 'answered', label: t.questionsAnswered, value: formatNumber(dashboard.dialogues.questionsAnswered, locale) }]),
          ]}
        />
        <p>
          <Link href={`/${locale}/networks/${encodeURIComponent(network.slug)}/dialogues`} className="text-brand-700 underline">
            {t.toDialogues}
          </Link>
        </p>
      </Panel>
      )}
    </div>
  );
}

/** The coordinators' yearly assessment of the five success factors beside earlier years, and the spread of the members' views. */
function FactorsPanel({
  locale,
  factors,
  slug,
  viewer,
}: {
  locale: Locale;
  factors: NonNullable<NetworkDashboard['factors']>;
  slug: string;
  viewer: { mayManage: boolean; mayParticipate: boolean; role: string | null; userId: string | null };
}) {
  const t = getMessages(locale).successFactors;
  const thisYear = factors.years[factors.years.length - 1]!;
  const lastYear = thisYear - 1;
  const year = String(thisYear);
  const assessed = factors.years.some((y) => factors.secretariat[y]);
  const hasOwnView = viewer.userId !== null && factors.memberIds.includes(viewer.userId);
  const median = (value: number) => formatNumber(value, locale);
  return (
    <Panel id="dashboard-factors" title={t.heading}>
      <p className="max-w-3xl text-slate-700">{t.lead}</p>
      <div className="flex flex-wrap gap-3">
        {mayAssess('secretariat', viewer) && (
          <Link href={assessmentPath(locale, slug, 'secretariat')} className={primaryLinkButtonClass}>
            {fill(factors.secretariat[thisYear] ? t.editAssessment : t.assess, { year })}
          </Link>
        )}
        {mayAssess('member', viewer) && (
          <Link href={assessmentPath(locale, slug, 'member')} className={secondaryLinkButtonClass}>
            {fill(hasOwnView ? t.editView : t.giveView, { year })}
          </Link>
        )}
      </div>
      {!assessed ? (
        <p>{t.noAssessment}</p>
      ) : (
        <>
          <BarChart
            id="dashboard-factors-chart"
            title={t.chartCaption}
            summary={t.chartSummary}
            categories={SUCCESS_FACTORS.map((factor) => t.names[factor])}
            series={[
              { key: 'this', label: String(thisYear), values: SUCCESS_FACTORS.map((factor) => factors.secretariat[thisYear]?.[factor]?.score ?? 0) },
              { key: 'last', label: String(lastYear), values: SUCCESS_FACTORS.map((factor) => factors.secretariat[lastYear]?.[factor]?.score ?? 0) },
            ]}
            categoryAxisLabel={t.factor}
            valueAxisLabel={t.scoreAxis}
            locale={locale}
          />
          <DataTable
            caption={t.tableCaption}
            minWidth="min-w-[56rem]"
            columns={[{ label: t.factor }, ...factors.years.map((y) => ({ label: String(y), align: 'right' as const })), { label: `${t.membersView} ${thisYear}` }, { label: `${t.comment} ${thisYear}` }]}
          >
            {SUCCESS_FACTORS.map((factor) => {
              const spread = factors.members[factor];
              return (
                <tr key={factor} className={rowClass}>
                  <th scope="row" className={`${cellClass} font-semibold`}>
                    {t.names[factor]}
                    <span className="block text-sm font-normal text-slate-700">{t.questions[factor]}</span>
                  </th>
                  {factors.years.map((y) => {
                    const score = factors.secretariat[y]?.[factor]?.score;
                    return (
                      <td key={y} className={`${cellClass} text-right tabular-nums`}>
                        {score === undefined ? <span className="text-slate-700">{t.notAssessed}</span> : formatNumber(score, locale)}
                      </td>
                    );
                  })}
                  <td className={cellClass}>
                    {spread ? fill(t.spread, { min: median(spread.min), max: median(spread.max), median: median(spread.median), count: formatNumber(spread.count, locale) }) : t.noMemberViews}
                  </td>
                  <td className={`${lastCellClass} max-w-xs whitespace-pre-line`}>{factors.secretariat[thisYear]?.[factor]?.comment || '–'}</td>
                </tr>
              );
            })}
          </DataTable>
        </>
      )}
    </Panel>
  );
}

