// What the two ladder forms may send, checked in the person's language: the market-maturity
// assessment and one checklist item. Pure (no database), so the rules are unit-tested and the
// client form can share the field names. The suggested step is never read from the form: the
// schema computes it from the three answers with the documented rule in ladder.ts.
import { z } from 'zod';

import type { LadderStep, MaturityAnswer } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { optionalText, webAddress } from '@/server/input-rules';
import { typedWebAddress } from '@/server/web-address';

import { LADDER_STEPS, MATURITY_ANSWERS, suggestedStep, type MaturityAnswers } from './ladder';
import { EVIDENCE_MAX, REASON_MAX, NOTES_MAX } from './ladder-fields';
export const MAX_EVIDENCE_LINKS = 20;
const URL_MAX = 500;

/**
 * The links field: one web address per line (www.malmo.se read as https, the shared rule),
 * blank lines and repeats ignored; null when any line is not one.
 */
export function parseEvidenceLinks(text: string): string[] | null {
  const links = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(typedWebAddress);
  if (links.some((link) => link === null || link.length > URL_MAX)) return null;
  const unique = [...new Set(links as string[])];
  return unique.length > MAX_EVIDENCE_LINKS ? null : unique;
}

const needId = (t: Messages) => z.string({ error: t.ladder.errors.needId }).trim().min(1, t.ladder.errors.needId).max(64, t.ladder.errors.needId);

export type AssessmentInput = MaturityAnswers & {
  needId: string;
  offersSolutionsEvidence: string;
  prioritisedAreaEvidence: string;
  understandsNeedEvidence: string;
  evidenceLinks: string[];
  suggestedStep: LadderStep;
  chosenStep: LadderStep;
  overrideReason: string | null;
};

export function assessmentSchema(t: Messages) {
  const e = t.ladder.errors;
  const answer = z.enum(MATURITY_ANSWERS as [MaturityAnswer, ...MaturityAnswer[]], { error: e.answer });
  return z
    .object({
      needId: needId(t),
      offersSolutions: answer,
      offersSolutionsEvidence: optionalText(t, EVIDENCE_MAX),
      prioritisedArea: answer,
      prioritisedAreaEvidence: optionalText(t, EVIDENCE_MAX),
      understandsNeed: answer,
      understandsNeedEvidence: optionalText(t, EVIDENCE_MAX),
      evidenceLinks: z
        .string()
        .optional()
        .default('')
        .transform((text, ctx) => {
          const links = parseEvidenceLinks(text);
          if (!links) {
            ctx.addIssue({ code: 'custom', message: e.links(MAX_EVIDENCE_LINKS) });
            return z.NEVER;
          }
          return links;
        }),
      // Left out, the step is the suggestion.
      chosenStep: z.preprocess((value) => (value === '' ? undefined : value), z.enum(LADDER_STEPS as [LadderStep, ...LadderStep[]], { error: e.chosenStep }).optional()),
      overrideReason: optionalText(t, REASON_MAX),
    })
    .transform((input, ctx): AssessmentInput => {
      const suggested = suggestedStep(input);
      const chosen = input.chosenStep ?? suggested;
      if (chosen !== suggested && !input.overrideReason) {
        ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: e.overrideReason });
      }
      return {
        ...input,
        suggestedStep: suggested,
        chosenStep: chosen,
        // A reason is kept only where it explains a departure from the rule.
        overrideReason: chosen === suggested ? null : input.overrideReason,
      };
    });
}

export function checklistItemSchema(t: Messages) {
  const e = t.ladder.errors;
  return z.object({
    needId: needId(t),
    itemKey: z.string({ error: e.itemKey }).trim().min(1, e.itemKey).max(100, e.itemKey),
    // A checkbox: sent as "on" when ticked, left out when not.
    covered: z
      .string()
      .optional()
      .transform((value) => value === 'on' || value === 'true'),
    notes: optionalText(t, NOTES_MAX),
    evidenceUrl: webAddress(t, { max: URL_MAX }),
  });
}
