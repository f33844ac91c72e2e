// HTTP behaviour shared by every open-data endpoint: JSON errors naming the bad parameters,
// a weak ETag over the body with 304 answers to If-None-Match, one minute of public caching,
// and CORS open to every origin (the data is public). Unexpected failures become a 500 JSON
// without details; the details go to the server log.
import { isDatabaseUnavailable } from '@/server/db/unavailable';
import { matchesIfNoneMatch, weakEtag } from '@/server/etag';
import { logDatabaseUnavailable, logUnexpected } from '@/server/log';

export const CACHE_CONTROL = 'public, max-age=60';

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  // ETag and the CSV's counts are not CORS-safelisted response headers.
  'Access-Control-Expose-Headers': 'ETag, X-Total-Count, X-Truncated',
};

export type ApiErrorCode = 'invalid_parameter' | 'not_found' | 'internal_error' | 'database_unavailable';

export type ApiErrorBody = { error: { code: ApiErrorCode; message: string; parameters?: string[] } };

/** An expected failure: answered with its status and a JSON error body. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly code: Exclude<ApiErrorCode, 'internal_error'>,
    message: string,
    readonly parameters?: string[],
  ) {
    super(message);
  }
}

export function errorResponse(status: number, body: ApiErrorBody, extraHeaders: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extraHeaders },
  });
}

/** 200 with the body, or 304 without it when the client already holds the same body. */
export function cacheableResponse(request: Request, body: string, headers: Record<string, string>): Response {
  const etag = weakEtag(body);
  const common = { ...CORS_HEADERS, 'Cache-Control': CACHE_CONTROL, ETag: etag };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { ...common, ...headers } });
}

export function jsonResponse(request: Request, data: unknown): Response {
  return cacheableResponse(request, JSON.stringify(data), { 'Content-Type': 'application/json; charset=utf-8' });
}

/** A permanent redirect (308 keeps the method) that cross-origin clients may follow. */
export function movedPermanentlyResponse(location: string): Response {
  return new Response(null, { status: 308, headers: { ...CORS_HEADERS, Location: location, 'Cache-Control': CACHE_CONTROL } });
}

/** The answer to a CORS preflight (a cross-origin GET with If-None-Match needs one). */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match',
      'Access-Control-Max-Age': '86400',
      Allow: 'GET, HEAD, OPTIONS',
    },
  });
}

/** Wraps an endpoint so that it never answers with a stack trace or Next's HTML error page. */
export function openDataEndpoint<A extends unknown[]>(
  handler: (request: Request, ...rest: A) => Promise<Response>,
): (request: Request, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      if (error instanceof ApiError) {
        return errorResponse(error.status, {
          error: { code: error.code, message: error.message, ...(error.parameters ? { parameters: error.parameters } : {}) },
        });
      }
      if (isDatabaseUnavailable(error)) {
        await logDatabaseUnavailable('open data API', error, { method: request.method, path: new URL(request.url).pathname });
        return errorResponse(503, { error: { code: 'database_unavailable', message: 'The database is not answering right now. Please try again in a moment.' } }, { 'Retry-After': '5' });
      }
      await logUnexpected('open data API failed', error, { method: request.method, path: new URL(request.url).pathname });
      return errorResponse(500, { error: { code: 'internal_error', message: 'The server could not answer this request. Please try again later.' } });
    }
  };
}
