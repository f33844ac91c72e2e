// The secretariat changes a meeting (inside the meeting's frame, see meeting-layout.tsx).
import { notFound, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { toStockholmInput } from '@/i18n/stockholm-time';

import { MeetingForm, type MeetingFormValues } from './components/meeting-form';
import { meetingPath, meetingsPath } from './meeting-paths';
import { getMeetingForViewer } from './meeting-access';

export async function editMeetingPageTitle(locale: Locale, slug: string, meetingId: string): Promise<string> {
  const { meeting, network } = await getMeetingForViewer(slug, meetingId);
  return `${getMessages(locale).meetings.editTitle}: ${meeting.title} – ${network.name}`;
}

export async function EditMeetingPage({ locale, slug, meetingId }: { locale: Locale; slug: string; meetingId: string }) {
  const { network, viewer, meeting } = await getMeetingForViewer(slug, meetingId);
  if (!viewer.user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`${meetingPath(locale, network.slug, meeting.id)}/edit`)}`);
  if (!viewer.mayManage) notFound();
  const t = getMessages(locale).meetings;
  const initial: MeetingFormValues = {
    title: meeting.title,
    description: meeting.description,
    startsAt: toStockholmInput(meeting.startsAt),
    endsAt: toStockholmInput(meeting.endsAt),
    format: meeting.format,
    place: meeting.place ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    registrationDeadline: meeting.registrationDeadline ? toStockholmInput(meeting.registrationDeadline) : '',
    capacity: meeting.capacity === null ? '' : String(meeting.capacity),
    isPublic: meeting.isPublic ? 'on' : '',
  };
  return (
    <section aria-labelledby="edit-meeting" className="max-w-3xl space-y-4">
      <h2 id="edit-meeting" className="text-2xl font-semibold">
        {t.editTitle}
      </h2>
      {meeting.status === 'CANCELLED' ? (
        <p>{t.cancelledCannotEdit}</p>
      ) : (
        <>
          <p className="text-slate-700">{t.editLead}</p>
          <MeetingForm locale={locale} messages={pickMessages(locale, 'meetings', 'input')} target={{ meetingId: meeting.id }} initial={initial} meetingsPath={meetingsPath(locale, network.slug)} />
        </>
      )}
    </section>
  );
}
