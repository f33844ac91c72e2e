// Journey: a person whose organisation has not confirmed them yet is told why on /me; a
// platform admin finds them among the people waiting, confirms them, and they can speak for
// their organisation from then on. The admin's pages pass the accessibility scan.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, signIn } from './helpers';

const PENDING_NOTE = 'Din organisation har inte bekräftat dig ännu.';

async function switchUser(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

test('an admin confirms a person waiting for their organisation, who then sees no pending note', async ({ page }) => {
  await signIn(page, 'pending@trappan.test');
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: PENDING_NOTE })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await switchUser(page, 'admin@trappan.test');
  await page.getByRole('navigation', { name: /huvud/i }).getByRole('link', { name: 'Administration' }).click();
  await expect(page).toHaveURL(/\/sv\/admin\/users$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personer');
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Visa').selectOption('pending');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page).toHaveURL(/affiliation=pending/);
  const row = page.getByRole('row').filter({ hasText: 'Olle Väntar' });
  await expect(row).toContainText('Uppsala kommun');
  await expect(row).toContainText('Väntar på bekräftelse');
  await expect(row.getByRole('cell').nth(5)).toHaveText('Aktivt');
  await row.getByRole('button', { name: 'Bekräfta koppling Olle Väntar till Uppsala kommun' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Olle Väntar är bekräftad för Uppsala kommun' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The organisations page shows the demo's verified domain.
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Organisationer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisationer');
  await page.getByLabel('Sök på namn eller organisationsnummer').fill('Malmö');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page.getByRole('main')).toContainText('malmo.se');
  await expect(page.getByRole('main')).toContainText('Verifierad');
  // The counties in alphabetical order, Blekinge first and Östergötland last.
  const counties = page.getByRole('listitem').filter({ hasText: 'Malmö stad' }).getByLabel('Län').getByRole('option');
  await expect(counties.nth(1)).toHaveText('Blekinge län');
  await expect(counties.last()).toHaveText('Östergötlands län');
  await expectNoSeriousA11yViolations(page);

  await switchUser(page, 'pending@trappan.test');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(PENDING_NOTE);
});

test('the admin pages are in English too', async ({ page }) => {
  await signIn(page, 'admin@trappan.test', 'en');
  for (const [path, title] of [
    ['/en/admin/users', 'People'],
    ['/en/admin/organisations', 'Organisations'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expectNoSeriousA11yViolations(page);
  }
});
