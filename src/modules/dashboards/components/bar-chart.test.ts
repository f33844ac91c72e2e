import { describe, expect, it } from 'vitest';

import { wrapCategoryLabel } from './bar-chart';

describe('a chart category’s label', () => {
  it('stays on one line when it fits, and one word is never split', () => {
    expect(wrapCategoryLabel('Föreslaget', 12)).toEqual(['Föreslaget']);
    expect(wrapCategoryLabel('Marknadstestat', 12)).toEqual(['Marknadstestat']);
  });

  it('breaks into two lines at the space that makes the longer line shortest', () => {
    expect(wrapCategoryLabel('Under förberedelse', 12)).toEqual(['Under', 'förberedelse']);
    expect(wrapCategoryLabel('Sanering av förorenad mark och vatten', 12)).toEqual(['Sanering av förorenad', 'mark och vatten']);
  });
});
