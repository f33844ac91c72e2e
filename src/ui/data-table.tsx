// Trappan's one table frame: a region that scrolls sideways on a narrow screen and can be
// reached and scrolled with the keyboard, a caption for screen readers, and column headers.
// On a phone the first column (the row's name) stays fixed while the others scroll past it
// (`.data-table` in globals.css): one rule for every table, whatever its rows hold. The region
// is contained in the inline direction, so a wide table never widens the page around it, even
// inside a grid or flex column.
// Callers write only their rows, with the cell classes below. The frame is `relative` so that
// text hidden for screen readers (sr-only, absolutely positioned) inside the table is placed in
// the scroll box, not beside the page where it would widen a phone's screen.
import Link from 'next/link';

/**
 * A column's header. A sortable one links to the same page sorted by it (works without
 * JavaScript); `current` marks the column the rows are sorted by (aria-sort), and `action` says
 * what following the link does, for screen readers ("sort descending").
 */
export type Column = { label: string; align?: 'right'; sort?: { href: string; current: 'ascending' | 'descending' | null; action: string } };

export const cellClass = 'py-2 pr-4';
export const lastCellClass = 'py-2';
export const rowClass = 'border-b border-slate-200 align-top';

export function DataTable({
  caption,
  columns,
  children,
  footer,
  labelledBy,
  minWidth = '',
  className = '',
  showCaption = false,
}: {
  caption: string;
  /** Show the caption as the table's title (when no heading of its own names it). */
  showCaption?: boolean;
  columns: Column[];
  children: React.ReactNode;
  /** Rows of totals, under the others (never sorted with them). */
  footer?: React.ReactNode;
  /** The id of a visible heading that names the region; the caption names it otherwise. */
  labelledBy?: string;
  /** A Tailwind min-width class, so columns scroll rather than squeeze on a phone. */
  minWidth?: string;
  className?: string;
}) {
  const regionName = labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': caption };
  return (
    <div role="region" {...regionName} tabIndex={0} className={`relative overflow-x-auto [contain:inline-size] ${className}`}>
      <table className={`data-table w-full border-collapse text-left ${minWidth}`}>
        <caption className={showCaption ? 'mb-2 text-left text-lg font-semibold' : 'sr-only'}>{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400 text-sm">
            {columns.map((column, i) => (
              <th
                key={column.label}
                scope="col"
                aria-sort={column.sort?.current ?? undefined}
                className={`${i === columns.length - 1 ? lastCellClass : cellClass} ${column.align === 'right' ? 'text-right' : ''}`}
              >
                {column.sort ? <SortLink label={column.label} {...column.sort} /> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer && <tfoot className="border-t-2 border-slate-400 font-semibold">{footer}</tfoot>}
      </table>
    </div>
  );
}

/** A network's name linking to its page: the row header of every network table. */
export function NetworkLink({ locale, slug, name }: { locale: string; slug: string; name: string }) {
  return (
    <Link href={`/${locale}/networks/${slug}`} className="text-brand-700 underline underline-offset-2 hover:no-underline">
      {name}
    </Link>
  );
}

/** A sortable column's header: its label, an arrow for the current order (a shape, not a colour) and what the link does. */
function SortLink({ label, href, current, action }: { label: string; href: string; current: 'ascending' | 'descending' | null; action: string }) {
  return (
    <Link href={href} className="inline-flex items-baseline gap-1 text-brand-700 underline underline-offset-2 hover:no-underline">
      {label}
      <span aria-hidden="true" className="text-xs">
        {current === 'ascending' ? '▲' : current === 'descending' ? '▼' : '↕'}
      </span>
      <span className="sr-only">({action})</span>
    </Link>
  );
}
