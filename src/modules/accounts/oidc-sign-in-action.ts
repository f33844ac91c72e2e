'use server';

// Starting a sign-in with the organisation's own login (OpenID Connect, src/server/auth/oidc.ts).
// Like the password sign-in it runs without a session: Auth.js sets its state, PKCE and nonce
// cookies and sends the browser to the provider, which sends it back to
// /api/auth/callback/oidc. The page the person came from rides along as `redirectTo`, only as
// a path on this site.
import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/locales';
import { signIn } from '@/server/auth/auth';
import { OIDC_PROVIDER_ID, oidcSignInOption } from '@/server/auth/oidc';
import { logUnexpected } from '@/server/log';

import { safeCallbackPath } from './callback-path';

export async function signInWithOidcAction(formData: FormData): Promise<void> {
  const value = formData.get('locale');
  const locale: Locale = typeof value === 'string' && isLocale(value) ? value : DEFAULT_LOCALE;
  if (!oidcSignInOption()) redirect(`/${locale}/sign-in`);
  try {
    await signIn(OIDC_PROVIDER_ID, { redirectTo: safeCallbackPath(formData.get('callbackUrl'), locale) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes the redirect to the provider
    await logUnexpected('sign-in with the organisation’s login could not start', error);
    redirect(`/${locale}/sign-in?error=OidcUnavailable`);
  }
}
