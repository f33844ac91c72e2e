import { describe, expect, it } from 'vitest';

import type { LadderStep, MaturityAnswer } from '@/generated/prisma/enums';

import { checklistKeys, isChecklistKey, LADDER_CHECKLIST, MATURITY_ANSWERS, suggestedStep } from './ladder';

// The rule written out as a table, answer by answer (1 offers solutions, 2 prioritised area,
// 3 understands need), so each of the 27 combinations is checked against an explicit result.
const Y = 'YES', P = 'PARTLY', N = 'NO';
const TABLE: Array<[MaturityAnswer, MaturityAnswer, MaturityAnswer, LadderStep]> = [
  [Y, Y, Y, 'IMPLEMENT'], [Y, Y, P, 'IMPLEMENT'], [Y, Y, N, 'IMPLEMENT'],
  [Y, P, Y, 'IMPLEMENT'], [Y, P, P, 'IMPLEMENT'], [Y, P, N, 'IMPLEMENT'],
  [Y, N, Y, 'IMPLEMENT'], [Y, N, P, 'IMPLEMENT'], [Y, N, N, 'IMPLEMENT'],
  [P, Y, Y, 'INTRODUCE'], [P, Y, P, 'INTRODUCE'], [P, Y, N, 'INITIATE'],
  [P, P, Y, 'INTRODUCE'], [P, P, P, 'INTRODUCE'], [P, P, N, 'INITIATE'],
  [P, N, Y, 'INTRODUCE'], [P, N, P, 'INTRODUCE'], [P, N, N, 'INITIATE'],
  [N, Y, Y, 'INTRODUCE'], [N, Y, P, 'INTRODUCE'], [N, Y, N, 'INITIATE'],
  [N, P, Y, 'INTRODUCE'], [N, P, P, 'INTRODUCE'], [N, P, N, 'INITIATE'],
  [N, N, Y, 'INITIATE'], [N, N, P, 'INITIATE'], [N, N, N, 'INITIATE'],
];

describe('suggestedStep', () => {
  it('covers all 27 combinations of answers', () => {
    const combinations = new Set(TABLE.map(([a, b, c]) => `${a}/${b}/${c}`));
    expect(combinations.size).toBe(MATURITY_ANSWERS.length ** 3);
  });

  it.each(TABLE)('solutions %s, prioritised area %s, understands need %s → %s', (offersSolutions, prioritisedArea, understandsNeed, step) => {
    expect(suggestedStep({ offersSolutions, prioritisedArea, understandsNeed })).toBe(step);
  });

  it('places the report examples on their steps', () => {
    // Sustainable Mobility Challenge: no market, not yet understood → initiate (p. 23).
    expect(suggestedStep({ offersSolutions: 'NO', prioritisedArea: 'NO', understandsNeed: 'PARTLY' })).toBe('INITIATE');
    // Advanced wastewater treatment: techniques being tested, market understands → introduce.
    expect(suggestedStep({ offersSolutions: 'PARTLY', prioritisedArea: 'YES', understandsNeed: 'YES' })).toBe('INTRODUCE');
  });
});

describe('the ladder checklist', () => {
  it('lists the methods and dialogue topics of each step under distinct keys', () => {
    for (const step of ['IMPLEMENT', 'INTRODUCE', 'INITIATE'] as const) {
      const keys = checklistKeys(step);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.length).toBe(LADDER_CHECKLIST[step].methods.length + LADDER_CHECKLIST[step].topics.length);
    }
    expect(checklistKeys('INITIATE')).toContain('method.preCommercialProcurement');
  });

  it('accepts only the keys of the given step', () => {
    expect(isChecklistKey('INTRODUCE', 'method.testbed')).toBe(true);
    expect(isChecklistKey('INITIATE', 'method.testbed')).toBe(false);
    expect(isChecklistKey('INTRODUCE', 'testbed')).toBe(false);
  });
});
