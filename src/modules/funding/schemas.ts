// The funding forms as zod reads them: a funder (kind, organisation) and a period (dates,
// status, amount in whole kronor, note). Empty fields are "not told" (null).
import { z } from 'zod';

import { FundingKind, FundingPeriodStatus } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { optionalText } from '@/server/input-rules';

import { MAX_AMOUNT_SEK, NOTE_MAX, parseKronor } from './rules';

const id = z.string().min(1).max(40);

const isoDate = (message: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? '').trim())
    .pipe(
      z.union([
        z.literal('').transform(() => null),
        z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, message)
          .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), message),
      ]),
    );

const periodShape = (messages: Messages) => {
  const t = messages.funding.errors;
  return {
    periodStart: isoDate(t.dateInvalid),
    periodEnd: isoDate(t.dateInvalid),
    status: z.enum(FundingPeriodStatus, t.statusRequired),
    amount: z
      .string()
      .optional()
      .transform((value, context) => {
        const amount = parseKronor(value ?? '');
        if (amount !== null && Number.isNaN(amount)) {
          context.addIssue({ code: 'custom', message: t.amountInvalid });
          return z.NEVER;
        }
        if (amount !== null && amount > MAX_AMOUNT_SEK) {
          context.addIssue({ code: 'custom', message: t.amountTooLarge });
          return z.NEVER;
        }
        return amount;
      }),
    note: optionalText(messages, NOTE_MAX),
  };
};

type PeriodDates = { periodStart: string | null; periodEnd: string | null };

const endAfterStart = (messages: Messages) => (value: PeriodDates, context: z.RefinementCtx) => {
  if (value.periodStart && value.periodEnd && value.periodEnd < value.periodStart) {
    context.addIssue({ code: 'custom', path: ['periodEnd'], message: messages.funding.errors.endBeforeStart });
  }
};

const organizationId = z
  .string()
  .optional()
  .transform((value) => (value ?? '').trim() || null)
  .pipe(z.string().max(40).nullable());

/** Adding a funder, with its first period when any of the period's fields is filled. */
export const addFunderSchema = (messages: Messages) =>
  z
    .object({
      networkId: id,
      kind: z.enum(FundingKind, messages.funding.errors.kindRequired),
      organizationId,
      ...periodShape(messages),
    })
    .superRefine(endAfterStart(messages));

/** What the edit form showed: a save is refused when another coordinator changed it since. */
const seen = z.string().max(40).optional();

export const updateFunderSchema = (messages: Messages) =>
  z.object({ funderId: id, kind: z.enum(FundingKind, messages.funding.errors.kindRequired), organizationId, baseKind: seen, baseOrganizationId: seen });

export const removeFunderSchema = () => z.object({ funderId: id });

export const addPeriodSchema = (messages: Messages) => z.object({ funderId: id, ...periodShape(messages) }).superRefine(endAfterStart(messages));

export const updatePeriodSchema = (messages: Messages) =>
  z.object({ periodId: id, baseUpdatedAt: seen, ...periodShape(messages) }).superRefine(endAfterStart(messages));

export const removePeriodSchema = () => z.object({ periodId: id });

export type TPeriodInput = PeriodDates & { status: FundingPeriodStatus; amount: number | null; note: string };
