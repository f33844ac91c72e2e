// The addresses of a network's dashboard and its success-factor forms (plain, for links and redirects).
import type { Locale } from '@/i18n/locales';

export const dashboardPath = (locale: Locale, slug: string) => `/${locale}/networks/${encodeURIComponent(slug)}/dashboard`;

/** The coordinators' assessment of the year, and a member's own view. */
export const assessmentPath = (locale: Locale, slug: string, scope: 'secretariat' | 'member') =>
  `${dashboardPath(locale, slug)}/${scope === 'secretariat' ? 'assessment' : 'my-view'}`;
