// The national overview's tables as data (pure): one description of each table's columns and
// rows serves the page (rendered by components/overview-table.tsx, sorted by links) and its CSV
// download, so the file has exactly the figures of the page. Sorting is `?sort=<table>.<column>&dir=asc|desc`,
// one table at a time, and works without JavaScript.
import { collator, numberFormat } from '@/i18n/intl-formats';
import type { Locale } from '@/i18n/locales';
import { CSV_DELIMITERS, toCsv, type CsvCell } from '@/server/csv';
import { formatKronor } from '@/modules/funding/client';
import { formatDate, formatNumber } from '@/ui/format';

/** How a cell's value reads: a count, kronor, a YYYY-MM-DD date, a year, a 1-5 score, a mean with one decimal, a share in per cent, or text. */
export type CellKind = 'text' | 'number' | 'kronor' | 'date' | 'year' | 'score' | 'decimal' | 'percent';
export type CellValue = string | number | null;

export type OverviewColumn = {
  key: string;
  label: string;
  kind: CellKind;
  /** What an empty cell says on the page (the CSV leaves it empty). */
  empty?: string;
  /** A share drawn as a bar beside its figure (the bar repeats the figure, so it is hidden from assistive technology). */
  bar?: boolean;
};

export type OverviewRow = { key: string; href?: string; cells: Record<string, CellValue> };

export const OVERVIEW_TABLE_IDS = [
  'by-status',
  'by-initiator',
  'by-kind',
  'by-county',
  'by-area',
  'funding-ending',
  'without-funding',
  'funnel',
  'steps',
  'results',
  'trends',
  'profiles',
  'quiet',
] as const;
export type OverviewTableId = (typeof OVERVIEW_TABLE_IDS)[number];

export type OverviewTable = {
  id: OverviewTableId;
  caption: string;
  columns: OverviewColumn[];
  rows: OverviewRow[];
  /** Totals under the rows; never sorted with them. */
  footer?: OverviewRow[];
};

export type SortDirection = 'asc' | 'desc';
export type TableSort = { table: OverviewTableId; column: string; dir: SortDirection };

const isTableId = (value: string): value is OverviewTableId => (OVERVIEW_TABLE_IDS as readonly string[]).includes(value);

/** The sort asked for in the address, or null for an address without one or with one that names nothing. */
export function parseTableSort(params: { sort?: string | string[] | null; dir?: string | string[] | null }): TableSort | null {
  const sort = typeof params.sort === 'string' ? params.sort : null;
  if (!sort || sort.length > 80) return null;
  const [table, column, ...rest] = sort.split('.');
  if (!table || !column || rest.length > 0 || !isTableId(table)) return null;
  return { table, column, dir: params.dir === 'desc' ? 'desc' : 'asc' };
}

export function isOverviewTableId(value: string): value is OverviewTableId {
  return isTableId(value);
}

/** The rows in the order asked for; empty cells last either way, ties in the table's own order. */
export function sortRows(table: OverviewTable, sort: TableSort | null, locale: Locale): OverviewRow[] {
  const column = sort && sort.table === table.id ? table.columns.find((c) => c.key === sort.column) : undefined;
  if (!sort || !column) return table.rows;
  const byText = collator(locale);
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...table.rows].sort((a, b) => {
    const x = a.cells[column.key] ?? null;
    const y = b.cells[column.key] ?? null;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * (column.kind === 'text' ? byText.compare(String(x), String(y)) : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0);
  });
}

/** The state of a column's header for the given sort, and where its link goes: ascending first, then the other way. */
export function columnSort(table: OverviewTable, column: OverviewColumn, sort: TableSort | null): { current: SortDirection | null; next: SortDirection } {
  const current = sort && sort.table === table.id && sort.column === column.key ? sort.dir : null;
  return { current, next: current === 'asc' ? 'desc' : 'asc' };
}

export function formatCell(value: CellValue, column: OverviewColumn, locale: Locale): string {
  if (value === null) return column.empty ?? '–';
  if (typeof value === 'string') return column.kind === 'date' ? formatDate(value, locale) : value;
  switch (column.kind) {
    case 'kronor':
      return formatKronor(value, locale);
    case 'decimal':
      return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    case 'percent':
      return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'year':
      return String(value);
    case 'score':
      // A mean of scores (the profiles' footer) has a decimal.
      return Number.isInteger(value) ? String(value) : numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    default:
      return formatNumber(value, locale);
  }
}

/** The CSV delimiter per language: a Swedish spreadsheet reads the comma as the decimal mark. */
export const csvDelimiter = (locale: Locale) => (locale === 'sv' ? CSV_DELIMITERS.semicolon : CSV_DELIMITERS.comma);

/**
 * The table as a CSV document in the page's language and order (src/server/csv.ts: UTF-8 with
 * a byte order mark, RFC 4180 quoting): plain numbers and ISO dates, a mean with the
 * language's decimal mark, the totals after the rows.
 */
export function tableCsv(table: OverviewTable, rows: readonly OverviewRow[], locale: Locale): string {
  const decimal = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  const line = (row: OverviewRow): CsvCell[] =>
    table.columns.map((column) => {
      const value = row.cells[column.key] ?? null;
      const decimalValue = typeof value === 'number' && (column.kind === 'decimal' || (column.kind === 'score' && !Number.isInteger(value)));
      return decimalValue ? decimal.format(value) : value;
    });
  return toCsv(
    table.columns.map((column) => column.label),
    [...rows, ...(table.footer ?? [])].map(line),
    csvDelimiter(locale),
  );
}
