// The national list of open dialogues as pure functions: its URL parameters, the filters,
// the count per choice (each facet counted with the other filters applied, as the registry
// does) and a cursor page. Unknown or malformed parameters are dropped, never an error page.
import type { DialogueForm, LadderStep } from '@/generated/prisma/enums';
import type { SearchParams } from '@/ui/search-params';

import { DIALOGUE_FORMS } from './dialogue-fields';

export const LADDER_STEPS = ['INITIATE', 'INTRODUCE', 'IMPLEMENT'] as const satisfies readonly LadderStep[];
export const DEADLINES = { week: 7, month: 30 } as const;
export type Deadline = keyof typeof DEADLINES;

export const PAGE_SIZE = 20;

export type DialogueListQuery = {
  form?: DialogueForm;
  step?: LadderStep;
  area?: string;
  deadline?: Deadline;
  cursor?: string;
};

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export function parseDialogueListQuery(params: SearchParams): DialogueListQuery {
  const form = one(params.form);
  const step = one(params.step);
  const area = one(params.area);
  const deadline = one(params.deadline);
  const cursor = one(params.cursor);
  return {
    ...(form && (DIALOGUE_FORMS as readonly string[]).includes(form) ? { form: form as DialogueForm } : {}),
    ...(step && (LADDER_STEPS as readonly string[]).includes(step) ? { step: step as LadderStep } : {}),
    ...(area && /^[a-z0-9-]{1,80}$/.test(area) ? { area } : {}),
    ...(deadline && Object.hasOwn(DEADLINES, deadline) ? { deadline: deadline as Deadline } : {}),
    ...(cursor && /^[a-z0-9]{1,40}$/i.test(cursor) ? { cursor } : {}),
  };
}

export function dialogueListHref(base: string, query: DialogueListQuery): string {
  const params = new URLSearchParams();
  for (const key of ['form', 'step', 'area', 'deadline', 'cursor'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

export type Listed = { id: string; form: DialogueForm; closesAt: Date; areaSlug: string; steps: readonly LadderStep[] };

type Facet = 'form' | 'step' | 'area' | 'deadline';

function matches(item: Listed, query: DialogueListQuery, now: Date, except?: Facet): boolean {
  if (except !== 'form' && query.form && item.form !== query.form) return false;
  if (except !== 'step' && query.step && !item.steps.includes(query.step)) return false;
  if (except !== 'area' && query.area && item.areaSlug !== query.area) return false;
  if (except !== 'deadline' && query.deadline && item.closesAt.getTime() > now.getTime() + DEADLINES[query.deadline] * 86_400_000) return false;
  return true;
}

export type Facets = { form: Record<string, number>; step: Record<string, number>; area: Record<string, number>; deadline: Record<string, number> };

/** The filtered items (in the order given) and, per facet, how many each choice would show. */
export function filterDialogues<T extends Listed>(items: readonly T[], query: DialogueListQuery, now: Date): { items: T[]; facets: Facets } {
  const facets: Facets = { form: {}, step: {}, area: {}, deadline: {} };
  const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  for (const item of items) {
    if (matches(item, query, now, 'form')) bump(facets.form, item.form);
    if (matches(item, query, now, 'step')) for (const step of item.steps) bump(facets.step, step);
    if (matches(item, query, now, 'area')) bump(facets.area, item.areaSlug);
    if (matches(item, query, now, 'deadline')) {
      for (const [deadline, days] of Object.entries(DEADLINES)) if (item.closesAt.getTime() <= now.getTime() + days * 86_400_000) bump(facets.deadline, deadline);
    }
  }
  return { items: items.filter((item) => matches(item, query, now)), facets };
}

/** One page after the cursor (the id of the last item of the previous page); a stale cursor starts over. */
export function pageAfter<T extends { id: string }>(items: readonly T[], cursor: string | undefined): { page: T[]; nextCursor: string | null; invalidCursor: boolean } {
  const start = cursor ? items.findIndex((item) => item.id === cursor) + 1 : 0;
  const invalidCursor = Boolean(cursor) && start === 0;
  const from = invalidCursor ? 0 : start;
  const page = items.slice(from, from + PAGE_SIZE);
  const nextCursor = from + PAGE_SIZE < items.length ? page.at(-1)!.id : null;
  return { page, nextCursor, invalidCursor };
}
