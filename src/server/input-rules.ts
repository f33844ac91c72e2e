// The input rules every form shares, as zod pieces in the person's language: a required text
// that is empty says "Fyll i …" (never "at most 200 characters"); a text over its limit is
// refused with its length and the limit, never cut; a link typed without https:// is read
// as https (www.malmo.se); a time is Swedish time and, where the form says so, ahead of now.
// Pure (no database, no server-only import), so the schemas of every domain use them and the
// rules are unit-tested once (input-rules.test.ts).
import { z } from 'zod';

import type { Messages } from '@/i18n/messages';
import { parseStockholmInput } from '@/i18n/stockholm-time';

import { typedWebAddress } from './web-address';

type InputMessages = Messages['input'];

/** A text field's value as people mean it: trimmed, line breaks as \n (what the limit counts). */
export const typedText = (value: unknown): string => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '');

/** Why the text is not acceptable (required and empty, or over the limit); null when it is. */
export function textProblem(value: string, max: number, options: { required?: string | false; t: InputMessages }): string | null {
  if (!value) return options.required ? options.t.required(options.required) : null;
  if (value.length > max) return options.t.tooLong(max, value.length);
  return null;
}

// What a form field sends, or nothing: a field a form leaves out (or a disabled one) is read as
// empty, so "Fyll i …" or '' answers it rather than zod's "expected nonoptional" in English.
const fieldValue = () => z.unknown().optional();

/** A required text of at most `max` characters; `label` names it in "Fyll i …". */
export function requiredText(t: Messages, label: string, max: number) {
  return fieldValue().transform((value, ctx) => {
    const text = typedText(value);
    const problem = textProblem(text, max, { required: label, t: t.input });
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return text;
  });
}

/** An optional text of at most `max` characters; empty is ''. */
export function optionalText(t: Messages, max: number) {
  return fieldValue().transform((value, ctx) => {
    const text = typedText(value);
    const problem = textProblem(text, max, { t: t.input });
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return text;
  });
}

/** A web address as typed ("www.malmo.se" is https://www.malmo.se); null when left empty and optional. */
export function webAddress(t: Messages, options: { required?: string; max?: number } = {}) {
  return fieldValue().transform((value, ctx): string | null => {
    const text = typedText(value);
    if (!text) {
      if (!options.required) return null;
      ctx.addIssue({ code: 'custom', message: t.input.required(options.required) });
      return z.NEVER;
    }
    const url = typedWebAddress(text);
    if (!url) {
      ctx.addIssue({ code: 'custom', message: t.input.webAddress });
      return z.NEVER;
    }
    if (options.max && url.length > options.max) {
      ctx.addIssue({ code: 'custom', message: t.input.tooLong(options.max, url.length) });
      return z.NEVER;
    }
    return url;
  });
}

/**
 * A point in time typed in Swedish time (a datetime-local value), as an instant, or why it is
 * not acceptable: empty (when required), not a time, or (with `after`) not after that instant.
 */
export function instantProblem(
  value: string,
  options: { t: InputMessages; required?: string | false; invalid?: string; after?: Date; inPast?: string },
): { instant: Date | null; problem: string | null } {
  if (!value) return { instant: null, problem: options.required ? options.t.required(options.required) : null };
  const instant = parseStockholmInput(value);
  if (!instant) return { instant: null, problem: options.invalid ?? options.t.invalidTime };
  if (options.after && instant <= options.after) return { instant, problem: options.inPast ?? options.t.inPast };
  return { instant, problem: null };
}
