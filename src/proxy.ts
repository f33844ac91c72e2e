// Sends visitors without a language in the URL to /sv/... or /en/... (by Accept-Language).
// Authorisation never happens here: pages and actions check the session themselves.
import { NextResponse, type NextRequest } from 'next/server';

import { isLocale } from '@/i18n/locales';
import { negotiateLocale } from '@/i18n/negotiate-locale';

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const firstSegment = pathname.split('/')[1];
  if (isLocale(firstSegment)) return NextResponse.next();

  const locale = negotiateLocale(request.headers.get('accept-language'));
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname === '/' ? '' : pathname}`;
  url.search = search;
  const response = NextResponse.redirect(url, 307);
  response.headers.set('Vary', 'Accept-Language');
  return response;
}

export const config = {
  // Everything except the API, Next's own files and files with an extension (static assets).
  matcher: ['/((?!api/|_next/|.*\\.[\\w]+$).*)'],
};
