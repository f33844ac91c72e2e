// For the network's public page: the next public meetings, this year's plan against the
// charter, and a link to all meetings.
import Link from 'next/link';

import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { formatMeetingTime, stockholmYear } from '@/i18n/stockholm-time';

import { getYearPlan, listUpcomingPublicMeetings } from '../meeting-queries';
import { yearPlanSentence } from './meeting-list';
import { meetingPath, meetingsPath } from '../meeting-paths';

export async function MeetingPlanSection({ locale, networkId, slug, contentLocale }: { locale: Locale; networkId: string; slug: string; contentLocale: Locale }) {
  const messages = getMessages(locale);
  const t = messages.meetings;
  const year = stockholmYear(new Date());
  const written = contentLang(contentLocale, locale);
  const [upcoming, plan] = await Promise.all([listUpcomingPublicMeetings(networkId), getYearPlan(networkId, year)]);
  return (
    <section aria-labelledby="network-meetings" className="space-y-3">
      <h2 id="network-meetings" className="text-2xl font-semibold">
        {t.planSection.heading}
      </h2>
      <p>
        <strong>{t.yearPlanHeading(year)}:</strong> {yearPlanSentence(plan, locale)}
      </p>
      <h3 className="text-lg font-semibold">{t.planSection.upcoming}</h3>
      {upcoming.length === 0 ? (
        <p>{t.planSection.none}</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {upcoming.map((meeting) => (
            <li key={meeting.id} className="py-2">
              <Link href={meetingPath(locale, slug, meeting.id)} className="font-semibold text-brand-700 underline" lang={written}>
                {meeting.title}
              </Link>
              {meeting.status === 'CANCELLED' && <strong className="ml-2 text-red-800">{t.status.CANCELLED}</strong>}
              <span className="block">{formatMeetingTime(meeting.startsAt, meeting.endsAt, locale)}</span>
              <span className="block text-sm text-slate-700">
                {t.format[meeting.format]}
                {meeting.place && (
                  <>
                    , <span lang={written}>{meeting.place}</span>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={meetingsPath(locale, slug)} className="font-semibold text-brand-700 underline">
          {t.planSection.allMeetings}
        </Link>
      </p>
    </section>
  );
}
