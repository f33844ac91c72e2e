// The links between the admin's pages, at the top of each: people, organisations, proposed
// thematic areas, the outbox
// and the audit log. The current page is marked for screen readers.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';

export type AdminSection = 'users' | 'organisations' | 'areas' | 'outbox' | 'audit';

export function AdminNav({ locale, current }: { locale: Locale; current: AdminSection }) {
  const t = getMessages(locale).adminNav;
  const links: Array<[AdminSection, string]> = [
    ['users', t.users],
    ['organisations', t.organisations],
    ['areas', t.areas],
    ['outbox', t.outbox],
    ['audit', t.audit],
  ];
  return (
    <nav aria-label={t.label}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {links.map(([section, label]) => (
          <li key={section}>
            <Link
              href={`/${locale}/admin/${section}`}
              aria-current={section === current ? 'page' : undefined}
              className={section === current ? 'font-semibold text-slate-900' : 'font-semibold text-brand-700 underline underline-offset-2 hover:no-underline'}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
