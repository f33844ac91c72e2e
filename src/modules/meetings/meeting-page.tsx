// A meeting's overview (inside the frame of meeting-layout.tsx): the details everyone may
// see; for the network's participants the link, their answer and everybody's answers; for the
// secretariat the attendance sheet, "change" and "cancel".
import Link from 'next/link';

import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { formatStockholmInstant, toStockholmTimeInput } from '@/i18n/stockholm-time';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { db } from '@/server/db/client';
import { DoneNotice } from '@/ui/done-notice';
import { secondaryLinkButtonClass } from '@/ui/form-classes';

import { AttendanceForm } from './components/attendance-form';
import { CancelMeetingForm } from './components/cancel-meeting-form';
import { meetingPath } from './meeting-paths';
import { RegistrationForm } from './components/registration-form';
import { getMeetingForViewer } from './meeting-access';
import { hasLink, hasRoom } from './meeting-fields';
import { getAttendanceSheet, getMeetingParticipation } from './meeting-queries';
import { placesLeft, registrationBlock } from './meeting-rules';

/** `done`: the page was opened after the meeting was planned (?done=planned), so it confirms that first. */
export async function MeetingPage({ locale, slug, meetingId, done }: { locale: Locale; slug: string; meetingId: string; done?: string }) {
  const { network, viewer, meeting } = await getMeetingForViewer(slug, meetingId);
  const messages = getMessages(locale);
  const t = messages.meetings;
  const insider = viewer.mayParticipate || viewer.mayManage;
  const now = new Date();
  const [participation, sheet, minutes] = await Promise.all([
    getMeetingParticipation(meeting.id, viewer.user?.id ?? null, insider),
    viewer.mayManage ? getAttendanceSheet(network.id, meeting.id) : Promise.resolve([]),
    // Approved minutes keep the attendance as it was (approved-minutes.ts): no form then.
    viewer.mayManage ? db().minutes.findUnique({ where: { meetingId: meeting.id }, select: { status: true } }) : Promise.resolve(null),
  ]);
  const left = placesLeft(meeting, participation.counts.YES);
  // Whether the viewer may still answer at all (a full room still takes maybe and no).
  const closed = registrationBlock(meeting, null, 0, now);
  const started = meeting.startsAt <= now;
  const recorded = sheet.filter((row) => row.recorded);

  return (
    <div className="space-y-10">
      {done === 'planned' && (
        <div className="max-w-3xl">
          <DoneNotice message={t.done.planned(meeting.title)} />
        </div>
      )}
      <section aria-labelledby="meeting-details" className="max-w-3xl">
        <h2 id="meeting-details" className="text-2xl font-semibold">
          {t.details.heading}
        </h2>
        <dl className="mt-3 grid gap-x-8 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t.details.format}</dt>
          <dd>{t.format[meeting.format]}</dd>
          {hasRoom(meeting.format) && meeting.place && (
            <>
              <dt className="font-semibold">{t.details.place}</dt>
              <dd lang={contentLang(network.contentLocale, locale)}>{meeting.place}</dd>
            </>
          )}
          {hasLink(meeting.format) && meeting.onlineUrl && (
            <>
              <dt className="font-semibold">{t.details.link}</dt>
              <dd>
                {insider ? (
                  <a href={meeting.onlineUrl} className="break-all text-brand-700 underline">
                    {meeting.onlineUrl}
                  </a>
                ) : (
                  t.details.linkForMembers
                )}
              </dd>
            </>
          )}
          {meeting.registrationDeadline && (
            <>
              <dt className="font-semibold">{t.details.deadline}</dt>
              <dd>{formatStockholmInstant(meeting.registrationDeadline, locale)}</dd>
            </>
          )}
          {left !== null && meeting.capacity !== null && (
            <>
              <dt className="font-semibold">{t.details.capacity}</dt>
              <dd>{started ? t.details.places(meeting.capacity) : t.details.placesLeft(left, meeting.capacity)}</dd>
            </>
          )}
          <dt className="font-semibold">{t.details.visibility}</dt>
          <dd>{meeting.isPublic ? t.details.public : t.details.notPublic}</dd>
        </dl>
        {meeting.description && (
          <>
            <h3 className="mt-4 font-semibold">{t.details.description}</h3>
            <p className="mt-1 whitespace-pre-line" lang={contentLang(network.contentLocale, locale)}>
              {meeting.description}
            </p>
          </>
        )}
        {!viewer.user && <p className="mt-4">{t.signInForMore}</p>}
      </section>

      {viewer.mayParticipate && (
        <section aria-labelledby="meeting-registration" className="max-w-3xl space-y-3">
          <h2 id="meeting-registration" className="text-2xl font-semibold">
            {t.registration.heading}
          </h2>
          <p>{participation.myAnswer ? t.registration.current(t.registration.answers[participation.myAnswer].toLowerCase()) : t.registration.none}</p>
          {closed ? (
            <p className="font-medium">{t.registration.closedBecause[closed]}</p>
          ) : (
            <>
              {meeting.registrationDeadline && <p className="text-slate-700">{t.registration.deadline(formatStockholmInstant(meeting.registrationDeadline, locale))}</p>}
              {left === 0 && participation.myAnswer !== 'YES' && <p className="font-medium">{t.registration.closedBecause.meetingFull}</p>}
              <RegistrationForm locale={locale} messages={pickMessages(locale, 'meetings', 'input')} meetingId={meeting.id} answer={participation.myAnswer} />
            </>
          )}
        </section>
      )}

      {insider && (
        <section>
          <h2 id="meeting-registrations" className="text-2xl font-semibold">
            {t.registrations.heading}
          </h2>
          {participation.registrations.length === 0 ? (
            <p className="mt-3">{t.registrations.empty}</p>
          ) : (
            <>
              <p className="mt-2">{t.registrations.counts(participation.counts.YES, participation.counts.MAYBE, participation.counts.NO)}</p>
              <DataTable
                caption={t.registrations.caption}
                labelledBy="meeting-registrations"
                minWidth="min-w-[30rem]"
                className="mt-3"
                columns={[{ label: t.registrations.columns.name }, { label: t.registrations.columns.organization }, { label: t.registrations.columns.answer }]}
              >
                {participation.registrations.map((row) => (
                  <tr key={row.userId} className={rowClass}>
                    <th scope="row" className={`${cellClass} text-left font-normal`}>
                      {row.name}
                    </th>
                    <td className={cellClass}>{row.organization ?? '–'}</td>
                    <td className={lastCellClass}>{t.registration.answers[row.answer]}</td>
                  </tr>
                ))}
              </DataTable>
            </>
          )}
        </section>
      )}

      {viewer.mayManage && (
        <section className="space-y-3">
          <h2 id="meeting-attendance" className="text-2xl font-semibold">
            {t.attendance.heading}
          </h2>
          {meeting.status === 'CANCELLED' ? (
            <p>{t.attendance.cancelled}</p>
          ) : !started ? (
            <p>{t.attendance.notStarted}</p>
          ) : sheet.length === 0 ? (
            <p>{t.attendance.noMembers}</p>
          ) : (
            <>
              <p className="max-w-3xl text-slate-700">{t.attendance.lead}</p>
              <p className="font-medium">
                {recorded.length === 0 ? t.attendance.noneRecorded : t.attendance.summary(recorded.length, recorded.filter((row) => row.hasVote).length)}
              </p>
              {minutes?.status === 'APPROVED' ? (
                <p>{t.attendance.locked}</p>
              ) : (
              <AttendanceForm
                locale={locale}
                messages={pickMessages(locale, 'meetings', 'enums')}
                meetingId={meeting.id}
                headingId="meeting-attendance"
                rows={sheet.map((row) => ({
                  userId: row.userId,
                  name: row.name,
                  organization: row.organization,
                  role: row.role,
                  hasVote: row.hasVote,
                  activeMember: row.activeMember,
                  present: Boolean(row.recorded),
                  arrived: toStockholmTimeInput(row.recorded?.arrivedAt ?? meeting.startsAt),
                  left: row.recorded?.leftAt ? toStockholmTimeInput(row.recorded.leftAt) : '',
                }))}
              />
              )}
            </>
          )}
        </section>
      )}

      {viewer.mayManage && meeting.status !== 'CANCELLED' && (
        <section aria-labelledby="meeting-manage" className="max-w-3xl space-y-4 rounded border border-slate-300 p-4">
          <h2 id="meeting-manage" className="text-xl font-semibold">
            {t.editTitle}
          </h2>
          <Link href={`${meetingPath(locale, network.slug, meeting.id)}/edit`} className={secondaryLinkButtonClass}>
            {t.editLink}
          </Link>
          <h3 className="pt-2 text-lg font-semibold">{t.cancel.heading}</h3>
          <CancelMeetingForm locale={locale} messages={pickMessages(locale, 'meetings', 'input')} meetingId={meeting.id} />
        </section>
      )}
    </div>
  );
}
