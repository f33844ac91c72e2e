// The checklist of a ladder step in words: each stored key ("method.testbed") with its label
// and one-line explanation from the messages (ladder.items). Pure, shared by the need page
// and the audit log.
import type { LadderStep } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';

import { LADDER_CHECKLIST } from './ladder';

export type ChecklistItem = { key: string; label: string; explanation: string };

type ItemTexts = Messages['ladder']['items'];

const item = (kind: keyof ItemTexts, name: string, texts: ItemTexts): ChecklistItem => {
  const text = (texts[kind] as Record<string, { label: string; explanation: string }>)[name];
  return { key: `${kind}.${name}`, label: text?.label ?? name, explanation: text?.explanation ?? '' };
};

/** The step's methods and dialogue topics, in the report's order. */
export function checklistOf(step: LadderStep, messages: Messages): { methods: ChecklistItem[]; topics: ChecklistItem[] } {
  const { methods, topics } = LADDER_CHECKLIST[step];
  return {
    methods: methods.map((name) => item('method', name, messages.ladder.items)),
    topics: topics.map((name) => item('topic', name, messages.ladder.items)),
  };
}

/** A stored key's label, or undefined for a key that is not in the catalogue. */
export function checklistItemLabel(key: string, messages: Messages): string | undefined {
  const [kind, name] = key.split('.', 2);
  if ((kind !== 'method' && kind !== 'topic') || !name) return undefined;
  const texts = messages.ladder.items[kind] as Record<string, { label: string } | undefined>;
  return Object.hasOwn(texts, name) ? texts[name]?.label : undefined;
}
