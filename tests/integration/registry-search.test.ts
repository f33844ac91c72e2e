// Search, filters, facet counts, sorting and cursors of the registry on the seeded networks
// of 2019, against a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { decodeCursor, parseRegistryQuery } from '@/modules/registry/registry-query';
import { registryFacets, searchRegistry } from '@/modules/registry/search';

import { createDemoDatabaseForApp, type TestDatabase } from './test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createDemoDatabaseForApp();
});
afterAll(async () => {
  await database.drop();
});

const query = (params: Record<string, string>) => {
  const parsed = parseRegistryQuery(params);
  expect(parsed.invalid).toEqual([]);
  return parsed.query;
};
const slugs = async (params: Record<string, string>) => (await searchRegistry(query(params))).networks.map((n) => n.slug);

describe('full-text search with Swedish stemming', () => {
  it('finds Konstgräs from "konstgräsplan"', async () => {
    expect((await slugs({ q: 'konstgräsplan' }))[0]).toBe('konstgras');
  });
  it('finds advanced wastewater treatment from "avloppsvattnet"', async () => {
    expect(await slugs({ q: 'avloppsvattnet' })).toEqual(['avancerad-rening-av-avloppsvatten']);
  });
  it('searches arranger and funder names', async () => {
    expect(await slugs({ q: 'Naturvårdsverket' })).toEqual(
      expect.arrayContaining(['konstgras', 'renare-mark-och-vatten', 'avancerad-rening-av-avloppsvatten']),
    );
    expect(await slugs({ q: 'Byggherrarna' })).toEqual(expect.arrayContaining(['bebo', 'belok']));
  });
  it('requires every word to match', async () => {
    expect(await slugs({ q: 'konstgräs välfärdsteknik' })).toEqual([]);
  });
  it('ranks a match in the name above one in the description', async () => {
    const result = await slugs({ q: 'välfärdsteknik' });
    expect(result[0]).toBe('valfardsteknik');
  });
  it('returns nothing rather than failing for text with no words', async () => {
    expect((await searchRegistry(query({ q: '!!! ...' }))).total).toBe(10);
  });
});

describe('a search repeated with other words', () => {
  // On PostgreSQL a search is a prepared statement, and after five runs on a connection
  // PostgreSQL may switch to one plan for every set of words: each search must still get
  // its own answer.
  it('finds what each word finds, however often the same search has run before', async () => {
    for (let run = 0; run < 12; run++) {
      expect((await slugs({ q: 'konstgräsplan', status: 'active' }))[0]).toBe('konstgras');
      expect(await slugs({ q: 'avloppsvattnet', status: 'active' })).toEqual(['avancerad-rening-av-avloppsvatten']);
      expect(await slugs({ q: 'välfärdsteknik konstgräs', status: 'active' })).toEqual([]);
    }
  });
  it('keeps totals and the next page right on a first page and after a cursor', async () => {
    const first = await searchRegistry(query({ q: 'Naturvårdsverket', limit: '1' }));
    expect(first.total).toBeGreaterThan(1);
    const second = await searchRegistry({ ...query({ q: 'Naturvårdsverket', limit: '1' }), cursor: decodeCursor(first.nextCursor!, 'relevance')! });
    expect(second.total).toBe(first.total);
    expect(second.networks[0]?.slug).not.toBe(first.networks[0]?.slug);
    expect(second.networks).toHaveLength(1);
  });
});

describe('filters', () => {
  it('filter by initiator, status, area, funder, county, start year and open membership', async () => {
    expect(await slugs({ initiator: 'buyer' })).toEqual(['4s-ledningsnat', 'digitala-tjanster-inom-socialtjansten', 'valfardsteknik']);
    expect(await slugs({ status: 'forming' })).toEqual(['raddningstjanst']);
    expect(await slugs({ funder: 'naturvardsverket' })).toEqual(['avancerad-rening-av-avloppsvatten', 'konstgras', 'renare-mark-och-vatten']);
    expect(await slugs({ funder: 'membership-fees' })).toEqual(['4s-ledningsnat']);
    // Skåne (12): Malmö in Konstgräs, and in the demo history Lund and Helsingborg in two others.
    expect(await slugs({ county: '12' })).toEqual(['avancerad-rening-av-avloppsvatten', 'digitala-tjanster-inom-socialtjansten', 'konstgras']);
    expect(await slugs({ yearTo: '2012' })).toEqual(['4s-ledningsnat', 'bebo', 'belok']);
    expect((await searchRegistry(query({ yearFrom: '2018', yearTo: '2018' }))).total).toBe(4);
    expect(await slugs({ open: '1' })).toEqual([]);
    const konstgrasArea = (await searchRegistry(query({ q: 'konstgräs' }))).networks[0]!.area.slug;
    expect(await slugs({ area: konstgrasArea })).toEqual(['konstgras']);
  });

  it('combine with each other and with search', async () => {
    expect(await slugs({ initiator: 'agency', funder: 'energimyndigheten' })).toEqual(['a-challenge-from-sweden', 'bebo', 'belok']);
    expect(await slugs({ initiator: 'agency', funder: 'energimyndigheten', yearFrom: '2000' })).toEqual(['a-challenge-from-sweden', 'belok']);
    expect(await slugs({ initiator: 'buyer', funder: 'naturvardsverket' })).toEqual([]);
    expect((await slugs({ q: 'naturvårdsverket', county: '12' })).sort()).toEqual(['avancerad-rening-av-avloppsvatten', 'konstgras']);
  });

  it('count each choice given the other filters', async () => {
    const facets = await registryFacets(query({ initiator: 'buyer' }));
    // The initiator facet ignores its own filter, so both choices stay visible.
    expect(facets.initiator).toEqual(expect.arrayContaining([{ value: 'agency', count: 7 }, { value: 'buyer', count: 3 }]));
    expect(facets.status).toEqual([{ value: 'active', count: 3 }]);
    expect(facets.funder).toEqual(
      expect.arrayContaining([
        { value: 'vinnova', label: 'Vinnova', count: 2 },
        { value: 'membership-fees', count: 1 },
      ]),
    );
    // Among the buyer-initiated networks only Digitala tjänster inom socialtjänsten has members
    // with a county: SKL (01) and, in the demo history, Norrköping (05), Helsingborg (12),
    // Örebro (18) and Sundsvall (22).
    expect(Object.fromEntries(facets.county.map((c) => [c.value, c.count]))).toEqual({ '01': 1, '05': 1, '12': 1, '18': 1, '22': 1 });

    const withCounty = await registryFacets(query({ funder: 'naturvardsverket' }));
    // Konstgräs has members in 01, 05, 12, 14 and 24; Avancerad rening av avloppsvatten in 01
    // (Svenskt Vatten, Stockholm Vatten och Avfall) and, in the demo history, 12 (Lund), 18
    // (Örebro) and 19 (Västerås); Jönköping (06) has left it.
    expect(Object.fromEntries(withCounty.county.map((c) => [c.value, c.count]))).toEqual({ '01': 2, '05': 1, '12': 2, '14': 1, '18': 1, '19': 1, '24': 1 });
    expect(withCounty.initiator).toEqual([{ value: 'agency', count: 3 }]);
    expect(withCounty.open).toBe(0);
  });
});

