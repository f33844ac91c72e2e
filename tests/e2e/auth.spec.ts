// Journey: a demo person signs in, sees their networks and signs out again.
// Wrong-password tests use a different email each, because of the sign-in throttle
// (after three failures for one email further attempts must wait).
import { expect, test } from '@playwright/test';

import { DEMO_PASSWORD, fieldLabel, signIn, submitSignIn } from './helpers';

test('the sign-in form has Swedish and English labels', async ({ page }) => {
  await page.goto('/sv/sign-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
  await expect(page.getByLabel(fieldLabel('E-post'))).toBeVisible();
  await expect(page.getByLabel(fieldLabel('Lösenord'))).toHaveAttribute('type', 'password');
  await expect(page.getByRole('main').getByRole('button', { name: 'Logga in' })).toBeVisible();

  await page.goto('/en/sign-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expect(page.getByLabel(fieldLabel('Email'))).toBeVisible();
  await expect(page.getByLabel(fieldLabel('Password'))).toHaveAttribute('type', 'password');
  await expect(page.getByRole('main').getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('a buyer signs in, sees Malmö stad and Konstgräs, and signs out', async ({ page }) => {
  await page.goto('/sv/sign-in');
  await submitSignIn(page, 'buyer@trappan.test', DEMO_PASSWORD);

  await expect(page).toHaveURL(/\/sv\/me$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mina nätverk');
  await expect(page.getByRole('main')).toContainText('Johan Ek');
  await expect(page.getByRole('main')).toContainText('Malmö stad');
  const konstgras = page.getByRole('region', { name: 'Nätverk du är med i' }).getByRole('listitem').filter({ hasText: 'Konstgräs' });
  await expect(konstgras).toHaveCount(1);
  await expect(konstgras).toContainText('Roll: Medlem');
  await expect(page.getByRole('banner')).toContainText('Inloggad som Johan Ek');

  await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/sv\/sign-in\?signedOut=1$/);
  await expect(page.getByRole('status')).toHaveText('Du är utloggad.');
  await expect(page.getByRole('banner')).not.toContainText('Johan Ek');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Logga in' })).toBeVisible();

  // Signed out, the personal page sends you to sign in, and back again afterwards.
  await page.goto('/sv/me');
  await expect(page).toHaveURL(/\/sv\/sign-in\?callbackUrl=%2Fsv%2Fme$/);
  await submitSignIn(page, 'buyer@trappan.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/sv\/me$/);
  await expect(page.getByRole('main')).toContainText('Malmö stad');
});

test('signing in from a link returns to the page you came from', async ({ page }) => {
  await page.goto('/sv/sign-in?callbackUrl=%2Fsv%2Fnetworks%2Fkonstgras');
  await submitSignIn(page, 'goteborg@trappan.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/sv\/networks\/konstgras$/);
  await expect(page.getByText(/^Du är med i nätverket som/)).toHaveText('Du är med i nätverket som styrgrupp.');
});

test('a callback to another site is ignored', async ({ page }) => {
  await page.goto('/sv/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2Fsv%2Fme');
  await submitSignIn(page, 'umea@trappan.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/sv\/me$/);
});

test('signing in in English lands on the English page', async ({ page }) => {
  await signIn(page, 'linkoping@trappan.test', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My networks');
  await expect(page.getByRole('main')).toContainText('Linköpings kommun');
  await expect(page.getByRole('region', { name: 'Networks you take part in' }).getByRole('listitem').filter({ hasText: 'Konstgräs' })).toContainText('Role: Member');
  await expect(page.getByRole('banner')).toContainText('Signed in as Per Olsson');
});

test('a wrong password or an unknown email gets the same message and keeps the email', async ({ page }) => {
  await page.goto('/sv/sign-in');
  // A real account with the wrong password …
  await submitSignIn(page, 'buyer2@trappan.test', 'fel-losenord');
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('Fel e-post eller lösenord');
  await expect(page).toHaveURL(/\/sv\/sign-in$/);
  await expect(page.getByLabel(fieldLabel('E-post'))).toHaveValue('buyer2@trappan.test');
  const wrongPassword = (await alert.innerText()).trim();

  // … and an email nobody has: the message must not tell them apart.
  await submitSignIn(page, 'ingen-alls@trappan.test', DEMO_PASSWORD);
  await expect(page.getByLabel(fieldLabel('E-post'))).toHaveValue('ingen-alls@trappan.test');
  await expect(alert).toContainText('Fel e-post eller lösenord');
  expect((await alert.innerText()).trim()).toBe(wrongPassword);
  expect(wrongPassword).not.toMatch(/finns inte|okänd|lösenordet är fel|fel lösenord/i);
});

test('an empty form shows an error at each field', async ({ page }) => {
  await page.goto('/sv/sign-in');
  await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();

  const email = page.getByLabel(fieldLabel('E-post'));
  const password = page.getByLabel(fieldLabel('Lösenord'));
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Ange din e-postadress.');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription('Ange ditt lösenord.');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Inloggningen misslyckades');
  await expect(page).toHaveURL(/\/sv\/sign-in$/);
});

test('a buyer in no network sees the empty state', async ({ page }) => {
  await signIn(page, 'buyer2@trappan.test');
  await expect(page.getByRole('main')).toContainText('Uppsala kommun');
  await expect(page.getByRole('main')).toContainText('Du är inte med i något nätverk ännu.');
  await page.getByRole('link', { name: 'Till nätverksregistret' }).click();
  await expect(page).toHaveURL(/\/sv\/networks$/);
});

test('the secretariat coordinates Konstgräs', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  await expect(page.getByRole('banner')).toContainText('Inloggad som Sara Nyström');
  const konstgras = page.getByRole('region', { name: 'Nätverk du är med i' }).getByRole('listitem').filter({ hasText: 'Konstgräs' });
  await expect(konstgras).toContainText('Roll: Samordnare');

  await konstgras.getByRole('link', { name: 'Konstgräs' }).click();
  await expect(page).toHaveURL(/\/sv\/networks\/konstgras$/);
  await expect(page.getByText(/^Du är med i nätverket som/)).toHaveText('Du är med i nätverket som samordnare.');
});

test('an unknown page shows the Swedish 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/sv/finns-inte');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  await expect(page.getByRole('main')).toContainText('Adressen kan vara felskriven, eller så har sidan flyttats.');
  await expect(page.getByRole('link', { name: 'Till startsidan', exact: true })).toHaveAttribute('href', '/sv');
});

test('an unknown page in English shows the English 404 page', async ({ page }) => {
  const response = await page.goto('/en/does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
