// The secretariat's sections of a network, as tabs that are plain links (shareable, and
// they work without JavaScript).
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { NavLink } from '@/ui/nav-link';

import { MANAGE_SECTIONS, managePath } from '../manage-path';

export function ManageNav({ locale, slug }: { locale: Locale; slug: string }) {
  const t = getMessages(locale).manage;
  return (
    <nav aria-label={t.navLabel} className="border-b border-slate-300">
      <ul className="flex flex-wrap gap-x-6 gap-y-2 pb-3">
        {MANAGE_SECTIONS.map((section) => (
          <li key={section}>
            <NavLink href={managePath(locale, slug, section)} exact={section === 'members'}>
              {t.sections[section]}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
