// A network's dashboard: the public sees what the network shows publicly, a participant also
// attendance, competences and activity; every chart has a title, a text alternative and its
// figures in a table; the page works without JavaScript and passes axe. The demo history
// (prisma/seed/demo-history.ts) gives Konstgräs a granted period that ends within six months
// and next year's applied for; Avancerad rening av avloppsvatten has base funding without end.
import { expect, type Locator, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, signIn } from './helpers';

const DASHBOARD = '/sv/networks/konstgras/dashboard';

/** A figure of a panel's list: the value beside its label. */
const figure = (panel: Locator, label: string) => panel.locator('dl > div').filter({ hasText: label }).getByRole('definition');

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

test('the coordinator assesses this year’s success factors by keyboard and sees them beside last year’s', async ({ page }) => {
  const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date());
  const lastYear = String(Number(year) - 1);
  await signIn(page, 'secretariat@trappan.test');
  await page.goto(DASHBOARD);
  await page.getByRole('link', { name: new RegExp(`^(Skatta framgångsfaktorerna|Ändra skattningen) för ${year}$`) }).click();
  await expect(page).toHaveURL(/\/dashboard\/assessment$/);
  await expect(page).toHaveTitle(`Samordnarnas skattning ${year} – Konstgräs – Trappan`);
  await expectNoSeriousA11yViolations(page);

  // Sent with one factor left out: the summary names it, what was chosen is kept.
  const goal = page.getByRole('radiogroup', { name: 'Skattning: Målbild' });
  await goal.getByLabel('4 – bra').check();
  await page.getByLabel('Kommentar').first().fill('Programförklaringen är antagen av styrgruppen.');
  for (const factor of ['Struktur', 'Engagemang', 'Kommunikation']) await page.getByRole('radiogroup', { name: `Skattning: ${factor}` }).getByLabel('3 – delvis').check();
  await page.getByRole('button', { name: 'Spara skattningen' }).click();
  const summary = page.getByRole('main').getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Välj en skattning för Finansiering.');
  await expect(goal.getByLabel('4 – bra')).toBeChecked();
  await expect(page.getByLabel('Kommentar').first()).toHaveValue('Programförklaringen är antagen av styrgruppen.');

  // The arrow keys move within a factor's scores.
  await page.getByRole('radiogroup', { name: 'Skattning: Finansiering' }).getByLabel('1 – saknas').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radiogroup', { name: 'Skattning: Finansiering' }).getByLabel('2 – svagt')).toBeChecked();
  await page.getByRole('button', { name: 'Spara skattningen' }).click();

  await expect(page).toHaveURL(/\/dashboard\?done=assessed#notice$/);
  await expect(page.getByRole('status').filter({ hasText: `Skattningen för ${year} är sparad.` })).toBeFocused();
  const table = page.getByRole('table', { name: 'Framgångsfaktorerna år för år' });
  const goalRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Målbild/ }) });
  const headers = await table.getByRole('columnheader').allTextContents();
  const cell = async (column: string) => (await goalRow.getByRole('cell').allTextContents())[headers.indexOf(column) - 1];
  expect(await cell(year)).toBe('4');
  expect(await cell(lastYear)).toBe('4');
  await expect(goalRow).toContainText('Programförklaringen är antagen av styrgruppen.');
  await expect(page.getByRole('img', { name: /Samordnarnas skattning i år och förra året/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('an observer follows the dashboard but gives no view of their own', async ({ page }) => {
  await signIn(page, 'funder@trappan.test');
  await page.goto(DASHBOARD);
  await expect(page.getByRole('table', { name: 'Framgångsfaktorerna år för år' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Ge din bild/ })).toHaveCount(0);
  expect((await page.goto(`${DASHBOARD}/my-view`))?.status()).toBe(403);
});

test('a funder observing Konstgräs reads the runway warning, in Swedish and in English', async ({ page }) => {
  await signIn(page, 'funder@trappan.test');
  await page.goto(DASHBOARD);
  const funding = page.getByRole('main').getByRole('region', { name: 'Finansiering', exact: true });
  await expect(funding.getByRole('note')).toHaveText(/^Varning: ingen beviljad finansiering täcker hela det kommande halvåret\./);
  // The grant ends on a date within six months, and the application for the next period is only pending.
  await expect(figure(funding, 'Beviljad finansiering räcker till och med')).toHaveText(/\d{4}/);
  await expect(figure(funding, 'Beviljade perioder som slutar inom sex månader')).not.toHaveText('0');
  await expect(figure(funding, 'Sökt finansiering som väntar på beslut')).toHaveText(/^(1 period|\d+ perioder),\s[\d\s]+\skr$/);
  await expectNoSeriousA11yViolations(page);

  await page.goto('/en/networks/konstgras/dashboard');
  await expect(page.getByRole('main').getByRole('region', { name: 'Funding', exact: true }).getByRole('note')).toHaveText(/^Warning: no granted funding covers the whole of the next six months\./);
  await expectNoSeriousA11yViolations(page);
});

test('a network whose base funding has no end date shows no runway warning', async ({ page }) => {
  await page.goto('/sv/networks/avancerad-rening-av-avloppsvatten/dashboard');
  const funding = page.getByRole('main').getByRole('region', { name: 'Finansiering', exact: true });
  await expect(figure(funding, 'Beviljad finansiering räcker till och med')).toHaveText('Tills vidare (utan slutdatum)');
  await expect(funding.getByRole('note')).toHaveCount(0);
});
