import { describe, expect, it } from 'vitest';

import { groupByStep, hasFilters, parseBoardFilters, statusesShown } from './ladder-board';

describe('parseBoardFilters', () => {
  it('reads the known filters and ignores malformed ones', () => {
    const filters = parseBoardFilters({ status: 'PROPOSED', area: 'miljo', owner: 'user_1', closed: '1' }, { ownersVisible: true });
    expect(filters).toEqual({ status: 'PROPOSED', area: 'miljo', owner: 'user_1', includeClosed: true });
    expect(parseBoardFilters({ status: 'DONE', area: '<script>', owner: ['a b'] }, { ownersVisible: true })).toEqual({
      status: null,
      area: null,
      owner: null,
      includeClosed: false,
    });
  });

  it('ignores the owner filter for readers who do not see owners', () => {
    expect(parseBoardFilters({ owner: 'user_1' }, { ownersVisible: false }).owner).toBeNull();
  });

  it('tells whether any filter is set', () => {
    expect(hasFilters(parseBoardFilters({}, { ownersVisible: true }))).toBe(false);
    expect(hasFilters(parseBoardFilters({ closed: '1' }, { ownersVisible: true }))).toBe(true);
  });
});

describe('statusesShown', () => {
  const none = { status: null, area: null, owner: null, includeClosed: false };

  it('shows the open needs by default, and the closed ones when asked', () => {
    expect(statusesShown(none)).not.toContain('ARCHIVED');
    expect(statusesShown(none)).not.toContain('IMPLEMENTED');
    expect(statusesShown({ ...none, includeClosed: true })).toEqual(expect.arrayContaining(['ARCHIVED', 'IMPLEMENTED', 'PROPOSED']));
  });

  it('shows a status asked for, even a closed one', () => {
    expect(statusesShown({ ...none, status: 'ARCHIVED' })).toEqual(['ARCHIVED']);
  });
});

describe('groupByStep', () => {
  it('sorts the needs into the ladder order and keeps the unassessed apart', () => {
    const needs = [
      { id: 'a', ladderStep: 'IMPLEMENT' as const },
      { id: 'b', ladderStep: null },
      { id: 'c', ladderStep: 'INITIATE' as const },
      { id: 'd', ladderStep: 'INITIATE' as const },
    ];
    const columns = groupByStep(needs);
    expect(columns.steps.map((column) => [column.step, column.needs.map((n) => n.id)])).toEqual([
      ['INITIATE', ['c', 'd']],
      ['INTRODUCE', []],
      ['IMPLEMENT', ['a']],
    ]);
    expect(columns.unassessed.map((n) => n.id)).toEqual(['b']);
  });
});
