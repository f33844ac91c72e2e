import { describe, expect, it } from 'vitest';

import { safeCallbackPath } from './callback-path';

describe('safeCallbackPath', () => {
  it('keeps a path on this site', () => {
    expect(safeCallbackPath('/sv/me', 'sv')).toBe('/sv/me');
    expect(safeCallbackPath('/en/networks?after=bebo', 'en')).toBe('/en/networks?after=bebo');
  });
  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/api/health', '/sv/sign-in'])(
    'refuses %s and falls back to /me',
    (value) => {
      expect(safeCallbackPath(value, 'sv')).toBe('/sv/me');
    },
  );
  it('falls back when nothing is given', () => {
    expect(safeCallbackPath(undefined, 'en')).toBe('/en/me');
    expect(safeCallbackPath(['/sv/me'], 'sv')).toBe('/sv/me');
  });
});
