// Journey: the privacy notice and the accessibility statement, in Swedish and English, are
// reached from the footer of any page and pass an axe-core WCAG 2.1 A and AA scan with no
// violation at all (stricter than the serious-or-critical bar of the other journeys: the
// statement says these pages are checked).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PAGES = {
  sv: {
    privacy: { path: '/sv/privacy', link: 'Personuppgifter', title: 'Personuppgifter i Trappan' },
    accessibility: { path: '/sv/accessibility', link: 'Tillgänglighet', title: 'Tillgänglighetsredogörelse' },
  },
  en: {
    privacy: { path: '/en/privacy', link: 'Privacy', title: 'Personal data in Trappan' },
    accessibility: { path: '/en/accessibility', link: 'Accessibility', title: 'Accessibility statement' },
  },
} as const;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoA11yViolations(page: Page) {
  await expect(page, `The page ${page.url()} has no <title>`).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = violations.map((v) => `- ${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
  expect(violations, `Accessibility violations on ${page.url()}:\n${report}`).toEqual([]);
}

for (const locale of ['sv', 'en'] as const) {
  for (const kind of ['privacy', 'accessibility'] as const) {
    const { path, link, title } = PAGES[locale][kind];

    test(`${path} has its heading, the footer's link and no accessibility violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(new RegExp(`^${title}`));
      await expect(page.getByRole('contentinfo').getByRole('link', { name: link, exact: true })).toHaveAttribute('href', path);
      await expectNoA11yViolations(page);
    });

    test(`the footer on /${locale}/networks leads to ${path}`, async ({ page }) => {
      await page.goto(`/${locale}/networks`);
      await page.getByRole('contentinfo').getByRole('link', { name: link, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    });
  }
}

test('the accessibility statement is dated and names its supervisor, the privacy notice its own', async ({ page }) => {
  await page.goto('/sv/accessibility');
  await expect(page.getByRole('main')).toContainText('3 december 2026');
  await expect(page.getByRole('main')).toContainText('digg.se');
  await page.goto('/en/privacy');
  await expect(page.getByRole('main')).toContainText('imy.se');
  await expect(page.getByRole('heading', { level: 2, name: 'Contact' })).toBeVisible();
});
