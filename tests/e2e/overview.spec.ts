// Journey: anyone reads the national overview; agency staff also see the networks that have
// gone quiet, which nobody else is shown. Every view passes the accessibility scan.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, signIn } from './helpers';

const TEXT = {
  sv: { title: 'Nationell översikt', byStatus: 'Nätverk efter status', active: 'Aktivt', inactive: 'Nätverk utan aktivitet på 12 månader' },
  en: { title: 'National overview', byStatus: 'Networks by status', active: 'Active', inactive: 'Networks with no activity in 12 months' },
} as const;

const inactiveHeading = (page: Page, locale: keyof typeof TEXT) =>
  page.getByRole('heading', { level: 2, name: TEXT[locale].inactive });

for (const locale of ['sv', 'en'] as const) {
  test(`/${locale}/overview signed out: figures as tables, no agency-only part, no serious accessibility violations`, async ({ page }) => {
    await page.goto(`/${locale}/overview`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT[locale].title);

    // The chart of networks by status is a table with the figures: nine of the ten are active.
    const byStatus = page.getByRole('table', { name: TEXT[locale].byStatus });
    const activeRow = byStatus.getByRole('row').filter({ has: page.getByRole('rowheader', { name: TEXT[locale].active, exact: true }) });
    await expect(activeRow.getByRole('cell').first()).toHaveText('9');

    await expect(inactiveHeading(page, locale)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test(`/${locale}/overview as agency staff shows the quiet networks and has no serious accessibility violations`, async ({ page }) => {
    await signIn(page, 'agency@trappan.test', locale);
    await page.goto(`/${locale}/overview`);
    await expect(inactiveHeading(page, locale)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test('/sv/overview does not show the quiet networks to a buyer', async ({ page }) => {
  await signIn(page, 'buyer@trappan.test');
  await page.goto('/sv/overview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT.sv.title);
  await expect(inactiveHeading(page, 'sv')).toHaveCount(0);
  await expect(page.getByText('Syns bara för myndighetshandläggare')).toHaveCount(0);
});
