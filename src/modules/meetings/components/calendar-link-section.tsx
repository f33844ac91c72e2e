// The calendar-link part of /me: whether the person has a personal calendar link, and the
// form that creates or replaces it (the link itself is shown only once, when created).
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { formatStockholmInstant } from '@/i18n/stockholm-time';

import { getMyCalendarLinkDate } from '../meeting-queries';
import { CalendarLinkForm } from './calendar-link-form';

export async function CalendarLinkSection({ locale, userId }: { locale: Locale; userId: string }) {
  const t = getMessages(locale).meetings.calendarLink;
  const createdAt = await getMyCalendarLinkDate(userId);
  return (
    <section aria-labelledby="calendar-link-heading" className="space-y-3">
      <h2 id="calendar-link-heading" className="text-2xl font-semibold">
        {t.heading}
      </h2>
      <p className="max-w-3xl text-slate-700">{t.lead}</p>
      <p>{createdAt ? t.has(formatStockholmInstant(createdAt, locale)) : t.none}</p>
      <CalendarLinkForm locale={locale} messages={pickMessages(locale, 'meetings')} hasLink={Boolean(createdAt)} />
    </section>
  );
}
