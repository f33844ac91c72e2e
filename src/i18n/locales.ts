// The UI languages: Swedish first, English second. Every page lives under /{locale}/ with
// the same path segments in both languages.
export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';

export function isLocale(value: string | undefined | null): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** A language read from the database (User.locale, Network.contentLocale), which a check keeps to the two. */
export function storedLocale(value: string): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The same page in another language: replaces the leading locale segment of a path. */
export function switchLocaleInPath(pathWithQuery: string, target: Locale): string {
  const [pathname = '/', query] = pathWithQuery.split(/\?(.*)/s, 2);
  const segments = pathname.split('/');
  if (isLocale(segments[1])) segments[1] = target;
  else segments.splice(1, 0, target);
  const path = segments.join('/').replace(/\/$/, '') || `/${target}`;
  return query ? `${path}?${query}` : path;
}

/** Strips the locale prefix, for comparing paths across languages. */
export function pathWithoutLocale(pathname: string): string {
  const segments = pathname.split('/');
  return isLocale(segments[1]) ? `/${segments.slice(2).join('/')}` : pathname;
}

/**
 * The lang attribute for a text written in one language on a page in another (WCAG 3.1.2), so a
 * screen reader reads a Swedish description on an English page with Swedish pronunciation;
 * undefined when they are the same and the page's own lang applies. What a network's people
 * write (needs, meetings, minutes, decisions...) is in the network's language,
 * Network.contentLocale, which the pages carry as `contentLocale`.
 */
export function contentLang(written: Locale, page: Locale): Locale | undefined {
  return written === page ? undefined : written;
}

/** A text kept in both languages, in the page's language when it has one, else in the other, with the language it is in. */
export function inPageLanguage(texts: Record<Locale, string>, page: Locale): { text: string; lang: Locale } {
  if (texts[page]) return { text: texts[page], lang: page };
  const other = LOCALES.find((locale) => locale !== page && texts[locale]) ?? page;
  return { text: texts[other], lang: other };
}
