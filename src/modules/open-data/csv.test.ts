import { describe, expect, it } from 'vitest';

import { csvCell, toCsv, UTF8_BOM } from '@/server/csv';

import { NETWORK_CSV_COLUMNS, networksCsv } from './csv';
import { EXAMPLE_NETWORK } from './examples';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['Räddningstjänst', 'Räddningstjänst'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves empty cells for null and writes numbers as they are', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(2017)).toBe('2017');
    expect(csvCell(-3)).toBe('-3');
  });

  it('quotes the chosen delimiter only', () => {
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
  });

  it.each(['=SUM(A1:A2)', '+1', '-1+2', '@cmd', '\tx'])('defuses %j, which a spreadsheet would run as a formula', (value) => {
    expect(csvCell(value).replace(/^"/, '').startsWith("'")).toBe(true);
  });
});

describe('toCsv', () => {
  it('starts with a byte order mark and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', null], ['x,y', 2]])).toBe(`${UTF8_BOM}a,b\r\n1,\r\n"x,y",2\r\n`);
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe(`${UTF8_BOM}a,b\r\n`);
  });
});

describe('networksCsv', () => {
  it('flattens a network into the documented columns', () => {
    const lines = networksCsv([EXAMPLE_NETWORK]).slice(1).split('\r\n');
    expect(lines[0]).toBe(NETWORK_CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(
      'konstgras,Konstgräs,agency,active,2017,hallbara-konstgrasplaner,Hållbara konstgräsplaner,Sustainable artificial turf pitches,' +
        'sveriges-kultur-och-fritidschefsforening,Sveriges kultur- och fritidschefsförening,naturvardsverket,Naturvårdsverket,7,8,' +
        'https://trappan.example/sv/networks/konstgras',
    );
    expect(lines[2]).toBe('');
  });

  it('names membership fees by their filter value and leaves the arranger empty when there is none', () => {
    const row = networksCsv([
      { ...EXAMPLE_NETWORK, arranger: null, startYear: null, funders: [{ slug: null, name: null, kind: 'membershipFees', periodStart: null, periodEnd: null, periods: [] }] },
    ])
      .split('\r\n')[1]!
      .split(',');
    const at = (name: (typeof NETWORK_CSV_COLUMNS)[number]) => row[NETWORK_CSV_COLUMNS.indexOf(name)];
    expect(at('startYear')).toBe('');
    expect(at('arrangerSlug')).toBe('');
    expect(at('funderSlugs')).toBe('membership-fees');
    expect(at('funderNames')).toBe('');
  });

  it('joins several funders with "; " and quotes them under the semicolon delimiter', () => {
    const network = {
      ...EXAMPLE_NETWORK,
      funders: [
        { slug: 'sgu', name: 'Sveriges geologiska undersökning', kind: 'base' as const, periodStart: null, periodEnd: null, periods: [] },
        { slug: 'naturvardsverket', name: 'Naturvårdsverket', kind: 'project' as const, periodStart: null, periodEnd: null, periods: [] },
      ],
    };
    expect(networksCsv([network])).toContain(',sgu; naturvardsverket,Sveriges geologiska undersökning; Naturvårdsverket,');
    expect(networksCsv([network], ';')).toContain(';"sgu; naturvardsverket";"Sveriges geologiska undersökning; Naturvårdsverket";');
  });
});
