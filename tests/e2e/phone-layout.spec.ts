// Journey: every page the other journeys visit, on a phone (390 × 844), as the role that
// visits it: the page is no wider than the screen (a table scrolls inside its own region, a
// long word breaks) and axe-core finds no serious or critical WCAG 2.1 A/AA violation. Pages
// with an id in their address (a need, a round, a meeting, a dialogue) are found through the
// links on the seeded network's pages, so the list follows the demo data. Then the header's
// menu, with and without JavaScript, by keyboard.
import { expect, test, type Page } from '@playwright/test';

import { fieldLabel, seriousA11yViolations, signIn } from './helpers';

const PHONE = { width: 390, height: 844 };
const NETWORK = '/sv/networks/konstgras';

test.use({ viewport: PHONE });

/** Opens each page and checks it, softly, so that one report lists every page that fails. */
async function checkPages(page: Page, paths: string[]) {
  expect(paths.length, 'no pages to check').toBeGreaterThan(0);
  for (const path of paths) {
    const response = await page.goto(path);
    expect.soft(response?.status() ?? 0, `${path} answers`).toBeLessThan(500);
    await expect.soft(page, `${path} has a <title>`).toHaveTitle(/\S/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect.soft(width, `${path} is ${width} px wide on a ${PHONE.width} px screen`).toBeLessThanOrEqual(PHONE.width);
    const report = await seriousA11yViolations(page);
    expect.soft(report, `Accessibility violations on ${path}:\n${report}`).toBe('');
  }
}

/** Each page's own address followed by the matching links on it, page after page (one tab). */
async function withLinks(page: Page, paths: string[], pattern: (path: string) => RegExp, max: number): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) found.push(path, ...(await linksOn(page, path, pattern(path), max)));
  return found;
}

/** The distinct addresses (without query) the links on a page lead to that match the pattern. */
async function linksOn(page: Page, path: string, pattern: RegExp, max = 1): Promise<string[]> {
  await page.goto(path);
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs.filter((href) => pattern.test(href)))].slice(0, max);
}

const id = '[A-Za-z0-9_-]{8,}';

test.describe('every page fits a phone and passes axe', () => {
  test.describe.configure({ timeout: 240_000 });

  test('public pages, for anyone', async ({ page }) => {
    const dialogues = await linksOn(page, '/sv/dialogues', new RegExp(`^/sv/dialogues/${id}$`));
    const needs = await linksOn(page, `${NETWORK}/needs`, new RegExp(`^${NETWORK}/needs/(?!board$|rounds$|new$)${id}$`));
    expect(dialogues, 'the demo has an open market dialogue').toHaveLength(1);
    expect(needs, 'Konstgräs has public needs').toHaveLength(1);
    await checkPages(page, [
      '/sv',
      '/en',
      '/sv/networks',
      '/en/networks',
      '/sv/networks?status=active',
      '/en/networks?q=xyzzy&status=active',
      '/sv/networks?q=vatten&initiator=agency&sort=name',
      '/sv/networks?initiator=agency&limit=3',
      '/sv/networks?yearFrom=2020&yearTo=2010',
      NETWORK,
      '/en/networks/konstgras',
      `${NETWORK}/needs`,
      `${NETWORK}/needs/board`,
      `${NETWORK}/meetings`,
      `${NETWORK}/decisions`,
      `${NETWORK}/dashboard`,
      '/sv/networks/avancerad-rening-av-avloppsvatten',
      '/sv/dialogues',
      '/sv/overview',
      '/en/overview',
      '/sv/open-data',
      '/en/open-data',
      '/sv/sign-in',
      '/en/sign-in',
      '/sv/sign-up',
      '/sv/reset-password',
      '/sv/about',
      '/en/about',
      '/sv/contact',
      '/en/contact',
      '/sv/privacy',
      '/en/privacy',
      '/sv/accessibility',
      '/en/accessibility',
      '/sv/demo/mailbox',
      '/sv/finns-inte',
      '/en/does-not-exist',
      '/sv/networks/finns-inte',
      ...dialogues,
      ...needs,
    ]);
  });

  test('the coordinator of Konstgräs: members, charter, groups, profile, funding, meetings and needs', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    const meetings = await linksOn(page, `${NETWORK}/meetings`, new RegExp(`^${NETWORK}/meetings/(?!new$)${id}$`), 2);
    const meetingPages = await withLinks(page, meetings, (meeting) => new RegExp(`^${meeting}/(agenda|minutes|edit)$`), 3);
    const needs = await linksOn(page, `${NETWORK}/needs`, new RegExp(`^${NETWORK}/needs/(?!board$|rounds$|new$)${id}$`), 2);
    const needPages = await withLinks(page, needs, (need) => new RegExp(`^${need}/(assess|edit|handover|buyer-group)$`), 4);
    const rounds = await linksOn(page, `${NETWORK}/needs/rounds`, new RegExp(`^${NETWORK}/needs/rounds/(?!new$)${id}$`));
    expect(meetings.length, 'Konstgräs has meetings').toBeGreaterThan(0);
    expect(needPages.length, 'its needs have pages of their own').toBeGreaterThan(needs.length);
    await checkPages(page, [
      '/sv/me',
      '/sv/me/account',
      `${NETWORK}/dashboard`,
      '/en/networks/konstgras/dashboard',
      `${NETWORK}/dashboard/assessment`,
      `${NETWORK}/dashboard/my-view`,
      `${NETWORK}/manage`,
      '/en/networks/konstgras/manage',
      `${NETWORK}/manage/requests`,
      `${NETWORK}/manage/invitations`,
      `${NETWORK}/manage/groups`,
      `${NETWORK}/manage/charter`,
      '/en/networks/konstgras/manage/charter',
      `${NETWORK}/manage/profile`,
      `${NETWORK}/manage/funding`,
      `${NETWORK}/manage/audit`,
      `${NETWORK}/meetings`,
      `${NETWORK}/meetings/new`,
      `${NETWORK}/decisions`,
      `${NETWORK}/needs`,
      `${NETWORK}/needs/new`,
      `${NETWORK}/needs/board`,
      `${NETWORK}/needs/rounds`,
      `${NETWORK}/needs/rounds/new`,
      `${NETWORK}/dialogues/new`,
      ...meetingPages,
      ...needPages,
      ...rounds,
    ]);
  });

  test('a member who prioritises needs', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    const rounds = await linksOn(page, `${NETWORK}/needs/rounds`, new RegExp(`^${NETWORK}/needs/rounds/(?!new$)${id}$`));
    await checkPages(page, ['/sv/me', NETWORK, `${NETWORK}/needs`, `${NETWORK}/needs/rounds`, ...rounds]);
  });

  test('a supplier in a market dialogue', async ({ page }) => {
    await signIn(page, 'supplier2@trappan.test');
    const dialogues = await linksOn(page, '/sv/dialogues', new RegExp(`^/sv/dialogues/${id}$`), 2);
    await checkPages(page, ['/sv/me', '/sv/dialogues', ...dialogues]);
  });

  test('the coordinator of a dialogue edits it', async ({ page }) => {
    await signIn(page, 'vatten@trappan.test');
    const dialogues = await linksOn(page, '/sv/dialogues', new RegExp(`^/sv/dialogues/${id}$`), 2);
    await checkPages(page, ['/sv/me', ...(await withLinks(page, dialogues, (dialogue) => new RegExp(`^${dialogue}/edit$`), 1))]);
  });

  test('agency staff and the platform administrator', async ({ page }) => {
    await signIn(page, 'agency@trappan.test');
    await checkPages(page, ['/sv/overview', '/sv/networks/new', '/sv/networks/digitala-tjanster-inom-socialtjansten/first-coordinator', '/en/networks/digitala-tjanster-inom-socialtjansten/first-coordinator']);
    await page.context().clearCookies();
    await signIn(page, 'admin@trappan.test');
    await checkPages(page, ['/sv/admin/users', '/sv/admin/organisations', '/sv/admin/outbox', '/sv/admin/audit', '/sv/admin/areas', '/sv/networks/new']);
  });
});

