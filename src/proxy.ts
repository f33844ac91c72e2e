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
  // Everything except the API, the DCAT catalogue (/datasets/dcat, a fixed address), Next's own files, files with an extension (static assets) and
  // paths that already start with a language: for those the proxy would only pass the request
  // on, and running it cost every page about a sixth of its requests per second under load.
  // Next reads the matcher as a literal, so the languages of LOCALES are written out here.
  matcher: ['/((?!api/|datasets/|_next/|sv(?:/|$)|en(?:/|$)|.*\\.[\\w]+$).*)'],
};
