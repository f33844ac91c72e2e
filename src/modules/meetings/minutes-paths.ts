// Where a meeting's minutes and the network's decision log are read: paths shared by the pages
// and the network page's sections, kept apart so a link does not load the minutes' forms.
import type { Locale } from '@/i18n/locales';

export const minutesPath = (locale: Locale, slug: string, meetingId: string) => `/${locale}/networks/${encodeURIComponent(slug)}/meetings/${encodeURIComponent(meetingId)}/minutes`;

export const decisionLogPath = (locale: Locale, slug: string) => `/${locale}/networks/${encodeURIComponent(slug)}/decisions`;
