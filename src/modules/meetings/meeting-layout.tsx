// The frame of a meeting's pages (under the network's tabs): the meeting's title, its time in
// Swedish time with the zone, and tabs as plain links to the overview, the agenda and the minutes.
import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { formatMeetingTime } from '@/i18n/stockholm-time';
import { NavLink } from '@/ui/nav-link';

import { meetingPath } from './meeting-paths';
import { getMeetingForViewer } from './meeting-access';

export async function meetingPageTitle(slug: string, meetingId: string): Promise<string> {
  const { meeting, network } = await getMeetingForViewer(slug, meetingId);
  return `${meeting.title} – ${network.name}`;
}

export async function MeetingLayout({ locale, slug, meetingId, children }: { locale: Locale; slug: string; meetingId: string; children: React.ReactNode }) {
  const { network, meeting } = await getMeetingForViewer(slug, meetingId);
  const t = getMessages(locale).meetings;
  const base = meetingPath(locale, network.slug, meeting.id);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold" lang={contentLang(network.contentLocale, locale)}>
          {meeting.title}
        </h1>
        <p className="mt-2 text-lg">
          {formatMeetingTime(meeting.startsAt, meeting.endsAt, locale)} · {t.format[meeting.format]}
        </p>
        {meeting.status === 'CANCELLED' && <p className="mt-2 inline-block rounded bg-red-50 px-3 py-1 font-semibold text-red-900 ring-1 ring-red-700/30">{t.cancelledNotice}</p>}
      </div>
      <nav aria-label={t.tabs.label} className="border-b border-slate-300">
        <ul className="flex flex-wrap gap-x-6 gap-y-2 pb-3">
          <li>
            <NavLink href={base} exact>
              {t.tabs.overview}
            </NavLink>
          </li>
          <li>
            <NavLink href={`${base}/agenda`}>{t.tabs.agenda}</NavLink>
          </li>
          <li>
            <NavLink href={`${base}/minutes`}>{t.tabs.minutes}</NavLink>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
