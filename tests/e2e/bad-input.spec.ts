// Bad input from outside gets a 4xx answer that says what went wrong, never a 500: what an
// attacker or a broken link sends to the production server (scripts/serve.mjs and its request
// guard in front of Next, and the pages' own parameter checks behind it).
import { expect, test } from '@playwright/test';

const cursor = (payload: unknown[]) => Buffer.from(JSON.stringify(payload)).toString('base64url');

test('addresses with a NUL byte or an undecodable path answer 400 with a page in both languages', async ({ request }) => {
  for (const url of ['/api/v1/networks/konstgras%00', '/sv/networks/konstgras/decisions?q=a%00', '/sv/networks/konstgras/needs?q=%00', '/sv/networks/%ff', '/sv/%ff']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    const page = await response.text();
    expect(page).toContain('Felaktig adress');
    expect(page).toContain('Bad address');
  }
});

test('forged registry cursors are a skipped parameter, on the page and in the API', async ({ request }) => {
  for (const value of [cursor(['activity', 'not-a-date', 'abc']), cursor(['members', 1e20, 'abc']), cursor(['name', 'a\u0000', 'abc'])]) {
    const sort = JSON.parse(Buffer.from(value, 'base64url').toString())[0];
    const page = await request.get(`/sv/networks?sort=${sort}&cursor=${value}`);
    expect(page.status(), `page ${sort}`).toBe(200);
    expect(await page.text()).toContain('Konstgräs');
    const api = await request.get(`/api/v1/networks?sort=${sort}&cursor=${value}`);
    expect(api.status(), `api ${sort}`).toBe(400);
  }
});

test('the image optimiser does not fetch the app’s paths on anyone’s behalf', async ({ request }) => {
  expect((await request.get('/_next/image?url=/etc/passwd&w=64&q=75')).status()).toBe(404);
  expect((await request.get('/_next/image?url=%2Fapi%2Fhealth&w=64&q=75')).status()).toBe(404);
});

test('an action posted from another site answers 403, and one too large answers 413', async ({ request }) => {
  const crossSite = await request.post('/sv/sign-in', { headers: { Origin: 'https://evil.example', 'Next-Action': '0'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8' }, data: '[]' });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain('Formuläret skickades från en annan webbplats');
  const huge = await request.post('/sv/sign-in', {
    headers: { Origin: new URL(test.info().project.use.baseURL!).origin, 'Next-Action': '0'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8' },
    data: 'a'.repeat(10 * 1024 * 1024),
  });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toContain('Det du skickade är större än 1 MB');
});
