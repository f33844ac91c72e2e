// The addresses of a network's needs pages, for links from any page (server or client).
import type { Locale } from '@/i18n/locales';

export const needsPath = (locale: Locale, slug: string) => `/${locale}/networks/${encodeURIComponent(slug)}/needs`;
export const needPath = (locale: Locale, slug: string, needId: string) => `${needsPath(locale, slug)}/${encodeURIComponent(needId)}`;

/** The id of the form on a need's page where an invited organisation answers, for links straight to it. */
export const SHARING_INVITATION_ANCHOR = 'sharing-invitation';
