// Journey: a buyer searches and filters the registry, with JavaScript (results follow the
// form without a page load) and without (a plain GET form); the URL reproduces the view,
// the back button works, and an empty result offers to clear the filters.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel } from './helpers';

declare global {
  interface Window {
    trappanMarker?: string;
  }
}

const results = (page: Page) => page.getByRole('region', { name: /^\d+ nätverk$/ });
const rowNames = async (page: Page) => (await page.getByRole('table').getByRole('rowheader').allTextContents()).map((name) => name.trim());
const searchField = (page: Page) => page.getByLabel('Sök', { exact: true });
const submit = (page: Page) => page.getByRole('search').getByRole('button', { name: 'Visa' });

/** The view a visitor sees: result heading, rows and the form's values. */
async function view(page: Page) {
  return {
    heading: await results(page).getByRole('heading', { level: 2 }).textContent(),
    rows: await page.getByRole('table').getByRole('rowheader').allTextContents(),
    q: await searchField(page).inputValue(),
    status: await page.getByLabel(fieldLabel('Status')).inputValue(),
    initiator: await page.getByLabel('Initiativtagare', { exact: true }).inputValue(),
  };
}

test.describe('with JavaScript', () => {
  test('search and filters update the results without a page load, and the URL reproduces the view', async ({ page, context }) => {
    await page.goto('/sv/networks');
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText('10 nätverk');
    await page.evaluate(() => (window.trappanMarker = 'still here'));

    await searchField(page).fill('avloppsvattnet');
    await expect(page).toHaveURL(/\/sv\/networks\?q=avloppsvattnet$/);
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText('1 nätverk');
    expect(await rowNames(page)).toEqual(['Avancerad rening av avloppsvatten']);
    // A search is ranked by relevance unless the visitor picks another order.
    await expect(page.getByLabel('Sortera efter')).toHaveValue('');
    await expect(page.getByLabel('Sortera efter').locator('option:checked')).toHaveText('Relevans');
    // The results are announced to screen readers.
    await expect(results(page).getByRole('status')).toHaveText('1 nätverk');

    await searchField(page).fill('');
    await expect(page).toHaveURL(/\/sv\/networks$/);
    await page.getByLabel('Initiativtagare', { exact: true }).selectOption('buyer');
    await expect(page).toHaveURL(/\?initiator=buyer$/);
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText('3 nätverk');
    // Each choice counts the networks it would give with the other filters.
    const status = page.getByLabel(fieldLabel('Status'));
    await expect(status.locator('option[value="active"]')).toHaveText('Aktivt (3)');
    await expect(status.locator('option[value="forming"]')).toHaveText('Under uppstart (0)');
    await expect(page.getByLabel('Initiativtagare', { exact: true }).locator('option[value="agency"]')).toHaveText('Myndighetsinitierat (7)');

    await page.getByLabel('Sortera efter').selectOption('year');
    await expect(page).toHaveURL(/\?initiator=buyer&sort=year$/);
    await expect(results(page).getByRole('status')).toHaveText('3 nätverk');
    const sorted = await view(page);

    expect(await page.evaluate(() => window.trappanMarker)).toBe('still here');

    // The same URL in a new tab shows the same view.
    const copy = await context.newPage();
    await copy.goto(page.url());
    expect(await view(copy)).toEqual(sorted);
    await expect(copy.getByLabel('Sortera efter')).toHaveValue('year');
    await copy.close();

    // Back returns to the previous view, and the form follows.
    await page.goBack();
    await expect(page).toHaveURL(/\?initiator=buyer$/);
    await expect(page.getByLabel('Sortera efter')).toHaveValue('');
    await page.goBack();
    await expect(page).toHaveURL(/\/sv\/networks$/);
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText('10 nätverk');
    await expect(page.getByLabel('Initiativtagare', { exact: true })).toHaveValue('');
    expect(await page.evaluate(() => window.trappanMarker)).toBe('still here');
  });

  test('an empty result says so and clearing the filters brings every network back', async ({ page }) => {
    await page.goto('/sv/networks?status=active');
    await searchField(page).fill('xyzzy');
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText('0 nätverk');
    await expect(results(page)).toContainText('Inga nätverk matchar din sökning och dina filter.');
    await expect(page.getByRole('table')).toHaveCount(0);

    await results(page).getByRole('link', { name: 'Rensa filter' }).click();
    await expect(page).toHaveURL(/\/sv\/networks$/);
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText('10 nätverk');
    await expect(searchField(page)).toHaveValue('');
    await expect(page.getByLabel(fieldLabel('Status'))).toHaveValue('');
  });
});

