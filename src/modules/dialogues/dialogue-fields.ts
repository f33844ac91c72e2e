// What the dialogue forms and the rules share, safe in a browser (no zod, no dictionary).
import type { DialogueForm } from '@/generated/prisma/enums';

export const DIALOGUE_FORMS = ['RFI', 'INFO_MEETING', 'ONE_TO_ONE', 'CONSULTATION'] as const satisfies readonly DialogueForm[];

export const DIALOGUE_FIELDS = [
  'title',
  'purpose',
  'learningGoals',
  'form',
  'needs',
  'closesAt',
  'questionsCloseAt',
  'howToTakePart',
  'rfiQuestions',
  'eventStartsAt',
  'eventEndsAt',
  'place',
  'onlineUrl',
  'capacity',
  'registrationClosesAt',
  'documentUrl',
] as const;

export type DialogueField = (typeof DIALOGUE_FIELDS)[number];

/** A checked need is its own field, so every checked box comes back after an error. */
export const needField = (needId: string) => `need-${needId}`;

export const hasEvent = (form: DialogueForm) => form === 'INFO_MEETING';
export const hasRfiQuestions = (form: DialogueForm) => form === 'RFI';
export const hasDraftDocument = (form: DialogueForm) => form === 'CONSULTATION';
export const hasSlots = (form: DialogueForm) => form === 'ONE_TO_ONE';

export const TITLE_MAX = 200;
export const TEXT_MAX = 5000;
export const PLACE_MAX = 300;
export const QUESTION_MAX = 2000;
export const DOCUMENT_TITLE_MAX = 200;
export const SUMMARY_MAX = 20_000;
export const RFI_QUESTIONS_MAX = 30;
/** One RFI question, and a supplier's reason for keeping an answer secret. */
export const RFI_QUESTION_MAX = 1000;
export const SECRET_REASON_MAX = 1000;

/**
 * What the dialogue page confirms after an action that changes the page around its own form
 * (the form is gone, so its message would be): the action goes back to the page with one of
 * these in `?done=`.
 */
export const DONE_NOTICES = [
  'created',
  'saved',
  'published',
  'closed',
  'cancelled',
  'summaryDone',
  'answerPublished',
  'correctionPublished',
  'signedUp',
  'withdrawn',
  'booked',
  'bookingCancelled',
] as const;

export type DoneNotice = (typeof DONE_NOTICES)[number];

export function isDoneNotice(value: unknown): value is DoneNotice {
  return typeof value === 'string' && (DONE_NOTICES as readonly string[]).includes(value);
}
