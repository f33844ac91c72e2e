// Journey: the Konstgräs secretariat manages its members. Sara Nyström (secretariat@) moves
// Per Olsson (linkoping@) to the steering group and removes Maria Lund (umea@) with a reason;
// the member list, the former members and the network's log show it, and the platform admin
// sees it in the log of all networks. Uses only secretariat@, linkoping@, umea@ and admin@.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, signIn } from './helpers';

const MEMBERS = '/sv/networks/konstgras/manage';
const activeMembers = (page: Page) => page.getByRole('region', { name: /Aktiva medlemmar/ });

test('the secretariat changes a role and removes a member, and the log shows both', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  await page.goto(MEMBERS);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hantera Konstgräs');
  await expect(page.getByRole('heading', { level: 2, name: /Aktiva medlemmar/ })).toBeVisible();
  const per = activeMembers(page).getByRole('row', { name: /Per Olsson/ });
  await expect(per.getByRole('cell')).toContainText(['Linköpings kommun', 'Behovsägare', 'Medlem', 'Ja']);
  // The only coordinator is offered no way to leave the role.
  await expect(activeMembers(page).getByRole('row', { name: /Sara Nyström/ })).toContainText('Nätverkets enda samordnare');
  await expect(page.getByRole('heading', { name: 'Kompetenser som saknas' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Per Olsson joins the steering group.
  await per.getByLabel('Ny roll för Per Olsson').selectOption({ label: 'Styrgrupp' });
  await per.getByRole('button', { name: 'Byt roll för Per Olsson' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Per Olsson' })).toHaveText('Per Olsson har nu rollen styrgrupp.');
  await expect(activeMembers(page).getByRole('row', { name: /Per Olsson/ }).getByRole('cell').nth(2)).toHaveText('Styrgrupp');

  // Removing Maria Lund needs a reason; the form says so and keeps the row.
  const maria = activeMembers(page).getByRole('row', { name: /Maria Lund/ });
  // The removal form sits behind a disclosure (<summary>), closed until asked for.
  await maria.locator('summary').click();
  await maria.getByRole('button', { name: 'Ta bort ur nätverket (Maria Lund)' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Fyll i skäl.');
  await expect(maria.getByLabel('Skäl')).toHaveAttribute('aria-invalid', 'true');

  // With the keyboard: type the reason and press the button.
  await maria.getByLabel('Skäl').fill('Har bytt tjänst och arbetar inte längre med konstgräsplaner.');
  await maria.getByRole('button', { name: 'Ta bort ur nätverket (Maria Lund)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Maria Lund' })).toContainText('Maria Lund är borttagen ur nätverket.');
  await expect(activeMembers(page).getByRole('row', { name: /Maria Lund/ })).toHaveCount(0);
  const former = page.getByRole('region', { name: 'Tidigare medlemmar' }).getByRole('row', { name: /Maria Lund/ });
  await expect(former).toContainText('Borttagen');
  await expect(former).toContainText('Sara Nyström');
  await expect(former).toContainText('Har bytt tjänst och arbetar inte längre med konstgräsplaner.');

  // The network's log, newest first.
  await page.getByRole('navigation', { name: 'Sekretariatets sidor' }).getByRole('link', { name: 'Logg' }).click();
  await expect(page).toHaveURL(/\/sv\/networks\/konstgras\/manage\/audit$/);
  const log = page.getByRole('region', { name: 'Logg' });
  const removal = log.getByRole('row').filter({ hasText: 'Borttagning ur nätverket' }).first();
  await expect(removal).toContainText('Sara Nyström');
  await expect(removal).toContainText('Maria Lund');
  await expect(removal).toContainText('Genomförd');
  await expect(removal).toContainText('Skäl: Har bytt tjänst');
  const roleChange = log.getByRole('row').filter({ hasText: 'Byte av roll' }).filter({ hasText: 'Per Olsson' }).first();
  await expect(roleChange).toContainText(/Roll: Medlem →.*Styrgrupp/);
  await expectNoSeriousA11yViolations(page);

  // The filter is in the URL.
  await page.getByLabel('Visa').selectOption({ label: 'Nekade försök' });
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page).toHaveURL(/\/manage\/audit\?outcome=denied$/);
  await expect(page.getByLabel('Visa')).toHaveValue('denied');
  await expect(page.getByRole('main')).not.toContainText('Byte av roll');

  // Put Per Olsson back as a member, so later journeys find the demo data as seeded.
  await page.goto(MEMBERS);
  await activeMembers(page).getByRole('row', { name: /Per Olsson/ }).getByLabel('Ny roll för Per Olsson').selectOption({ label: 'Medlem' });
  await activeMembers(page).getByRole('button', { name: 'Byt roll för Per Olsson' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Per Olsson' })).toHaveText('Per Olsson har nu rollen medlem.');

  // The platform-wide log is not for coordinators.
  const response = await page.goto('/sv/admin/audit');
  expect(response?.status()).toBe(404);
});

test('the members page is in English too', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test', 'en');
  await page.goto('/en/networks/konstgras/manage');
  await expect(page.getByRole('heading', { level: 2, name: /Active members/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Competences in the network' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Former members' })).toBeVisible();
});

test('the admin reads the log of every network', async ({ page }) => {
  await signIn(page, 'admin@trappan.test');
  await page.getByRole('banner').getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Händelselogg' }).click();
  await expect(page).toHaveURL(/\/sv\/admin\/audit$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logg för hela Trappan');
  const removal = page.getByRole('region', { name: 'Logg för hela Trappan' }).getByRole('row').filter({ hasText: 'Maria Lund' }).first();
  await expect(removal).toContainText('Konstgräs');
  await expect(removal).toContainText('Borttagning ur nätverket');
  await expectNoSeriousA11yViolations(page);
});
