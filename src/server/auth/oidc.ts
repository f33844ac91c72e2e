// The organisation's own login (OpenID Connect: Microsoft Entra ID, an e-ID broker), configured
// from the environment alone. Without AUTH_OIDC_ISSUER there is no provider and no button; a
// half or unsafe configuration is refused with one line in the log, and the password sign-in
// keeps working (docs/decisions/0016).
//
// Plain http: @auth/core 0.41 lets oauth4webapi talk http to any host (it passes
// `allowInsecureRequests` itself, with a TODO to stop). So the guard is ours: the issuer must be
// https, or http on this machine (a test provider), and every request Auth.js makes for the
// provider goes through `guardedFetch`, which refuses http to anywhere else, whatever the
// provider's discovery document names.
import { customFetch } from 'next-auth';
import type { OIDCConfig } from 'next-auth/providers';

export const OIDC_PROVIDER_ID = 'oidc';

/** Shown when AUTH_OIDC_NAME is not set (the sign-in page has it in both languages). */
export const OIDC_DEFAULT_NAME = 'organisationens inloggning';

type Env = Record<string, string | undefined>;

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** AUTH_OIDC_NAME, e.g. "Malmö stads inloggning"; null = the page's own default. */
  name: string | null;
  /** http to this machine only, and only when the issuer itself is http on this machine. */
  allowLoopbackHttp: boolean;
};

/** The claims Trappan reads (from the userinfo endpoint, whose `sub` Auth.js checks against the ID token's). */
export type OidcClaims = {
  sub?: unknown;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
};

const VARIABLES = ['AUTH_OIDC_ISSUER', 'AUTH_OIDC_CLIENT_ID', 'AUTH_OIDC_CLIENT_SECRET'] as const;

/** This machine, by the names a URL gives it. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/**
 * The settings, or null when none are given, or a problem to log (half a configuration, an
 * issuer that is not a URL, http to another machine).
 */
export function readOidcSettings(env: Env): { settings: OidcSettings } | { problem: string } | null {
  const [issuer, clientId, clientSecret] = VARIABLES.map((name) => env[name]?.trim() ?? '');
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) {
    return { problem: `Sign-in with the organisation's login is off: set ${VARIABLES.join(', ')} together (${VARIABLES.filter((_, i) => ![issuer, clientId, clientSecret][i]).join(', ')} missing).` };
  }
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return { problem: `Sign-in with the organisation's login is off: AUTH_OIDC_ISSUER is not a URL.` };
  }
  const loopbackHttp = url.protocol === 'http:' && isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !loopbackHttp) {
    return { problem: `Sign-in with the organisation's login is off: AUTH_OIDC_ISSUER must use https (plain http only for localhost).` };
  }
  if (url.search || url.hash || url.username || url.password) {
    return { problem: `Sign-in with the organisation's login is off: AUTH_OIDC_ISSUER must be the issuer's plain URL, without query, fragment or credentials.` };
  }
  return { settings: { issuer, clientId, clientSecret, name: env.AUTH_OIDC_NAME?.trim() || null, allowLoopbackHttp: loopbackHttp } };
}

/** A fetch that goes out over https only, or over http to this machine when allowed. */
export function guardedFetch(allowLoopbackHttp: boolean, base: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (url.protocol === 'https:' || (allowLoopbackHttp && url.protocol === 'http:' && isLoopbackHost(url.hostname))) return base(input, init);
    return Promise.reject(new TypeError(`OpenID Connect: refused a request to ${url.protocol}//${url.host}; only https, or http to this machine for a local test provider`));
  };
}

/** The Auth.js provider, or null when it is not (or not safely) configured. */
export function oidcProvider(settings: OidcSettings | null): OIDCConfig<OidcClaims> | null {
  if (!settings) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.name ?? OIDC_DEFAULT_NAME,
    type: 'oidc',
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    // PKCE and state bind the answer to this browser; the nonce binds the ID token to this sign-in.
    checks: ['pkce', 'state', 'nonce'],
    authorization: { params: { scope: 'openid email profile' } },
    // The claims of the email and profile scopes come from the userinfo endpoint, where the
    // standard puts them for the code flow (an ID token may carry only `sub`).
    idToken: false,
    [customFetch]: guardedFetch(settings.allowLoopbackHttp),
  };
}

let logged = false;

/** Settings from process.env; a problem is logged once per process. */
export function oidcSettingsFromEnv(env: Env = process.env): OidcSettings | null {
  const read = readOidcSettings(env);
  if (!read) return null;
  if ('problem' in read) {
    if (!logged) console.error(read.problem);
    logged = true;
    return null;
  }
  return read.settings;
}

/** For the sign-in page: null when there is no organisation's login, else its name (null = the page's default). */
export function oidcSignInOption(env: Env = process.env): { name: string | null } | null {
  const settings = oidcSettingsFromEnv(env);
  return settings ? { name: settings.name } : null;
}
