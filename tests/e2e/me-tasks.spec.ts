// The to-do list on /me: what waits for each person, each a link to where it is done. A
// coordinator decides a request from it; a buyer asks to join a network without a coordinator,
// is told who decides, and admins and agency staff find the request on their own list and
// appoint the network's first coordinator.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, signIn } from './helpers';

async function switchTo(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

const waitingTasks = (page: Page) => page.getByRole('region', { name: 'Att göra' });

test('the coordinator finds the waiting join request on /me and follows it to the requests page', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  const link = waitingTasks(page).getByRole('link', { name: /^Besluta om ansökan från / }).first();
  await expect(link).toBeVisible();
  await expect(waitingTasks(page)).toContainText('Nätverk: Konstgräs');
  await expectNoSeriousA11yViolations(page);

  // By keyboard, as a link.
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sv\/networks\/konstgras\/manage\/requests$/);
});

test('a member is asked to answer the coming meetings, and the list says when each starts', async ({ page }) => {
  await signIn(page, 'buyer@trappan.test');
  const answer = waitingTasks(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Svara om du kommer till / }) }).first();
  await expect(answer).toContainText(/Börjar \d{1,2} \w+ 20\d\d/);
  await answer.getByRole('link').click();
  await expect(page).toHaveURL(/\/sv\/networks\/konstgras\/meetings\/[^/]+$/);
});

test('a request to a network without a coordinator goes to admins and agency staff, who appoint a first coordinator from /me', async ({ page }) => {
  await signIn(page, 'buyer2@trappan.test');
  await page.goto('/sv/networks/belok');
  const panel = page.getByRole('region', { name: 'Gå med i nätverket' });
  await expect(panel).toContainText('Nätverket har ingen samordnare i Trappan just nu.');
  await panel.getByLabel('Varför vill du vara med?').fill('Vi förvaltar lokaler och vill ställa gemensamma energikrav.');
  await panel.getByLabel('Din kompetens').selectOption({ label: 'Upphandlare' });
  await panel.getByRole('button', { name: 'Skicka ansökan' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('administratörer och myndighetshandläggare utser en första samordnare');

  const taskName = 'Utse en första samordnare: Fatima Hassan vill gå med, och nätverket har ingen samordnare';
  await switchTo(page, 'admin@trappan.test');
  await expect(waitingTasks(page).getByRole('link', { name: taskName })).toBeVisible();

  await switchTo(page, 'agency@trappan.test');
  const task = waitingTasks(page).getByRole('link', { name: taskName });
  await expectNoSeriousA11yViolations(page);
  await task.click();
  await expect(page).toHaveURL(/\/sv\/networks\/belok\/first-coordinator$/);
  await expect(page).toHaveTitle('Utse en första samordnare – Belok – Trappan');
  await expect(page.getByRole('navigation', { name: /Belok: nätverkets sidor/ }).getByRole('link', { name: 'Utse samordnare' })).toHaveAttribute('aria-current', 'page');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Utse Fatima Hassan till samordnare' }).click();
  await expect(page.getByRole('status')).toContainText('Fatima Hassan är nu samordnare för Belok.');
  await expect(page.getByRole('main')).toContainText('Nätverket har en samordnare');
  // The tab and the task are gone: the coordinator decides from now on.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Utse samordnare' })).toHaveCount(0);
  await page.goto('/sv/me');
  await expect(waitingTasks(page).getByRole('link', { name: taskName })).toHaveCount(0);

  // A person without the platform role gets 403 on the page.
  await switchTo(page, 'buyer@trappan.test');
  const response = await page.goto('/sv/networks/belok/first-coordinator');
  expect(response?.status()).toBe(403);
});

test('a supplier is not told to join networks, and an empty list says what would appear', async ({ page }) => {
  await signIn(page, 'supplier3@trappan.test');
  await expect(page.getByRole('main')).not.toContainText('gå med i');
  await expect(page.getByRole('main')).toContainText('Leverantörer är inte medlemmar i beställarnätverk');
  await expect(page.getByRole('main').getByRole('link', { name: 'Till marknadsdialogerna' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
