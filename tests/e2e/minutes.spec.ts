// Journey: minutes and the decision log on Konstgräs's held spring meeting (seeded with
// approved minutes and an adopted, public decision). The secretariat finds the decision by
// searching an inflected word, opens the minutes and adds a correction, which appears below
// the unchanged text; the adjuster sees the approved minutes; the public sees only the public
// decision. Adds only a correction to the shared database: no roles or memberships change.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

const LOG = '/sv/networks/konstgras/decisions';
const MOTION = /Nätverket beslutar att genomföra en idétävling för hållbara fotbollsplaner/;

async function openMinutesFromLog(page: Page) {
  await page.goto(LOG);
  await page.getByLabel('Sök i besluten').fill('idétävlingen');
  await page.getByRole('button', { name: 'Sök' }).click();
  await expect(page).toHaveURL(/\?q=id%C3%A9t%C3%A4vlingen/);
  const results = page.getByRole('region', { name: 'Beslut som matchar ”idétävlingen”' });
  const row = results.getByRole('row').filter({ hasText: MOTION });
  await expect(row).toContainText('Bifallet');
  await expect(row).toContainText('Inga invändningar');
  await row.getByRole('link', { name: 'Protokollet från Nätverksmöte om fyllnadsmaterialen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nätverksmöte om fyllnadsmaterialen' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Protokoll och beslut' })).toBeVisible();
}

test('the secretariat finds the decision, opens the approved minutes and adds a correction', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  await page.goto(`${LOG}?q=id%C3%A9t%C3%A4vlingen`);
  await expectNoSeriousA11yViolations(page);
  await openMinutesFromLog(page);

  await expect(page.getByText('Status: Justerat')).toBeVisible();
  await expect(page.getByText('Justerat av Anders Holm')).toBeVisible();
  await expect(page.getByText(MOTION)).toBeVisible();
  // Approved: no form to write texts or record decisions, only corrections.
  await expect(page.getByRole('button', { name: 'Registrera beslutet' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Spara texten' })).toHaveCount(0);

  const general = page.getByRole('region', { name: 'Allmänt' });
  const original = await general.locator('p.whitespace-pre-line').first().innerText();
  await general.locator('summary', { hasText: 'Lägg till rättelse' }).click();
  const correction = `Rättelse ${Date.now()}: även Per Olsson var närvarande.`;
  await general.getByLabel(fieldLabel('Rättelse')).fill(correction);
  await general.getByRole('button', { name: 'Lägg till rättelse' }).click();
  await expect(general.getByRole('status')).toHaveText('Rättelsen är tillagd. Den ursprungliga texten är oförändrad.');
  await expect(general.getByText(correction)).toBeVisible();
  await expect(general.locator('p.whitespace-pre-line').first()).toHaveText(original);
  await expectNoSeriousA11yViolations(page);
});

test('the adjuster reads the approved minutes, which wait for nobody', async ({ page }) => {
  await signIn(page, 'goteborg@trappan.test');
  await openMinutesFromLog(page);
  await expect(page.getByText('Status: Justerat')).toBeVisible();
  await expect(page.getByText('Ingen invände.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Justera protokollet' })).toHaveCount(0);
  await expect(page.getByText('Lägg till rättelse')).toHaveCount(0);
});

test('the public sees the public decision, not the minutes’ texts', async ({ page }) => {
  await page.goto(LOG);
  await expect(page.getByText('De beslut som nätverket har valt att visa offentligt.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: MOTION })).toContainText('Bifallet');
  await page.getByRole('link', { name: 'Protokollet från Nätverksmöte om fyllnadsmaterialen' }).click();
  await expect(page.getByText(MOTION)).toBeVisible();
  await expect(page.getByText('Ingen invände.')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
