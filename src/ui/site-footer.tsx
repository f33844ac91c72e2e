// The site's footer: what Trappan is, who runs this installation, and the pages every public
// website owes its visitors (about, contact, privacy, the accessibility statement).
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';

import { OperatorLine } from './operator-line';

export function SiteFooter({ locale, t }: { locale: Locale; t: Messages['layout'] }) {
  const links = [
    { href: `/${locale}/about`, label: t.footerAbout },
    { href: `/${locale}/contact`, label: t.footerContact },
    { href: `/${locale}/privacy`, label: t.footerPrivacy },
    { href: `/${locale}/accessibility`, label: t.footerAccessibility },
  ];
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-slate-700">
        <p>{t.footer}</p>
        <OperatorLine locale={locale} />
        <nav aria-label={t.footerNav} className="pt-1">
          <ul className="flex flex-wrap gap-x-6 gap-y-3">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="underline underline-offset-2 hover:no-underline">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
