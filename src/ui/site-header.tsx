import Link from 'next/link';
import { Suspense } from 'react';

import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import type { CurrentUser } from '@/server/auth/current-user';
import { signOutAction } from '@/server/auth/sign-out';

import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';

export function SiteHeader({ locale, t, user }: { locale: Locale; t: Messages['layout']; user: CurrentUser | null }) {
  const otherLocale: Locale = locale === 'sv' ? 'en' : 'sv';
  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-3 px-4 py-4">
        <Link href={`/${locale}`} className="text-xl font-bold tracking-tight" aria-label={t.homeLink}>
          Trappan
        </Link>
        {/* Wraps on a phone: six links (with Administration) do not fit in 390 px. */}
        <nav aria-label={t.mainNav} className="flex flex-wrap gap-x-6 gap-y-2">
          <NavLink href={`/${locale}/networks`}>{t.networks}</NavLink>
          <NavLink href={`/${locale}/dialogues`}>{t.dialogues}</NavLink>
          <NavLink href={`/${locale}/overview`}>{t.overview}</NavLink>
          <NavLink href={`/${locale}/open-data`}>{t.openData}</NavLink>
          {user && <NavLink href={`/${locale}/me`}>{t.me}</NavLink>}
          {/* The admin's pages (people, organisations, outbox, log) are for admins only; everyone else gets a 404 there. */}
          {user?.platformRole === 'ADMIN' && <NavLink href={`/${locale}/admin/users`}>{getMessages(locale).adminNav.label}</NavLink>}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-x-6 gap-y-2">
          <Suspense fallback={null}>
            <LanguageSwitch target={otherLocale} label={t.languageSwitch} />
          </Suspense>
          {user ? (
            <form action={signOutAction} className="flex flex-wrap items-center gap-3">
              <input type="hidden" name="locale" value={locale} />
              <span className="text-sm text-brand-100">
                {t.signedInAs} <strong className="text-white">{user.name}</strong>
              </span>
              <button type="submit" className="rounded border border-white/60 px-3 py-1 text-sm hover:bg-white/10">
                {t.signOut}
              </button>
            </form>
          ) : (
            <Link href={`/${locale}/sign-in`} className="rounded bg-white px-3 py-1 text-sm font-semibold text-brand-900 hover:bg-brand-50">
              {t.signIn}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
