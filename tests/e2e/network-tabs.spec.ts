// Finding one's way in a network: the tabs under its name on every page (per role), the
// current one marked, page titles that name the network and the page, the 403 of the manage
// pages for a member and the 404 page (each with its own title, and only that one), and going
// to what was created, with the confirmation in focus.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

const NETWORK = '/sv/networks/konstgras';

const tabs = (page: Page) => page.getByRole('navigation', { name: 'Konstgräs: nätverkets sidor' });

/** The page's own title, and only one <title> in the document (not the site's beside it). */
async function expectOnlyTitle(page: Page, title: string) {
  await expect(page).toHaveTitle(title);
  await expect(page.locator('title')).toHaveCount(1);
}

test('a visitor sees overview, meetings, needs, decisions, dialogues and the dashboard, with the current tab marked and the network in the title', async ({ page }) => {
  await page.goto(`${NETWORK}/meetings`);
  const nav = tabs(page);
  await expect(nav.getByRole('link')).toHaveText(['Översikt', 'Möten', 'Behov', 'Beslut', 'Marknadsdialoger', 'Läget']);
  await expect(nav.getByRole('link', { name: 'Möten' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Översikt' })).not.toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle(/Konstgräs – Trappan$/);
  await expectNoSeriousA11yViolations(page);

  await nav.getByRole('link', { name: 'Översikt' }).click();
  await expect(page).toHaveURL(new RegExp(`${NETWORK}$`));
  await expect(page).toHaveTitle('Konstgräs – Trappan');
  await expect(tabs(page).getByRole('link', { name: 'Översikt' })).toHaveAttribute('aria-current', 'page');
});

test('a member gets a 403 page on the manage pages, the coordinator a Manage tab', async ({ page }) => {
  await signIn(page, 'buyer@trappan.test');
  await page.goto(NETWORK);
  await expect(tabs(page).getByRole('link', { name: 'Hantera' })).toHaveCount(0);
  const response = await page.goto(`${NETWORK}/manage/groups`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan är inte öppen för dig');
  await expectOnlyTitle(page, 'Sidan är inte öppen för dig – Trappan');
  await expectNoSeriousA11yViolations(page);
  expect((await page.goto(`${NETWORK}/manage/requests`))?.status()).toBe(403);
  await expectOnlyTitle(page, 'Sidan är inte öppen för dig – Trappan');
});

test('the coordinator moves between the tabs and lands on a planned meeting with its confirmation in focus', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  await page.goto(`${NETWORK}/manage`);
  await expect(tabs(page).getByRole('link', { name: 'Hantera' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle(/Konstgräs – Trappan$/);
  await page.goto(`${NETWORK}/manage/requests`);
  await expectOnlyTitle(page, 'Ansökningar – Konstgräs – Trappan');

  await page.goto(`${NETWORK}/meetings/new`);
  const title = `Flikmöte ${Date.now().toString(36)}`;
  await page.getByLabel('Rubrik').fill(title);
  await page.getByLabel('Börjar').fill('2030-03-12T10:00');
  await page.getByLabel('Slutar').fill('2030-03-12T12:00');
  await page.getByLabel(fieldLabel('Plats')).fill('Malmö stadshus');
  await page.getByRole('button', { name: 'Planera mötet' }).click();
  await expect(page).toHaveURL(/\/meetings\/[^/?]+\?done=planned#notice$/);
  const notice = page.getByRole('status').filter({ hasText: `Mötet ”${title}” är planerat.` });
  await expect(notice).toBeFocused();
  await expect(page).toHaveTitle(`${title} – Konstgräs – Trappan`);
  await expect(tabs(page).getByRole('link', { name: 'Möten' })).toHaveAttribute('aria-current', 'page');
  await expectNoSeriousA11yViolations(page);
});

test('an unknown page is a 404 with a way on, in both languages', async ({ page }) => {
  expect((await page.goto('/sv/finns-inte'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  await expectOnlyTitle(page, 'Sidan finns inte – Trappan');
  expect((await page.goto('/en/no-such-page'))?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  await expectOnlyTitle(page, 'Page not found – Trappan');
  // A network that does not exist is the same 404 page, with the same title.
  expect((await page.goto('/sv/networks/finns-inte'))?.status()).toBe(404);
  await expectOnlyTitle(page, 'Sidan finns inte – Trappan');
});

test('on a phone the tab row scrolls inside itself, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'secretariat@trappan.test');
  await page.goto(`${NETWORK}/needs`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expect(tabs(page).getByRole('link', { name: 'Behov' })).toHaveAttribute('aria-current', 'page');
});
