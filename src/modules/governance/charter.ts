// A network's charter and rules of procedure (BRIEF §2: mission, goals, benefit for the
// members' organisations, and the rules the report says to set early: how it relates to
// suppliers and industry bodies, membership, forms of decision, physical meetings per year and
// their format). Pure: the form's schema and the
// decision rule in words, shared by the server action, the pages and the meeting and decision
// work. The content's fields and limits are in charter-content.ts, which the browser loads.
import { z } from 'zod';

import { DecisionRule, MeetingFormat, MembershipPolicy } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { optionalText, requiredText } from '@/server/input-rules';

import { type CharterContent, CHARTER_LIMITS } from './charter-content';

type NumberField = 'qualifiedMajorityPercent' | 'quorumPercent' | 'physicalMeetingsPerYear';

// The charter's texts follow the shared input rules: "Fyll i uppdrag." when empty, the length
// and the limit when too long, line breaks stored as \n so an untouched text compares equal
// to the saved one.
const charterText = (messages: Messages, field: 'mission' | 'shortTermGoals' | 'longTermGoals' | 'memberBenefit') =>
  requiredText(messages, messages.charter.fields[field], CHARTER_LIMITS.textMax);

function wholeNumberField(t: Messages['charter'], field: NumberField) {
  const { min, max } = CHARTER_LIMITS[field];
  return z
    .string(t.errors.required[field])
    .trim()
    // A blank field is "required", not also "not a whole number".
    .min(1, { message: t.errors.required[field], abort: true })
    .regex(/^\d+$/, t.errors.wholeNumber)
    .transform(Number)
    .pipe(z.number().min(min, t.errors.range(min, max)).max(max, t.errors.range(min, max)));
}

/**
 * The charter form, validated in the person's language. The qualified-majority threshold is
 * required only when the decision rule is a qualified majority, and otherwise ignored
 * (whatever the form sent), so the saved version never carries a threshold it does not use.
 */
export function charterSchema(messages: Messages) {
  const t = messages.charter;
  return z.preprocess(
    (raw) => {
      if (typeof raw !== 'object' || raw === null) return raw;
      const form = raw as Record<string, unknown>;
      const qualified = form.decisionRule === DecisionRule.QUALIFIED_MAJORITY;
      return { ...form, qualifiedMajorityPercent: qualified ? (form.qualifiedMajorityPercent ?? '') : undefined };
    },
    z
      .object({
        networkId: z.string().min(1),
        // The version the form was opened on: a save based on an older one is refused rather
        // than silently undoing another coordinator's change (optimistic concurrency).
        baseVersion: z.string().regex(/^\d+$/, messages.joining.reloadPage).transform(Number),
        mission: charterText(messages, 'mission'),
        shortTermGoals: charterText(messages, 'shortTermGoals'),
        longTermGoals: charterText(messages, 'longTermGoals'),
        memberBenefit: charterText(messages, 'memberBenefit'),
        // Versions saved before it was asked have ''.
        stakeholderRelations: optionalText(messages, CHARTER_LIMITS.textMax),
        membershipPolicy: z.enum(MembershipPolicy, t.errors.choose.membershipPolicy),
        // Radio buttons send the text 'true' or 'false'; nothing chosen is an error, not a no.
        associationsVote: z.enum(['true', 'false'], t.errors.choose.associationsVote).transform((value) => value === 'true'),
        decisionRule: z.enum(DecisionRule, t.errors.choose.decisionRule),
        qualifiedMajorityPercent: wholeNumberField(t, 'qualifiedMajorityPercent').optional(),
        quorumPercent: wholeNumberField(t, 'quorumPercent'),
        physicalMeetingsPerYear: wholeNumberField(t, 'physicalMeetingsPerYear'),
        meetingFormat: z.enum(MeetingFormat, t.errors.choose.meetingFormat),
      })
      .transform(({ qualifiedMajorityPercent, ...rest }) => ({ ...rest, qualifiedMajorityPercent: qualifiedMajorityPercent ?? null })),
  );
}

export type CharterInput = z.output<ReturnType<typeof charterSchema>>;

/** "Kvalificerad majoritet, minst 67 % av de avgivna rösterna", "Konsensus", … */
export function decisionRuleSummary(
  charter: Pick<CharterContent, 'decisionRule' | 'qualifiedMajorityPercent'>,
  messages: Messages,
): string {
  const t = messages.charter.decisionRuleSummary;
  switch (charter.decisionRule) {
    case 'CONSENSUS':
      return t.CONSENSUS;
    case 'SIMPLE_MAJORITY':
      return t.SIMPLE_MAJORITY;
    case 'QUALIFIED_MAJORITY':
      // A qualified majority always has its threshold (form and database both insist).
      return t.QUALIFIED_MAJORITY(charter.qualifiedMajorityPercent ?? CHARTER_LIMITS.qualifiedMajorityPercent.min);
  }
}
