import { describe, expect, it } from 'vitest';

import { firstFreeSlug, NETWORK_SLUG_MAX, networkSlugFrom, RESERVED_NETWORK_SLUGS, slugCandidate, slugCandidates, slugProblem } from './network-slug';

describe('networkSlugFrom', () => {
  it.each([
    ['Konstgräs', 'konstgras'],
    ['Hållbar välfärdsteknik i Norrbotten', 'hallbar-valfardsteknik-i-norrbotten'],
    ['ÅÄÖ åäö', 'aao-aao'],
    ['Café Épée', 'cafe-epee'],
    ['Müller & Søn – Zürich', 'muller-son-zurich'],
    ['Łódź, Ærø og Straße', 'lodz-aero-og-strasse'],
    ['  --Avancerad   rening!! av avloppsvatten--  ', 'avancerad-rening-av-avloppsvatten'],
    ['Nätverk 2026/27', 'natverk-2026-27'],
    ['E-hälsa: (pilot)', 'e-halsa-pilot'],
  ])('%j → %j', (name, slug) => {
    expect(networkSlugFrom(name)).toBe(slug);
  });

  it('gives nothing for a name without letters or digits it can spell', () => {
    expect(networkSlugFrom('!!! ???')).toBe('');
    expect(networkSlugFrom('北京')).toBe('');
    expect(networkSlugFrom('')).toBe('');
  });

  it(`keeps at most ${NETWORK_SLUG_MAX} characters, ending at a word where one is near, never at a dash`, () => {
    const long = networkSlugFrom(`${'Beställarnätverk för innovationsupphandling '.repeat(4)}i Västra Götaland`);
    expect(long.length).toBeLessThanOrEqual(NETWORK_SLUG_MAX);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(long.startsWith('bestallarnatverk-for-innovationsupphandling-bestallarnatverk')).toBe(true);
    // One word longer than the limit is cut inside the word.
    expect(networkSlugFrom('a'.repeat(200))).toBe('a'.repeat(NETWORK_SLUG_MAX));
  });

  it('only ever gives lower-case letters, digits and single dashes', () => {
    for (const name of ['Ö-Ö', 'x__y', 'Ä  -  B', '1 2 3', 'ﬁnal ﬂow', 'Ⅻ apostlar']) {
      expect(networkSlugFrom(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('slugProblem', () => {
  it('refuses an empty slug and the words routes under /networks use', () => {
    expect(slugProblem('')).toBe('empty');
    expect(slugProblem(networkSlugFrom('New'))).toBe('reserved');
    for (const word of RESERVED_NETWORK_SLUGS) expect(slugProblem(word)).toBe('reserved');
    expect(slugProblem('new-kind-of-network')).toBeNull();
    expect(slugProblem('konstgras')).toBeNull();
  });
});

describe('unique slugs', () => {
  it('numbers the candidates from 2', () => {
    expect(slugCandidates('konstgras', 3)).toEqual(['konstgras', 'konstgras-2', 'konstgras-3']);
    expect(slugCandidate('konstgras', 12)).toBe('konstgras-12');
  });

  it('keeps a numbered candidate within the limit', () => {
    const base = 'a'.repeat(NETWORK_SLUG_MAX);
    expect(slugCandidate(base, 2)).toBe(`${'a'.repeat(NETWORK_SLUG_MAX - 2)}-2`);
    expect(slugCandidate(base, 10)).toHaveLength(NETWORK_SLUG_MAX);
    const words = networkSlugFrom(`${'natverk '.repeat(10)}slut`);
    expect(words).toBe(`${'natverk-'.repeat(9)}natverk`);
    expect(slugCandidate(words, 2)).toBe(`${'natverk-'.repeat(8)}natverk-2`);
  });

  it('takes the first candidate no network has or had', () => {
    const candidates = slugCandidates('konstgras', 4);
    expect(firstFreeSlug(candidates, new Set())).toBe('konstgras');
    expect(firstFreeSlug(candidates, new Set(['konstgras']))).toBe('konstgras-2');
    expect(firstFreeSlug(candidates, new Set(['konstgras', 'konstgras-2', 'konstgras-4']))).toBe('konstgras-3');
    expect(firstFreeSlug(candidates, new Set(candidates))).toBeNull();
  });
});
