'use server';

// Signing out, from the site header on every page: part of the session itself, so the header
// (a shared component) does not depend on a domain.
import { DEFAULT_LOCALE, isLocale } from '@/i18n/locales';
import { signOut } from '@/server/auth/auth';

export async function signOutAction(formData: FormData): Promise<void> {
  const value = formData.get('locale');
  const locale = typeof value === 'string' && isLocale(value) ? value : DEFAULT_LOCALE;
  await signOut({ redirectTo: `/${locale}/sign-in?signedOut=1` });
}
