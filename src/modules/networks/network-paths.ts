// The addresses of a network's pages, for links and redirects (plain, so client components use them too).
import type { Locale } from '@/i18n/locales';

export const networkPath = (locale: Locale, slug: string) => `/${locale}/networks/${encodeURIComponent(slug)}`;

export const startNetworkPath = (locale: Locale) => `/${locale}/networks/new`;
