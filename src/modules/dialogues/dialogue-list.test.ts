import { describe, expect, it } from 'vitest';

import { filterDialogues, PAGE_SIZE, pageAfter, parseDialogueListQuery, type Listed } from './dialogue-list';

const now = new Date('2026-12-07T10:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);

const items: Listed[] = [
  { id: 'a', form: 'RFI', closesAt: inDays(3), areaSlug: 'miljo', steps: ['INTRODUCE'] },
  { id: 'b', form: 'ONE_TO_ONE', closesAt: inDays(20), areaSlug: 'vatten', steps: ['IMPLEMENT', 'INTRODUCE'] },
  { id: 'c', form: 'RFI', closesAt: inDays(60), areaSlug: 'vatten', steps: [] },
];

describe('parseDialogueListQuery', () => {
  it('keeps known values and drops the rest', () => {
    expect(parseDialogueListQuery({ form: 'RFI', step: 'INITIATE', area: 'miljo', deadline: 'week', cursor: 'abc' })).toEqual({
      form: 'RFI',
      step: 'INITIATE',
      area: 'miljo',
      deadline: 'week',
      cursor: 'abc',
    });
    expect(parseDialogueListQuery({ form: 'DROP TABLE', step: ['INITIATE', 'IMPLEMENT'], area: '<script>', deadline: 'year', cursor: '../x' })).toEqual({});
  });
});

describe('filterDialogues', () => {
  it('filters by form, step, area and deadline together', () => {
    expect(filterDialogues(items, { form: 'RFI' }, now).items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(filterDialogues(items, { step: 'INTRODUCE' }, now).items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(filterDialogues(items, { area: 'vatten', deadline: 'month' }, now).items.map((i) => i.id)).toEqual(['b']);
    expect(filterDialogues(items, { form: 'CONSULTATION' }, now).items).toEqual([]);
  });

  it('counts each choice with the other filters applied', () => {
    const { facets } = filterDialogues(items, { form: 'RFI' }, now);
    // The form facet ignores the form filter itself; the others count only RFIs.
    expect(facets.form).toEqual({ RFI: 2, ONE_TO_ONE: 1 });
    expect(facets.area).toEqual({ miljo: 1, vatten: 1 });
    expect(facets.step).toEqual({ INTRODUCE: 1 });
    expect(facets.deadline).toEqual({ week: 1, month: 1 });
  });
});

describe('pageAfter', () => {
  const many = Array.from({ length: PAGE_SIZE + 5 }, (_, index) => ({ id: `d${index}` }));

  it('pages on from the cursor', () => {
    const first = pageAfter(many, undefined);
    expect(first.page).toHaveLength(PAGE_SIZE);
    expect(first.nextCursor).toBe(`d${PAGE_SIZE - 1}`);
    const second = pageAfter(many, first.nextCursor!);
    expect(second.page.map((item) => item.id)).toEqual(['d20', 'd21', 'd22', 'd23', 'd24']);
    expect(second.nextCursor).toBeNull();
  });

  it('starts over, and says so, on a cursor that no longer matches', () => {
    expect(pageAfter(many, 'gone')).toMatchObject({ invalidCursor: true, nextCursor: `d${PAGE_SIZE - 1}` });
  });
});
