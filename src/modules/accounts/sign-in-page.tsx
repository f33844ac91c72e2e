import Link from 'next/link';
import { redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { getCurrentUser } from '@/server/auth/current-user';
import { isDemoMode } from '@/server/db/database-config';
import type { SearchParams } from '@/ui/search-params';

import { safeCallbackPath } from './callback-path';
import { SignInForm } from './components/sign-in-form';

export async function SignInPage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const t = getMessages(locale).signIn;
  const callbackUrl = safeCallbackPath(searchParams.callbackUrl, locale);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      {searchParams.signedOut === '1' && (
        <p role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          {t.signedOut}
        </p>
      )}
      <p className="mt-3 text-slate-700">{t.lead}</p>
      <div className="mt-6">
        <SignInForm locale={locale} messages={pickMessages(locale, 'signIn')} callbackUrl={callbackUrl} />
      </div>
      <ul className="mt-6 space-y-1">
        <li>
          <Link href={`/${locale}/reset-password`} className="text-brand-700 underline">
            {t.forgotPassword}
          </Link>
        </li>
        <li>
          {t.noAccount}{' '}
          <Link href={`/${locale}/sign-up`} className="font-semibold text-brand-700 underline">
            {t.signUpLink}
          </Link>
        </li>
      </ul>
      {isDemoMode(process.env) && <p className="mt-8 text-sm text-slate-600">{t.demoHint}</p>}
    </div>
  );
}