test.describe('paging with JavaScript', () => {
  test('previous and next follow the cursors without a page load', async ({ page }) => {
    const paging = page.getByRole('navigation', { name: 'Sidor' });
    await page.goto('/sv/networks?sort=members&limit=4');
    await page.evaluate(() => (window.trappanMarker = 'still here'));
    await expect(paging).toContainText('Visar 1–4 av 10');
    const first = await rowNames(page);

    await paging.getByRole('link', { name: 'Nästa sida' }).click();
    await expect(paging).toContainText('Visar 5–8 av 10');
    const second = await rowNames(page);
    expect(second.some((name) => first.includes(name))).toBe(false);

    await paging.getByRole('link', { name: 'Nästa sida' }).click();
    await expect(paging).toContainText('Visar 9–10 av 10');
    await paging.getByRole('link', { name: 'Föregående sida' }).click();
    await expect(paging).toContainText('Visar 5–8 av 10');
    await expect(page).toHaveURL(/sort=members&limit=4&cursor=/);
    expect(await rowNames(page)).toEqual(second);

    await paging.getByRole('link', { name: 'Föregående sida' }).click();
    await expect(page).toHaveURL(/\/sv\/networks\?sort=members&limit=4$/);
    await expect(paging).toContainText('Visar 1–4 av 10');
    expect(await rowNames(page)).toEqual(first);
    expect(await page.evaluate(() => window.trappanMarker)).toBe('still here');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the GET form searches and filters, and the URL reproduces the view', async ({ page, context }) => {
    await page.goto('/sv/networks');
    await searchField(page).fill('avloppsvattnet');
    await submit(page).click();
    await expect(page).toHaveURL(/q=avloppsvattnet/);
    expect(await rowNames(page)).toEqual(['Avancerad rening av avloppsvatten']);

    await searchField(page).fill('naturvårdsverket');
    await page.getByLabel(fieldLabel('Status')).selectOption('active');
    await submit(page).click();
    await expect(page).toHaveURL(/status=active/);
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText('3 nätverk');
    const filtered = await view(page);
    expect(filtered).toMatchObject({ q: 'naturvårdsverket', status: 'active' });

    const copy = await context.newPage();
    await copy.goto(page.url());
    expect(await view(copy)).toEqual(filtered);
    await copy.close();

    await page.getByRole('search').getByRole('link', { name: 'Rensa filter' }).click();
    await expect(page).toHaveURL(/\/sv\/networks$/);
    expect(await rowNames(page)).toHaveLength(10);
  });

  test('pages carry the filters along', async ({ page }) => {
    await page.goto('/sv/networks?initiator=agency&limit=3');
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText('7 nätverk');
    const seen = await rowNames(page);
    await expect(page.getByRole('link', { name: 'Första sidan' })).toHaveCount(0);

    // Wait for each new page before reading its rows: with JavaScript off a click only
    // starts the navigation, and reading at once can count the old page twice.
    const nextPage = async () => {
      const before = page.url();
      await page.getByRole('link', { name: 'Nästa sida' }).click();
      await page.waitForURL((url) => url.href !== before && /initiator=agency&limit=3&cursor=/.test(url.search));
      seen.push(...(await rowNames(page)));
    };
    await nextPage();
    await nextPage();
    await expect(page.getByRole('link', { name: 'Nästa sida' })).toHaveCount(0);
    expect(new Set(seen).size).toBe(7);
    await expect(page.getByRole('table').getByRole('cell', { name: 'Beställarinitierat' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Första sidan' }).click();
    await expect(page).toHaveURL(/\/sv\/networks\?initiator=agency&limit=3$/);
    expect(await rowNames(page)).toEqual(seen.slice(0, 3));
  });

  test('previous and next page through the cursors both ways, saying which networks each page shows', async ({ page }) => {
    const paging = page.getByRole('navigation', { name: 'Sidor' });
    await page.goto('/sv/networks?limit=3');
    await expect(paging).toContainText('Visar 1–3 av 10');
    await expect(paging.getByRole('link', { name: 'Föregående sida' })).toHaveCount(0);
    const pages = [await rowNames(page)];

    for (const range of ['4–6', '7–9', '10–10']) {
      const before = page.url();
      await paging.getByRole('link', { name: 'Nästa sida' }).click();
      await page.waitForURL((url) => url.href !== before);
      await expect(paging).toContainText(`Visar ${range} av 10`);
      pages.push(await rowNames(page));
    }
    await expect(paging.getByRole('link', { name: 'Nästa sida' })).toHaveCount(0);
    expect(new Set(pages.flat()).size).toBe(10);

    for (const [range, index] of [['7–9', 2], ['4–6', 1]] as const) {
      const before = page.url();
      await paging.getByRole('link', { name: 'Föregående sida' }).click();
      await page.waitForURL((url) => url.href !== before && /cursor=/.test(url.search));
      await expect(paging).toContainText(`Visar ${range} av 10`);
      expect(await rowNames(page)).toEqual(pages[index]);
    }
    // Back on the second page, the previous page is the first page's own address.
    await paging.getByRole('link', { name: 'Föregående sida' }).click();
    await expect(page).toHaveURL(/\/sv\/networks\?limit=3$/);
    await expect(paging).toContainText('Visar 1–3 av 10');
    expect(await rowNames(page)).toEqual(pages[0]);
  });

  test('the form leaves empty fields out of the address', async ({ page }) => {
    await page.goto('/sv/networks');
    await page.getByLabel(fieldLabel('Status')).selectOption('active');
    await submit(page).click();
    await expect(page).toHaveURL(/\/sv\/networks\?status=active$/);
    await expect(page.getByLabel(fieldLabel('Status'))).toHaveValue('active');

    await page.getByLabel(fieldLabel('Status')).selectOption('');
    await submit(page).click();
    await expect(page).toHaveURL(/\/sv\/networks$/);
    expect(await rowNames(page)).toHaveLength(10);
  });

  test('a year range typed backwards is explained beside the year fields, in the words of the form', async ({ page }) => {
    await page.goto('/sv/networks');
    await page.getByLabel('från', { exact: true }).fill('2020');
    await page.getByLabel('till', { exact: true }).fill('2010');
    await submit(page).click();
    await expect(page).toHaveURL(/\/sv\/networks\?yearFrom=2020&yearTo=2010$/);

    const yearTo = page.getByLabel('till', { exact: true });
    await expect(yearTo).toHaveValue('2010');
    await expect(yearTo).toHaveAttribute('aria-invalid', 'true');
    await expect(yearTo).toHaveAccessibleDescription('Året ”från” (2020) är senare än året ”till” (2010). Byt plats på åren eller ändra ett av dem. Tills vidare visas nätverk som startade 2020 eller senare.');
    // axe-core needs JavaScript; phone-layout.spec.ts scans this page with it.
    await expect(page.getByText(/hoppats över/)).toHaveCount(0);

    await yearTo.fill('2021');
    await submit(page).click();
    await expect(page).toHaveURL(/yearFrom=2020&yearTo=2021$/);
    await expect(page.getByLabel('till', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');

    await page.goto('/en/networks?yearFrom=2020&yearTo=2010');
    await expect(page.getByLabel('to', { exact: true })).toHaveAccessibleDescription(
      'The year “from” (2020) is later than the year “to” (2010). Swap the years or change one of them. Until then the list shows networks started in 2020 or later.',
    );
  });

  test('bad parameters are skipped with a notice naming them', async ({ page }) => {
    await page.goto('/sv/networks?status=bogus&county=99&area=finns-inte&initiator=buyer');
    await expect(page.getByText(/hoppats över: status, län, tematiskt område\.$/)).toBeVisible();
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText('3 nätverk');
    await expect(page.getByLabel(fieldLabel('Status'))).toHaveValue('');
  });
});

test.describe('accessibility', () => {
  test('the list with filters applied has no serious accessibility violations', async ({ page }) => {
    await page.goto('/sv/networks?q=vatten&initiator=agency&sort=name');
    await expect(results(page).getByRole('table')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('an empty result has no serious accessibility violations', async ({ page }) => {
    await page.goto('/en/networks?q=xyzzy&status=active');
    await expect(page.getByRole('link', { name: 'Clear filters' }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('the list on a phone has no serious accessibility violations and the table scrolls, not the page', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/sv/networks?status=active');
    await expectNoSeriousA11yViolations(page);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
  });

  test('the network profile has no serious accessibility violations', async ({ page }) => {
    await page.goto('/sv/networks/konstgras');
    await expect(page.getByRole('heading', { name: 'Medlemsorganisationer' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
