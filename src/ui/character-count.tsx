'use client';

// How much of a text field's limit is used, under the field, as the person types. The field
// itself has no maxlength: a browser would cut pasted text without a word, so a text over the
// limit is kept whole and refused by the server with its length (src/server/input-rules.ts).
// Without JavaScript nothing is shown and the field's hint states the limit. The count is of
// the text as the server counts it (trimmed); crossing the limit is announced once, not every
// keystroke.
import { useEffect, useState } from 'react';

import type { Locale } from '@/i18n/locales';
import type { ClientMessages } from '@/i18n/client-messages';
import { fill } from '@/i18n/template';
import { formatNumber } from '@/ui/format';

export function CharacterCount({ fieldId, max, locale, messages }: { fieldId: string; max: number; locale: Locale; messages: ClientMessages<'input'> }) {
  const [count, setCount] = useState<number | null>(null);
  const countId = `${fieldId}-count`;

  // Listen on the document, not the field: a form remounts its fields after an answer from the
  // server (to show the values kept), and a listener on the old element would go quiet.
  useEffect(() => {
    const read = (field: EventTarget | null) => {
      if ((field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) && field.id === fieldId) setCount(field.value.trim().length);
    };
    const update = (event: Event) => read(event.target);
    read(document.getElementById(fieldId));
    document.addEventListener('input', update);
    return () => document.removeEventListener('input', update);
  }, [fieldId]);

  // After every render (the field may be a new element), tie the count to the field.
  useEffect(() => {
    const field = document.getElementById(fieldId);
    const described = new Set((field?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
    if (field && !described.has(countId)) field.setAttribute('aria-describedby', [...described, countId].join(' '));
  });

  if (count === null) return null;
  const over = count - max;
  const values = { count: formatNumber(count, locale), max: formatNumber(max, locale), over: formatNumber(Math.max(over, 0), locale) };
  return (
    <>
      <p id={countId} className={`text-sm tabular-nums ${over > 0 ? 'font-semibold text-red-800' : 'text-slate-700'}`}>
        {over > 0 ? fill(messages.input.counterOver, values) : fill(messages.input.counter, values)}
      </p>
      {/* Stays the same while the text is over the limit, so it is read once, on crossing it. */}
      <span className="sr-only" aria-live="polite">
        {over > 0 ? fill(messages.input.overLimit, { max: values.max }) : ''}
      </span>
    </>
  );
}
