// How long a network's granted funding lasts, from its funding periods (pure, on Swedish
// dates YYYY-MM-DD): the report names financing as one of the five success factors (pp. 6,
// 32-33), and a network whose money ends without a successor stops. Only GRANTED periods pay;
// APPLIED ones are hoped for and shown apart; ENDED ones are history. A period without a start
// has started; one without an end is open-ended (base funding "until further notice").
import type { FundingKind, FundingPeriodStatus } from '@/generated/prisma/enums';

import { addMonths } from './rules';

export type RunwayPeriod = {
  status: FundingPeriodStatus;
  kind: FundingKind;
  /** YYYY-MM-DD, or null: started before anyone recorded it. */
  periodStart: string | null;
  /** YYYY-MM-DD (the last day paid), or null: open-ended. */
  periodEnd: string | null;
  amountSek: number | null;
};

export type FundingRunway = {
  /**
   * The last day that granted funding covers without a gap from today: null when nothing
   * granted covers today, 'open' when the covering periods include one without an end.
   */
  coveredUntil: string | 'open' | null;
  /** Whole months from today to coveredUntil (0 when not covered; null when open-ended). */
  monthsLeft: number | null;
  /** No granted funding covers every day of the next six months. */
  warning: boolean;
  /** Granted periods that end within six and within twelve months from today. */
  endingWithin6: number;
  endingWithin12: number;
  /** Applied-for periods not yet decided, and the kronor they ask for (periods without an amount add nothing). */
  applied: { count: number; amountSek: number };
  /** The kronor of granted periods that are current or to come, by kind of funding. */
  grantedByKind: Array<{ kind: FundingKind; amountSek: number }>;
};

const DAY = 24 * 60 * 60 * 1000;
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

/** Whole calendar months from `from` to `to` (both YYYY-MM-DD), never negative. */
export function wholeMonthsBetween(from: string, to: string): number {
  let months = 0;
  while (months < 12 * 200 && addMonths(from, months + 1) <= nextDay(to)) months += 1;
  return months;
}

/**
 * The end of the run of granted periods that covers `today`: periods that overlap or follow
 * each other without a day between are one run (a grant renewed from the day after the last).
 */
function coverageFrom(today: string, periods: readonly RunwayPeriod[]): string | 'open' | null {
  const granted = periods
    .filter((p) => p.status === 'GRANTED' && (p.periodEnd === null || p.periodEnd >= today))
    .map((p) => ({ start: p.periodStart ?? '0000-01-01', end: p.periodEnd }))
    .sort((a, b) => a.start.localeCompare(b.start));
  let until: string | null = null;
  for (const period of granted) {
    const reaches = until === null ? period.start <= today : period.start <= nextDay(until);
    if (!reaches) {
      if (until === null) continue; // starts later than today: not yet paying.
      break; // a gap after the run.
    }
    if (period.end === null) return 'open';
    if (until === null || period.end > until) until = period.end;
  }
  return until;
}

export function fundingRunway(periods: readonly RunwayPeriod[], today: string): FundingRunway {
  const coveredUntil = coverageFrom(today, periods);
  const in6 = addMonths(today, 6);
  const in12 = addMonths(today, 12);
  const granted = periods.filter((p) => p.status === 'GRANTED');
  const ending = (limit: string) => granted.filter((p) => p.periodEnd !== null && p.periodEnd >= today && p.periodEnd < limit).length;
  const applied = periods.filter((p) => p.status === 'APPLIED');
  const byKind = new Map<FundingKind, number>();
  for (const p of granted) {
    if (p.periodEnd !== null && p.periodEnd < today) continue;
    byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + (p.amountSek ?? 0));
  }
  return {
    coveredUntil,
    monthsLeft: coveredUntil === 'open' ? null : coveredUntil === null ? 0 : wholeMonthsBetween(today, coveredUntil),
    // Covered through the day before the same date six months on.
    warning: coveredUntil === null || (coveredUntil !== 'open' && nextDay(coveredUntil) < in6),
    endingWithin6: ending(in6),
    endingWithin12: ending(in12),
    applied: { count: applied.length, amountSek: applied.reduce((sum, p) => sum + (p.amountSek ?? 0), 0) },
    grantedByKind: [...byKind].map(([kind, amountSek]) => ({ kind, amountSek })),
  };
}
