import Link from 'next/link';
import { redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { fill } from '@/i18n/template';
import { getCurrentUser } from '@/server/auth/current-user';
import { oidcSignInOption } from '@/server/auth/oidc';
import { OIDC_REFUSALS } from '@/server/auth/oidc-account';
import { isDemoMode } from '@/server/db/database-config';
import type { SearchParams } from '@/ui/search-params';

import { safeCallbackPath } from './callback-path';
import { SignInForm } from './components/sign-in-form';
import { signInWithOidcAction } from './oidc-sign-in-action';

/**
 * What went wrong with the organisation's login, from the URL it came back with: our own refusals
 * (error=OidcRefused&code=…, src/server/auth/auth.ts) and Auth.js's errors (a cancelled
 * sign-in, a provider that does not answer). Nothing for the password form: it answers in place.
 */
function oidcProblem(searchParams: SearchParams, o: Messages['oidcSignIn'], name: string): { message: string; offerReset: boolean } | null {
  const error = typeof searchParams.error === 'string' ? searchParams.error : null;
  if (!error) return null;
  if (error === 'OidcRefused') {
    const code = OIDC_REFUSALS.find((reason) => reason === searchParams.code);
    if (code === 'emailMissing' || code === 'emailUnverified') return { message: fill(o[code], { name }), offerReset: false };
    if (code === 'accountUnverified' || code === 'accountClosed') return { message: o[code], offerReset: code === 'accountUnverified' };
  }
  if (error === 'OidcUnavailable' || error === 'Configuration') return { message: fill(o.unavailable, { name }), offerReset: false };
  return { message: fill(o.failed, { name }), offerReset: false };
}

export async function SignInPage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const messages = getMessages(locale);
  const t = messages.signIn;
  const o = messages.oidcSignIn;
  const callbackUrl = safeCallbackPath(searchParams.callbackUrl, locale);
  if (await getCurrentUser()) redirect(callbackUrl);
  const oidc = oidcSignInOption();
  const oidcName = oidc?.name ?? o.defaultName;
  const problem = oidcProblem(searchParams, o, oidcName);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      {searchParams.signedOut === '1' && (
        <p role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          {t.signedOut}
        </p>
      )}
      {problem && (
        <div role="alert" className="mt-4 rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <h2 className="font-semibold">{o.errorSummary}</h2>
          <p className="mt-1">{problem.message}</p>
          {problem.offerReset && (
            <p className="mt-2">
              <Link href={`/${locale}/reset-password`} className="font-semibold underline">
                {o.resetLink}
              </Link>
            </p>
          )}
        </div>
      )}
      {oidc && (
        <>
          {/* A plain form: it starts the sign-in before JavaScript loads, too. */}
          <form action={signInWithOidcAction} className="mt-6">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <button
              type="submit"
              className="w-full rounded border-2 border-brand-700 bg-white px-5 py-2 font-semibold text-brand-700 hover:bg-brand-50"
            >
              {fill(o.submit, { name: oidcName })}
            </button>
          </form>
          <p className="mt-6 flex items-center gap-3 text-slate-700">
            <span aria-hidden="true" className="h-px flex-1 bg-slate-400" />
            {o.or}
            <span aria-hidden="true" className="h-px flex-1 bg-slate-400" />
          </p>
        </>
      )}
      <p className="mt-3 text-slate-700">{t.lead}</p>
      <div className="mt-6">
        <SignInForm locale={locale} messages={pickMessages(locale, 'signIn', 'input')} callbackUrl={callbackUrl} />
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
