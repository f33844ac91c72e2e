// What became of a handed-over need, as its form reads it (pure, in the person's language):
// the procurement advertised (a date and the notice's number or link), the contract signed
// (a date, the supplier, the value when known), a call-off by an organisation, or an effect
// observed (a date and what was seen). Every result has happened, so its date is not after
// today (Swedish date). The report's worry that framework agreements are not always called off
// (p. 44) is what `uncalledContracts` counts.
import { z } from 'zod';

import type { HandoverResultKind } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { MAX_AMOUNT_SEK, parseKronor } from '@/modules/funding/client';
import { optionalText, requiredText, typedText, webAddress } from '@/server/input-rules';

export const RESULT_KINDS = ['ADVERTISED', 'CONTRACT', 'CALL_OFF', 'EFFECT'] as const satisfies readonly HandoverResultKind[];
export const REFERENCE_MAX = 100;
export const SUPPLIER_MAX = 200;
export const DESCRIPTION_MAX = 2000;
export const RESULT_URL_MAX = 2000;

const isIsoDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export type HandoverResultInput = {
  handoverId: string;
  kind: HandoverResultKind;
  occurredOn: string;
  reference: string;
  url: string | null;
  supplierName: string;
  valueSek: number | null;
  organizationId: string | null;
  description: string;
};

/** The form's rules; `today` is the Swedish date the result may not be after. */
export function handoverResultSchema(messages: Messages, today: string) {
  const t = messages.handoverResults.errors;
  const amount = z.unknown().transform((value, ctx): number | null => {
    const parsed = parseKronor(typedText(value));
    if (parsed !== null && (Number.isNaN(parsed) || parsed > MAX_AMOUNT_SEK)) {
      ctx.addIssue({ code: 'custom', message: t.value });
      return z.NEVER;
    }
    return parsed;
  });
  return z
    .object({
      handoverId: z.string({ error: messages.joining.reloadPage }).trim().min(1, messages.joining.reloadPage).max(100, messages.joining.reloadPage),
      kind: z.enum(RESULT_KINDS, { error: t.kind }),
      occurredOn: z.unknown().transform((value, ctx) => {
        const day = typedText(value);
        if (!day) ctx.addIssue({ code: 'custom', message: t.dateRequired });
        else if (!isIsoDay(day)) ctx.addIssue({ code: 'custom', message: t.dateInvalid });
        else if (day > today) ctx.addIssue({ code: 'custom', message: t.dateInFuture });
        else return day;
        return z.NEVER;
      }),
      reference: optionalText(messages, REFERENCE_MAX).optional(),
      url: webAddress(messages, { max: RESULT_URL_MAX }).optional(),
      supplierName: optionalText(messages, SUPPLIER_MAX).optional(),
      valueSek: amount.optional(),
      organizationId: z.string().trim().max(100).optional(),
      description: optionalText(messages, DESCRIPTION_MAX).optional(),
    })
    .superRefine((input, ctx) => {
      // What each kind of result needs, beside its date.
      if (input.kind === 'ADVERTISED' && !input.reference && !input.url) ctx.addIssue({ code: 'custom', path: ['reference'], message: t.noticeRequired });
      if (input.kind === 'CONTRACT' && !input.supplierName) ctx.addIssue({ code: 'custom', path: ['supplierName'], message: t.supplierRequired });
      if (input.kind === 'CALL_OFF' && !input.organizationId) ctx.addIssue({ code: 'custom', path: ['organizationId'], message: t.organizationRequired });
      if (input.kind === 'EFFECT') {
        const problem = requiredText(messages, messages.handoverResults.fields.description, DESCRIPTION_MAX).safeParse(input.description ?? '');
        if (!problem.success) ctx.addIssue({ code: 'custom', path: ['description'], message: problem.error.issues[0]!.message });
      }
    })
    .transform(
      (input): HandoverResultInput => ({
        handoverId: input.handoverId,
        kind: input.kind,
        occurredOn: input.occurredOn,
        // Only what belongs to the kind is kept: a supplier typed before switching to "effect" is not stored.
        reference: input.kind === 'ADVERTISED' ? (input.reference ?? '') : '',
        url: input.kind === 'ADVERTISED' || input.kind === 'CONTRACT' ? (input.url ?? null) : null,
        supplierName: input.kind === 'CONTRACT' ? (input.supplierName ?? '') : '',
        valueSek: input.kind === 'CONTRACT' || input.kind === 'CALL_OFF' ? (input.valueSek ?? null) : null,
        organizationId: input.kind === 'CALL_OFF' ? input.organizationId || null : null,
        description: input.description ?? '',
      }),
    );
}

export type ResultTally = { advertised: number; contracts: number; contractValueSek: number; callOffs: number; callOffValueSek: number; effects: number; uncalledContracts: number };

/**
 * Results counted per kind, with the value of contracts and call-offs, and the contracts no
 * organisation has called off yet (per handover: a contract and no call-off after it).
 */
export function tallyResults(results: ReadonlyArray<{ handoverId: string; kind: HandoverResultKind; valueSek: number | null }>): ResultTally {
  const tally: ResultTally = { advertised: 0, contracts: 0, contractValueSek: 0, callOffs: 0, callOffValueSek: 0, effects: 0, uncalledContracts: 0 };
  const contractsBy = new Map<string, number>();
  const callOffsBy = new Set<string>();
  for (const result of results) {
    if (result.kind === 'ADVERTISED') tally.advertised += 1;
    if (result.kind === 'CONTRACT') {
      tally.contracts += 1;
      tally.contractValueSek += result.valueSek ?? 0;
      contractsBy.set(result.handoverId, (contractsBy.get(result.handoverId) ?? 0) + 1);
    }
    if (result.kind === 'CALL_OFF') {
      tally.callOffs += 1;
      tally.callOffValueSek += result.valueSek ?? 0;
      callOffsBy.add(result.handoverId);
    }
    if (result.kind === 'EFFECT') tally.effects += 1;
  }
  for (const [handoverId, count] of contractsBy) if (!callOffsBy.has(handoverId)) tally.uncalledContracts += count;
  return tally;
}

