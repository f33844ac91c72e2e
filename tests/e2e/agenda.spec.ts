// Journey: a member proposes an item for "Planeringsmöte för nästa år"; the secretariat accepts it,
// moves it up with the keyboard and publishes the agenda; an admin sees the notifications in
// the outbox. And a member changes and withdraws a proposal of their own. Runs on the shared e2e database: it finds the meeting through the network's
// meeting list, uses a title of its own and does not assume the agenda's state beforehand.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, signIn } from './helpers';

const MEETING = 'Planeringsmöte för nästa år';

/** The meeting's agenda through the network's meeting list and the meeting's "Dagordning" tab. */
async function openAgenda(page: Page): Promise<string> {
  await page.goto('/sv/networks/konstgras/meetings');
  await page.getByRole('main').getByRole('link', { name: MEETING }).first().click();
  await page.getByRole('main').getByRole('link', { name: 'Dagordning', exact: true }).click();
  await expect(page).toHaveURL(/\/meetings\/[^/]+\/agenda$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Dagordning' })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function switchUser(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

/** The titles of the accepted items, in order. */
const agendaTitles = async (page: Page) =>
  (await page.getByRole('list', { name: 'Punkter' }).locator(':scope > li h3').allInnerTexts()).map((text) => text.replace(/^\d+\.\s*/, ''));

test('a proposal becomes an item, is moved with the keyboard and the published agenda reaches the outbox', async ({ page }) => {
  const title = `Erfarenheter av konstgräsmattor ${Date.now()}`;

  // A member proposes.
  await signIn(page, 'buyer@trappan.test');
  const agendaPath = await openAgenda(page);
  const propose = page.getByRole('region', { name: 'Föreslå en punkt' });
  await propose.getByLabel('Rubrik').fill(title);
  await propose.getByRole('radio', { name: 'Diskussion' }).check();
  await propose.getByLabel('Planerad tid i minuter (valfritt)').fill('900');
  await propose.getByRole('button', { name: 'Skicka förslaget' }).click();
  // An invalid time: the error is at the field and what was typed is kept.
  await expect(propose.getByRole('alert')).toContainText('Planerad tid i minuter (valfritt): Ange ett heltal från 1 till 600');
  await expect(propose.getByLabel('Rubrik')).toHaveValue(title);
  await propose.getByLabel('Planerad tid i minuter (valfritt)').fill('15');
  await propose.getByRole('button', { name: 'Skicka förslaget' }).click();
  await expect(propose.getByRole('status')).toHaveText(`Tack! Ditt förslag ”${title}” är skickat till samordnaren.`);
  await expect(page.getByRole('region', { name: 'Dina förslag' })).toContainText(`${title} – Väntar på samordnaren`);
  await expectNoSeriousA11yViolations(page);

  // The coordinator accepts it, moves it up with the keyboard and publishes.
  await switchUser(page, 'secretariat@trappan.test');
  await page.goto(agendaPath);
  await page.getByRole('button', { name: `Godta förslaget ”${title}”` }).click();
  await expect(page.getByRole('main')).toContainText(`Förslaget ”${title}” är godtaget och står sist på dagordningen.`);
  // The confirmation can come a moment before the refreshed list: wait for the list itself.
  await expect.poll(async () => (await agendaTitles(page)).at(-1)).toBe(title);
  const before = await agendaTitles(page);

  const moveUp = page.getByRole('button', { name: `Flytta upp ”${title}”` });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toContainText(`”${title}” är nu punkt ${before.length - 1}.`);
  await expect.poll(async () => (await agendaTitles(page)).at(-2)).toBe(title);
  const after = await agendaTitles(page);
  expect(after.at(-1)).toBe(before.at(-2));
  // The focus stays on the item's button, so it can be moved again.
  await expect(moveUp).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: /^Publicera (dagordningen|igen och avisera)$/ }).click();
  await expect(page.getByRole('main')).toContainText(/Dagordningen är publicerad\. \d+ personer får ett meddelande\./);
  await expect(page.getByText(/^Publicerad .* av /)).toBeVisible();

  // An admin sees the notifications in the outbox.
  await switchUser(page, 'admin@trappan.test');
  await page.getByRole('navigation', { name: /huvud/i }).getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Utkorg' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utkorg' })).toBeVisible();
  // Newest first; the server's outbox worker may already have sent it.
  const firstRow = page.getByRole('table').getByRole('row').nth(1);
  await expect(firstRow).toContainText(`Dagordning: ${MEETING} / Agenda: ${MEETING}`);
  await expect(firstRow).toContainText(/Väntar|Skickas|Skickad/);
  await firstRow.getByText('Visa meddelandet').click();
  await expect(firstRow).toContainText(title);
  await expectNoSeriousA11yViolations(page);
});

test('a member changes a proposal of their own and then withdraws it', async ({ page }) => {
  const title = `Gemensamma miljökrav ${Date.now()}`;
  await signIn(page, 'buyer@trappan.test');
  await openAgenda(page);
  const propose = page.getByRole('region', { name: 'Föreslå en punkt' });
  await propose.getByLabel('Rubrik').fill(title);
  await propose.getByRole('button', { name: 'Skicka förslaget' }).click();
  await expect(propose.getByRole('status')).toHaveText(`Tack! Ditt förslag ”${title}” är skickat till samordnaren.`);

  const mine = page.getByRole('region', { name: 'Dina förslag' });
  await expect(mine).toContainText('Så länge samordnaren inte har tagit ställning kan du ändra ett förslag eller dra tillbaka det.');
  const proposal = mine.getByRole('listitem').filter({ hasText: title });
  await proposal.getByText(`Ändra förslaget ”${title}”`).click();
  // An empty title is refused at the field, and the rest of what was typed stays.
  await proposal.getByLabel('Rubrik').fill('');
  await proposal.getByLabel('Föredragande (valfritt)').fill('Anna Berg');
  await proposal.getByRole('button', { name: 'Spara förslaget' }).click();
  await expect(proposal.getByRole('alert')).toContainText('Rubrik: Fyll i rubrik.');
  await expect(proposal.getByLabel('Föredragande (valfritt)')).toHaveValue('Anna Berg');
  await proposal.getByLabel('Rubrik').fill(`${title} i konstgräsupphandlingar`);
  await proposal.getByRole('button', { name: 'Spara förslaget' }).click();
  await expect(mine.getByRole('status').filter({ hasText: `Ditt förslag ”${title} i konstgräsupphandlingar” är ändrat.` })).toBeVisible();
  await expect(mine).toContainText(`${title} i konstgräsupphandlingar – Väntar på samordnaren`);
  await expectNoSeriousA11yViolations(page);

  await mine.getByRole('button', { name: `Dra tillbaka förslaget ”${title} i konstgräsupphandlingar”` }).click();
  await expect(mine.getByRole('status').filter({ hasText: `Ditt förslag ”${title} i konstgräsupphandlingar” är tillbakadraget.` })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(`${title} i konstgräsupphandlingar – Väntar på samordnaren`);
});

test('the outbox is a 404 for everyone but admins', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  const response = await page.goto('/sv/admin/outbox');
  expect(response?.status()).toBe(404);
});
