// One of the national overview's tables (overview-tables.ts): the first column names the row
// (linking to the network where there is one), numbers are right-aligned in the page's language,
// every header sorts by its column with a link, and the same table downloads as CSV.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';

import { columnSort, formatCell, sortRows, type OverviewRow, type OverviewTable, type TableSort } from '../overview-tables';

/** The overview sorted by a table's column: the page's address with only the sort, back at the table. */
export const sortHref = (locale: Locale, table: OverviewTable, column: string, dir: 'asc' | 'desc', anchor: string) =>
  `/${locale}/overview?${new URLSearchParams({ sort: `${table.id}.${column}`, dir })}#${anchor}`;

export const csvHref = (locale: Locale, table: OverviewTable, sort: TableSort | null) =>
  `/${locale}/overview/csv/${table.id}${sort && sort.table === table.id ? `?${new URLSearchParams({ sort: `${sort.table}.${sort.column}`, dir: sort.dir })}` : ''}`;

export function OverviewTableView({
  table,
  sort,
  anchor,
  locale,
  t,
  limit,
  minWidth,
  showCaption,
}: {
  table: OverviewTable;
  sort: TableSort | null;
  /** The id of the panel the sort links come back to. */
  anchor: string;
  locale: Locale;
  t: Pick<Messages['overview'], 'sortAscending' | 'sortDescending' | 'downloadCsv' | 'showingFirst'>;
  /** Show at most this many rows (the CSV has them all). */
  limit?: number;
  minWidth?: string;
  /** Show the caption as the table's title, where no heading of its own names it. */
  showCaption?: boolean;
}) {
  const sorted = sortRows(table, sort, locale);
  const shown = limit === undefined ? sorted : sorted.slice(0, limit);
  const numeric = (kind: string) => kind !== 'text' && kind !== 'date';
  const row = (r: OverviewRow, isFooter: boolean) => (
    <tr key={r.key} className={rowClass}>
      {table.columns.map((column, i) => {
        const text = formatCell(r.cells[column.key] ?? null, column, locale);
        const value = r.cells[column.key] ?? null;
        const className = `${i === table.columns.length - 1 ? lastCellClass : cellClass} ${numeric(column.kind) ? 'text-right tabular-nums' : ''}`;
        if (i === 0) {
          return (
            <th key={column.key} scope="row" className={`${className} ${isFooter ? '' : 'font-semibold'}`}>
              {r.href ? (
                <Link href={r.href} className="text-brand-700 underline underline-offset-2 hover:no-underline">
                  {text}
                </Link>
              ) : (
                text
              )}
            </th>
          );
        }
        if (column.bar && typeof value === 'number') {
          return (
            <td key={column.key} className={`${i === table.columns.length - 1 ? lastCellClass : cellClass} w-2/5`}>
              <div className="flex items-center gap-3">
                <span className="w-14 shrink-0 text-right text-sm tabular-nums">{text}</span>
                <span aria-hidden="true" className="h-4 min-w-16 flex-1 rounded-sm bg-slate-100">
                  <span className="block h-full rounded-sm bg-brand-600" style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
                </span>
              </div>
            </td>
          );
        }
        return (
          <td key={column.key} className={`${className} ${column.kind === 'date' ? 'whitespace-nowrap' : ''}`}>
            {column.kind === 'date' && typeof value === 'string' ? <time dateTime={value}>{text}</time> : text}
          </td>
        );
      })}
    </tr>
  );

  return (
    <div className="space-y-2">
      <DataTable
        caption={table.caption}
        showCaption={showCaption}
        minWidth={minWidth}
        columns={table.columns.map((column) => {
          const { current, next } = columnSort(table, column, sort);
          return {
            label: column.label,
            align: numeric(column.kind) && !column.bar ? ('right' as const) : undefined,
            sort: {
              href: sortHref(locale, table, column.key, next, anchor),
              current: current === 'asc' ? ('ascending' as const) : current === 'desc' ? ('descending' as const) : null,
              action: next === 'asc' ? t.sortAscending : t.sortDescending,
            },
          };
        })}
        footer={table.footer && table.footer.length > 0 ? table.footer.map((r) => row(r, true)) : undefined}
      >
        {shown.map((r) => row(r, false))}
      </DataTable>
      {shown.length < sorted.length && <p className="text-sm text-slate-700">{t.showingFirst(shown.length, sorted.length)}</p>}
      <p>
        <a href={csvHref(locale, table, sort)} download className="text-brand-700 underline underline-offset-2 hover:no-underline" aria-label={`${t.downloadCsv}: ${table.caption}`}>
          {t.downloadCsv}
        </a>
      </p>
    </div>
  );
}
