import { describe, expect, it } from 'vitest';

import { columnSort, formatCell, parseTableSort, sortRows, tableCsv, type OverviewTable } from './overview-tables';

const table: OverviewTable = {
  id: 'without-funding',
  caption: 'Nätverk',
  columns: [
    { key: 'network', label: 'Nätverk', kind: 'text' },
    { key: 'coveredUntil', label: 'Räcker till', kind: 'date', empty: 'Ingen gäller i dag' },
    { key: 'amount', label: 'Sökt belopp', kind: 'kronor' },
    { key: 'mean', label: 'Medel', kind: 'decimal' },
  ],
  rows: [
    { key: 'o', cells: { network: 'Östra', coveredUntil: '2027-01-31', amount: 1234, mean: 3.6 } },
    { key: 'a', cells: { network: 'Alfa', coveredUntil: null, amount: 0, mean: null } },
    { key: 'aa', cells: { network: 'Ängen', coveredUntil: '2026-12-31', amount: 500_000, mean: 2 } },
  ],
  footer: [{ key: 'total', cells: { network: 'Totalt', coveredUntil: null, amount: 501_234, mean: null } }],
};

describe('the sort in the address', () => {
  it('reads a table and column, ascending unless it says descending', () => {
    expect(parseTableSort({ sort: 'results.year', dir: 'desc' })).toEqual({ table: 'results', column: 'year', dir: 'desc' });
    expect(parseTableSort({ sort: 'results.year', dir: 'sideways' })).toEqual({ table: 'results', column: 'year', dir: 'asc' });
  });

  it('ignores a sort that names no table, or comes twice', () => {
    expect(parseTableSort({ sort: 'nothing.year' })).toBeNull();
    expect(parseTableSort({ sort: 'results' })).toBeNull();
    expect(parseTableSort({ sort: 'results.year.more' })).toBeNull();
    expect(parseTableSort({ sort: ['results.year', 'trends.year'] })).toBeNull();
    expect(parseTableSort({})).toBeNull();
  });
});

describe('sorting rows', () => {
  const keys = (column: string, dir: 'asc' | 'desc') => sortRows(table, { table: 'without-funding', column, dir }, 'sv').map((row) => row.key);

  it('sorts names in Swedish alphabetical order (å, ä, ö after z)', () => {
    expect(keys('network', 'asc')).toEqual(['a', 'aa', 'o']);
    expect(keys('network', 'desc')).toEqual(['o', 'aa', 'a']);
  });

  it('sorts numbers as numbers and puts empty cells last either way', () => {
    expect(keys('amount', 'desc')).toEqual(['aa', 'o', 'a']);
    expect(keys('coveredUntil', 'asc')).toEqual(['aa', 'o', 'a']);
    expect(keys('coveredUntil', 'desc')).toEqual(['o', 'aa', 'a']);
    expect(keys('mean', 'asc')).toEqual(['aa', 'o', 'a']);
  });

  it('keeps the table’s order for another table’s sort or an unknown column', () => {
    expect(sortRows(table, { table: 'results', column: 'network', dir: 'asc' }, 'sv').map((row) => row.key)).toEqual(['o', 'a', 'aa']);
    expect(keys('nothing', 'asc')).toEqual(['o', 'a', 'aa']);
  });

  it('links a header to ascending first, and to the other way once sorted by it', () => {
    const network = table.columns[0]!;
    expect(columnSort(table, network, null)).toEqual({ current: null, next: 'asc' });
    expect(columnSort(table, network, { table: 'without-funding', column: 'network', dir: 'asc' })).toEqual({ current: 'asc', next: 'desc' });
    expect(columnSort(table, network, { table: 'without-funding', column: 'network', dir: 'desc' })).toEqual({ current: 'desc', next: 'asc' });
  });
});

describe('cells as the reader reads them', () => {
  it('writes kronor, means and dates in Swedish, years without a thousands separator', () => {
    expect(formatCell(1234, table.columns[2]!, 'sv')).toMatch(/^1\s234\skr$/);
    expect(formatCell(3.6, table.columns[3]!, 'sv')).toBe('3,6');
    expect(formatCell(3.6, table.columns[3]!, 'en')).toBe('3.6');
    expect(formatCell('2027-01-31', table.columns[1]!, 'sv')).toBe('31 januari 2027');
    expect(formatCell(null, table.columns[1]!, 'sv')).toBe('Ingen gäller i dag');
    expect(formatCell(2026, { key: 'year', label: 'År', kind: 'year' }, 'sv')).toBe('2026');
    expect(formatCell(12.5, { key: 'share', label: 'Andel', kind: 'percent' }, 'sv')).toMatch(/^12,5\s%$/);
  });

  it('writes a score as it is, and a mean of scores with one decimal in the language', () => {
    const score = { key: 'GOAL', label: 'Målbild', kind: 'score' } as const;
    expect(formatCell(4, score, 'sv')).toBe('4');
    expect(formatCell(3.5, score, 'sv')).toBe('3,5');
    expect(formatCell(3.5, score, 'en')).toBe('3.5');
  });
});

describe('the CSV download', () => {
  it('has a byte order mark, semicolons and decimal commas in Swedish, the totals last', () => {
    const csv = tableCsv(table, sortRows(table, { table: 'without-funding', column: 'network', dir: 'asc' }, 'sv'), 'sv');
    expect(csv).toBe('\uFEFFNätverk;Räcker till;Sökt belopp;Medel\r\nAlfa;;0;\r\nÄngen;2026-12-31;500000;2,0\r\nÖstra;2027-01-31;1234;3,6\r\nTotalt;;501234;\r\n');
  });

  it('has commas and decimal points in English', () => {
    expect(tableCsv(table, table.rows, 'en')).toContain('\r\nÖstra,2027-01-31,1234,3.6\r\n');
  });
});
