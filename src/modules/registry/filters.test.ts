import { describe, expect, it } from 'vitest';

import { fixedOptions, facetOptions, sortOptions } from './filter-options';
import { filterKey, paramsFromEntries, withoutEmptyParams } from './filter-params';
import { parseRegistryQuery, registryQueryToParams } from './registry-query';

describe('paramsFromEntries', () => {
  it('keeps filled fields, in the order the server writes links, and leaves out empty ones', () => {
    const params = paramsFromEntries([
      ['q', '  konstgräs '],
      ['sort', 'year'],
      ['initiator', ''],
      ['limit', '5'],
      ['status', 'active'],
      ['yearFrom', ''],
      ['open', '1'],
    ]);
    expect(params.toString()).toBe('q=konstgr%C3%A4s&status=active&open=1&sort=year&limit=5');
  });

  it('gives the same URL as the links the server writes for the same query', () => {
    const { query } = parseRegistryQuery(
      new URLSearchParams('q=vatten&initiator=agency&status=active&area=x&funder=y&county=12&yearFrom=2010&yearTo=2020&open=1&sort=members&limit=5'),
    );
    const server = registryQueryToParams(query, { includeLimit: true });
    expect(paramsFromEntries([...server].reverse()).toString()).toBe(server.toString());
  });

  it('lets a later field of the same name win and ignores files', () => {
    const file = new File(['x'], 'x.txt');
    expect(paramsFromEntries([['status', 'active'], ['status', 'forming'], ['upload', file]]).toString()).toBe('status=forming');
    expect(paramsFromEntries([['status', 'active'], ['status', '']]).toString()).toBe('');
  });
});

describe('withoutEmptyParams', () => {
  it('drops the empty fields a form sent without JavaScript adds', () => {
    const clean = withoutEmptyParams({ q: '', initiator: 'agency', status: '', area: '', yearFrom: '2010', yearTo: '', sort: '' });
    expect(clean?.toString()).toBe('initiator=agency&yearFrom=2010');
    expect(withoutEmptyParams(new URLSearchParams('q=++&status=active'))?.toString()).toBe('status=active');
    expect(withoutEmptyParams(new URLSearchParams('q=&status=&county='))?.toString()).toBe('');
  });

  it('says there is nothing to drop when every parameter is filled, keeping ones the page cannot read', () => {
    expect(withoutEmptyParams({ status: 'bogus', q: 'vatten' })).toBeNull();
    expect(withoutEmptyParams({})).toBeNull();
    expect(withoutEmptyParams({ county: ['12', ''] })?.toString()).toBe('county=12');
  });
});

describe('filterKey', () => {
  const key = (query: string) => filterKey(new URLSearchParams(query));

  it('ignores parameter order, empty values and paging', () => {
    expect(key('status=active&q=vatten')).toBe(key('q=vatten&status=active&cursor=abc&limit=5&area='));
    expect(key('q=%20vatten%20')).toBe(key('q=vatten'));
  });

  it('treats the default sort spelled out as no sort', () => {
    expect(key('sort=name')).toBe(key(''));
    expect(key('q=vatten&sort=relevance')).toBe(key('q=vatten'));
    expect(key('q=vatten&sort=name')).not.toBe(key('q=vatten'));
    expect(key('sort=members')).not.toBe(key(''));
  });

  it('tells different filters apart', () => {
    expect(key('status=active')).not.toBe(key('status=forming'));
    expect(key('q=a%26b')).not.toBe(key('q=a&b'));
  });
});

describe('filter options', () => {
  it('lists fixed choices in their order with 0 for those nothing matches', () => {
    const options = fixedOptions(
      [
        { value: 'forming', label: 'Under uppstart' },
        { value: 'active', label: 'Aktivt' },
        { value: 'closed', label: 'Avslutat' },
      ],
      [{ value: 'active', count: 8 }, { value: 'forming', count: 1 }],
    );
    expect(options).toEqual([
      { value: 'forming', label: 'Under uppstart', count: 1 },
      { value: 'active', label: 'Aktivt', count: 8 },
      { value: 'closed', label: 'Avslutat', count: 0 },
    ]);
  });

  it('lists open choices that match something, alphabetically in Swedish, keeping the selected one', () => {
    const facet = [
      { value: 'orebro', count: 2, label: 'Örebro' },
      { value: 'aland', count: 1, label: 'Åland' },
      { value: 'zeta', count: 3, label: 'Zeta' },
      { value: 'empty', count: 0, label: 'Ingen' },
    ];
    const options = facetOptions(facet, (f) => f.label ?? f.value, 'sv', { value: 'alfa', label: 'Alfa' });
    expect(options.map((o) => `${o.label} ${o.count}`)).toEqual(['Alfa 0', 'Zeta 3', 'Åland 1', 'Örebro 2']);
    expect(facetOptions(facet, (f) => f.label ?? f.value, 'sv', { value: 'zeta', label: 'Zeta' }).filter((o) => o.value === 'zeta')).toEqual([
      { value: 'zeta', label: 'Zeta', count: 3 },
    ]);
  });

  it('offers relevance only when searching, always as the default (empty) value', () => {
    expect(sortOptions(false)).toEqual([
      { sort: 'name', value: '' },
      { sort: 'year', value: 'year' },
      { sort: 'members', value: 'members' },
      { sort: 'activity', value: 'activity' },
    ]);
    expect(sortOptions(true).slice(0, 2)).toEqual([
      { sort: 'relevance', value: '' },
      { sort: 'name', value: 'name' },
    ]);
  });
});