test.describe('the header on a phone', () => {
  test('is one row, and its menu opens from the keyboard and leads on', async ({ page }) => {
    await page.goto('/sv/networks');
    const banner = page.getByRole('banner');
    expect((await banner.boundingBox())!.height).toBeLessThan(80);
    const menu = banner.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(menu).toBeHidden();
    await expect(banner.getByRole('link', { name: 'Logga in' })).toBeVisible();

    await banner.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await expect(banner.getByRole('link', { name: 'In English' })).toBeVisible();
    // Escape from inside the open menu closes it and puts focus back on "Meny".
    await menu.getByRole('link', { name: 'Översikt' }).focus();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(banner.locator('summary')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await menu.getByRole('link', { name: 'Översikt' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/sv\/overview$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  test('lets a signed-in person sign out from the menu', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('button', { name: 'Logga ut' })).toBeHidden();
    await banner.locator('summary').click();
    await expect(banner.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina nätverk' })).toBeVisible();
    await banner.getByRole('button', { name: 'Logga ut' }).click();
    await expect(page).toHaveURL(/\/sv\/sign-in/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the menu and the registry filters still open and close', async ({ page }) => {
      await page.goto('/sv/networks');
      const menu = page.getByRole('banner').getByRole('navigation', { name: 'Huvudmeny' });
      await page.getByRole('banner').locator('summary').click();
      await expect(menu).toBeVisible();
      await page.getByRole('banner').locator('summary').click();
      await expect(menu).toBeHidden();

      // The filters fold under the search field, so the results start on the first screen.
      const status = page.getByLabel(fieldLabel('Status'));
      await expect(status).toBeHidden();
      const table = page.getByRole('table');
      expect((await table.boundingBox())!.y).toBeLessThan(PHONE.height * 1.5);
      await page.getByRole('search').locator('summary').click();
      await status.selectOption('active');
      await page.getByRole('search').getByRole('button', { name: 'Visa' }).click();
      await expect(page).toHaveURL(/\/sv\/networks\?status=active$/);
      await expect(page.getByRole('search').getByText('(1 valt)')).toBeVisible();
    });
  });
});

test.describe('a table on a phone', () => {
  test('keeps its first column in place while the others scroll', async ({ page }) => {
    await page.goto('/sv/networks');
    const region = page.getByRole('region', { name: /Beställarnätverk, sorterade efter namn/ });
    const firstName = region.getByRole('rowheader').first();
    const before = (await firstName.boundingBox())!.x;
    await region.evaluate((element) => element.scrollBy({ left: 300 }));
    await expect.poll(async () => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect((await firstName.boundingBox())!.x).toBe(before);
  });
});
