// The addresses of a network's pages, for links and redirects (plain, so client components use them too).
import type { Locale } from '@/i18n/locales';

export const networkPath = (locale: Locale, slug: string) => `/${locale}/networks/${encodeURIComponent(slug)}`;

export const startNetworkPath = (locale: Locale) => `/${locale}/networks/new`;

/** The tabs of a network's pages, each the start of its section. */
export type NetworkSection = 'meetings' | 'needs' | 'decisions' | 'dialogues' | 'dashboard' | 'manage' | 'first-coordinator';

export const networkSectionPath = (locale: Locale, slug: string, section: NetworkSection) => `${networkPath(locale, slug)}/${section}`;
