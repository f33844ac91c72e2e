// The rules of meetings, pure: the planning form's validation (in the person's language),
// when an edit is a change calendars must pick up (iCalendar SEQUENCE), whether a member may
// still answer, and the year plan against the charter.
import { z } from 'zod';

import type { MeetingFormat, MeetingStatus, RegistrationAnswer } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { parseStockholmInput } from '@/i18n/stockholm-time';
import { instantProblem, textProblem } from '@/server/input-rules';
import { typedWebAddress } from '@/server/web-address';

import { MEETING_FORMATS, MEETING_LIMITS, type MeetingField, hasRoom, hasLink } from './meeting-fields';

/** What a valid planning form gives: instants in UTC, nulls for what does not apply. */
export type MeetingInput = {
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  format: MeetingFormat;
  place: string | null;
  onlineUrl: string | null;
  registrationDeadline: Date | null;
  capacity: number | null;
  isPublic: boolean;
};

const blank = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * The planning form, plus the ids the action needs (`extra`, e.g. the network's id). With
 * `startsAfter` (planning: now) a start that has passed is refused, like every form's times.
 */
export function meetingFormSchema<E extends z.ZodRawShape>(t: Messages, extra: E, options: { startsAfter?: Date } = {}) {
  const m = t.meetings.validation;
  return z
    .object({
      ...extra,
      title: z.unknown().optional(),
      description: z.unknown().optional(),
      startsAt: z.unknown().optional(),
      endsAt: z.unknown().optional(),
      format: z.unknown().optional(),
      place: z.unknown().optional(),
      onlineUrl: z.unknown().optional(),
      registrationDeadline: z.unknown().optional(),
      capacity: z.unknown().optional(),
      isPublic: z.unknown().optional(),
    })
    .transform((raw, ctx): MeetingInput & z.output<z.ZodObject<E>> => {
      const f = raw as Record<MeetingField, unknown>;
      // Every field is checked, so the person sees all errors at once.
      const issue = (path: MeetingField, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const title = blank(f.title);
      const titleProblem = textProblem(title, MEETING_LIMITS.title, { required: t.meetings.form.fields.title, t: t.input });
      if (titleProblem) issue('title', titleProblem);
      const description = blank(f.description);
      const descriptionProblem = textProblem(description, MEETING_LIMITS.description, { t: t.input });
      if (descriptionProblem) issue('description', descriptionProblem);

      const start = instantProblem(blank(f.startsAt), { t: t.input, invalid: m.invalidTime, after: options.startsAfter });
      const startsAt = start.instant;
      const endsAt = blank(f.endsAt) ? parseStockholmInput(blank(f.endsAt)) : null;
      if (!blank(f.startsAt)) issue('startsAt', m.startRequired);
      else if (start.problem) issue('startsAt', start.problem);
      if (!blank(f.endsAt)) issue('endsAt', m.endRequired);
      else if (!endsAt) issue('endsAt', m.invalidTime);
      if (startsAt && endsAt && endsAt <= startsAt) issue('endsAt', m.endBeforeStart);
      if (startsAt && endsAt && endsAt.getTime() - startsAt.getTime() > 7 * 24 * 3600_000) issue('endsAt', m.tooLong);

      const format = (MEETING_FORMATS as readonly unknown[]).includes(f.format) ? (f.format as MeetingFormat) : null;
      if (!format) issue('format', m.formatRequired);
      const room = format !== null && hasRoom(format);
      const link = format !== null && hasLink(format);
      const place = room ? blank(f.place) : '';
      if (room && !place) issue('place', m.placeRequired);
      if (place.length > MEETING_LIMITS.place) issue('place', m.placeTooLong);

      // A link typed as www.example.se is read as https (input-rules.ts).
      const typedLink = link ? blank(f.onlineUrl) : '';
      const onlineUrl = typedLink ? (typedWebAddress(typedLink) ?? '') : '';
      if (link && !typedLink) issue('onlineUrl', m.linkRequired);
      else if (link && !onlineUrl) issue('onlineUrl', t.input.webAddress);

      let registrationDeadline: Date | null = null;
      if (room && blank(f.registrationDeadline)) {
        registrationDeadline = parseStockholmInput(blank(f.registrationDeadline));
        if (!registrationDeadline) issue('registrationDeadline', m.invalidTime);
        else if (startsAt && registrationDeadline > startsAt) issue('registrationDeadline', m.deadlineAfterStart);
      }

      let capacity: number | null = null;
      if (room && blank(f.capacity)) {
        capacity = /^\d+$/.test(blank(f.capacity)) ? Number(blank(f.capacity)) : NaN;
        if (!Number.isInteger(capacity) || capacity < 1 || capacity > 10_000) issue('capacity', m.capacityInvalid);
      }

      return {
        ...(raw as z.output<z.ZodObject<E>>),
        title,
        description,
        startsAt: startsAt ?? new Date(0),
        endsAt: endsAt ?? new Date(0),
        format: format ?? 'PHYSICAL',
        place: place || null,
        onlineUrl: onlineUrl || null,
        registrationDeadline,
        capacity,
        isPublic: f.isPublic === 'true' || f.isPublic === 'on',
      };
    });
}

/** What calendars care about; a change to any of these is a new revision (SEQUENCE + 1). */
export type ScheduledFacts = {
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  format: MeetingFormat;
  status: MeetingStatus;
};

export function isScheduleChange(before: ScheduledFacts, after: ScheduledFacts): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    (before.place ?? null) !== (after.place ?? null) ||
    (before.onlineUrl ?? null) !== (after.onlineUrl ?? null) ||
    before.format !== after.format ||
    before.status !== after.status
  );
}

/** Why a member may not answer (or not answer yes) right now; null when they may. */
export type RegistrationBlock = 'meetingCancelled' | 'meetingPast' | 'registrationClosed' | 'meetingFull';

export function registrationBlock(
  meeting: { status: MeetingStatus; startsAt: Date; registrationDeadline: Date | null; capacity: number | null; format: MeetingFormat },
  answer: RegistrationAnswer | null,
  /** Yes answers by other people. */
  othersComing: number,
  now: Date,
): RegistrationBlock | null {
  if (meeting.status === 'CANCELLED') return 'meetingCancelled';
  if (meeting.startsAt <= now) return 'meetingPast';
  if (meeting.registrationDeadline && meeting.registrationDeadline < now) return 'registrationClosed';
  if (answer === 'YES' && hasRoom(meeting.format) && meeting.capacity !== null && othersComing >= meeting.capacity) return 'meetingFull';
  return null;
}

/** Places left in the room, or null when the meeting has no limit. */
export function placesLeft(meeting: { capacity: number | null; format: MeetingFormat }, coming: number): number | null {
  if (!hasRoom(meeting.format) || meeting.capacity === null) return null;
  return Math.max(0, meeting.capacity - coming);
}

/** Meetings that count towards the charter's physical meetings: in a room, not cancelled. */
export function countsTowardsPlan(meeting: { format: MeetingFormat; status: MeetingStatus }): boolean {
  return hasRoom(meeting.format) && meeting.status !== 'CANCELLED';
}

export type YearPlan = { year: number; held: number; planned: number | null };

export function yearPlan(year: number, meetings: readonly { format: MeetingFormat; status: MeetingStatus }[], physicalMeetingsPerYear: number | null): YearPlan {
  return { year, held: meetings.filter(countsTowardsPlan).length, planned: physicalMeetingsPerYear };
}
