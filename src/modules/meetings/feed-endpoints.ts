// The two calendar feeds (docs/decisions/0008-calendar-feeds.md):
//   GET /api/v1/networks/{slug}/meetings.ics  the network's public meetings, for anyone;
//   GET /api/v1/calendar/{token}.ics          a person's meetings, behind their secret link, and
//                                             what other domains add (the route composes them).
// Both answer with an ETag (and 304 to If-None-Match); the personal feed is cacheable only
// privately, since its address is a secret. `?lang=en` gives English texts and links.
import 'server-only';

import { isLocale, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { matchesIfNoneMatch, weakEtag } from '@/server/etag';

import { tokenFromSegment } from './calendar-token';
import { buildMeetingCalendar, type CalendarEvent } from './ical';
import { getPersonalFeed, getPublicFeed } from './meeting-queries';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

function feedLocale(request: Request): Locale {
  const lang = new URL(request.url).searchParams.get('lang');
  return lang && isLocale(lang) ? lang : 'sv';
}

function notFound(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

function calendarResponse(request: Request, body: string, options: { cacheControl: string; filename: string; lastModified?: Date | null }): Response {
  const etag = weakEtag(body);
  const headers: Record<string, string> = { 'Cache-Control': options.cacheControl, ETag: etag };
  if (options.lastModified) headers['Last-Modified'] = options.lastModified.toUTCString();
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, {
    status: 200,
    headers: { ...headers, 'Content-Type': CALENDAR_TYPE, 'Content-Disposition': `inline; filename="${options.filename}"` },
  });
}

export async function networkMeetingsFeed(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await context.params;
  const feed = await getPublicFeed(slug);
  if (!feed) return notFound();
  const locale = feedLocale(request);
  const body = buildMeetingCalendar({
    name: getMessages(locale).meetings.feed.networkCalendar(feed.network.name),
    meetings: feed.meetings,
    origin: new URL(request.url).origin,
    locale,
  });
  return calendarResponse(request, body, { cacheControl: 'public, max-age=300', filename: `${slug}-meetings.ics` });
}

/** Events other domains add to a person's feed, given the person, the feed's language and the origin. */
export type PersonalEvents = (userId: string, locale: Locale, origin: string) => Promise<CalendarEvent[]>;

export async function personalMeetingsFeed(request: Request, context: { params: Promise<{ token: string }> }, more?: PersonalEvents): Promise<Response> {
  const token = tokenFromSegment((await context.params).token);
  const feed = token ? await getPersonalFeed(token) : null;
  if (!feed) return notFound();
  const locale = feedLocale(request);
  const origin = new URL(request.url).origin;
  const events = more ? await more(feed.userId, locale, origin) : [];
  const body = buildMeetingCalendar({ name: getMessages(locale).meetings.feed.personalCalendar, meetings: feed.meetings, origin, locale, events });
  const lastModified = events.reduce<Date | null>((latest, event) => (!latest || event.stamp > latest ? event.stamp : latest), feed.lastChanged);
  return calendarResponse(request, body, { cacheControl: 'private, max-age=300', filename: 'trappan-meetings.ics', lastModified });
}
