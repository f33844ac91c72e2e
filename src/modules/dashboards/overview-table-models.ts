// The national overview's figures turned into its tables (overview-tables.ts), in the reader's
// language: the page and the CSV download build them here, so both carry the same columns.
import { collator } from '@/i18n/intl-formats';
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';

import { dashboardPath } from './dashboard-paths';
import { countyName } from '@/modules/accounts/client';

import { STEP_KEYS, type OverviewFigures, type FactorProfile, type FunnelStatus, type StepKey } from './overview-figures-queries';
import type { FundingEnding, InactiveNetwork, NationalOverview } from './overview-queries';
import type { OverviewTable } from './overview-tables';
import { FUNNEL_STATUSES } from './network-figures';
import { sharesOf } from './rules';
import { SUCCESS_FACTORS } from './success-factors';

type TableMessages = Pick<Messages, 'overview' | 'enums' | 'needEnums' | 'successFactors'>;

/**
 * A breakdown of a total (networks by status, member organisations by county): the count and
 * the share of each category, with the total under them. Shares of a total that the rows split
 * add up to 100 (sharesOf).
 */
function breakdownTable(
  id: OverviewTable['id'],
  caption: string,
  categoryHeader: string,
  rows: ReadonlyArray<{ key: string; label: string; count: number }>,
  total: number,
  t: TableMessages['overview'],
): OverviewTable {
  const shares = sharesOf(
    rows.map((row) => row.count),
    total,
  );
  return {
    id,
    caption,
    columns: [
      { key: 'category', label: categoryHeader, kind: 'text' },
      { key: 'count', label: t.count, kind: 'number' },
      { key: 'share', label: t.share, kind: 'percent', bar: true },
    ],
    rows: rows.map((row, i) => ({ key: row.key, cells: { category: row.label, count: row.count, share: shares[i]! } })),
    footer: [{ key: 'total', cells: { category: t.total, count: total, share: null } }],
  };
}

/** The overview's breakdowns of networks and member organisations, in the order the page has always shown them. */
export function breakdownTables(overview: NationalOverview, locale: Locale, messages: TableMessages) {
  const t = messages.overview;
  const areaName = (area: { nameSv: string; nameEn: string }) => (locale === 'sv' ? area.nameSv : area.nameEn);
  return {
    'by-status': breakdownTable('by-status', t.byStatus, t.status, overview.networksByStatus.map((row) => ({ key: row.status, label: messages.enums.status[row.status], count: row.count })), overview.networkCount, t),
    'by-initiator': breakdownTable('by-initiator', t.byInitiator, t.initiator, overview.networksByInitiator.map((row) => ({ key: row.initiator, label: messages.enums.initiator[row.initiator], count: row.count })), overview.networkCount, t),
    'by-kind': breakdownTable('by-kind', t.byKind, t.kind, overview.memberOrganizationsByKind.map((row) => ({ key: row.kind, label: messages.enums.organizationKind[row.kind], count: row.count })), overview.memberOrganizationCount, t),
    'by-county': breakdownTable(
      'by-county',
      t.byCounty,
      t.county,
      overview.memberOrganizationsByCounty.map((row) => ({ key: row.countyCode ?? 'none', label: countyName(row.countyCode, locale) ?? t.noCounty, count: row.count })),
      overview.memberOrganizationCount,
      t,
    ),
    // A network has one area, but the areas are listed by count, the largest first.
    'by-area': breakdownTable(
      'by-area',
      t.byArea,
      t.area,
      [...overview.networksByArea].sort((a, b) => b.count - a.count || collator(locale).compare(areaName(a), areaName(b))).map((area) => ({ key: area.slug, label: areaName(area), count: area.count })),
      overview.networkCount,
      t,
    ),
  } satisfies Partial<Record<OverviewTable['id'], OverviewTable>>;
}

const networkPath = (locale: Locale, slug: string) => `/${locale}/networks/${encodeURIComponent(slug)}`;

export function profilesTable(profiles: readonly FactorProfile[], locale: Locale, messages: TableMessages): OverviewTable {
  const t = messages.overview;
  return {
    id: 'profiles',
    caption: t.profilesCaption,
    columns: [
      { key: 'network', label: t.network, kind: 'text' },
      { key: 'year', label: t.year, kind: 'year' },
      ...SUCCESS_FACTORS.map((factor) => ({ key: factor, label: messages.successFactors.names[factor], kind: 'score' as const, empty: t.notAssessed })),
      { key: 'mean', label: t.mean, kind: 'decimal' },
    ],
    footer: profiles.length === 0 ? [] : [{ key: 'mean', cells: { network: t.allNetworksMean, year: null, ...factorMeans(profiles), mean: null } }],
    rows: profiles.map((profile) => {
      const scores = SUCCESS_FACTORS.flatMap((factor) => (profile.scores[factor] === null ? [] : [profile.scores[factor]!]));
      return {
        key: profile.slug,
        href: dashboardPath(locale, profile.slug),
        cells: {
          network: profile.name,
          year: profile.year,
          ...profile.scores,
          mean: meanOf(scores),
        },
      };
    }),
  };
}

