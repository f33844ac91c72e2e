// Journey: someone who wants the registry as data reads the open-data page, downloads the CSV
// and calls the API, through the production server.
import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './helpers';

const TEXT = {
  sv: {
    heading: 'Öppna data',
    licence: 'Licens: CC0 1.0',
    csv: 'Alla nätverk som CSV-fil',
    needs: 'Behov som OCDS-data',
    catalogue: 'Datakatalogen (DCAT-AP-SE, RDF/XML)',
    register: 'Registrera Trappan på Sveriges dataportal',
    datasets: ['Beställarnätverk', 'Organisationer i beställarnätverk', 'Offentliga behov i beställarnätverk', 'Mötekalendrar för beställarnätverk'],
  },
  en: {
    heading: 'Open data',
    licence: 'Licence: CC0 1.0',
    csv: 'All networks as a CSV file',
    needs: 'Needs as OCDS data',
    catalogue: 'The data catalogue (DCAT-AP-SE, RDF/XML)',
    register: 'Register Trappan at the Swedish data portal',
    datasets: ['Buyer networks', 'Organisations in buyer networks', 'Public needs of buyer networks', 'Meeting calendars of buyer networks'],
  },
} as const;

for (const locale of ['sv', 'en'] as const) {
  test(`/${locale}/open-data describes the API and licence and has no serious accessibility violations`, async ({ page }) => {
    await page.goto(`/${locale}/open-data`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT[locale].heading);
    await expect(page.getByRole('heading', { level: 2, name: TEXT[locale].licence })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: TEXT[locale].needs })).toBeVisible();
    await expect(page.getByRole('link', { name: /OpenAPI 3\.1/ })).toHaveAttribute('href', '/api/v1/openapi.json');
    await expect(page.getByRole('main')).toContainText(`curl 'http://localhost:`);
    await expectNoSeriousA11yViolations(page);
  });
}

test('the CSV download opens with å, ä and ö intact', async ({ page }) => {
  await page.goto('/sv/open-data');
  const link = page.getByRole('link', { name: TEXT.sv.csv, exact: true });

  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toContain('filename="natverk.csv"');
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  for (const word of ['Räddningstjänst', 'Välfärdsteknik', 'Naturvårdsverket', 'Hållbara konstgräsplaner', 'Sveriges kultur- och fritidschefsförening']) {
    expect(text).toContain(word);
  }

  // The browser saves the same bytes when the link is followed.
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^n(a|ä)tverk\.csv$/);
  const saved = await readFile((await download.path())!);
  expect(saved.equals(body)).toBe(true);
});

test('the API answers through the server with JSON errors, CORS and revalidation', async ({ request }) => {
  const ok = await request.get('/api/v1/networks?status=active&limit=2');
  expect(ok.status()).toBe(200);
  expect(ok.headers()['access-control-allow-origin']).toBe('*');
  const body = (await ok.json()) as { data: Array<{ url: string }>; nextCursor: string | null };
  expect(body.data).toHaveLength(2);
  expect(body.data[0]!.url).toMatch(/^http:\/\/localhost:\d+\/sv\/networks\//);

  const etag = ok.headers()['etag']!;
  const again = await request.get('/api/v1/networks?status=active&limit=2', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);

  const bad = await request.get('/api/v1/networks?limit=1000');
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { code: 'invalid_parameter', parameters: ['limit'] } });

  const missing = await request.get('/api/v1/networks/no-such-network');
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });

  const openapi = await request.get('/api/v1/openapi.json');
  expect((await openapi.json()) as { openapi: string }).toMatchObject({ openapi: '3.1.0' });
});

test('the public needs answer as an OCDS release package through the server', async ({ request }) => {
  const ok = await request.get('/api/v1/needs?network=konstgras&limit=100');
  expect(ok.status()).toBe(200);
  expect(ok.headers()['access-control-allow-origin']).toBe('*');
  const body = (await ok.json()) as {
    version: string;
    releases: Array<{ tag: string[]; tender: { title: string }; planning: { budget?: { amount: { amount: number; currency: string } } } }>;
  };
  expect(body.version).toBe('1.1');
  const turf = body.releases.find((r) => r.tender.title === 'Hållbara konstgräsplaner');
  expect(turf?.tag).toEqual(['planning']);
  // Other journeys may state figures on the demo need too: only the shape is certain here.
  expect(turf?.planning.budget?.amount).toEqual({ amount: expect.any(Number), currency: 'SEK' });

  const bad = await request.get('/api/v1/needs?step=climb');
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { code: 'invalid_parameter', parameters: ['step'] } });
});

test('the needs packages name Trappan’s OCDS extension, served by the same server, and the page says the demo’s prefix is not registered', async ({ page, request }) => {
  const packageBody = (await (await request.get('/api/v1/needs?limit=1')).json()) as { extensions: string[]; releases: Array<{ ocid: string }> };
  const extensionUrl = packageBody.extensions.at(-1)!;
  expect(extensionUrl).toMatch(/^http:\/\/localhost:\d+\/api\/v1\/ocds\/extension\/extension\.json$/);
  expect(packageBody.releases[0]!.ocid).toMatch(/^trappan-need-/);

  const extension = await request.get(extensionUrl);
  expect(extension.status()).toBe(200);
  const metadata = (await extension.json()) as { schemas: string[] };
  const patch = await request.get(new URL(metadata.schemas[0]!, extensionUrl).href);
  expect(((await patch.json()) as { properties: Record<string, unknown> }).properties).toHaveProperty('trappan');

  await page.goto('/sv/open-data');
  await expect(page.getByRole('main')).toContainText('inget registrerat OCDS-prefix: dess ocid börjar med trappan');
  await expect(page.getByRole('main')).toContainText('data@open-contracting.org');
  await expect(page.getByRole('main')).toContainText('GET /api/v1/networks/{slug}/meetings.ics');
});

for (const locale of ['sv', 'en'] as const) {
  test(`/${locale}/open-data lists the datasets and the catalogue, whose link answers RDF/XML`, async ({ page }) => {
    await page.goto(`/${locale}/open-data`);
    const main = page.getByRole('main');
    for (const title of TEXT[locale].datasets) await expect(main.getByRole('heading', { level: 4, name: title, exact: true })).toBeVisible();
    await expect(main.getByRole('heading', { level: 3, name: TEXT[locale].register })).toBeVisible();
    await expect(main).toContainText(/http:\/\/localhost:\d+\/datasets\/dcat/);
    await expect(main).toContainText('/api/v1/networks/{slug}/meetings.ics');

    const link = main.getByRole('link', { name: TEXT[locale].catalogue });
    await expect(link).toHaveAttribute('href', '/datasets/dcat');
    // As the portal fetches it, and as a browser following the link asks for it: RDF/XML both
    // times, served at the address itself (no redirect to a language).
    for (const accept of ['application/rdf+xml', 'text/html,application/xhtml+xml,*/*;q=0.8']) {
      const response = await page.request.get((await link.getAttribute('href'))!, { headers: { Accept: accept }, maxRedirects: 0 });
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/rdf+xml; charset=utf-8');
      const body = await response.text();
      expect(body).toContain('<rdf:RDF');
      expect(body).toContain('rdf:resource="http://www.w3.org/ns/dcat#Catalog"');
      expect(body).toMatch(/rdf:about="http:\/\/dataportal\.se\/organisation\/SE\d{10}"/);
    }
  });
}
