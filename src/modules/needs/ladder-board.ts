// The ladder board's filters and columns, without a database: the filters come from the URL
// (a GET form, so every view is a link and works without JavaScript), and the needs are
// sorted into the three steps of the ladder plus those not assessed yet. Pure, so tested.
import type { LadderStep, NeedStatus } from '@/generated/prisma/enums';
import type { SearchParams } from '@/ui/search-params';

import { LADDER_STEPS } from './ladder';
import { isOpen, NEED_STATUSES } from './need-status';

export type BoardFilters = {
  status: NeedStatus | null;
  /** A thematic area's slug. */
  area: string | null;
  /** An owner's user id (participants only: the public does not see owners). */
  owner: string | null;
  /** Also show archived and implemented needs (the board shows the open ones by default). */
  includeClosed: boolean;
};


const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const token = (value: string | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed && trimmed.length <= 64 && /^[\w-]+$/.test(trimmed) ? trimmed : null;
};

/** Unknown or malformed values are ignored, as if the filter were not set. */
export function parseBoardFilters(searchParams: SearchParams, options: { ownersVisible: boolean }): BoardFilters {
  const status = first(searchParams.status);
  const includeClosed = first(searchParams.closed);
  return {
    status: NEED_STATUSES.includes(status as NeedStatus) ? (status as NeedStatus) : null,
    area: token(first(searchParams.area)),
    owner: options.ownersVisible ? token(first(searchParams.owner)) : null,
    includeClosed: includeClosed === '1' || includeClosed === 'on',
  };
}

export function hasFilters(filters: BoardFilters): boolean {
  return Boolean(filters.status || filters.area || filters.owner || filters.includeClosed);
}

/**
 * Which statuses the board lists: the one asked for (even a closed one: asking for archived
 * needs shows them), otherwise the open ones, and the closed ones too when asked.
 */
export function statusesShown(filters: BoardFilters): NeedStatus[] {
  if (filters.status) return [filters.status];
  return NEED_STATUSES.filter((status) => filters.includeClosed || isOpen(status));
}

export type BoardColumns<T> = { steps: Array<{ step: LadderStep; needs: T[] }>; unassessed: T[] };

/** The needs by step, in the ladder's order (initiate, introduce, implement), keeping their order within a column. */
export function groupByStep<T extends { ladderStep: LadderStep | null }>(needs: readonly T[]): BoardColumns<T> {
  return {
    steps: LADDER_STEPS.map((step) => ({ step, needs: needs.filter((need) => need.ladderStep === step) })),
    unassessed: needs.filter((need) => need.ladderStep === null),
  };
}
