// Dates and numbers shown the way each language writes them.
import { dateTimeFormat, numberFormat } from '@/i18n/intl-formats';
import type { Locale } from '@/i18n/locales';

/** Formats an ISO date (YYYY-MM-DD) as a calendar date, independent of the server's time zone. */
export function formatDate(isoDate: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}
