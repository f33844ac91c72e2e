import { describe, expect, it } from 'vitest';

import { decodeNameCursor, encodeNameCursor, organisationsHref, parseOrganisationsQuery, parsePeopleQuery, peopleHref } from './admin-params';

describe('the admin lists’ URL parameters', () => {
  it('round-trips a cursor, names with any letters included', () => {
    const cursor = { name: 'Åsa Öberg, "Malmö"', id: 'cm123' };
    expect(decodeNameCursor(encodeNameCursor(cursor))).toEqual(cursor);
  });

  it('reads a bad cursor as the first page and says so', () => {
    expect(parsePeopleQuery({ cursor: 'not-a-cursor' })).toEqual({ q: '', pendingOnly: false, cursor: null, invalidCursor: true });
    expect(decodeNameCursor(Buffer.from('["only one"]').toString('base64url'))).toBeNull();
  });

  it('reads the search and the pending filter', () => {
    expect(parsePeopleQuery({ q: '  Ek ', affiliation: 'pending' })).toMatchObject({ q: 'Ek', pendingOnly: true });
    expect(parsePeopleQuery({ affiliation: 'other' }).pendingOnly).toBe(false);
    expect(parseOrganisationsQuery({ q: ['212000-1124', 'x'] }).q).toBe('212000-1124');
  });

  it('writes links with only the parameters in use', () => {
    expect(peopleHref('/sv/admin/users', { q: '', pendingOnly: false })).toBe('/sv/admin/users');
    expect(peopleHref('/sv/admin/users', { q: 'ek', pendingOnly: true, cursor: 'abc' })).toBe('/sv/admin/users?q=ek&affiliation=pending&cursor=abc');
    expect(organisationsHref('/en/admin/organisations', { q: 'Malmö stad' })).toBe('/en/admin/organisations?q=Malm%C3%B6+stad');
  });
});
