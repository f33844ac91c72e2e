// A template filled with elements rather than strings, for a sentence of the page's language
// that quotes a text in another ("Rösta i rundan ”{title}”" with the title marked lang="sv" on
// an English page): the holes take React nodes, the rest of the sentence stays text.
import { Fragment, type ReactNode } from 'react';

import type { Template } from './template';

export function fillNodes<P extends string>(text: Template<P>, values: Record<P, ReactNode>): ReactNode {
  // split with a capturing group gives text, hole name, text, hole name, ..., text.
  const parts = text.split(/\{(\w+)\}/g);
  return parts.map((part, index) =>
    index % 2 === 0 ? part : <Fragment key={index}>{Object.hasOwn(values, part) ? values[part as P] : `{${part}}`}</Fragment>,
  );
}
