// Journey: every page passes an automated WCAG 2.1 AA scan (axe-core) with no serious or
// critical violation, signed out, signed in and in the error states.
import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, signIn, submitSignIn } from './helpers';

const PUBLIC_PAGES = ['/sv', '/en', '/sv/networks', '/en/networks', '/sv/networks/konstgras', '/en/networks/konstgras', '/sv/sign-in', '/en/sign-in'];

for (const path of PUBLIC_PAGES) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  });
}

test('/sv/sign-in after a failed sign-in has no serious accessibility violations', async ({ page }) => {
  await page.goto('/sv/sign-in');
  // An email no account has: one failure, well under the throttle.
  await submitSignIn(page, 'a11y-scan@trappan.test', 'fel-losenord');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Fel e-post eller lösenord');
  await expectNoSeriousA11yViolations(page);
});

test('/sv/sign-in with empty-field errors has no serious accessibility violations', async ({ page }) => {
  await page.goto('/sv/sign-in');
  await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

for (const locale of ['sv', 'en'] as const) {
  test(`/${locale}/me signed in has no serious accessibility violations`, async ({ page }) => {
    await signIn(page, 'buyer@trappan.test', locale);
    await expectNoSeriousA11yViolations(page);
  });
}

test('/sv/networks/konstgras signed in (with the role notice) has no serious accessibility violations', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  await page.goto('/sv/networks/konstgras');
  await expect(page.getByText('Du är med i nätverket som samordnare.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the 404 page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/sv/finns-inte');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  await expectNoSeriousA11yViolations(page);
});
