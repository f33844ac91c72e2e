import { describe, expect, it } from 'vitest';

import { pickMessages } from './pick-messages';

describe('picking messages for client components', () => {
  it('gives only the sections asked for, in the language asked for', () => {
    const picked = pickMessages('en', 'errors', 'actions');
    expect(Object.keys(picked).sort()).toEqual(['actions', 'errors']);
    expect(picked.errors.retry).toBe('Try again');
    expect(pickMessages('sv', 'errors').errors.retry).toBe('Försök igen');
  });

  it('leaves the functions out, so the result can travel to the browser', () => {
    const { registry } = pickMessages('sv', 'registry');
    expect(JSON.parse(JSON.stringify(registry))).toEqual(registry);
    expect('resultCount' in registry).toBe(false);
    expect(registry.title).toBe('Beställarnätverk');
  });
});
