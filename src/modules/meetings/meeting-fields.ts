// The meeting form's fields and choices: plain values shared by the form in the browser and the
// server's schema (meeting-rules.ts), kept apart so the browser does not load zod.
import type { MeetingFormat, RegistrationAnswer } from '@/generated/prisma/enums';

export const MEETING_FORMATS = ['PHYSICAL', 'HYBRID', 'DIGITAL'] as const satisfies readonly MeetingFormat[];

export const REGISTRATION_ANSWERS = ['YES', 'MAYBE', 'NO'] as const satisfies readonly RegistrationAnswer[];

/** The planning form's fields, in the order they appear. */
export const MEETING_FIELDS = [
  'title',
  'description',
  'startsAt',
  'endsAt',
  'format',
  'place',
  'onlineUrl',
  'registrationDeadline',
  'capacity',
  'isPublic',
] as const;

export type MeetingField = (typeof MEETING_FIELDS)[number];

/** The longest texts the server takes (meeting-rules.ts); the form counts against the same. */
export const MEETING_LIMITS = { title: 200, description: 5000, place: 300 } as const;

export const hasRoom = (format: MeetingFormat) => format !== 'DIGITAL';

export const hasLink = (format: MeetingFormat) => format !== 'PHYSICAL';
