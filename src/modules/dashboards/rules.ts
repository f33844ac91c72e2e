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
