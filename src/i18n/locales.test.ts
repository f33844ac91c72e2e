import { describe, expect, it } from 'vitest';

import { contentLang, inPageLanguage, switchLocaleInPath } from './locales';
import { negotiateLocale } from './negotiate-locale';

describe('negotiateLocale', () => {
  it('defaults to Swedish without a header', () => {
    expect(negotiateLocale(null)).toBe('sv');
    expect(negotiateLocale('')).toBe('sv');
  });
  it('picks English when the browser prefers it', () => {
    expect(negotiateLocale('en-US,en;q=0.9')).toBe('en');
    expect(negotiateLocale('en-GB')).toBe('en');
  });
  it('picks Swedish when it is preferred over English', () => {
    expect(negotiateLocale('sv-SE,sv;q=0.9,en;q=0.8')).toBe('sv');
    expect(negotiateLocale('en;q=0.5,sv;q=0.9')).toBe('sv');
  });
  it('falls back to Swedish for languages Trappan does not have', () => {
    expect(negotiateLocale('de-DE,fr;q=0.8')).toBe('sv');
    expect(negotiateLocale('*')).toBe('sv');
  });
  it('uses the next preference when the first is unsupported', () => {
    expect(negotiateLocale('fi-FI,en;q=0.7')).toBe('en');
  });
  it('survives malformed headers', () => {
    expect(negotiateLocale(';;;,q=abc')).toBe('sv');
  });
});

describe('switchLocaleInPath', () => {
  it('keeps the page and the query', () => {
    expect(switchLocaleInPath('/sv/networks/konstgras', 'en')).toBe('/en/networks/konstgras');
    expect(switchLocaleInPath('/en/networks?after=bebo', 'sv')).toBe('/sv/networks?after=bebo');
  });
  it('handles the start page', () => {
    expect(switchLocaleInPath('/sv', 'en')).toBe('/en');
    expect(switchLocaleInPath('/', 'en')).toBe('/en');
  });
});

describe('the language of a text on a page', () => {
  it('is marked only when it differs from the page', () => {
    expect(contentLang('sv', 'en')).toBe('sv');
    expect(contentLang('sv', 'sv')).toBeUndefined();
  });

  it('is the page’s when the text exists in it, and the other language’s when only that exists', () => {
    expect(inPageLanguage({ sv: 'Konstgräs', en: 'Artificial turf' }, 'en')).toEqual({ text: 'Artificial turf', lang: 'en' });
    expect(inPageLanguage({ sv: 'Konstgräs', en: '' }, 'en')).toEqual({ text: 'Konstgräs', lang: 'sv' });
    expect(inPageLanguage({ sv: '', en: '' }, 'sv')).toEqual({ text: '', lang: 'sv' });
  });
});
