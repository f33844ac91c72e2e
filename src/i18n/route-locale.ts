import { notFound } from 'next/navigation';

import { isLocale, type Locale } from './locales';

/** The locale segment of a route, or a 404 for anything that is not a UI language. */
export async function routeLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
