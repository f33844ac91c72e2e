// A network's dashboard: the public sees what the network shows publicly, a participant also
// attendance, competences and activity; every chart has a title, a text alternative and its
// figures in a table; the page works without JavaScript and passes axe.
import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, signIn } from './helpers';

const DASHBOARD = '/sv/networks/konstgras/dashboard';

test('the public reads the funding, the needs funnel and the member organisations, and nothing members-only', async ({ page }) => {
  const response = await page.goto(DASHBOARD);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('Läget i nätverket – Konstgräs – Trappan');
  await expect(page.getByRole('navigation', { name: /Konstgräs: nätverkets sidor/ }).getByRole('link', { name: 'Läget' })).toHaveAttribute('aria-current', 'page');
  const main = page.getByRole('main');
  await expect(main).toContainText('Du ser det nätverket visar öppet');
  await expect(main.getByRole('heading', { name: 'Finansiering', level: 2 })).toBeVisible();
  await expect(main.getByRole('table', { name: 'Behov efter status' })).toBeVisible();
  await expect(main.getByRole('table', { name: 'Medlemsorganisationer efter typ av organisation' })).toBeVisible();
  // A chart names itself and says where its figures are.
  const chart = main.getByRole('img', { name: /Fysiska möten som hållits per år mot stadgans antal/ });
  await expect(chart).toBeVisible();
  await expect(main.getByRole('table', { name: 'Fysiska möten som hållits per år mot stadgans antal' })).toBeVisible();
  await expect(main.getByRole('table', { name: 'Närvaro vid de senaste mötena' })).toHaveCount(0);
  await expect(main).not.toContainText('Aktiva medlemsorganisationer');
  await expectNoSeriousA11yViolations(page);
});

test('a member sees attendance and activity too, and the page in English', async ({ page }) => {
  await signIn(page, 'buyer@trappan.test');
  await page.goto(DASHBOARD);
  const main = page.getByRole('main');
  await expect(main).not.toContainText('Du ser det nätverket visar öppet');
  await expect(main.getByRole('table', { name: 'Närvaro vid de senaste mötena' })).toBeVisible();
  await expect(main.getByRole('table', { name: 'Medlemmarnas kompetenser mot rapportens rekommenderade' })).toBeVisible();
  await expect(main).toContainText(/\d+ av \d+ medlemsorganisationer \(\d+\s%\) har varit aktiva de senaste tolv månaderna\./);
  await expectNoSeriousA11yViolations(page);

  await page.goto('/en/networks/konstgras/dashboard');
  await expect(page).toHaveTitle('How the network is doing – Konstgräs – Trappan');
  await expect(page.getByRole('main').getByRole('table', { name: 'Attendance at the latest meetings' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the charts and tables are all there', async ({ page }) => {
    await page.goto(DASHBOARD);
    await expect(page.getByRole('main').getByRole('img')).toHaveCount(2);
    await expect(page.getByRole('main').getByRole('table', { name: 'Medlemsorganisationer som gått med och lämnat per kvartal' })).toBeVisible();
  });
});
