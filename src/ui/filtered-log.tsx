// The frame of a log read newest first (the audit log, the outbox): one filter as a GET form,
// a notice when the page cursor could not be read, an empty state, the table, and links to the
// newest and the older page. Plain forms and links, so every view is a URL and works without
// JavaScript.
import Link from 'next/link';
import type { ReactNode } from 'react';

const linkClass = 'font-semibold text-brand-700 underline underline-offset-2 hover:no-underline';

export type LogTexts = {
  filterLabel: string;
  applyFilter: string;
  invalidCursor: string;
  empty: string;
  emptyFiltered: string;
  timeZoneNote: string;
  pagesLabel: string;
  newest: string;
  older: string;
};

export type LogFilter = {
  /** The select's id and the URL parameter's name. */
  id: string;
  name: string;
  /** The chosen value, '' for all. */
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
};

export function FilteredLog({
  texts,
  basePath,
  filter,
  invalidCursor,
  isEmpty,
  newestHref,
  olderHref,
  children,
}: {
  texts: LogTexts;
  basePath: string;
  filter: LogFilter;
  invalidCursor: boolean;
  isEmpty: boolean;
  /** The first page's link when this is a later page, else null. */
  newestHref: string | null;
  olderHref: string | null;
  /** The table of this page's rows. */
  children: ReactNode;
}) {
  return (
    <>
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={filter.id} className="block font-medium">
            {texts.filterLabel}
          </label>
          <select id={filter.id} name={filter.name} defaultValue={filter.value} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
            {filter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {texts.applyFilter}
        </button>
      </form>

      {invalidCursor && (
        <p role="status" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {texts.invalidCursor}
        </p>
      )}

      {isEmpty ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{filter.value ? texts.emptyFiltered : texts.empty}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{texts.timeZoneNote}</p>
          {children}
        </>
      )}

      {(newestHref || olderHref) && (
        <nav aria-label={texts.pagesLabel} className="flex flex-wrap gap-x-6 gap-y-2">
          {newestHref && (
            <Link href={newestHref} className={linkClass}>
              ← {texts.newest}
            </Link>
          )}
          {olderHref && (
            <Link href={olderHref} className={linkClass}>
              {texts.older} →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