describe('sorting and cursors', () => {
  async function walk(params: Record<string, string>) {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const parsed = parseRegistryQuery({ ...params, ...(cursor ? { cursor } : {}) });
      expect(parsed.invalid).toEqual([]);
      const result = await searchRegistry(parsed.query);
      seen.push(...result.networks.map((n) => n.slug));
      cursor = result.nextCursor ?? undefined;
    } while (cursor);
    return seen;
  }

  it.each(['name', 'year', 'members', 'activity'])('pages through every network once when sorted by %s', async (sort) => {
    const seen = await walk({ sort, limit: '3' });
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
  });

  it('sorts by start year, newest first, unknown last', async () => {
    const seen = await walk({ sort: 'year', limit: '4' });
    expect(seen.at(-1)).toBe('raddningstjanst');
    expect(seen.slice(-3, -1)).toEqual(['belok', 'bebo']);
  });

  it('sorts by member count', async () => {
    expect((await walk({ sort: 'members', limit: '2' }))[0]).toBe('konstgras');
  });

  it('pages through search results by relevance', async () => {
    const seen = await walk({ q: 'naturvårdsverket', limit: '1' });
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
  });

  it('reports the total of all pages', async () => {
    const result = await searchRegistry(query({ limit: '2' }));
    expect(result.networks).toHaveLength(2);
    expect(result.total).toBe(10);
  });

  // Forward with the next cursors, recording each page and where it starts; then back from the
  // last page with the previous cursors, which must give the same pages in the same places.
  it.each([
    [{ sort: 'name', limit: '3' }],
    [{ sort: 'year', limit: '3' }],
    [{ sort: 'members', limit: '4' }],
    [{ sort: 'activity', limit: '3' }],
    [{ q: 'naturvårdsverket', limit: '1' }],
  ])('pages back through %o with previous cursors, each page placed among all matches', async (params) => {
    const forward: Array<{ slugs: string[]; offset: number; previousCursor: string | null }> = [];
    let cursor: string | undefined;
    let last;
    do {
      const parsed = parseRegistryQuery({ ...params, ...(cursor ? { cursor } : {}) });
      expect(parsed.invalid).toEqual([]);
      last = await searchRegistry(parsed.query);
      forward.push({ slugs: last.networks.map((n) => n.slug), offset: last.offset, previousCursor: last.previousCursor });
      cursor = last.nextCursor ?? undefined;
    } while (cursor);

    const limit = Number(params.limit);
    expect(forward.map((page) => page.offset)).toEqual(forward.map((_, i) => i * limit));
    expect(forward[0]?.previousCursor).toBeNull();
    expect(forward.slice(1).every((page) => page.previousCursor !== null)).toBe(true);

    const backward: typeof forward = [];
    let previous = forward.at(-1)!.previousCursor;
    while (previous) {
      const parsed = parseRegistryQuery({ ...params, cursor: previous });
      expect(parsed.invalid).toEqual([]);
      expect(parsed.query.cursor?.before).toBe(true);
      const page = await searchRegistry(parsed.query);
      expect(page.nextCursor).not.toBeNull();
      expect(page.total).toBe(last.total);
      backward.unshift({ slugs: page.networks.map((n) => n.slug), offset: page.offset, previousCursor: page.previousCursor });
      previous = page.previousCursor;
    }
    expect(backward.map((page) => [page.offset, page.slugs])).toEqual(forward.slice(0, -1).map((page) => [page.offset, page.slugs]));
  });
});

describe('members-only data', () => {
  it('is not in the registry rows', async () => {
    const { networks } = await searchRegistry(query({ q: 'konstgräs' }));
    const text = JSON.stringify(networks);
    expect(text).not.toMatch(/@trappan\.test|Johan Ek|Sara Nyström|passwordHash/);
  });
});
