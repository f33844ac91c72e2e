import { describe, expect, it } from 'vitest';

import { decodeNeedCursor, encodeNeedCursor, isFiltered, needListHref, parseNeedListParams } from './need-list-params';

describe('the register’s view in the address', () => {
  it('reads valid choices and treats anything else as "all"', () => {
    expect(parseNeedListParams({}).filters).toEqual({ status: '', step: '', areaId: '', q: '', sort: 'newest' });
    expect(parseNeedListParams({ status: 'ARCHIVED', step: 'INTRODUCE', area: 'a1', sort: 'status', q: ['belysning', 'x'] }).filters).toEqual({
      status: 'ARCHIVED',
      step: 'INTRODUCE',
      areaId: 'a1',
      q: 'belysning',
      sort: 'status',
    });
    expect(parseNeedListParams({ status: 'archived', step: 'UP', sort: 'random', area: 'x'.repeat(65) }).filters).toEqual({
      status: '',
      step: '',
      areaId: '',
      q: '',
      sort: 'newest',
    });
  });

  it('writes only what differs from the default', () => {
    const base = '/sv/networks/konstgras/needs';
    expect(needListHref(base, parseNeedListParams({}).filters)).toBe(base);
    expect(needListHref(base, parseNeedListParams({ q: 'gräs', status: 'ALL', sort: 'title' }).filters, 'abc')).toBe(`${base}?q=gr%C3%A4s&status=ALL&sort=title&cursor=abc`);
    expect(isFiltered(parseNeedListParams({ sort: 'title' }).filters)).toBe(false);
    expect(isFiltered(parseNeedListParams({ step: 'NONE' }).filters)).toBe(true);
  });

  it('round-trips a cursor and refuses a damaged one or one of another order', () => {
    const cursor = { sort: 'title' as const, key: 'Åtgärd', at: new Date('2026-11-26T10:00:00.123Z'), id: 'need1' };
    const encoded = encodeNeedCursor(cursor);
    expect(decodeNeedCursor(encoded)).toEqual(cursor);
    expect(parseNeedListParams({ sort: 'title', cursor: encoded }).cursor).toEqual(cursor);
    expect(parseNeedListParams({ sort: 'newest', cursor: encoded }).cursor).toBeNull();
    expect(decodeNeedCursor('not-base64-json')).toBeNull();
    expect(decodeNeedCursor(encodeNeedCursor({ ...cursor, sort: 'status', key: 'BOGUS' }))).toBeNull();
    expect(decodeNeedCursor(Buffer.from(JSON.stringify(['title', 'x', 'not a date', 'id'])).toString('base64url'))).toBeNull();
  });
  it('reads a forged cursor that SQL would refuse (a NUL byte, a time beyond range) as none', () => {
    const forged = (payload: unknown[]) => Buffer.from(JSON.stringify(payload)).toString('base64url');
    expect(decodeNeedCursor(forged(['title', 'Gräs\u0000', '2026-05-01T10:00:00.000Z', 'abc']))).toBeNull();
    expect(decodeNeedCursor(forged(['title', 'Gräs', '+275760-09-13T00:00:00.000Z', 'abc']))).toBeNull();
    expect(decodeNeedCursor(forged(['title', 'Gräs', '2026-05-01T10:00:00.000Z', 'a\u0000']))).toBeNull();
  });
});
