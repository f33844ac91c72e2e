// Pure rules about a network's funding: what span its periods cover, which funders' grants are
// always time-limited (the agency's report 2019:3, p. 35), and how kronor are read and shown.
import type { FundingKind, FundingPeriodStatus } from '@/generated/prisma/enums';

/** The longest note a funding period takes (the schema refuses more; the form counts to it). */
export const NOTE_MAX = 1000;

/** One funding period as pages and open data show it: ISO dates, whole kronor. */
export type FundingPeriodView = {
  periodStart: string | null;
  periodEnd: string | null;
  status: FundingPeriodStatus;
  /** Whole kronor, exact; null when the network has not told. */
  amountSek: number | null;
};

/**
 * The span a funder has funded the network: from the earliest start to the latest end of its
 * granted and ended periods (an application is not funding). The end is null while a granted
 * period has no end date. Open data's `periodStart` and `periodEnd` read this, as they did
 * when a funder had one period.
 */
export function fundedSpan(periods: readonly FundingPeriodView[]): { periodStart: string | null; periodEnd: string | null } {
  const funded = periods.filter((p) => p.status !== 'APPLIED');
  if (funded.length === 0) return { periodStart: null, periodEnd: null };
  const starts = funded.map((p) => p.periodStart).filter((d): d is string => d !== null);
  const ends = funded.map((p) => p.periodEnd);
  const periodStart = starts.length === funded.length ? [...starts].sort()[0]! : null;
  const periodEnd = ends.every((d): d is string => d !== null) ? [...ends].sort().at(-1)! : null;
  return { periodStart, periodEnd };
}

/**
 * Funders whose grants the report says are always time-limited: "Energimyndigheten, Vinnova
 * och EU" finance for a limited time only (p. 35). Matched on the organisation's slug and on
 * its name (EU programmes are seeded under several names).
 */
const TIME_LIMITED_SLUGS = new Set(['energimyndigheten', 'vinnova']);

export function isTimeLimitedFunder(funder: { slug: string | null; name: string | null }): boolean {
  if (funder.slug && TIME_LIMITED_SLUGS.has(funder.slug)) return true;
  const name = (funder.name ?? '').toLowerCase();
  return name.includes('energimyndigheten') || name.includes('vinnova') || /(^|\W)eu(\W|$)|europeiska unionen|europeiska kommissionen/.test(name);
}

/** Membership fees come from the members; base and project funding from an organisation; working time either. */
export function funderOrganizationRule(kind: FundingKind): 'none' | 'required' | 'optional' {
  if (kind === 'MEMBERSHIP_FEES') return 'none';
  if (kind === 'IN_KIND') return 'optional';
  return 'required';
}

/** The largest amount a period takes: below PostgreSQL's integer limit, far above any grant. */
export const MAX_AMOUNT_SEK = 2_000_000_000;

/**
 * Reads an amount in kronor as people write it: "1 234 567", "1234567", "1 234 567 kr",
 * with ordinary or non-breaking spaces. Whole kronor only: "12,50" or "1.5" is not an amount
 * here (a period's funding is stated in kronor). Null for an empty field; NaN for anything else.
 */
export function parseKronor(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr\.?$|sek$/i, '');
  if (cleaned === '') return null;
  if (!/^\d+$/.test(cleaned)) return Number.NaN;
  const value = Number(cleaned);
  return Number.isSafeInteger(value) ? value : Number.NaN;
}

/** An amount in whole kronor, grouped the Swedish way ("1 234 567 kr") or the English ("SEK 1,234,567"). */
export function formatKronor(amount: number, locale: 'sv' | 'en'): string {
  return new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(amount);
}
