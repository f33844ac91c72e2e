// A real OpenID Connect provider for the end-to-end tests (playwright.config.ts starts it),
// standing in for a municipality's Entra ID or an e-ID broker: `oidc-provider`, the certified
// Node implementation, with its development login form. Whatever login is typed there is the
// person's email address, and the provider vouches for it (`email_verified: true`); a login
// that starts with "ej-verifierad:" gets `email_verified: false`. Never for production: anyone
// can be anyone here.
//
//   OIDC_TEST_PORT            its port (default 3199); the issuer is http://localhost:<port>
//   OIDC_TEST_APP_PORT        the port of the Trappan server that signs in with it (default
//                             E2E_PORT, else 3100): the one redirect_uri the client may use
//   OIDC_TEST_CLIENT_ID/_SECRET  the client's credentials (defaults below)
import { generateKeyPairSync, randomBytes } from 'node:crypto';

import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_TEST_PORT || 3199);
const appPort = process.env.OIDC_TEST_APP_PORT || process.env.E2E_PORT || '3100';
const issuer = `http://localhost:${port}`;
const clientId = process.env.OIDC_TEST_CLIENT_ID || 'trappan-e2e';
const clientSecret = process.env.OIDC_TEST_CLIENT_SECRET || 'trappan-e2e-secret';
const UNVERIFIED = 'ej-verifierad:';

// A fresh signing key per run, so the provider does not fall back to (and warn about) its own.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'e2e', use: 'sig', alg: 'RS256' };

/** "ny.upphandlare@malmo.se" → "Ny Upphandlare". */
function nameOf(email) {
  const local = email.slice(0, email.lastIndexOf('@'));
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

function findAccount(_ctx, login) {
  const unverified = login.startsWith(UNVERIFIED);
  const email = unverified ? login.slice(UNVERIFIED.length) : login;
  return {
    accountId: login,
    async claims() {
      return { sub: login, email, email_verified: !unverified, name: nameOf(email) };
    },
  };
}

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [`http://localhost:${appPort}/api/auth/callback/oidc`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  findAccount,
  pkce: { required: () => true },
  // Lifetimes in seconds; a test run is short.
  ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  features: { devInteractions: { enabled: true } },
  // Trappan is this provider's own (first-party) client: the person is not asked to consent.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.account.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

const server = provider.listen(port, () => {
  console.log(`OpenID Connect test provider on ${issuer} for http://localhost:${appPort}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
