// Journey: a first visit. The home page says whom Trappan serves, how to get in (an account,
// or the organisation's own login where the installation has one) and who runs it; the
// footer of every page leads to about, contact, privacy and the accessibility statement; the
// about and contact pages exist in both languages and pass axe-core.
import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, signIn } from './helpers';
import { OIDC_E2E } from './oidc-test-login';

const FOOTER = {
  sv: [
    ['Om Trappan', '/sv/about', 'Om Trappan'],
    ['Kontakt', '/sv/contact', 'Kontakt'],
    ['Personuppgifter', '/sv/privacy', 'Personuppgifter i Trappan'],
    ['Tillgänglighet', '/sv/accessibility', 'Tillgänglighetsredogörelse'],
  ],
  en: [
    ['About Trappan', '/en/about', 'About Trappan'],
    ['Contact', '/en/contact', 'Contact'],
    ['Privacy', '/en/privacy', 'Personal data in Trappan'],
    ['Accessibility', '/en/accessibility', 'Accessibility statement'],
  ],
} as const;

test('the home page says whom Trappan serves, who runs it and how to get in', async ({ page }) => {
  await page.goto('/sv');
  const main = page.getByRole('main');
  const audience = main.getByRole('region', { name: 'Vem Trappan är till för' });
  for (const who of ['Upphandlare och behovsägare', 'Nätverkens sekretariat', 'Handläggare på myndigheter', 'Leverantörer']) {
    await expect(audience.getByRole('listitem').filter({ hasText: who })).toHaveCount(1);
  }
  await expect(audience).toContainText('marknadsdialoger');

  const getIn = main.getByRole('region', { name: 'Så kommer du in' });
  await expect(getIn.getByRole('link', { name: 'Skapa ett konto' })).toHaveAttribute('href', '/sv/sign-up');
  await expect(getIn.getByRole('link', { name: 'Logga in', exact: true })).toHaveAttribute('href', '/sv/sign-in');
  // This server has no organisation's login configured, so none is offered.
  await expect(getIn.getByRole('link', { name: /Logga in med/ })).toHaveCount(0);

  const runBy = main.getByRole('region', { name: 'Vem som driver Trappan här' });
  await expect(runBy).toContainText('Den här installationen av Trappan drivs av Trappans utvecklare (demo).');
  await expect(runBy).toContainText('Det här är en demo');
  await runBy.getByRole('link', { name: 'Om Trappan' }).click();
  await expect(page).toHaveURL(/\/sv\/about$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Om Trappan');
  await expectNoSeriousA11yViolations(page);
});

test('a signed-in person is sent on to their own page instead', async ({ page }) => {
  await signIn(page, 'buyer@trappan.test');
  await page.goto('/sv');
  const getIn = page.getByRole('main').getByRole('region', { name: 'Så kommer du in' });
  await expect(getIn).toContainText('Du är inloggad som');
  await expect(getIn.getByRole('link', { name: 'Skapa ett konto' })).toHaveCount(0);
  await getIn.getByRole('link', { name: 'Till Mina nätverk' }).click();
  await expect(page).toHaveURL(/\/sv\/me$/);
});

test('the English home page says the same in English', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('main').getByRole('region', { name: 'Who Trappan is for' })).toContainText('Suppliers');
  await expect(page.getByRole('main').getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/en/sign-up');
  await expect(page.getByRole('main')).toContainText('This installation of Trappan is run by');
  await expectNoSeriousA11yViolations(page);
});

for (const locale of ['sv', 'en'] as const) {
  test(`the footer leads to about, contact, privacy and accessibility (${locale})`, async ({ page }) => {
    for (const [link, path, title] of FOOTER[locale]) {
      await page.goto(`/${locale}/overview`);
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByRole('link', { name: link, exact: true })).toHaveAttribute('href', path);
      await footer.getByRole('link', { name: link, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(new RegExp(`^${title}`));
    }
  });
}

test('the about page cites the report it rests on, page by page, and the contact page names the operator', async ({ page }) => {
  await page.goto('/sv/about');
  const main = page.getByRole('main');
  await expect(main).toContainText('rapport 2019:3');
  await expect(main).toContainText('(s. 13)');
  await expect(main.getByRole('heading', { level: 2, name: 'Vem som driver den här installationen' })).toBeVisible();

  await page.goto('/en/contact');
  await expect(page.getByRole('main')).toContainText('This installation of Trappan is run by');
  await expect(page.getByRole('main').getByRole('link', { name: 'How Trappan handles personal data' })).toHaveAttribute('href', '/en/privacy');
  await expectNoSeriousA11yViolations(page);
  await page.goto('/en/about');
  await expect(page.getByRole('main')).toContainText('(p. 14–15)');
  await expectNoSeriousA11yViolations(page);
});

test.describe('where the organisation’s own login is configured', () => {
  test.use({ baseURL: OIDC_E2E.appBaseURL });

  test('the home page offers it beside the account', async ({ page }) => {
    await page.goto('/sv');
    const getIn = page.getByRole('main').getByRole('region', { name: 'Så kommer du in' });
    await getIn.getByRole('link', { name: `Logga in med ${OIDC_E2E.name}` }).click();
    await expect(page).toHaveURL(/\/sv\/sign-in$/);
    await expect(page.getByRole('main').getByRole('button', { name: `Logga in med ${OIDC_E2E.name}` })).toBeVisible();
  });
});
