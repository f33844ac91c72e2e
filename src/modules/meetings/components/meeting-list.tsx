// A list of meetings as a table: the title linking to the meeting, the time in Swedish time
// with the zone, the format and whether it is cancelled or for members only.
import Link from 'next/link';

import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { formatMeetingTime } from '@/i18n/stockholm-time';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';

import { meetingPath } from '../meeting-paths';
import type { MeetingListItem } from '../meeting-queries';
import type { YearPlan } from '../meeting-rules';

export const networkFeedPath = (slug: string) => `/api/v1/networks/${encodeURIComponent(slug)}/meetings.ics`;

/** "3 av 4 planerade fysiska möten hållna eller inplanerade". */
export function yearPlanSentence(plan: YearPlan, locale: Locale): string {
  const t = getMessages(locale).meetings;
  return plan.planned === null ? t.yearPlanNoCharter(plan.held) : t.yearPlan(plan.held, plan.planned);
}

export function MeetingList({
  locale,
  slug,
  meetings,
  caption,
  labelledBy,
  contentLocale,
  past = false,
}: {
  locale: Locale;
  slug: string;
  /** The network's language: the titles and places are written in it. */
  contentLocale: Locale;
  meetings: MeetingListItem[];
  caption: string;
  labelledBy: string;
  /** Past meetings that were not cancelled are shown as held. */
  past?: boolean;
}) {
  const t = getMessages(locale).meetings;
  const written = contentLang(contentLocale, locale);
  return (
    <DataTable
      caption={caption}
      labelledBy={labelledBy}
      minWidth="min-w-[40rem]"
      className="mt-3"
      columns={[{ label: t.columns.title }, { label: t.columns.time }, { label: t.columns.format }, { label: t.columns.status }]}
    >
      {meetings.map((meeting) => (
        <tr key={meeting.id} className={rowClass}>
          <th scope="row" className={`${cellClass} text-left font-normal`}>
            <Link href={meetingPath(locale, slug, meeting.id)} className={`font-semibold text-brand-700 underline ${meeting.status === 'CANCELLED' ? 'line-through' : ''}`}
              lang={written}
            >
              {meeting.title}
            </Link>
            {!meeting.isPublic && <span className="block text-sm text-slate-700">{t.membersOnly}</span>}
          </th>
          <td className={cellClass}>{formatMeetingTime(meeting.startsAt, meeting.endsAt, locale)}</td>
          <td className={cellClass}>
            {t.format[meeting.format]}
            {meeting.place && (
              <span className="block text-sm text-slate-700" lang={written}>
                {meeting.place}
              </span>
            )}
          </td>
          <td className={lastCellClass}>{meeting.status === 'CANCELLED' ? <strong className="text-red-800">{t.status.CANCELLED}</strong> : past ? t.held : t.status.PLANNED}</td>
        </tr>
      ))}
    </DataTable>
  );
}