const meanOf = (values: readonly number[]) => (values.length > 0 ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null);

/** Each factor's mean over the networks' latest assessments that scored it, to one decimal. */
export function factorMeans(profiles: readonly FactorProfile[]): Record<(typeof SUCCESS_FACTORS)[number], number | null> {
  return Object.fromEntries(SUCCESS_FACTORS.map((factor) => [factor, meanOf(profiles.flatMap((p) => (p.scores[factor] === null ? [] : [p.scores[factor]!])))])) as Record<
    (typeof SUCCESS_FACTORS)[number],
    number | null
  >;
}

/** Needs that have reached each status nationally: at it or at a later one. */
export function nationalFunnel(figures: Pick<OverviewFigures, 'funnel'>): Array<{ status: FunnelStatus; now: number; reached: number }> {
  const now = FUNNEL_STATUSES.map((status) => figures.funnel.reduce((sum, area) => sum + area.now[status], 0));
  return FUNNEL_STATUSES.map((status, i) => ({ status, now: now[i]!, reached: now.slice(i).reduce((a, b) => a + b, 0) }));
}

export function funnelTable(figures: Pick<OverviewFigures, 'funnel'>, locale: Locale, messages: TableMessages): OverviewTable {
  const t = messages.overview;
  const areaName = (area: { nameSv: string; nameEn: string }) => (locale === 'sv' ? area.nameSv : area.nameEn);
  const national = nationalFunnel(figures);
  const archived = figures.funnel.reduce((sum, area) => sum + area.archived, 0);
  const inFunnel = national[0]?.reached ?? 0;
  return {
    id: 'funnel',
    caption: t.funnelCaption,
    columns: [
      { key: 'area', label: t.area, kind: 'text' },
      ...FUNNEL_STATUSES.map((status) => ({ key: status, label: messages.needEnums.status[status], kind: 'number' as const })),
      { key: 'inFunnel', label: t.inFunnel, kind: 'number' },
      { key: 'archived', label: t.archived, kind: 'number' },
    ],
    rows: figures.funnel.map((area) => ({
      key: area.slug,
      cells: { area: areaName(area), ...area.now, inFunnel: FUNNEL_STATUSES.reduce((sum, status) => sum + area.now[status], 0), archived: area.archived },
    })),
    footer: [
      { key: 'now', cells: { area: t.allAreasNow, ...Object.fromEntries(national.map((row) => [row.status, row.now])), inFunnel, archived } },
      { key: 'reached', cells: { area: t.allAreasReached, ...Object.fromEntries(national.map((row) => [row.status, row.reached])), inFunnel: null, archived: null } },
    ],
  };
}

/** Public needs nationally per step on the ladder (archived ones excepted). */
export function nationalSteps(figures: Pick<OverviewFigures, 'funnel'>): Array<{ step: StepKey; count: number }> {
  return STEP_KEYS.map((step) => ({ step, count: figures.funnel.reduce((sum, area) => sum + area.steps[step], 0) }));
}

export function stepsTable(figures: Pick<OverviewFigures, 'funnel'>, locale: Locale, messages: TableMessages): OverviewTable {
  const t = messages.overview;
  const areaName = (area: { nameSv: string; nameEn: string }) => (locale === 'sv' ? area.nameSv : area.nameEn);
  const stepLabel = (step: StepKey) => (step === 'UNPLACED' ? t.notPlaced : messages.needEnums.step[step]);
  const national = nationalSteps(figures);
  const sum = (steps: Record<StepKey, number>) => STEP_KEYS.reduce((total, step) => total + steps[step], 0);
  return {
    id: 'steps',
    caption: t.stepsCaption,
    columns: [
      { key: 'area', label: t.area, kind: 'text' },
      ...STEP_KEYS.map((step) => ({ key: step, label: stepLabel(step), kind: 'number' as const })),
      { key: 'inFunnel', label: t.inFunnel, kind: 'number' },
    ],
    rows: figures.funnel.map((area) => ({ key: area.slug, cells: { area: areaName(area), ...area.steps, inFunnel: sum(area.steps) } })),
    footer: [{ key: 'all', cells: { area: t.allAreas, ...Object.fromEntries(national.map((row) => [row.step, row.count])), inFunnel: national.reduce((total, row) => total + row.count, 0) } }],
  };
}

