// Picks the UI language for a visitor who arrives without one in the URL: Swedish unless
// the browser prefers English over Swedish.
import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';

import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage } })
    .languages()
    .filter((tag) => tag !== '*');
  if (requested.length === 0) return DEFAULT_LOCALE;
  try {
    return match(requested, [...LOCALES], DEFAULT_LOCALE) as Locale;
  } catch {
    // A malformed language tag must not break the front page.
    return DEFAULT_LOCALE;
  }
}
