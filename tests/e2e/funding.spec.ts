// Journey: the Konstgräs coordinator adds Vinnova as a project funder with a granted period
// ending in five months, and the network then stands on the overview's list of funding that
// ends within six months, then removes it again; the status form offers only the allowed
// moves. Runs against the shared e2e database, so it first removes a Vinnova
// funder an earlier run left behind.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

const FUNDING = '/sv/networks/konstgras/manage/funding';

function isoInMonths(months: number): { start: string; end: string } {
  const today = new Date();
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, Math.min(today.getUTCDate(), 28)));
  return { start: today.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

const vinnovaItem = (page: Page) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: 'Vinnova (Projektfinansiering)' }) });

test('the coordinator adds Vinnova with a granted period and the overview lists the funding as ending', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  await page.goto(FUNDING);
  await expect(page.getByRole('heading', { level: 2, name: 'Finansiering' })).toBeVisible();
  await expect(page.getByText('Bidrag från Energimyndigheten, Vinnova och EU är alltid tidsbegränsade')).toBeVisible();

  if ((await vinnovaItem(page).count()) > 0) {
    await vinnovaItem(page).getByText('Ändra eller ta bort finansiären').click();
    await vinnovaItem(page).getByRole('button', { name: 'Ta bort finansiären' }).click();
    await expect(vinnovaItem(page)).toHaveCount(0);
  }

  const form = page.getByRole('form', { name: 'Lägg till en finansiär' });
  await form.getByLabel('Typ av finansiering').selectOption({ label: 'Projektfinansiering' });
  await form.getByLabel('Finansiär', { exact: true }).selectOption({ label: 'Vinnova' });
  await form.getByLabel(fieldLabel('Status')).selectOption({ label: 'Beviljad' });
  await form.getByLabel('Belopp i kronor (valfritt)').fill('1 250 000');

  // A granted Vinnova period without an end date is refused beside the field, input kept.
  await form.getByRole('button', { name: 'Lägg till finansiär' }).click();
  const summary = form.getByRole('alert');
  await expect(summary).toContainText('Det gick inte att spara');
  await expect(summary).toContainText('Till: Bidrag från den här finansiären är tidsbegränsade');
  await expect(form.getByLabel('Till', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Belopp i kronor (valfritt)')).toHaveValue('1 250 000');

  const { start, end } = isoInMonths(5);
  await form.getByLabel('Från', { exact: true }).fill(start);
  await form.getByLabel('Till', { exact: true }).fill(end);
  await form.getByRole('button', { name: 'Lägg till finansiär' }).click();
  await expect(form.getByRole('status')).toHaveText('Vinnova är tillagd som finansiär.');

  const item = vinnovaItem(page);
  await expect(item).toBeVisible();
  await expect(item.getByRole('cell', { name: 'Beviljad' })).toBeVisible();
  await expect(item.getByRole('cell', { name: /1\s250\s000\skr/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto('/sv/overview');
  const ending = page.getByRole('region', { name: 'Finansiering som löper ut inom sex månader' });
  const row = ending.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Konstgräs' }) }).filter({ hasText: 'Vinnova' });
  await expect(row).toHaveCount(1);
  await expect(row.locator(`time[datetime="${end}"]`)).toBeVisible();

  // Removing the funder confirms above the list and leaves the page as it was.
  await page.goto(FUNDING);
  await vinnovaItem(page).getByText('Ändra eller ta bort finansiären').click();
  await vinnovaItem(page).getByRole('button', { name: 'Ta bort finansiären' }).click();
  // The list's own status region, before the first funder: the removed one's forms are gone.
  await expect(page.getByRole('region', { name: 'Finansiärer' }).getByRole('status').first()).toHaveText('Finansiären Vinnova är borttagen.');
  await expect(vinnovaItem(page)).toHaveCount(0);
});

test('the status form offers only the allowed moves and warns before ending the network', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  await page.goto('/sv/networks/konstgras/manage/profile');
  const status = page.getByRole('region', { name: 'Nätverkets status' });
  await expect(status).toContainText('Status nu: Aktivt');
  const moveTo = status.getByLabel('Ny status');
  await expect(moveTo.getByRole('option')).toHaveText(['Vilande', 'Avslutat']);
  await expect(status.getByText('Ett avslutat nätverk går bara att läsa')).toHaveCount(0);
  await moveTo.selectOption({ label: 'Avslutat' });
  await expect(status.getByRole('note')).toHaveText(/^Ett avslutat nätverk går bara att läsa/);
  await expect(moveTo).toHaveAttribute('aria-describedby', 'network-status-closed-warning');

  // Sent without a reason, the move is refused beside the field and nothing changes.
  await status.getByRole('button', { name: 'Byt status' }).click();
  await expect(status.getByRole('alert')).toContainText('Skäl: Fyll i skäl.');
  await expect(status.getByLabel('Skäl')).toHaveAttribute('aria-invalid', 'true');
  await expect(status).toContainText('Status nu: Aktivt');
  await expectNoSeriousA11yViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a funder is added and removed, each confirmed on the page', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(FUNDING);
    const form = page.getByRole('form', { name: 'Lägg till en finansiär' });
    await form.getByLabel('Typ av finansiering').selectOption({ label: 'Basfinansiering' });
    await form.getByLabel('Finansiär', { exact: true }).selectOption({ label: 'Vinnova' });
    await form.getByRole('button', { name: 'Lägg till finansiär' }).click();
    await expect(page.getByRole('main')).toContainText('Vinnova är tillagd som finansiär.');

    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: 'Vinnova (Basfinansiering)' }) });
    await item.getByText('Ändra eller ta bort finansiären').click();
    await item.getByRole('button', { name: 'Ta bort finansiären' }).click();
    await expect(page.getByRole('main')).toContainText('Finansiären Vinnova är borttagen.');
    await expect(item).toHaveCount(0);
  });
});
