// CSV for the open-data download: RFC 4180 quoting and CRLF line ends, UTF-8 with a byte
// order mark so that Excel shows å, ä and ö, and text cells that a spreadsheet would run as a
// formula defused with a leading apostrophe (OWASP "CSV injection").
import { funderFilterValue, type ApiNetwork } from './serialize';

export const UTF8_BOM = '\uFEFF';

export const CSV_DELIMITERS = { comma: ',', semicolon: ';' } as const;
export type CsvDelimiterName = keyof typeof CSV_DELIMITERS;

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell, delimiter = ','): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: byte order mark, header row, one line per row, each ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly CsvCell[][], delimiter = ','): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter));
  return `${UTF8_BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}

/** The CSV columns: the JSON fields of a network, flattened. Lists are joined with "; ". */
export const NETWORK_CSV_COLUMNS = [
  'slug',
  'name',
  'initiator',
  'status',
  'startYear',
  'areaSlug',
  'areaNameSv',
  'areaNameEn',
  'arrangerSlug',
  'arrangerName',
  'funderSlugs',
  'funderNames',
  'memberOrganisationCount',
  'memberCount',
  'url',
] as const;

export function networksCsv(networks: readonly ApiNetwork[], delimiter = ','): string {
  const rows = networks.map((n): CsvCell[] => [
    n.slug,
    n.name,
    n.initiator,
    n.status,
    n.startYear,
    n.area.slug,
    n.area.name.sv,
    n.area.name.en,
    n.arranger?.slug ?? null,
    n.arranger?.name ?? null,
    n.funders.flatMap((f) => funderFilterValue(f) ?? []).join('; '),
    n.funders.flatMap((f) => (f.name ? [f.name] : [])).join('; '),
    n.memberOrganisationCount,
    n.memberCount,
    n.url,
  ]);
  return toCsv(NETWORK_CSV_COLUMNS, rows, delimiter);
}
