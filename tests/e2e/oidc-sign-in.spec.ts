// Journeys: signing in with the organisation's own login (OpenID Connect), against a real
// provider (scripts/oidc-test-provider.mjs, oidc-provider's development login form) and the
// second Trappan server that is configured for it (tests/e2e/oidc-test-login.ts). A new
// person at Malmö stad, whose domain is verified in the demo, is confirmed at once; an
// existing demo account is linked by its address; an address the provider does not vouch for
// is refused on the sign-in page.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './helpers';
import { OIDC_E2E } from './oidc-test-login';

test.use({ baseURL: OIDC_E2E.appBaseURL });

const oidcButton = (page: Page, locale: 'sv' | 'en' = 'sv') =>
  page.getByRole('main').getByRole('button', { name: locale === 'sv' ? `Logga in med ${OIDC_E2E.name}` : `Sign in with ${OIDC_E2E.name}`, exact: true });

/** At the provider: its development form takes any login (the address) and any password. */
async function logInAtProvider(page: Page, login: string) {
  await expect(page).toHaveURL(new RegExp(`^${OIDC_E2E.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('vad som helst');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

test('the sign-in page offers the organisation’s login above the password form, in both languages', async ({ page }) => {
  await page.goto('/sv/sign-in');
  await expect(oidcButton(page)).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: 'Logga in', exact: true })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('eller');
  await expectNoSeriousA11yViolations(page);

  await page.goto('/en/sign-in');
  await expect(oidcButton(page, 'en')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a new buyer at Malmö stad signs in with the organisation’s login and is confirmed at once', async ({ page }) => {
  await page.goto('/sv/sign-in');
  // By keyboard: the button is a real button in a real form.
  await oidcButton(page).focus();
  await page.keyboard.press('Enter');
  await logInAtProvider(page, 'ny.upphandlare@malmo.se');

  await expect(page).toHaveURL(/\/sv\/me$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mina nätverk');
  await expect(page.getByRole('banner')).toContainText('Inloggad som Ny Upphandlare');
  await expect(page.getByRole('main')).toContainText('Malmö stad');

  await page.goto('/sv/me/account');
  // The organisation and the confirmed link to it, each as a term and its value.
  await expect(page.getByRole('term').filter({ hasText: 'Organisation' }).locator('+ dd')).toHaveText('Malmö stad');
  await expect(page.getByRole('term').filter({ hasText: 'Koppling' }).locator('+ dd')).toHaveText('Bekräftad');
  await expect(page.getByRole('main')).toContainText('ny.upphandlare@malmo.se');
});

test('an existing demo account is linked by its address and returns to the page it came from', async ({ page }) => {
  await page.goto('/sv/sign-in?callbackUrl=%2Fsv%2Fnetworks%2Fkonstgras');
  await oidcButton(page).click();
  // Any case: addresses are compared in lower case.
  await logInAtProvider(page, 'Buyer2@Trappan.test');

  await expect(page).toHaveURL(/\/sv\/networks\/konstgras$/);
  await expect(page.getByRole('banner')).toContainText('Inloggad som Fatima Hassan');
  await page.goto('/sv/me');
  await expect(page.getByRole('main')).toContainText('Uppsala kommun');

  // Signing out ends the session as after a password sign-in.
  await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/sv\/sign-in\?signedOut=1$/);
  await page.goto('/sv/me');
  await expect(page).toHaveURL(/\/sv\/sign-in\?callbackUrl=%2Fsv%2Fme$/);
});

test('an address the provider does not vouch for is refused, on the page in the language it started from', async ({ page }) => {
  await page.goto('/en/sign-in');
  await oidcButton(page, 'en').click();
  await logInAtProvider(page, 'ej-verifierad:overifierad@malmo.se');

  await expect(page).toHaveURL(/\/en\/sign-in\?error=OidcRefused&code=emailUnverified/);
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('Sign-in failed');
  await expect(alert).toContainText(`According to ${OIDC_E2E.name}, your email address is not verified`);
  await expect(page.getByRole('banner')).not.toContainText('Signed in as');
  await expect(oidcButton(page, 'en')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
