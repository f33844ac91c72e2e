// The input rules every form shares, in both languages: required, too long (never cut), web
// addresses typed without a scheme, and Swedish time that must lie ahead.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { getMessages } from '@/i18n/messages';
import { formatNumber } from '@/ui/format';

import { instantProblem, optionalText, requiredText, textProblem, typedText, webAddress } from './input-rules';
import { typedWebAddress } from './web-address';

const sv = getMessages('sv');
const en = getMessages('en');

describe('required and limited texts', () => {
  it('says an empty required text is required, in both languages, never that it is too long', () => {
    expect(requiredText(sv, 'Rubrik', 200).safeParse('   ').error?.issues[0]?.message).toBe('Fyll i rubrik.');
    expect(requiredText(en, 'Title', 200).safeParse(undefined).error?.issues[0]?.message).toBe('Fill in title.');
  });

  it('refuses a text over its limit with its length, and never cuts it', () => {
    const long = 'ord '.repeat(300).trim();
    const sv1 = requiredText(sv, 'Motivering', 1000).safeParse(long);
    expect(sv1.success).toBe(false);
    expect(sv1.error?.issues[0]?.message).toBe('Texten är 1\u00a0199 tecken, högst 1\u00a0000 får plats. Korta den med 199 tecken.');
    expect(optionalText(en, 1000).safeParse(long).error?.issues[0]?.message).toBe('The text is 1,199 characters; at most 1,000 fit. Shorten it by 199.');
    // At the limit it is kept whole.
    const exact = 'å'.repeat(1000);
    expect(requiredText(sv, 'Motivering', 1000).parse(exact)).toBe(exact);
  });

  it('writes the limit and the length as the counter under the field does, for the language', () => {
    const text = 'x'.repeat(5012);
    expect(optionalText(sv, 5000).safeParse(text).error?.issues[0]?.message).toBe('Texten är 5\u00a0012 tecken, högst 5\u00a0000 får plats. Korta den med 12 tecken.');
    expect(optionalText(en, 5000).safeParse(text).error?.issues[0]?.message).toBe('The text is 5,012 characters; at most 5,000 fit. Shorten it by 12.');
    // The counter's own formatting (src/ui/character-count.tsx), so the two never disagree.
    expect(sv.input.tooLong(5000, 5012)).toContain(`högst ${formatNumber(5000, 'sv')} `);
    expect(en.input.tooLong(12000, 12001)).toContain(`at most ${formatNumber(12000, 'en')} `);
  });

  it('trims and counts a line break as one character, as the browser counter does', () => {
    expect(typedText('  rad ett\r\nrad två  ')).toBe('rad ett\nrad två');
    expect(textProblem('a\nb', 3, { t: sv.input })).toBeNull();
    expect(optionalText(sv, 10).parse(undefined)).toBe('');
  });

  it('reads a field the form left out as empty, in an object too', () => {
    const form = z.object({ title: requiredText(sv, 'Rubrik', 200), note: optionalText(sv, 10), link: webAddress(sv) });
    expect(form.parse({ title: 'Punkt' })).toEqual({ title: 'Punkt', note: '', link: null });
    expect(form.safeParse({}).error?.issues.map((issue) => issue.message)).toEqual(['Fyll i rubrik.']);
  });
});

describe('web addresses', () => {
  it('reads an address typed without https:// as https', () => {
    expect(typedWebAddress('www.malmo.se')).toBe('https://www.malmo.se');
    expect(typedWebAddress(' malmo.se/bygga-och-bo?x=1 ')).toBe('https://malmo.se/bygga-och-bo?x=1');
    expect(typedWebAddress('göteborg.se')).toBe('https://göteborg.se');
    expect(typedWebAddress('http://www.umea.se')).toBe('http://www.umea.se');
    expect(typedWebAddress('https://www.malmo.se/')).toBe('https://www.malmo.se/');
  });

  it('refuses what is no web address', () => {
    for (const value of ['malmo', 'mailto:a@malmo.se', 'javascript:alert(1)', 'www malmo se', 'ftp://malmo.se', 'https://', '.se', 'a@malmo.se']) {
      expect(typedWebAddress(value), value).toBeNull();
    }
  });

  it('gives the shared messages in both languages, and an empty optional link is null', () => {
    expect(webAddress(sv).parse('www.malmo.se')).toBe('https://www.malmo.se');
    expect(webAddress(sv).parse('  ')).toBeNull();
    expect(webAddress(sv).safeParse('malmo').error?.issues[0]?.message).toBe(sv.input.webAddress);
    expect(webAddress(en, { required: 'Link' }).safeParse('').error?.issues[0]?.message).toBe('Fill in link.');
    expect(webAddress(sv, { max: 20 }).safeParse('www.malmo.se/en-lang-adress').error?.issues[0]?.message).toContain('högst 20');
  });
});

describe('times in Swedish time', () => {
  const now = new Date('2026-12-07T09:00:00Z');

  it('reads a datetime-local value as Swedish time', () => {
    expect(instantProblem('2026-12-10 12:00'.replace(' ', 'T'), { t: sv.input, after: now })).toEqual({ instant: new Date('2026-12-10T11:00:00Z'), problem: null });
  });

  it('refuses a time that has passed, an invalid one and a missing required one, in both languages', () => {
    expect(instantProblem('2025-03-01T10:00', { t: sv.input, after: now }).problem).toBe(sv.input.inPast);
    expect(instantProblem('2026-12-07T10:00', { t: en.input, after: now }).problem).toBe(en.input.inPast); // 09:00 UTC is 10:00 in Stockholm
    expect(instantProblem('2026-13-01T10:00', { t: sv.input }).problem).toBe(sv.input.invalidTime);
    expect(instantProblem('', { t: sv.input, required: 'Start' }).problem).toBe('Fyll i start.');
    expect(instantProblem('', { t: sv.input }).problem).toBeNull();
  });
});
