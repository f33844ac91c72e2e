// The UI languages: Swedish first, English second. Every page lives under /{locale}/ with
// the same path segments in both languages.
export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';

export function isLocale(value: string | undefined | null): value is Locale {
  return LOCALES.includes(value as Locale);
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
