// The five success factors of the agency's report (pp. 6, 32-33) as Trappan assesses them: a
// score from 1 to 5 and a comment per factor, once a year by the coordinators for the network
// and by any member for themselves. Pure: the form's rules (in the person's language) and the
// spread of the members' views, unit-tested once.
import { z } from 'zod';

import type { SuccessFactor } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { fill } from '@/i18n/template';
import { optionalText } from '@/server/input-rules';

export const SUCCESS_FACTORS = ['GOAL', 'STRUCTURE', 'ENGAGEMENT', 'COMMUNICATION', 'FUNDING'] as const satisfies readonly SuccessFactor[];

export const SCORES = ['1', '2', '3', '4', '5'] as const;

/** A comment is a few sentences: what supports the score and what comes next. */
export const COMMENT_MAX = 1000;

/** Whose assessment a form saves: the secretariat's for the network, or the member's own view. */
export type AssessmentScope = 'secretariat' | 'member';

/** Whether the viewer may fill in this scope's form (observers follow the network and give no view); the action asks the same of the server. */
export function mayAssess(scope: AssessmentScope, viewer: { mayManage: boolean; mayParticipate: boolean; role: string | null }): boolean {
  return scope === 'secretariat' ? viewer.mayManage : viewer.mayParticipate && viewer.role !== 'OBSERVER';
}

export const scoreField = (factor: SuccessFactor) => `score-${factor}`;
export const commentField = (factor: SuccessFactor) => `comment-${factor}`;

export type FactorInput = { factor: SuccessFactor; score: number; comment: string };

export function factorAssessmentSchema(t: Messages) {
  const factors = Object.fromEntries(
    SUCCESS_FACTORS.flatMap((factor) => [
      [scoreField(factor), z.enum(SCORES, { error: fill(t.successFactors.scoreRequired, { factor: t.successFactors.names[factor] }) })],
      // A hand-made form may leave a comment out: it is then empty, like a field left blank.
      [commentField(factor), optionalText(t, COMMENT_MAX).optional()],
    ]),
  );
  return z
    .object({
      networkId: z.string({ error: t.joining.reloadPage }).trim().min(1, t.joining.reloadPage).max(100, t.joining.reloadPage),
      scope: z.enum(['secretariat', 'member'], { error: t.joining.reloadPage }),
      ...factors,
    })
    .transform((input) => {
      // The factors' fields are built from the list above, so zod types them loosely.
      const values = input as unknown as Record<string, string>;
      return {
        networkId: values.networkId!,
        scope: values.scope as AssessmentScope,
        scores: SUCCESS_FACTORS.map((factor): FactorInput => ({ factor, score: Number(values[scoreField(factor)]), comment: values[commentField(factor)] ?? '' })),
      };
    });
}

export type Spread = { min: number; max: number; median: number; count: number };

/** The spread of the members' scores for one factor; null without any. */
export function spreadOf(scores: readonly number[]): Spread | null {
  if (scores.length === 0) return null;
  const sorted = [...scores].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { min: sorted[0]!, max: sorted[sorted.length - 1]!, median, count: sorted.length };
}
