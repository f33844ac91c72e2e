// The frame of an admin list: a GET search form (and an optional filter), a notice when the
// page cursor could not be read, an empty state, the list, and links to the first and the next
// page. Plain forms and links, so every view is a URL and works without JavaScript.
import Link from 'next/link';
import type { ReactNode } from 'react';

import { buttonClass } from '@/ui/form-classes';

import { AdminFeedbackProvider } from './components/admin-feedback';

const linkClass = 'font-semibold text-brand-700 underline underline-offset-2 hover:no-underline';

export function AdminListFrame({
  basePath,
  search,
  filter,
  invalidCursor,
  empty,
  firstHref,
  nextHref,
  texts,
  children,
}: {
  basePath: string;
  search: { id: string; label: string; value: string; button: string };
  filter?: { id: string; name: string; label: string; value: string; options: ReadonlyArray<{ value: string; label: string }> };
  invalidCursor: string | null;
  /** What to show instead of the list, with a way onwards; null when there are rows. */
  empty: { text: string; href: string | null; link: string } | null;
  firstHref: string | null;
  nextHref: string | null;
  texts: { pagesLabel: string; first: string; older: string };
  children: ReactNode;
}) {
  return (
    <>
      <form method="get" action={basePath} role="search" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={search.id} className="block font-medium">
            {search.label}
          </label>
          <input id={search.id} name="q" type="search" defaultValue={search.value} className="mt-1 rounded border border-slate-500 px-3 py-2" />
        </div>
        {filter && (
          <div>
            <label htmlFor={filter.id} className="block font-medium">
              {filter.label}
            </label>
            <select id={filter.id} name={filter.name} defaultValue={filter.value} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className={buttonClass}>
          {search.button}
        </button>
      </form>
      <AdminFeedbackProvider>
      {invalidCursor && (
        <p role="status" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
          {invalidCursor}
        </p>
      )}
      {empty ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">
          {empty.text}{' '}
          {empty.href && (
            <Link href={empty.href} className={linkClass}>
              {empty.link}
            </Link>
          )}
        </p>
      ) : (
        children
      )}
      {(firstHref || nextHref) && (
        <nav aria-label={texts.pagesLabel} className="flex flex-wrap gap-4">
          {firstHref && (
            <Link href={firstHref} className={linkClass}>
              {texts.first}
            </Link>
          )}
          {nextHref && (
            <Link href={nextHref} className={linkClass}>
              {texts.older}
            </Link>
          )}
        </nav>
      )}
      </AdminFeedbackProvider>
    </>
  );
}
