// The iCalendar feeds (RFC 5545), written by ical-generator (docs/decisions/0008). Pure: the
// routes load the meetings and pass the request's origin, so every event links back to its
// meeting page. Times are UTC instants (DTSTART:...Z): every calendar shows them in the
// reader's own zone, and no VTIMEZONE block has to be kept up to date. DTSTAMP is the
// meeting's last change, so the same meetings always give the same file (and ETag).
import ical, { ICalEventStatus } from 'ical-generator';

import type { MeetingFormat, MeetingStatus } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';

import { hasLink, hasRoom } from './meeting-fields';

export type FeedMeeting = {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  format: MeetingFormat;
  place: string | null;
  onlineUrl: string | null;
  status: MeetingStatus;
  sequence: number;
  updatedAt: Date;
  network: { slug: string; name: string };
};

/**
 * An event another domain adds to a person's calendar (a market dialogue's deadlines): the
 * route composes them, since meetings know no other domain. Its texts are already in the
 * feed's language.
 */
export type CalendarEvent = {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  url: string;
  location?: string | null;
  stamp: Date;
  cancelled?: boolean;
};

/** The stable UID of a meeting's event: the same in every feed, for as long as it exists. */
export const meetingUid = (meetingId: string) => `meeting-${meetingId}@trappan`;

export function meetingPageUrl(origin: string, locale: Locale, slug: string, meetingId: string): string {
  return `${origin}/${locale}/networks/${encodeURIComponent(slug)}/meetings/${encodeURIComponent(meetingId)}`;
}

export function buildMeetingCalendar(options: { name: string; meetings: readonly FeedMeeting[]; origin: string; locale: Locale; events?: readonly CalendarEvent[] }): string {
  const t = getMessages(options.locale).meetings.feed;
  const calendar = ical({ name: options.name, prodId: { company: 'Trappan', product: 'Trappan', language: options.locale.toUpperCase() } });
  for (const meeting of options.meetings) {
    const url = meetingPageUrl(options.origin, options.locale, meeting.network.slug, meeting.id);
    const location = [hasRoom(meeting.format) ? meeting.place : null, hasLink(meeting.format) ? meeting.onlineUrl : null].filter(Boolean).join(' · ');
    const description = [meeting.description.trim(), hasLink(meeting.format) && meeting.onlineUrl ? `${t.link}: ${meeting.onlineUrl}` : '', `${t.moreAt}: ${url}`]
      .filter(Boolean)
      .join('\n\n');
    calendar.createEvent({
      id: meetingUid(meeting.id),
      sequence: meeting.sequence,
      stamp: meeting.updatedAt,
      start: meeting.startsAt,
      end: meeting.endsAt,
      summary: `${meeting.title} (${meeting.network.name})`,
      location: location || null,
      url,
      description,
      status: meeting.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  for (const event of options.events ?? []) {
    calendar.createEvent({
      id: event.uid,
      stamp: event.stamp,
      start: event.start,
      end: event.end,
      summary: event.summary,
      location: event.location ?? null,
      url: event.url,
      description: event.description,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
