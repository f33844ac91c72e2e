// Query parameters of GET /api/v1/needs. Strict like the rest of the API (ADR 0006): a value
// it does not know, a parameter it does not take or one given twice is a 400 naming it, so a
// typo never widens the result. Filter values are the codes the releases carry
// (trappan.status, trappan.ladderStep, trappan.network.slug), so a value read can be sent back.
import { z } from 'zod';

import type { LadderStep, NeedStatus } from '@/generated/prisma/enums';
import { decodeTimeCursor, encodeTimeCursor, type TimeCursor } from '@/server/time-cursor';

import { NEED_STATUS_CODES, NEED_STEP_CODES, type NeedStatusCode, type NeedStepCode } from './needs-ocds';
import { DEFAULT_LIMIT, MAX_LIMIT, PARAMETER_HINTS, unexpectedParameters, type Parsed } from './params';

export const NEED_PARAMETERS = ['network', 'step', 'status', 'cursor', 'limit'] as const;

export const NEED_PARAMETER_HINTS: Record<(typeof NEED_PARAMETERS)[number], string> = {
  network: 'the slug of a network (slug in /api/v1/networks)',
  step: `one of ${Object.values(NEED_STEP_CODES).join(', ')}`,
  status: `one of ${Object.values(NEED_STATUS_CODES).join(', ')}`,
  cursor: 'the nextCursor of an earlier response with the same filters',
  limit: PARAMETER_HINTS.limit!,
};

export type NeedQuery = {
  networkSlug?: string;
  ladderStep?: LadderStep;
  status?: NeedStatus;
  /** Newest first: the page starts after this (createdAt, id). */
  after?: TimeCursor;
  limit: number;
};

const STEP_BY_CODE = Object.fromEntries(Object.entries(NEED_STEP_CODES).map(([step, code]) => [code, step])) as Record<NeedStepCode, LadderStep>;
const STATUS_BY_CODE = Object.fromEntries(Object.entries(NEED_STATUS_CODES).map(([status, code]) => [code, status])) as Record<NeedStatusCode, NeedStatus>;

const ZNeedParams = {
  network: z.string().max(100).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).optional(),
  step: z.enum(Object.values(NEED_STEP_CODES) as [NeedStepCode, ...NeedStepCode[]]).optional(),
  status: z.enum(Object.values(NEED_STATUS_CODES) as [NeedStatusCode, ...NeedStatusCode[]]).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).optional(),
};

export const encodeNeedCursor = (cursor: TimeCursor) => encodeTimeCursor(cursor);

export function parseNeedParams(params: URLSearchParams): Parsed<NeedQuery> {
  const invalid: string[] = [];
  const value = <K extends keyof typeof ZNeedParams>(name: K): z.infer<(typeof ZNeedParams)[K]> | undefined => {
    const text = params.get(name);
    const result = ZNeedParams[name].safeParse(text === null || text === '' ? undefined : text);
    if (!result.success) invalid.push(name);
    return result.success ? (result.data as z.infer<(typeof ZNeedParams)[K]>) : undefined;
  };
  const network = value('network');
  const step = value('step');
  const status = value('status');
  const cursor = value('cursor');
  const limit = value('limit');
  const after = cursor ? decodeTimeCursor(cursor) : undefined;
  if (after === null) invalid.push('cursor');
  return {
    value: {
      networkSlug: network,
      ladderStep: step ? STEP_BY_CODE[step] : undefined,
      status: status ? STATUS_BY_CODE[status] : undefined,
      after: after ?? undefined,
      limit: limit ?? DEFAULT_LIMIT,
    },
    invalid,
    unknown: unexpectedParameters(params, NEED_PARAMETERS),
  };
}
