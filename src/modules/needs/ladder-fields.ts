// The assessment and checklist forms' fields and limits: plain values shared by the forms in the
// browser and the server's schemas (ladder-forms.ts), kept apart so the browser does not load zod.
import type { MaturityAnswers } from './ladder';

/** The three questions of the report (p. 14), in its order. */
export const MATURITY_QUESTIONS = ['offersSolutions', 'prioritisedArea', 'understandsNeed'] as const satisfies ReadonlyArray<keyof MaturityAnswers>;

export type MaturityQuestion = (typeof MATURITY_QUESTIONS)[number];

export const evidenceField = (question: MaturityQuestion) => `${question}Evidence` as const;

/** The assessment form's fields in the order they appear (for the error summary). */
export const ASSESSMENT_FIELDS = [
  ...MATURITY_QUESTIONS.flatMap((q) => [q, evidenceField(q)]),
  'evidenceLinks',
  'chosenStep',
  'overrideReason',
] as const;

export const EVIDENCE_MAX = 2_000;

export const REASON_MAX = 2_000;

export const NOTES_MAX = 4_000;

/** The checklist item form's fields in the order they appear. */
export const CHECKLIST_FIELDS = ['covered', 'notes', 'evidenceUrl'] as const;
