// Intl formatters for each language, created once and reused. Creating one costs tens of
// microseconds (far more than formatting with it), so a new formatter per table cell made a
// long table the largest part of a page's server render (the national overview at 10,000
// networks: about 60 ms of CPU per request).
import type { Locale } from './locales';

/** The BCP 47 tag Intl uses for each of Trappan's languages. */
export const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const collators = new Map<Locale, Intl.Collator>();

// A call site passes its options as a literal, so the same options give the same key.
export function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALE[locale], options)));
  return format;
}

export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[locale], options)));
  return format;
}

/** Alphabetical order as readers of the language expect (å, ä, ö after z in Swedish). */
export function collator(locale: Locale): Intl.Collator {
  let found = collators.get(locale);
  if (!found) collators.set(locale, (found = new Intl.Collator(INTL_LOCALE[locale])));
  return found;
}
