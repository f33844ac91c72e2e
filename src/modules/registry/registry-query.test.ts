import { describe, expect, it } from 'vitest';

import { decodeCursor, encodeCursor, parseRegistryQuery, registryQueryToParams, searchTerms } from './registry-query';

describe('parseRegistryQuery', () => {
  it('reads every filter', () => {
    const { query, invalid } = parseRegistryQuery(
      new URLSearchParams('q=konstgräs&initiator=agency&status=active&area=hallbara-konstgrasplaner&funder=naturvardsverket&county=12&yearFrom=2010&yearTo=2020&open=1&sort=members&limit=50'),
    );
    expect(invalid).toEqual([]);
    expect(query).toEqual({
      q: 'konstgräs',
      initiator: 'agency',
      status: 'active',
      area: 'hallbara-konstgrasplaner',
      funder: 'naturvardsverket',
      county: '12',
      yearFrom: 2010,
      yearTo: 2020,
      open: true,
      sort: 'members',
      cursor: undefined,
      limit: 50,
    });
  });

  it('sorts by relevance when searching and by name otherwise', () => {
    expect(parseRegistryQuery({ q: 'vatten' }).query.sort).toBe('relevance');
    expect(parseRegistryQuery({}).query.sort).toBe('name');
  });

  it('names each bad parameter and drops it', () => {
    const { query, invalid } = parseRegistryQuery({ status: 'bogus', limit: '1000', county: '99', initiator: 'AGENCY', cursor: 'not-a-cursor' });
    expect(invalid.sort()).toEqual(['county', 'cursor', 'initiator', 'limit', 'status']);
    expect(query.status).toBeUndefined();
    expect(query.limit).toBe(20);
  });

  it('refuses relevance without a search term and a reversed year range', () => {
    expect(parseRegistryQuery({ sort: 'relevance' }).invalid).toEqual(['sort']);
    expect(parseRegistryQuery({ yearFrom: '2020', yearTo: '2010' }).invalid).toEqual(['yearTo']);
  });

  it('tells a reversed year range apart from a broken address, keeping the years the person typed', () => {
    const reversed = parseRegistryQuery({ yearFrom: '2020', yearTo: '2010' });
    expect(reversed.reversedYears).toEqual({ from: 2020, to: 2010 });
    expect(reversed.query.yearFrom).toBe(2020);
    expect(reversed.query.yearTo).toBeUndefined();
    expect(parseRegistryQuery({ yearFrom: '2010', yearTo: '2020' }).reversedYears).toBeUndefined();
    expect(parseRegistryQuery({ yearFrom: '2010', yearTo: '2010' }).reversedYears).toBeUndefined();
    expect(parseRegistryQuery({ yearTo: 'abc' }).reversedYears).toBeUndefined();
  });

  it('treats empty form fields as not given', () => {
    const { query, invalid } = parseRegistryQuery({ q: '', status: '', county: '' });
    expect(invalid).toEqual([]);
    expect(query.q).toBeUndefined();
  });

  it('reproduces its URL', () => {
    const params = new URLSearchParams('q=vatten&status=active&sort=year');
    const { query } = parseRegistryQuery(params);
    expect(registryQueryToParams(query).toString()).toBe('q=vatten&status=active&sort=year');
  });
});

describe('cursors', () => {
  it('round-trip for their own sort only', () => {
    const cursor = encodeCursor('members', { key: 12, id: 'abc' });
    expect(decodeCursor(cursor, 'members')).toEqual({ key: 12, id: 'abc' });
    expect(decodeCursor(cursor, 'name')).toBeNull();
  });
  it('carry the direction of a previous page, and stay as they were for a next page', () => {
    const before = encodeCursor('name', { key: 'Konstgräs', id: 'abc', before: true });
    expect(decodeCursor(before, 'name')).toEqual({ key: 'Konstgräs', id: 'abc', before: true });
    const after = encodeCursor('name', { key: 'Konstgräs', id: 'abc' });
    expect(JSON.parse(Buffer.from(after, 'base64url').toString())).toEqual(['name', 'Konstgräs', 'abc']);
    expect(decodeCursor(Buffer.from(JSON.stringify(['name', 'K', 'abc', 'after'])).toString('base64url'), 'name')).toBeNull();
  });
  it('reject tampered or malformed values', () => {
    expect(decodeCursor('%%%', 'name')).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString('base64url'), 'name')).toBeNull();
    expect(decodeCursor(encodeCursor('name', { key: 5, id: 'x' }), 'name')).toBeNull();
  });
  it('refuse keys that the database would refuse to cast, so a forged cursor is a bad parameter and not a failed query', () => {
    const forged = (payload: unknown[]) => Buffer.from(JSON.stringify(payload)).toString('base64url');
    expect(decodeCursor(forged(['activity', 'not-a-date', 'abc']), 'activity')).toBeNull();
    expect(decodeCursor(forged(['activity', '2026-13-45T99:00:00', 'abc']), 'activity')).toBeNull();
    expect(decodeCursor(forged(['members', 1e20, 'abc']), 'members')).toBeNull();
    expect(decodeCursor(forged(['year', 12.5, 'abc']), 'year')).toBeNull();
    expect(decodeCursor(forged(['relevance', '1; drop', 'abc']), 'relevance')).toBeNull();
    expect(decodeCursor(forged(['name', 'a\u0000b', 'abc']), 'name')).toBeNull();
    expect(decodeCursor(forged(['name', 'Konstgräs', 'a\u0000']), 'name')).toBeNull();
    const activity = new Date('2026-05-01T10:20:30.456Z').toISOString().replace('Z', '');
    expect(decodeCursor(encodeCursor('activity', { key: activity, id: 'abc' }), 'activity')).toEqual({ key: activity, id: 'abc' });
    expect(decodeCursor(encodeCursor('relevance', { key: '0.060793', id: 'abc' }), 'relevance')).toEqual({ key: '0.060793', id: 'abc' });
  });
});

describe('searchTerms', () => {
  it('adds a prefix for long words so inflected forms meet', () => {
    expect(searchTerms('Avloppsvattnet')).toEqual([{ word: 'avloppsvattnet', prefix: 'avloppsvat' }]);
    expect(searchTerms('konstgräsplan')).toEqual([{ word: 'konstgräsplan', prefix: 'konstgräs' }]);
  });
  it('keeps short words exact and drops punctuation and one-letter words', () => {
    expect(searchTerms('SKL, i vatten!')).toEqual([
      { word: 'skl', prefix: null },
      { word: 'vatten', prefix: 'vatte' },
    ]);
  });
  it('limits the number of words', () => {
    expect(searchTerms('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10')).toHaveLength(8);
  });
});
