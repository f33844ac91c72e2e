// Auth.js (next-auth v5) with email and password, and the organisation's own login through
// OpenID Connect when it is configured (src/server/auth/oidc.ts). The session cookie is a JWT
// that carries the user id and the id of a UserSession row; everything else (role,
// organisation, memberships) is read from the database on each request, and the row must
// still exist, so sign-out, a disabled account or a removed membership count at once.
import NextAuth, { CredentialsSignin, type User } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { cookies } from 'next/headers';

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/locales';
import { clientAddress } from '@/server/client-address';
import { OIDC_PROVIDER_ID, oidcProvider, oidcSettingsFromEnv } from '@/server/auth/oidc';
import { resolveOidcAccount, type OidcRefusal } from '@/server/auth/oidc-account';
import { attemptSignIn } from '@/server/auth/sign-in-attempt';
import { SESSION_MAX_AGE_SECONDS, endSession, startSession } from '@/server/auth/user-session';
import { db } from '@/server/db/client';
import { logger } from '@/server/log';

/** Tells the sign-in form to ask the person to wait, without saying more. */
export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
  constructor(public readonly retryAfterSeconds: number) {
    super();
  }
}

/** The password was right, but an admin has disabled the account: the form says so. */
export class DisabledSignIn extends CredentialsSignin {
  code = 'disabled';
}

/** The password was right, but the address is not verified yet: the form offers a new link. */
export class UnverifiedSignIn extends CredentialsSignin {
  code = 'unverified';
}

const oidcSettings = oidcSettingsFromEnv();
const oidc = oidcProvider(oidcSettings);

/** People from the organisation's login whose id the signIn callback set to a Trappan User.id. */
const resolvedOidcUsers = new WeakSet<User>();

/**
 * Where the sign-in through the organisation's login was started: the path Auth.js keeps in its
 * callback-url cookie (`redirectTo` of signInWithOidcAction), and so the page's language.
 */
async function oidcStart(): Promise<{ locale: Locale; callbackPath: string | null }> {
  const jar = await cookies();
  const value = (jar.get('__Secure-authjs.callback-url') ?? jar.get('authjs.callback-url'))?.value;
  if (!value) return { locale: DEFAULT_LOCALE, callbackPath: null };
  try {
    const url = new URL(value, 'http://trappan.invalid');
    const segment = url.pathname.split('/')[1];
    return { locale: isLocale(segment) ? segment : DEFAULT_LOCALE, callbackPath: `${url.pathname}${url.search}` };
  } catch {
    return { locale: DEFAULT_LOCALE, callbackPath: null };
  }
}

/** A refused sign-in lands on the sign-in page in its language, with the reason (sign-in-page.tsx). */
function refusedPath(reason: OidcRefusal, start: { locale: Locale; callbackPath: string | null }): string {
  const params = new URLSearchParams({ error: 'OidcRefused', code: reason });
  if (start.callbackPath) params.set('callbackUrl', start.callbackPath);
  return `/${start.locale}/sign-in?${params}`;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  logger: {
    // A wrong password is an expected outcome, shown to the person; not a server error.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === 'CredentialsSignin') return;
      logger().error({ err: error }, 'authentication error');
    },
  },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  // Auth.js's own errors (a sign-in cancelled at the organisation's login, a provider that does
  // not answer) land on our sign-in page too, never on Auth.js's English error page.
  pages: { signIn: '/sv/sign-in', error: '/sv/sign-in' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const email = typeof credentials?.email === 'string' ? credentials.email : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        const result = await attemptSignIn(db(), await clientAddress(), email, password);
        if (result.ok) return { id: result.userId };
        if (result.reason === 'throttled') throw new ThrottledSignIn(result.retryAfterSeconds);
        if (result.reason === 'unverified') throw new UnverifiedSignIn();
        if (result.reason === 'disabled') throw new DisabledSignIn();
        return null;
      },
    }),
    ...(oidc ? [oidc] : []),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      // The provider's subject is no Trappan id: find or create our person (oidc-account.ts).
      const start = await oidcStart();
      const result = await resolveOidcAccount(db(), profile ?? {}, { issuer: oidcSettings?.issuer, locale: start.locale });
      if (!result.ok) return refusedPath(result.reason, start);
      user.id = result.userId;
      resolvedOidcUsers.add(user);
      return true;
    },
    async jwt({ token, user, account }) {
      // At sign-in: open a session row and keep the token to the two ids alone.
      if (user?.id) {
        // Never a session for the provider's own subject, should Auth.js ever pass a copy of the user on.
        if (account?.provider === OIDC_PROVIDER_ID && !resolvedOidcUsers.has(user)) throw new Error('OpenID Connect sign-in without a resolved Trappan account');
        const sid = await startSession(db(), user.id);
        return { sub: user.id, sid, iat: token.iat, exp: token.exp, jti: token.jti };
      }
      return token;
    },
    session({ session, token }) {
      const sid = typeof token.sid === 'string' ? token.sid : '';
      return { expires: session.expires, user: { id: token.sub ?? '' }, sessionId: sid } as unknown as typeof session;
    },
  },
  events: {
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') await endSession(db(), sid);
    },
  },
});