export function withoutFundingTable(figures: Pick<OverviewFigures, 'withoutFunding'>, locale: Locale, messages: TableMessages): OverviewTable {
  const t = messages.overview;
  return {
    id: 'without-funding',
    caption: t.withoutFundingCaption,
    columns: [
      { key: 'network', label: t.network, kind: 'text' },
      { key: 'status', label: t.status, kind: 'text' },
      { key: 'coveredUntil', label: t.coveredUntil, kind: 'date', empty: t.notCovered },
      { key: 'monthsLeft', label: t.monthsLeft, kind: 'number' },
      { key: 'appliedCount', label: t.appliedCount, kind: 'number' },
      { key: 'appliedAmount', label: t.appliedAmount, kind: 'kronor' },
    ],
    rows: figures.withoutFunding.map((row) => ({
      key: row.slug,
      href: dashboardPath(locale, row.slug),
      cells: {
        network: row.name,
        status: messages.enums.status[row.status],
        coveredUntil: row.coveredUntil,
        monthsLeft: row.monthsLeft,
        appliedCount: row.applied.count,
        appliedAmount: row.applied.amountSek,
      },
    })),
  };
}

export function quietTable(rows: readonly InactiveNetwork[], locale: Locale, messages: TableMessages): OverviewTable {
  const t = messages.overview;
  return {
    id: 'quiet',
    caption: t.inactiveCaption,
    columns: [
      { key: 'network', label: t.network, kind: 'text' },
      { key: 'status', label: t.status, kind: 'text' },
      { key: 'lastActivity', label: t.lastActivity, kind: 'date' },
      { key: 'memberOrganizations', label: t.memberOrganizations, kind: 'number' },
    ],
    rows: rows.map((row) => ({
      key: row.slug,
      href: networkPath(locale, row.slug),
      cells: { network: row.name, status: messages.enums.status[row.status], lastActivity: row.lastActivityAt, memberOrganizations: row.memberOrganizationCount },
    })),
  };
}

export function fundingEndingTable(rows: readonly FundingEnding[], locale: Locale, messages: TableMessages): OverviewTable {
  const t = messages.overview;
  return {
    id: 'funding-ending',
    caption: t.fundingCaption,
    columns: [
      { key: 'network', label: t.network, kind: 'text' },
      { key: 'funder', label: t.funder, kind: 'text' },
      { key: 'kind', label: t.fundingKind, kind: 'text' },
      { key: 'endDate', label: t.endDate, kind: 'date' },
    ],
    rows: rows.map((row) => ({
      key: `${row.networkSlug}-${row.funderName ?? ''}-${row.kind}-${row.periodEnd}`,
      href: networkPath(locale, row.networkSlug),
      cells: {
        network: row.networkName,
        funder: row.funderName ?? (row.kind === 'MEMBERSHIP_FEES' ? t.membershipFees : messages.enums.fundingKind[row.kind]),
        kind: messages.enums.fundingKind[row.kind],
        endDate: row.periodEnd,
      },
    })),
  };
}

export function resultsTable(figures: Pick<OverviewFigures, 'results'>, messages: TableMessages): OverviewTable {
  const t = messages.overview;
  return {
    id: 'results',
    caption: t.resultsCaption,
    columns: [
      { key: 'year', label: t.year, kind: 'year' },
      { key: 'advertised', label: t.advertised, kind: 'number' },
      { key: 'contracts', label: t.contracts, kind: 'number' },
      { key: 'contractValue', label: t.contractValue, kind: 'kronor' },
      { key: 'callOffs', label: t.callOffs, kind: 'number' },
      { key: 'callOffValue', label: t.callOffValue, kind: 'kronor' },
      { key: 'effects', label: t.effects, kind: 'number' },
    ],
    rows: figures.results.map((row) => ({
      key: String(row.year),
      cells: {
        year: row.year,
        advertised: row.advertised,
        contracts: row.contracts,
        contractValue: row.contractValueSek,
        callOffs: row.callOffs,
        callOffValue: row.callOffValueSek,
        effects: row.effects,
      },
    })),
  };
}

export function trendsTable(figures: Pick<OverviewFigures, 'trends'>, messages: TableMessages): OverviewTable {
  const t = messages.overview;
  return {
    id: 'trends',
    caption: t.trendsCaption,
    columns: [
      { key: 'year', label: t.year, kind: 'year' },
      { key: 'networksStarted', label: t.networksStarted, kind: 'number' },
      { key: 'networksEnded', label: t.networksEnded, kind: 'number' },
      { key: 'organizationsJoined', label: t.organizationsJoined, kind: 'number' },
      { key: 'organizationsAtYearEnd', label: t.organizationsAtYearEnd, kind: 'number' },
    ],
    rows: figures.trends.map((row) => ({ key: String(row.year), cells: { ...row } })),
  };
}
