// End-to-end tests in a real browser against a production build on a fresh demo database
// (scripts/e2e-server.mjs). The browser is Debian's chromium, not Playwright's download,
// because these machines reach npm and Debian but not Playwright's CDN.
import { defineConfig, devices } from '@playwright/test';

import { OIDC_E2E } from './tests/e2e/oidc-test-login';

const port = Number(process.env.E2E_PORT ?? 3100);
// next-auth rewrites 127.0.0.1 to localhost, so the tests must use localhost too.
const baseURL = `http://localhost:${port}`;
const NO_OIDC = { AUTH_OIDC_ISSUER: '', AUTH_OIDC_CLIENT_ID: '', AUTH_OIDC_CLIENT_SECRET: '', AUTH_OIDC_NAME: '' };

export default defineConfig({
  testDir: 'tests/e2e',
  // One server on one embedded database (PGlite allows a single process), two cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'sv-SE',
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
  webServer: [
    {
      command: 'node scripts/e2e-server.mjs',
      url: `${baseURL}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      // No organisation's login here, whatever the calling shell has set: its button would
      // stand beside "Logga in" on the sign-in page the other journeys use.
      env: NO_OIDC,
    },
    // The organisation's own login (tests/e2e/oidc-test-login.ts): a real OpenID Connect
    // provider, and a second server on the same build that signs in with it.
    {
      command: 'node scripts/oidc-test-provider.mjs',
      url: `${OIDC_E2E.issuer}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        OIDC_TEST_PORT: String(OIDC_E2E.providerPort),
        OIDC_TEST_APP_PORT: String(OIDC_E2E.appPort),
        OIDC_TEST_CLIENT_ID: OIDC_E2E.clientId,
        OIDC_TEST_CLIENT_SECRET: OIDC_E2E.clientSecret,
      },
    },
    {
      command: 'node scripts/e2e-server.mjs',
      url: `${OIDC_E2E.appBaseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        E2E_PORT: String(OIDC_E2E.appPort),
        // The first server has just built (or found) the production bundle.
        E2E_SKIP_BUILD: '1',
        AUTH_OIDC_ISSUER: OIDC_E2E.issuer,
        AUTH_OIDC_CLIENT_ID: OIDC_E2E.clientId,
        AUTH_OIDC_CLIENT_SECRET: OIDC_E2E.clientSecret,
        AUTH_OIDC_NAME: OIDC_E2E.name,
      },
    },
  ],
});
