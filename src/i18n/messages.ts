import type { Locale } from './locales';
import { en } from './messages/en';
import { sv, type Messages } from './messages/sv';

export type { Messages };

const byLocale: Record<Locale, Messages> = { sv, en };

export function getMessages(locale: Locale): Messages {
  return byLocale[locale];
}
