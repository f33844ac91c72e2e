// Where the journeys with the organisation's own login run: playwright.config.ts starts the test
// provider (scripts/oidc-test-provider.mjs) and a second Trappan server on the same build that
// signs in with it; oidc-sign-in.spec.ts visits that server. The first server has no
// organisation's login, so the other journeys see the sign-in page as before.
const appPort = Number(process.env.E2E_PORT ?? 3100);

/** The second Trappan server's port (default: the first one's + 1) and the provider's (+ 99, so 3199). */
const oidcAppPort = Number(process.env.E2E_OIDC_PORT ?? appPort + 1);
const providerPort = Number(process.env.OIDC_TEST_PORT ?? appPort + 99);

export const OIDC_E2E = {
  appPort: oidcAppPort,
  appBaseURL: `http://localhost:${oidcAppPort}`,
  providerPort,
  issuer: `http://localhost:${providerPort}`,
  clientId: 'trappan-e2e',
  clientSecret: 'trappan-e2e-secret',
  /** AUTH_OIDC_NAME: the button reads "Logga in med Testkommunens inloggning". */
  name: 'Testkommunens inloggning',
} as const;
