import { describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';

import { factorAssessmentSchema, spreadOf, SUCCESS_FACTORS } from './success-factors';

const sv = getMessages('sv');
const complete = (overrides: Record<string, string> = {}) => ({
  networkId: 'n1',
  scope: 'secretariat',
  ...Object.fromEntries(SUCCESS_FACTORS.map((factor, i) => [`score-${factor}`, String((i % 5) + 1)])),
  'comment-GOAL': '  Programförklaringen är antagen.  ',
  ...overrides,
});

describe('the success-factor form', () => {
  it('reads a score for every factor and a trimmed comment', () => {
    const result = factorAssessmentSchema(sv).parse(complete());
    expect(result.scores).toEqual([
      { factor: 'GOAL', score: 1, comment: 'Programförklaringen är antagen.' },
      { factor: 'STRUCTURE', score: 2, comment: '' },
      { factor: 'ENGAGEMENT', score: 3, comment: '' },
      { factor: 'COMMUNICATION', score: 4, comment: '' },
      { factor: 'FUNDING', score: 5, comment: '' },
    ]);
  });

  it('names the factor without a score, refuses a score outside 1 to 5 and a comment over the limit', () => {
    const input: Record<string, string> = complete({ 'score-FUNDING': '6', 'comment-STRUCTURE': 'x'.repeat(1001) });
    delete input['score-ENGAGEMENT'];
    const result = factorAssessmentSchema(sv).safeParse(input);
    expect(result.success).toBe(false);
    const errors = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(errors['score-ENGAGEMENT']).toBe('Välj en skattning för Engagemang.');
    expect(errors['score-FUNDING']).toBe('Välj en skattning för Finansiering.');
    expect(errors['comment-STRUCTURE']).toMatch(/högst 1\s000/);
  });
});

describe('the spread of the members’ views', () => {
  it('gives the lowest, the highest and the median', () => {
    expect(spreadOf([4, 2, 5])).toEqual({ min: 2, max: 5, median: 4, count: 3 });
    expect(spreadOf([3, 4])).toEqual({ min: 3, max: 4, median: 3.5, count: 2 });
    expect(spreadOf([])).toBeNull();
  });
});
