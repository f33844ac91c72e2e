// Pure rules of the national overview: who sees the agency-only figures, and the calendar
// arithmetic behind "the next six months" and "the last twelve months".
import type { CurrentUser } from '@/server/auth/current-user';

/** Whoever asks for the overview: a signed-in person's platform role, or nobody. */
export type OverviewViewer = Pick<CurrentUser, 'platformRole'> | null;

/** Agency staff and administrators follow up networks that have gone quiet; nobody else. */
export function canSeeAgencyOverview(viewer: OverviewViewer): boolean {
  return viewer?.platformRole === 'AGENCY_STAFF' || viewer?.platformRole === 'ADMIN';
}

/** The calendar date in Sweden at a moment, as YYYY-MM-DD (a funding period ends on a Swedish date). */
export function swedishDate(moment: Date): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}

/** A YYYY-MM-DD date some months later (or earlier), on the last day of the month when the day does not exist (31 August + 6 months = 28/29 February). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The share of a total as a whole percentage for display; 0 when there is no total. */
export function percentOf(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

/**
 * Whole percentages for rows that split a total between them (networks by status, member
 * organisations by county), adding up to exactly 100: each row gets its share rounded down,
 * and the points left go to the rows that lost most in rounding (largest remainder). Rounding
 * each row on its own can show 101 %. Rows that do not split the total (a network in several
 * areas is counted in each) are rounded one by one.
 */
export function sharesOf(counts: readonly number[], total: number): number[] {
  if (total <= 0) return counts.map(() => 0);
  const sum = counts.reduce((a, b) => a + b, 0);
  if (sum !== total) return counts.map((count) => percentOf(count, total));
  const exact = counts.map((count) => (count / total) * 100);
  const shares = exact.map(Math.floor);
  let left = 100 - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    shares[index]! += 1;
    left -= 1;
  }
  return shares;
}
