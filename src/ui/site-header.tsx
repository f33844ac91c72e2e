// The site's header: the name, the main menu, the language and the account. On a wide screen
// everything sits in one row; on a phone the menu folds into a <details> disclosure, which
// opens and closes without JavaScript and from the keyboard (Enter or Space on "Meny"; Escape
// closes it once JavaScript has loaded). Only
// one of the two is displayed at a time, so assistive technology meets one main menu.
import Link from 'next/link';
import { Suspense } from 'react';

import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import type { CurrentUser } from '@/server/auth/current-user';
import { signOutAction } from '@/server/auth/sign-out';

import { EscapeClosesDetails } from './escape-closes-details';
import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';

type HeaderProps = { locale: Locale; t: Messages['layout']; user: CurrentUser | null };

function MainNav({ locale, t, user, className }: HeaderProps & { className: string }) {
  return (
    <nav aria-label={t.mainNav} className={className}>
      <NavLink href={`/${locale}/networks`}>{t.networks}</NavLink>
      <NavLink href={`/${locale}/dialogues`}>{t.dialogues}</NavLink>
      <NavLink href={`/${locale}/overview`}>{t.overview}</NavLink>
      <NavLink href={`/${locale}/open-data`}>{t.openData}</NavLink>
      {user && <NavLink href={`/${locale}/me`}>{t.me}</NavLink>}
      {/* The admin's pages (people, organisations, outbox, log) are for admins only; everyone else gets a 404 there. */}
      {user?.platformRole === 'ADMIN' && <NavLink href={`/${locale}/admin/users`}>{getMessages(locale).adminNav.label}</NavLink>}
    </nav>
  );
}

function Account({ locale, t, user, className, withSignIn = true }: HeaderProps & { className: string; withSignIn?: boolean }) {
  const otherLocale: Locale = locale === 'sv' ? 'en' : 'sv';
  return (
    <div className={className}>
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
        withSignIn && <SignInLink locale={locale} t={t} />
      )}
    </div>
  );
}

function SignInLink({ locale, t }: { locale: Locale; t: Messages['layout'] }) {
  return (
    <Link href={`/${locale}/sign-in`} className="rounded bg-white px-3 py-1 text-sm font-semibold text-brand-900 hover:bg-brand-50">
      {t.signIn}
    </Link>
  );
}

export function SiteHeader(props: HeaderProps) {
  const { locale, t, user } = props;
  return (
    <header className="relative bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl items-center gap-x-8 gap-y-3 px-4 py-3 md:flex-wrap md:py-4">
        <Link href={`/${locale}`} className="text-xl font-bold tracking-tight" aria-label={t.homeLink}>
          Trappan
        </Link>
        <MainNav {...props} className="hidden flex-wrap gap-x-6 gap-y-2 md:flex" />
        <Account {...props} className="ml-auto hidden flex-wrap items-center gap-x-6 gap-y-2 md:flex" />

        {/* A phone: signing in stays one tap away; the rest is behind "Meny". */}
        <div className="ml-auto flex items-center gap-3 md:hidden">
          {!user && <SignInLink locale={locale} t={t} />}
          <EscapeClosesDetails className="group">
            <summary className="flex cursor-pointer list-none items-center gap-2 rounded border border-white/60 px-3 py-1 text-sm font-semibold hover:bg-white/10 [&::-webkit-details-marker]:hidden">
              {t.menu}
              <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-180">
                ▾
              </span>
            </summary>
            <div className="absolute inset-x-0 top-full z-40 border-t border-white/20 bg-brand-900 px-4 pb-5 pt-4 shadow-lg">
              <MainNav {...props} className="flex flex-col gap-3 text-lg" />
              <Account {...props} withSignIn={false} className="mt-5 flex flex-col items-start gap-4 border-t border-white/20 pt-4" />
            </div>
          </EscapeClosesDetails>
        </div>
      </div>
    </header>
  );
}
