'use server';

// Signing in. With signing out (src/server/auth/sign-out.ts) the only action that runs without a
// session.
import { AuthError } from 'next-auth';
import { z } from 'zod';

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { signIn } from '@/server/auth/auth';
import { secondsUntilNextAttempt } from '@/server/auth/sign-in-throttle';
import { db } from '@/server/db/client';

import { safeCallbackPath } from './callback-path';

export type SignInState = {
  message?: string;
  fieldErrors?: { email?: string; password?: string };
  values?: { email: string };
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
      password: z.string().min(1, t.passwordRequired),
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
      const throttle = await db().signInThrottle.findUnique({ where: { email: parsed.data.email } });
      return { message: t.throttled(Math.max(1, secondsUntilNextAttempt(throttle, new Date()))), values };
    }
    if (error.type === 'CredentialsSignin') return { message: t.invalidCredentials, values };
    console.error('Sign-in failed unexpectedly', error);
    return { message: t.unexpected, values };
  }
  return {};
}
