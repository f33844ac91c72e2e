// The links between the admin's pages, at the top of each: people, organisations, proposed
// thematic areas, the outbox (with how many messages it gave up on, so a failing mail setup is
// seen from any admin page) and the audit log. The current page is marked for screen readers.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { numberFormat } from '@/i18n/intl-formats';
import { fill } from '@/i18n/template';
import { getCurrentUser } from '@/server/auth/current-user';

import { countFailedOutbox } from './outbox-queries';

export type AdminSection = 'users' | 'organisations' | 'areas' | 'outbox' | 'audit';

export async function AdminNav({ locale, current }: { locale: Locale; current: AdminSection }) {
  const t = getMessages(locale).adminNav;
  const failed = await countFailedOutbox(await getCurrentUser());
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
            {section === 'outbox' && failed ? (
              <>
                {' '}
                <Link
                  href={`/${locale}/admin/outbox?status=failed`}
                  className="rounded-full bg-red-50 px-2 py-0.5 font-medium text-red-900 ring-1 ring-red-700/30 ring-inset hover:underline"
                >
                  {failed === 1 ? t.failedOne : fill(t.failedMany, { count: numberFormat(locale).format(failed) })}
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}
