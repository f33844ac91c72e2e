// The addresses of a network's meetings (plain, so any page or client component links to them).
import type { Locale } from '@/i18n/locales';

export const meetingsPath = (locale: Locale, slug: string) => `/${locale}/networks/${encodeURIComponent(slug)}/meetings`;
export const meetingPath = (locale: Locale, slug: string, meetingId: string) => `${meetingsPath(locale, slug)}/${encodeURIComponent(meetingId)}`;
