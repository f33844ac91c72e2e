import { describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';

import { checklistItemLabel, checklistOf } from './checklist-items';
import { checklistKeys, LADDER_STEPS } from './ladder';

describe('checklist texts', () => {
  it.each(['sv', 'en'] as const)('has a label and an explanation for every item of every step (%s)', (locale) => {
    const messages = getMessages(locale);
    for (const step of LADDER_STEPS) {
      const { methods, topics } = checklistOf(step, messages);
      expect([...methods, ...topics].map((item) => item.key)).toEqual(checklistKeys(step));
      for (const item of [...methods, ...topics]) {
        expect(item.label, item.key).not.toBe(item.key.split('.')[1]);
        expect(item.explanation.length, item.key).toBeGreaterThan(10);
      }
    }
  });

  it('names a stored key, and nothing for an unknown one', () => {
    const messages = getMessages('sv');
    expect(checklistItemLabel('method.testbed', messages)).toBe('Testbädd');
    expect(checklistItemLabel('topic.toString', messages)).toBeUndefined();
    expect(checklistItemLabel('nonsense', messages)).toBeUndefined();
  });
});
