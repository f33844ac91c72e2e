// The security headers of every answer the production server gives (scripts/serve.mjs): pages,
// the API, Next's own error pages and the request guard's refusals alike, because they are set
// on the response before Next or the guard writes it (docs/decisions/0029).
//
// The Content-Security-Policy carries a fresh nonce per request. Next finds it by reading the
// *request's* Content-Security-Policy header and puts it on every script it renders, so the
// server sets that too. Doing it here rather than in src/proxy.ts keeps the proxy off the
// language-prefixed pages, where running it cost a sixth of their requests per second.
import { randomBytes } from 'node:crypto';

/** The headers that are the same on every answer; next.config.ts sets them for `next dev` too. */
export const STATIC_SECURITY_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
});

export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/** 128 random bits, base64: a nonce no one can guess, in the characters Next accepts. */
export function newNonce() {
  return randomBytes(16).toString('base64');
}

/**
 * The policy for one answer.
 * - scripts: only those carrying the nonce, and what they load ('strict-dynamic'); 'self' is a
 *   fallback for browsers without 'strict-dynamic', which ignore it otherwise;
 * - styles: Tailwind's stylesheet, and 'unsafe-inline' for the style attributes React renders
 *   (dashboard bars, the global error page, the guard's page): a style attribute cannot carry a
 *   nonce, and no script can run from one;
 * - forms: to this site, and to the organisation's login (OpenID Connect), because a sign-in
 *   form posted without JavaScript is answered with a redirect to the provider, and browsers
 *   check a form's redirects against form-action as well.
 * @param {string} nonce
 * @param {{ formActionOrigins?: string[] }} [options]
 */
export function contentSecurityPolicy(nonce, { formActionOrigins = [] } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formActionOrigins].join(' '),
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The origin of a URL, or null when it is none. */
function originOf(value) {
  try {
    const { origin } = new URL(value);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * What the headers depend on, read once at start from the environment: whether the public
 * address is https (TRAPPAN_PUBLIC_URL, else AUTH_URL, as src/server/public-origin.ts reads it)
 * and the OpenID Connect provider's origin (AUTH_OIDC_ISSUER).
 * @param {Record<string, string | undefined>} env
 */
export function securityHeaderSettings(env = process.env) {
  const publicUrl = env.TRAPPAN_PUBLIC_URL?.trim() || env.AUTH_URL?.trim() || '';
  const issuerOrigin = env.AUTH_OIDC_ISSUER?.trim() ? originOf(env.AUTH_OIDC_ISSUER.trim()) : null;
  return {
    isPublicOriginHttps: publicUrl.toLowerCase().startsWith('https:'),
    formActionOrigins: issuerOrigin ? [issuerOrigin] : [],
  };
}

/**
 * The headers of one answer. HSTS only over https: when the public address is https (TLS ends
 * at a proxy in front) or this request came over TLS itself. Never on plain http, where it
 * would make a browser refuse the localhost demo (and browsers ignore it there anyway).
 * @param {{ isTls: boolean }} request
 * @param {ReturnType<typeof securityHeaderSettings>} settings
 * @param {string} nonce
 */
export function securityHeaders({ isTls }, settings, nonce) {
  return {
    ...STATIC_SECURITY_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(nonce, settings),
    ...(isTls || settings.isPublicOriginHttps ? { 'Strict-Transport-Security': HSTS_VALUE } : {}),
  };
}

/**
 * Sets the headers on the answer, and the policy on the request, where Next reads the nonce
 * from. A policy the client sent itself is replaced: its nonce would be one the client knows.
 * Returns the headers, for an answer that must start over (the request deadline's).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {ReturnType<typeof securityHeaderSettings>} settings
 */
export function applySecurityHeaders(req, res, settings) {
  const headers = securityHeaders({ isTls: Boolean(req.socket && 'encrypted' in req.socket && req.socket.encrypted) }, settings, newNonce());
  delete req.headers['content-security-policy-report-only'];
  req.headers['content-security-policy'] = headers['Content-Security-Policy'];
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  return headers;
}
