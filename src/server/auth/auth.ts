// Auth.js (next-auth v5) with email and password. The session cookie is a JWT that carries
// only the user id; everything else (role, organisation, memberships) is read from the
// database on each request, so a disabled account or removed membership counts at once.
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';

import { verifyCredentials } from '@/server/auth/verify-credentials';
import { db } from '@/server/db/client';

/** Tells the sign-in form to ask the person to wait, without saying more. */
export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
  constructor(public readonly retryAfterSeconds: number) {
    super();
  }
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
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/sv/sign-in' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const email = typeof credentials?.email === 'string' ? credentials.email : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        const result = await verifyCredentials(db(), email, password);
        if (result.ok) return { id: result.userId };
        if (result.reason === 'throttled') throw new ThrottledSignIn(result.retryAfterSeconds);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // Keep the token to the user id alone.
      if (user?.id) return { sub: user.id, iat: token.iat, exp: token.exp, jti: token.jti };
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? '' } } as typeof session;
    },
  },
});
