// Where to send someone after signing in: only a path on this site, in their language,
// so a crafted link cannot send them elsewhere (open redirect).
import { isLocale, type Locale } from '@/i18n/locales';

export function safeCallbackPath(value: unknown, locale: Locale): string {
  const fallback = `/${locale}/me`;
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  let url: URL;
  try {
    url = new URL(value, 'http://trappan.invalid');
  } catch {
    return fallback;
  }
  if (url.origin !== 'http://trappan.invalid') return fallback;
  if (!isLocale(url.pathname.split('/')[1])) return fallback;
  if (url.pathname.split('/')[2] === 'sign-in') return fallback;
  return `${url.pathname}${url.search}`;
}
