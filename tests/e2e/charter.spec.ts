// Journey: the secretariat changes the charter and sees the new version in the history, and
// manages a working group. Runs against the shared e2e database, so it reads the current
// version first instead of assuming one.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

const CHARTER = '/sv/networks/konstgras/manage/charter';
const GROUPS = '/sv/networks/konstgras/manage/groups';

/** The newest version number in the history table (its first row). */
async function latestVersion(page: Page): Promise<number> {
  const history = page.getByRole('region', { name: 'Versioner' });
  return Number(await history.getByRole('rowheader').first().innerText());
}

test('the coordinator changes the quorum and meetings per year and the history shows the new version', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  await page.goto(CHARTER);
  await expect(page.getByRole('heading', { level: 2, name: 'Stadga och arbetsordning' })).toBeVisible();
  const before = await latestVersion(page);

  const quorum = page.getByLabel(fieldLabel('Beslutsförhet'));
  const meetings = page.getByLabel('Fysiska möten per år');
  // Values that differ from whatever is saved now, so the save is a change.
  const newQuorum = (await quorum.inputValue()) === '60' ? '65' : '60';
  const newMeetings = (await meetings.inputValue()) === '6' ? '5' : '6';
  await quorum.fill(newQuorum);
  await meetings.fill(newMeetings);
  await page.getByRole('button', { name: 'Spara ny version' }).click();

  await expect(page.getByRole('main').getByRole('status')).toHaveText(`Stadgan är sparad som version ${before + 1}. Den visas nu på nätverkets sida.`);
  const newest = page.getByRole('region', { name: 'Versioner' }).getByRole('row').nth(1);
  await expect(newest.getByRole('rowheader')).toHaveText(String(before + 1));
  await expect(newest).toContainText('Sara Nyström');
  await expect(newest).toContainText('Beslutsförhet, Fysiska möten per år');
  await expect(page.getByText(`Gällande version: ${before + 1}`)).toBeVisible();
  // The form now shows the saved values.
  await expect(quorum).toHaveValue(newQuorum);
  await expect(meetings).toHaveValue(newMeetings);
  await expectNoSeriousA11yViolations(page);
});

test('invalid rules show errors at the fields, keep what was typed and save nothing', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  await page.goto(CHARTER);
  const before = await latestVersion(page);

  await page.getByRole('radio', { name: 'Kvalificerad majoritet' }).check();
  const threshold = page.getByLabel('Gräns för kvalificerad majoritet');
  await threshold.fill('40');
  await page.getByLabel(fieldLabel('Beslutsförhet')).fill('0');
  await page.getByRole('button', { name: 'Spara ny version' }).click();

  const summary = page.getByRole('main').getByRole('alert');
  await expect(summary).toContainText('Stadgan sparades inte');
  await expect(summary).toContainText('Gräns för kvalificerad majoritet: Ange ett tal från 51 till 100.');
  await expect(threshold).toHaveAttribute('aria-invalid', 'true');
  await expect(threshold).toHaveValue('40');
  await expect(page.getByLabel(fieldLabel('Beslutsförhet'))).toHaveValue('0');
  await expect(page.getByLabel(fieldLabel('Beslutsförhet'))).toHaveAccessibleDescription(/Ange ett tal från 1 till 100\./);
  await expect(summary).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  expect(await latestVersion(page)).toBe(before);
});

test('the charter page is in English too', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test', 'en');
  await page.goto('/en/networks/konstgras/manage/charter');
  await expect(page.getByRole('heading', { level: 2, name: 'Charter and rules of procedure' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save new version' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Decision rule' })).toBeVisible();
});

test('the coordinator creates a working group, adds and removes a member', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  await page.goto(GROUPS);
  await expectNoSeriousA11yViolations(page);

  const name = `Arbetsgrupp e2e ${Date.now()}`;
  await page.getByRole('radio', { name: 'Arbetsgrupp' }).check();
  await page.getByLabel(fieldLabel('Namn')).fill(name);
  await page.getByRole('button', { name: 'Skapa gruppen' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: `Gruppen ${name} är skapad.` })).toBeVisible();

  const panel = page.getByRole('region', { name, exact: true });
  await expect(panel).toContainText('Ingen sitter i gruppen ännu.');
  await panel.getByLabel('Person').selectOption({ label: 'Anders Holm, Göteborgs Stad (Styrgrupp)' });
  await panel.getByRole('button', { name: 'Lägg till' }).click();
  await expect(panel.getByRole('status').filter({ hasText: `Anders Holm är tillagd i ${name}.` })).toBeVisible();
  await expect(panel.getByRole('rowheader', { name: 'Anders Holm' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await panel.getByText('Ta bort Anders Holm').click();
  await panel.getByLabel('Anledning (valfritt)').fill('Testet är klart');
  await panel.getByRole('button', { name: 'Ta bort ur gruppen' }).click();
  await expect(panel.getByRole('status').filter({ hasText: `Anders Holm är borttagen ur ${name}.` })).toBeVisible();
  await expect(panel.getByRole('rowheader', { name: 'Anders Holm' })).toHaveCount(0);
});
