'use client';

// A row of tabs as plain links, the open one marked for assistive technology (aria-current)
// and for the eye. On a narrow screen the row scrolls sideways inside itself instead of
// widening the page. Client only for the path; the links work without script.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** `exact`: only this very page counts as the tab's, not the pages beneath it. */
export type Tab = { href: string; label: string; exact?: boolean };

export function isTabCurrent(pathname: string, tab: Tab): boolean {
  return pathname === tab.href || (!tab.exact && pathname.startsWith(`${tab.href}/`));
}

/** `title` is shown above the row except on the page of the tab named `titleHiddenOn`, whose own heading says it. */
export function TabNav({ label, tabs, title, titleHiddenOn }: { label: string; tabs: readonly Tab[]; title?: string; titleHiddenOn?: string }) {
  const pathname = usePathname();
  return (
    <div className="min-w-0">
      {title && pathname !== titleHiddenOn && <p className="text-lg font-semibold text-slate-800">{title}</p>}
      <nav aria-label={label} className="mt-1 border-b border-slate-300">
        <ul className="-mb-px flex gap-1 overflow-x-auto whitespace-nowrap">
          {tabs.map((tab) => {
            const isCurrent = isTabCurrent(pathname, tab);
            return (
              <li key={tab.href} className="shrink-0">
                <Link
                  href={tab.href}
                  aria-current={isCurrent ? 'page' : undefined}
                  className={`inline-block border-b-4 px-3 py-2 underline-offset-4 hover:underline focus-visible:outline-offset-[-2px] ${
                    isCurrent ? 'border-brand-700 font-semibold text-brand-900' : 'border-transparent text-slate-800'
                  }`}
                >
                  {tab.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
