// CSV as Trappan writes it, for every download (open data, a dialogue's register): RFC 4180
// quoting and CRLF line ends, UTF-8 with a byte order mark so that Excel shows å, ä and ö, and
// text cells that a spreadsheet would run as a formula defused with a leading apostrophe
// (OWASP "CSV injection").
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
