// The security headers (scripts/lib/security-headers.mjs, docs/decisions/0029) as a visitor's
// browser receives them from the production server: on a page, an API answer, a 404 page, the
// request guard's refusal and a server error page; a nonce per answer that Next puts on its
// scripts; pages whose client components still work with no policy violation; HSTS only when
// the public address is https. The error page and HTTPS need servers of their own: one whose
// database does not answer, with an https public address.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';

import { expect, test, type APIResponse, type Page } from '@playwright/test';

import { signIn } from './helpers';
import { OIDC_E2E } from './oidc-test-login';

const STATIC_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** The nonce of a policy's script-src, or undefined. */
function nonceOf(policy: string | undefined): string | undefined {
  return policy?.match(/script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
}

/** Every header a normal page has, and the policy's nonce. */
function expectSecurityHeaders(response: APIResponse, { hsts }: { hsts: boolean }): string {
  const headers = response.headers();
  expect(headers).toMatchObject(STATIC_HEADERS);
  const policy = headers['content-security-policy'];
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  if (hsts) expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  else expect(headers['strict-transport-security']).toBeUndefined();
  return nonceOf(policy)!;
}

/** The nonce attribute of every script tag in a page, one entry per tag ('' without one). */
function scriptNonces(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)].map((tag) => tag[1]!.match(/\bnonce="([^"]*)"/)?.[1] ?? '');
}

test.describe('on the end-to-end server (plain http)', () => {
  test('a page has a fresh nonce on every answer, and every one of its scripts carries it', async ({ request }) => {
    const first = await request.get('/sv/networks');
    expect(first.status()).toBe(200);
    const nonce = expectSecurityHeaders(first, { hsts: false });
    const nonces = scriptNonces(await first.text());
    expect(nonces.length).toBeGreaterThan(3);
    expect(new Set(nonces)).toEqual(new Set([nonce]));

    const second = await request.get('/sv/networks');
    const secondNonce = expectSecurityHeaders(second, { hsts: false });
    expect(secondNonce).not.toBe(nonce);
    expect(new Set(scriptNonces(await second.text()))).toEqual(new Set([secondNonce]));
  });

  test('a nonce the visitor sends in its own policy header is not the one the page uses', async ({ request }) => {
    const response = await request.get('/sv/networks', { headers: { 'Content-Security-Policy': "script-src 'nonce-chosenbyvisitor'" } });
    const nonce = expectSecurityHeaders(response, { hsts: false });
    expect(nonce).not.toBe('chosenbyvisitor');
    expect(await response.text()).not.toContain('chosenbyvisitor');
  });

  test('the API, a 404 page and the request guard’s refusal carry the same headers', async ({ request }) => {
    const api = await request.get('/api/v1/networks');
    expect(api.status()).toBe(200);
    expectSecurityHeaders(api, { hsts: false });

    const notFound = await request.get('/sv/no-such-page');
    expect(notFound.status()).toBe(404);
    const nonce = expectSecurityHeaders(notFound, { hsts: false });
    expect(new Set(scriptNonces(await notFound.text()))).toEqual(new Set([nonce]));

    // Next's built-in 404, for an address outside the pages.
    const apiNotFound = await request.get('/api/v1/no-such-thing');
    expect(apiNotFound.status()).toBe(404);
    expectSecurityHeaders(apiNotFound, { hsts: false });

    const refused = await request.get('/sv/networks/%ff');
    expect(refused.status()).toBe(400);
    expectSecurityHeaders(refused, { hsts: false });
    expect(await refused.text()).toContain('Felaktig adress');
  });
});

/** Collects what the browser reports as blocked by the policy, from the page's own event. */
async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return async () => [...logged, ...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []))];
}

test('client components work under the policy and the browser reports no violation', async ({ page }) => {
  const violations = await watchPolicyViolations(page);
  await page.goto('/sv/networks');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations()).toEqual([]);

  await signIn(page, 'buyer@trappan.test');
  await page.goto('/sv/networks/konstgras/needs');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Navigating without a full page load needs Next's scripts to have run: a mark set on the
  // window survives only such a navigation.
  await page.evaluate(() => ((window as unknown as { __stayed: boolean }).__stayed = true));
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nätverk', exact: true }).click();
  await expect(page).toHaveURL(/\/sv\/networks$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed)).toBe(true);
  expect(await violations()).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ baseURL: OIDC_E2E.appBaseURL, javaScriptEnabled: false });

  // The sign-in form is then posted as a form and answered with a redirect to the provider, which
  // the browser checks against form-action: the provider's origin must be in it.
  test('the organisation’s login still takes the visitor to the provider', async ({ page }) => {
    const logged: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    await page.goto('/sv/sign-in');
    await page.getByRole('main').getByRole('button', { name: `Logga in med ${OIDC_E2E.name}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`^${OIDC_E2E.issuer}/interaction/`));
    expect(logged.filter((line) => /Content Security Policy/i.test(line))).toEqual([]);
  });
});

test('a server error page has the headers too, and HSTS when the public address is https', async ({ request }) => {
  test.setTimeout(120_000);
  const port = Number(process.env.E2E_PORT || 3100) + 63;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Nothing listens on port 9 of this machine: every read fails at once.
    DATABASE_URL: 'postgresql://trappan:trappan@127.0.0.1:9/trappan',
    TRAPPAN_PUBLIC_URL: 'https://trappan.example.se',
    AUTH_SECRET: randomBytes(32).toString('base64url'),
  };
  delete env.TRAPPAN_DEMO;
  delete env.TRAPPAN_DATA_DIR;
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--hostname', '127.0.0.1'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    const base = `http://127.0.0.1:${port}`;
    await expect.poll(async () => (await request.get(`${base}/api/health/live`).catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);

    const page = await request.get(`${base}/sv/networks`);
    expect(page.status()).toBe(500);
    const nonce = expectSecurityHeaders(page, { hsts: true });
    expect(new Set(scriptNonces(await page.text()))).toEqual(new Set([nonce]));

    expectSecurityHeaders(await request.get(`${base}/api/health/live`), { hsts: true });
    expectSecurityHeaders(await request.get(`${base}/sv/networks/%ff`), { hsts: true });
  } finally {
    server.kill('SIGKILL');
  }
});
