// Auth.js (next-auth v5) with email and password, and the organisation's own login through
// OpenID Connect when it is configured (src/server/auth/oidc.ts). The session cookie is a JWT
// that carries the user id and the id of a UserSession row; everything else (role,
// organisation, memberships) is read from the database on each request, and the row must
// still exist, so sign-out, a disabled account or a removed membership count at once.
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';

import { clientAddress } from '@/server/client-address';
import { attemptSignIn } from '@/server/auth/sign-in-attempt';
import { SESSION_MAX_AGE_SECONDS, endSession, startSession } from '@/server/auth/user-session';
import { db } from '@/server/db/client';

/** Tells the sign-in form to ask the person to wait, without saying more. */
export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
  constructor(public readonly retryAfterSeconds: number) {
    super();
  }
}

/** The password was right, but the address is not verified yet: the form offers a new link. */
export class UnverifiedSignIn extends CredentialsSignin {
  code = 'unverified';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  logger: {
    // A wrong password is an expected outcome, shown to the person; not a server error.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === 'CredentialsSignin') return;
      console.error(error);
    },
  },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/sv/sign-in' },
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
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // At sign-in: open a session row and keep the token to the two ids alone.
      if (user?.id) {
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
