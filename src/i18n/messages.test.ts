import { describe, expect, it } from 'vitest';

import { messageParts } from './messages';

type Part = keyof typeof messageParts.sv;
const parts = Object.keys(messageParts.sv) as Part[];

// Strings that are empty on purpose, in both languages: "no platform role" is never shown.
const emptyOnPurpose = new Set(['site.enums.platformRole.NONE']);

const kind = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/**
 * The first place where the English tree differs from the Swedish one, as a readable path and
 * reason, or null when they have the same shape: the same keys all the way down, arrays of the
 * same length, functions with the same number of parameters and no empty strings (except those
 * in emptyOnPurpose).
 */
function firstMismatch(sv: unknown, en: unknown, path: string): string | null {
  if (kind(sv) !== kind(en)) return `${path}: ${kind(sv)} in Swedish, ${kind(en)} in English`;
  if (typeof sv === 'string') {
    if (emptyOnPurpose.has(path)) return sv === '' && en === '' ? null : `${path}: should be empty in both languages`;
    if (sv.trim() === '') return `${path}: empty in Swedish`;
    if ((en as string).trim() === '') return `${path}: empty in English`;
    return null;
  }
  if (typeof sv === 'function') {
    const arity = (en as (...args: unknown[]) => unknown).length;
    return sv.length === arity ? null : `${path}: takes ${sv.length} arguments in Swedish, ${arity} in English`;
  }
  if (Array.isArray(sv)) {
    const english = en as unknown[];
    if (sv.length !== english.length) return `${path}: ${sv.length} items in Swedish, ${english.length} in English`;
    for (const [index, item] of sv.entries()) {
      const mismatch = firstMismatch(item, english[index], `${path}[${index}]`);
      if (mismatch) return mismatch;
    }
    return null;
  }
  if (typeof sv === 'object' && sv !== null) {
    const swedish = sv as Record<string, unknown>;
    const english = en as Record<string, unknown>;
    for (const key of Object.keys(swedish)) {
      if (!(key in english)) return `${path}.${key}: missing in English`;
    }
    for (const key of Object.keys(english)) {
      if (!(key in swedish)) return `${path}.${key}: missing in Swedish`;
    }
    for (const key of Object.keys(swedish)) {
      const mismatch = firstMismatch(swedish[key], english[key], `${path}.${key}`);
      if (mismatch) return mismatch;
    }
    return null;
  }
  return `${path}: unexpected ${kind(sv)}`;
}

/** Each name that more than one part defines, with the parts that define it. */
function definedTwice(namesOf: (part: Part) => string[]): string[] {
  const owners = new Map<string, Part[]>();
  for (const part of parts) {
    for (const name of namesOf(part)) owners.set(name, [...(owners.get(name) ?? []), part]);
  }
  return [...owners].filter(([, by]) => by.length > 1).map(([name, by]) => `${name} (${by.join(', ')})`);
}

describe('the message parts', () => {
  it('are the same parts in Swedish and English', () => {
    expect(Object.keys(messageParts.en).sort()).toEqual([...parts].sort());
  });

  it.each(parts)('%s has the same keys in Swedish and English', (part) => {
    const mismatch = firstMismatch(messageParts.sv[part], messageParts.en[part], part);
    expect(mismatch, mismatch ?? undefined).toBeNull();
  });

  it('never define the same section twice', () => {
    const sections = (part: Part) => Object.keys(messageParts.sv[part]).filter((section) => section !== 'refused');
    expect(definedTwice(sections)).toEqual([]);
  });

  it('never define the same refusal code twice', () => {
    const codes = (part: Part) => {
      const refused = (messageParts.sv[part] as { refused?: Record<string, string> }).refused;
      return refused ? Object.keys(refused) : [];
    };
    expect(definedTwice(codes)).toEqual([]);
  });
});
