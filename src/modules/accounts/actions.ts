'use server';

// Signing in. With signing out (src/server/auth/sign-out.ts) the only action that runs without a
// session.
import { AuthError } from 'next-auth';
import { z } from 'zod';

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { signIn, ThrottledSignIn } from '@/server/auth/auth';
import { throttleWaitSeconds } from '@/server/auth/verify-credentials';
import { db } from '@/server/db/client';
import { logUnexpected } from '@/server/log';

import { safeCallbackPath } from './callback-path';

export type SignInState = {
  message?: string;
  fieldErrors?: { email?: string; password?: string };
  values?: { email: string };
  /** The password was right but the address is unconfirmed: the form links to a new link. */
  unverified?: boolean;
};

const localeOf = (value: FormDataEntryValue | null): Locale =>
  typeof value === 'string' && isLocale(value) ? value : DEFAULT_LOCALE;

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const locale = localeOf(formData.get('locale'));
  const t = getMessages(locale).signIn;
  const rawEmail = String(formData.get('email') ?? '');
  const values = { email: rawEmail };

  const parsed = z
    .object({
      email: z.string().trim().min(1, t.emailRequired).toLowerCase().pipe(z.email(t.emailInvalid)),
      // Longer than any password Trappan accepts: never sent on to the hash.
      password: z.string().min(1, t.passwordRequired).max(512, t.invalidCredentials),
    })
    .safeParse({ email: rawEmail, password: formData.get('password') ?? '' });
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors;
    return { fieldErrors: { email: errors.email?.[0], password: errors.password?.[0] }, values };
  }

  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackPath(formData.get('callbackUrl'), locale),
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes the redirect after success
    if ('code' in error && error.code === 'throttled') {
      const retryAfterSeconds = error instanceof ThrottledSignIn ? error.retryAfterSeconds : await throttleWaitSeconds(db(), parsed.data.email);
      return { message: t.throttled(Math.max(1, retryAfterSeconds)), values };
    }
    if ('code' in error && error.code === 'unverified') return { message: t.unverified, unverified: true, values };
    if ('code' in error && error.code === 'disabled') return { message: t.disabled, values };
    if (error.type === 'CredentialsSignin') return { message: t.invalidCredentials, values };
    await logUnexpected('sign-in failed unexpectedly', error);
    return { message: t.unexpected, values };
  }
  return {};
}
