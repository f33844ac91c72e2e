// Journeys: a way in for real people. A new procurer at Malmö stad (whose domain malmo.se is
// verified in the demo) signs up, reads the confirmation mail in the demo mailbox, confirms,
// signs in and asks to join Konstgräs; then forgets the password and chooses a new one.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, submitSignIn } from './helpers';

const EMAIL = `ny.upphandlare.${Date.now()}@malmo.se`;
const PASSWORD = 'tre ord och en konstgräsplan';

/** Opens the newest mail to the address in the demo mailbox and follows its link to `path`. */
async function followMailLink(page: Page, email: string, path: string) {
  await expect(async () => {
    await page.goto(`/sv/demo/mailbox?to=${encodeURIComponent(email)}`);
    await expect(page.locator(`a[href*="${path}?token="]`).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expectNoSeriousA11yViolations(page);
  await page.locator(`a[href*="${path}?token="]`).first().click();
}

test('a new buyer signs up, confirms the address from the mail, and asks to join Konstgräs', async ({ page }) => {
  await page.goto('/sv/sign-in');
  await page.getByRole('link', { name: 'Skapa konto' }).click();
  await expect(page).toHaveURL(/\/sv\/sign-up$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skapa konto');
  await expectNoSeriousA11yViolations(page);

  // An empty form: a summary at the top and errors beside the fields.
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Namn: Fyll i namn.');
  await expect(page.getByLabel(fieldLabel('Namn'))).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel(fieldLabel('Namn')).fill('Nils Nyström');
  await page.getByLabel('Titel').fill('Upphandlare');
  await page.getByLabel('E-post i tjänsten').fill(EMAIL);
  await page.getByLabel('Lösenord').fill('qwerty123456');
  await page.getByLabel(fieldLabel('Organisation')).selectOption({ label: 'Malmö stad (212000-1124)' });
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  // A common password is refused; what was typed stays, but never the password.
  await expect(page.getByRole('main').getByRole('alert')).toContainText('vanligaste');
  await expect(page.getByLabel('E-post i tjänsten')).toHaveValue(EMAIL);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(`Titta i din inkorg: vi har skickat en länk till ${EMAIL}`);

  // Not yet confirmed: the right password says so and offers a new link.
  await page.goto('/sv/sign-in');
  await submitSignIn(page, EMAIL, PASSWORD);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Du behöver bekräfta din e-postadress');

  await followMailLink(page, EMAIL, '/sv/verify-email');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bekräfta e-postadress');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Bekräfta adressen' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Adressen är bekräftad');
  await page.getByRole('link', { name: 'Till inloggningen' }).click();

  await submitSignIn(page, EMAIL, PASSWORD);
  await expect(page).toHaveURL(/\/sv\/me$/);
  await page.goto('/sv/networks/konstgras');
  const panel = page.getByRole('region', { name: 'Gå med i nätverket' });
  await panel.getByLabel('Varför vill du vara med?').fill('Malmö stad bygger om två konstgräsplaner nästa år.');
  await panel.getByLabel('Din kompetens').selectOption({ label: 'Upphandlare' });
  await panel.getByRole('button', { name: 'Skicka ansökan' }).click();
  await expect(panel.getByRole('status')).toContainText('Din ansökan till Konstgräs är skickad.');
  // Withdrawn again: the other journeys count Konstgräs's requests.
  await panel.getByRole('button', { name: 'Återkalla ansökan' }).click();
  await expect(panel.getByRole('button', { name: 'Skicka ansökan' })).toBeVisible();
});

test('a person who forgot the password chooses a new one through the mailed link', async ({ page }) => {
  await page.goto('/sv/sign-in');
  await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nytt lösenord');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('E-post').fill('buyer2@trappan.test');
  await page.getByRole('button', { name: 'Skicka länk' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Om det finns ett konto med den adressen har vi skickat en länk.');

  await followMailLink(page, 'buyer2@trappan.test', '/sv/reset-password');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Välj ett nytt lösenord');
  await page.getByLabel('Nytt lösenord').fill('ett nytt lösenord för fatima');
  await page.getByLabel('Upprepa lösenordet').fill('ett nytt lösenord för fatima');
  await page.getByRole('button', { name: 'Spara lösenordet' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Lösenordet är bytt.');

  await page.getByRole('link', { name: 'Till inloggningen' }).click();
  await submitSignIn(page, 'buyer2@trappan.test', 'ett nytt lösenord för fatima');
  await expect(page).toHaveURL(/\/sv\/me$/);

  // Back to the demo password, through My account, for the journeys after this one.
  await page.goto('/sv/me/account');
  await expectNoSeriousA11yViolations(page);
  const section = page.getByRole('region', { name: 'Lösenord' });
  await section.getByLabel('Nuvarande lösenord').fill('ett nytt lösenord för fatima');
  await section.getByLabel('Nytt lösenord').fill('trappan-demo');
  await section.getByLabel('Upprepa det nya lösenordet').fill('trappan-demo');
  await section.getByRole('button', { name: 'Byt lösenord' }).click();
  await expect(section.getByRole('status')).toHaveText('Lösenordet är bytt. Du är utloggad på alla andra enheter.');
});
