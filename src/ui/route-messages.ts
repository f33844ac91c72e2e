'use client';

import { useParams } from 'next/navigation';

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';

/** For the 404 and error pages, which do not receive route params as props. */
export function useRouteMessages(): { locale: Locale; t: Messages } {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params?.locale) ? params.locale : DEFAULT_LOCALE;
  return { locale, t: getMessages(locale) };
}
