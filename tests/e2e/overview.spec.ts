// Journey: anyone reads the national overview, sorts its tables and downloads them as CSV;
// agency staff also see the networks' success-factor profiles and the networks that have gone
// quiet, which nobody else is shown. Every view passes the accessibility scan.
import { readFile } from 'node:fs/promises';

import { expect, test, type Locator, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, signIn } from './helpers';

const TEXT = {
  sv: {
    title: 'Nationell översikt',
    byStatus: 'Nätverk efter status',
    active: 'Aktivt',
    inactive: 'Nätverk utan aktivitet på 12 månader',
    profiles: 'Nätverken efter framgångsfaktorer',
    profilesChart: 'Medelbetyg per framgångsfaktor i nätverkens senaste självskattning',
    stepsChart: 'Publika behov i hela landet efter steg på trappan',
    trendsChart: /^Nätverk som startat och avslutats per år/,
    panels: ['Nätverk utan beviljad finansiering för de kommande sex månaderna', 'Publika behov på innovationstrappan efter område', 'Resultat efter överlämningar per år', 'Utvecklingen år för år'],
  },
  en: {
    title: 'National overview',
    byStatus: 'Networks by status',
    active: 'Active',
    inactive: 'Networks with no activity in 12 months',
    profiles: 'Networks by success factor',
    profilesChart: "Mean score per success factor in the networks' latest self-assessments",
    stepsChart: 'Public needs nationally by step on the ladder',
    trendsChart: /^Networks started and ended per year/,
    panels: ['Networks without granted funding for the next six months', 'Public needs on the innovation ladder by area', 'Results after handovers per year', 'Year by year'],
  },
} as const;

const inactiveHeading = (page: Page, locale: keyof typeof TEXT) =>
  page.getByRole('heading', { level: 2, name: TEXT[locale].inactive });

for (const locale of ['sv', 'en'] as const) {
  test(`/${locale}/overview signed out: figures as tables, no agency-only part, no serious accessibility violations`, async ({ page }) => {
    await page.goto(`/${locale}/overview`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT[locale].title);

    // The chart of networks by status is a table with the figures: nine of the ten are active.
    const byStatus = page.getByRole('table', { name: TEXT[locale].byStatus });
    const activeRow = byStatus.getByRole('row').filter({ has: page.getByRole('rowheader', { name: TEXT[locale].active, exact: true }) });
    await expect(activeRow.getByRole('cell').first()).toHaveText('9');

    for (const panel of TEXT[locale].panels) await expect(page.getByRole('heading', { level: 2, name: panel })).toBeVisible();
    // The trends always have a chart with a text alternative, beside the table with its figures.
    await expect(page.getByRole('img', { name: TEXT[locale].trendsChart })).toBeVisible();

    await expect(inactiveHeading(page, locale)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: TEXT[locale].profiles })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test(`/${locale}/overview as agency staff shows the quiet networks and has no serious accessibility violations`, async ({ page }) => {
    await signIn(page, 'agency@trappan.test', locale);
    await page.goto(`/${locale}/overview`);
    await expect(inactiveHeading(page, locale)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: TEXT[locale].profiles })).toBeVisible();
    // The profiles' chart, and the ladder by step, each with its text alternative.
    await expect(page.getByRole('img', { name: TEXT[locale].profilesChart })).toBeVisible();
    await expect(page.getByRole('img', { name: TEXT[locale].stepsChart })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test('/sv/overview does not show the quiet networks to a buyer', async ({ page }) => {
  await signIn(page, 'buyer@trappan.test');
  await page.goto('/sv/overview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT.sv.title);
  await expect(inactiveHeading(page, 'sv')).toHaveCount(0);
  await expect(page.getByText('Syns bara för myndighetshandläggare')).toHaveCount(0);
});

/** The counts in a breakdown table's rows, top to bottom, read from the page's Swedish numbers. */
async function counts(table: Locator): Promise<number[]> {
  const cells = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.textContent ?? ''));
  return cells.map((text) => Number(text.replace(/\s/g, '')));
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/sv/overview sorts a table by its columns with links, and says how it is sorted', async ({ page }) => {
    await page.goto('/sv/overview');
    const byStatus = page.getByRole('table', { name: TEXT.sv.byStatus });
    const countHeader = byStatus.getByRole('columnheader', { name: /Antal/ });
    await expect(countHeader).not.toHaveAttribute('aria-sort');

    await countHeader.getByRole('link').click();
    await expect(page).toHaveURL(/[?&]sort=by-status\.count&dir=asc#networks$/);
    await expect(countHeader).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await counts(byStatus);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await countHeader.getByRole('link').click();
    await expect(countHeader).toHaveAttribute('aria-sort', 'descending');
    const descending = await counts(byStatus);
    expect(descending).toEqual([...ascending].reverse());
    // Nine of the ten networks are active: the largest count comes first.
    await expect(byStatus.locator('tbody tr').first().getByRole('rowheader')).toHaveText(TEXT.sv.active);
    // axe-core runs in the page's JavaScript: the sorted page is scanned in the next test.
  });
});

test('/sv/overview sorted by a column newest first passes the accessibility scan', async ({ page }) => {
  await page.goto('/sv/overview?sort=trends.year&dir=desc#trends');
  const trends = page.getByRole('table', { name: 'Nätverk och medlemsorganisationer per år' });
  await expect(trends.getByRole('columnheader', { name: /År/ })).toHaveAttribute('aria-sort', 'descending');
  const years = await trends.locator('tbody tr th').allTextContents();
  expect(years.length).toBeGreaterThan(0);
  expect(years).toEqual([...years].sort().reverse());
  await expectNoSeriousA11yViolations(page);
});

test('the overview’s CSV opens with å, ä and ö intact', async ({ page }) => {
  await page.goto('/sv/overview');
  const areas = page.getByRole('region', { name: 'Tematiska områden', exact: true });
  const link = areas.getByRole('link', { name: /^Ladda ner tabellen som CSV/ });

  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  expect(text.split('\r\n')[0]).toBe('\uFEFFTematiskt område;Antal;Andel');
  expect(text).toContain('Hållbara konstgräsplaner;1;');
  expect(text).toContain('\r\nTotalt;10;\r\n');

  // The browser saves the same bytes when the link is followed.
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('trappan-overview-by-area.csv');
  expect((await readFile((await download.path())!)).equals(body)).toBe(true);
});
