// The day something was stated, handed over or acknowledged, as people in Sweden read it:
// the calendar date in Stockholm ("26 november 2026"), whatever the server's time zone.
import { dateTimeFormat } from '@/i18n/intl-formats';
import type { Locale } from '@/i18n/locales';
import { MEETING_TIME_ZONE } from '@/modules/meetings/meeting-time';

export function formatStockholmDay(instant: Date, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: MEETING_TIME_ZONE }).format(instant);
}
