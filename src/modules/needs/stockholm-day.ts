// The day something was stated, handed over or acknowledged, as people in Sweden read it:
// the calendar date in Stockholm ("26 november 2026"), whatever the server's time zone.
import type { Locale } from '@/i18n/locales';
import { MEETING_TIME_ZONE } from '@/modules/meetings/meeting-time';

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatStockholmDay(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: MEETING_TIME_ZONE }).format(instant);
}
