// Swedish time (Europe/Stockholm): meetings, rounds and handovers are entered and shown in it
// and stored as UTC instants. Pure, so the forms, the pages, the feeds and the tests of every
// domain agree on every conversion, including the two nights a year when the clocks change.
import { dateTimeFormat } from './intl-formats';
import type { Locale } from './locales';

export const STOCKHOLM_TIME_ZONE = 'Europe/Stockholm';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: STOCKHOLM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock reading in Stockholm of an instant, as the fields of a datetime-local input. */
function stockholmParts(instant: Date) {
  const parts = Object.fromEntries(partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** Stockholm's offset from UTC at that instant, in minutes (60 in winter, 120 in summer). */
export function stockholmOffsetMinutes(instant: Date): number {
  const p = stockholmParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** An instant as a datetime-local value in Stockholm time: "2026-12-10T13:00". */
export function toStockholmInput(instant: Date): string {
  const p = stockholmParts(instant);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** The time of day in Stockholm: "13:00". */
export function toStockholmTimeInput(instant: Date): string {
  return toStockholmInput(instant).slice(11);
}

/**
 * A datetime-local value read as Stockholm time, as a UTC instant; null when it is not a
 * valid time, including a time the clocks skip (02:30 on the last Sunday of March). In the
 * autumn hour that occurs twice, the first (summer time) is meant.
 */
export function parseStockholmInput(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Try summer time first, then winter time; keep the one whose wall clock matches.
  for (const offset of [120, 60]) {
    const instant = new Date(wall - offset * 60_000);
    if (toStockholmInput(instant) === value.trim()) return instant;
  }
  return null;
}

/** A time of day ("09:30") on the Stockholm date of `day`, as an instant; null when invalid. */
export function parseStockholmTimeOnDay(time: string, day: Date): Date | null {
  if (!/^\d{2}:\d{2}$/.test(time.trim())) return null;
  return parseStockholmInput(`${toStockholmInput(day).slice(0, 10)}T${time.trim()}`);
}

/** CET in winter, CEST in summer. */
export function stockholmZoneName(instant: Date): 'CET' | 'CEST' {
  return stockholmOffsetMinutes(instant) === 120 ? 'CEST' : 'CET';
}

const ZONE_LABEL: Record<Locale, string> = { sv: 'svensk tid', en: 'Swedish time' };

const dateFormat = (locale: Locale) => dateTimeFormat(locale, { dateStyle: 'full', timeZone: STOCKHOLM_TIME_ZONE });
const timeFormat = (locale: Locale) => dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: STOCKHOLM_TIME_ZONE });

/** "14:00–16:00 (svensk tid, CET)". */
export function formatMeetingClock(startsAt: Date, endsAt: Date, locale: Locale): string {
  const zones = [stockholmZoneName(startsAt), stockholmZoneName(endsAt)];
  const zone = zones[0] === zones[1] ? zones[0] : zones.join('/');
  return `${timeFormat(locale).format(startsAt)}–${timeFormat(locale).format(endsAt)} (${ZONE_LABEL[locale]}, ${zone})`;
}

/**
 * A meeting's date and time in Swedish time with the zone named: "torsdag 10 december 2026,
 * 13:00–16:00 (svensk tid, CET)"; a meeting over several days names both dates.
 */
export function formatMeetingTime(startsAt: Date, endsAt: Date, locale: Locale): string {
  const startDay = dateFormat(locale).format(startsAt);
  const endDay = dateFormat(locale).format(endsAt);
  if (startDay === endDay) return `${startDay}, ${formatMeetingClock(startsAt, endsAt, locale)}`;
  const time = timeFormat(locale);
  return `${startDay} ${time.format(startsAt)} – ${endDay} ${time.format(endsAt)} (${ZONE_LABEL[locale]}, ${stockholmZoneName(startsAt)})`;
}

/** A single instant, e.g. a registration deadline: "1 december 2026 12:00 (svensk tid, CET)". */
export function formatStockholmInstant(instant: Date, locale: Locale): string {
  const day = dateTimeFormat(locale, { dateStyle: 'long', timeZone: STOCKHOLM_TIME_ZONE }).format(instant);
  return `${day} ${timeFormat(locale).format(instant)} (${ZONE_LABEL[locale]}, ${stockholmZoneName(instant)})`;
}

/** A moment in a log, to the second, in Swedish time whatever the server's zone: "3 dec. 2026 08:15:02". */
export function formatStockholmTimestamp(instant: Date, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone: STOCKHOLM_TIME_ZONE }).format(instant);
}

/** The calendar year in Stockholm of an instant. */
export function stockholmYear(instant: Date): number {
  return stockholmParts(instant).year;
}

/** The first instant of a Stockholm calendar year and of the next one. */
export function stockholmYearRange(year: number): { from: Date; to: Date } {
  return { from: parseStockholmInput(`${year}-01-01T00:00`)!, to: parseStockholmInput(`${year + 1}-01-01T00:00`)! };
}

/**
 * The day something was stated, handed over or acknowledged, as people in Sweden read it: the
 * calendar date in Stockholm ("26 november 2026"), whatever the server's time zone.
 */
export function formatStockholmDay(instant: Date, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: STOCKHOLM_TIME_ZONE }).format(instant);
}

/**
 * The instant `days` calendar days after the Stockholm date of `from`, at the Stockholm wall
 * clock `time` ("14:00"): the same local hour across a change to or from summer time. For the
 * demo's meetings and deadlines, placed relative to the day the demo is seeded.
 */
export function stockholmDaysFrom(from: Date, days: number, time: string): Date {
  const [year, month, day] = toStockholmInput(from).slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
  const instant = /^\d{2}:\d{2}$/.test(time) ? parseStockholmInput(`${date}T${time}`) : null;
  if (!instant) throw new RangeError(`Not a Stockholm time on ${date}: ${time}`);
  return instant;
}
