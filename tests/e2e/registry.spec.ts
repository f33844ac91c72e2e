// Journey: a visitor finds the buyer networks in the public registry, in Swedish or English.
import { expect, test, type Page } from '@playwright/test';

const NETWORKS_2019 = [
  '4S Ledningsnät',
  'A Challenge from Sweden',
  'Avancerad rening av avloppsvatten',
  'BeBo',
  'Belok',
  'Digitala tjänster inom socialtjänsten',
  'Konstgräs',
  'Renare mark och vatten',
  'Räddningstjänst',
  'Välfärdsteknik',
];

const COLUMNS = {
  sv: ['Nätverk', 'Initiativtagare', 'Startår', 'Arrangör', 'Finansiärer', 'Status', 'Medlemmar'],
  en: ['Network', 'Initiator', 'Start year', 'Arranger', 'Funders', 'Status', 'Members'],
};

/** The value next to a label in a description list. */
const definition = (page: Page, term: string) =>
  page.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');

test.describe('language from the browser', () => {
  test.use({ locale: 'sv-SE' });

  test('/ sends a Swedish browser to /sv', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sv$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  });
});

test.describe('language from the browser (English)', () => {
  test.use({ locale: 'en-US' });

  test('/ sends an English browser to /en', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('a link without a language keeps its path and query, and only sv and en count as languages', async ({ request }) => {
  const redirect = async (path: string) => {
    const response = await request.get(path, { maxRedirects: 0, headers: { 'Accept-Language': 'sv-SE,sv;q=0.9' } });
    expect(response.status()).toBe(307);
    return response.headers()['location'];
  };
  expect(await redirect('/networks?status=active&q=konstgr%C3%A4s')).toMatch(/\/sv\/networks\?status=active&q=konstgr%C3%A4s$/);
  expect(await redirect('/svar')).toMatch(/\/sv\/svar$/);
  expect(await redirect('/english')).toMatch(/\/sv\/english$/);
  const withLanguage = await request.get('/en/networks', { maxRedirects: 0 });
  expect(withLanguage.status()).toBe(200);
});

for (const locale of ['sv', 'en'] as const) {
  test(`/${locale}/networks lists the ten networks of 2019 with ${locale === 'sv' ? 'Swedish' : 'English'} headers`, async ({ page }) => {
    await page.goto(`/${locale}/networks`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'sv' ? 'Beställarnätverk' : 'Buyer networks');

    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(COLUMNS[locale]);
    const names = await table.getByRole('rowheader').allTextContents();
    expect(names.map((name) => name.trim()).sort((a, b) => a.localeCompare(b, 'sv'))).toEqual(
      [...NETWORKS_2019].sort((a, b) => a.localeCompare(b, 'sv')),
    );
  });
}

test('the language switch keeps the current page', async ({ page }) => {
  await page.goto('/sv/networks/konstgras');
  await page.getByRole('link', { name: 'In English' }).click();
  await expect(page).toHaveURL(/\/en\/networks\/konstgras$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konstgräs');
  await expect(page.getByRole('heading', { name: 'History', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'På svenska' }).click();
  await expect(page).toHaveURL(/\/sv\/networks\/konstgras$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { name: 'Historik', exact: true })).toBeVisible();
});

test('Konstgräs opens from the list with its description, arranger, funder and history', async ({ page }) => {
  await page.goto('/sv/networks');
  await page.getByRole('table').getByRole('link', { name: 'Konstgräs', exact: true }).click();

  await expect(page).toHaveURL(/\/sv\/networks\/konstgras$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konstgräs');
  await expect(page.getByText(/Beställarnätverket för konstgräs arbetar för att utbyggnaden av konstgräsplaner/)).toBeVisible();
  await expect(definition(page, 'Arrangör')).toHaveText('Sveriges kultur- och fritidschefsförening');
  await expect(definition(page, 'Finansiärer')).toContainText('Naturvårdsverket');
  await expect(definition(page, 'Finansiärer')).toContainText('projektfinansiering');
  await expect(definition(page, 'Startår')).toHaveText('2017');

  const history = page.getByRole('region', { name: 'Historik', exact: true });
  await expect(history.getByRole('listitem')).toHaveCount(6);
  await expect(history.getByRole('listitem').first()).toContainText('Enligt rapportens tabell 1 startade nätverket 2017');
  await expect(history.getByRole('listitem').first()).toContainText('s. 36');
  await expect(history).toContainText('Hållbara konstgräsplaner');
});

test('Konstgräs names its member organisations, and only the people who chose to be listed', async ({ page }) => {
  await page.goto('/sv/networks/konstgras');
  // Other journeys change Konstgräs's members (joining, removing), so this checks the demo
  // organisations no journey removes, and that the count matches the table. Naturvårdsverket
  // takes part as an observer (a funder) and is not a member organisation.
  const organizations = page.getByRole('table', { name: 'Medlemsorganisationer' });
  await expect(organizations.getByRole('rowheader')).toContainText([
    'Göteborgs Stad',
    'Linköpings kommun',
    'Malmö stad',
    'Sveriges kultur- och fritidschefsförening',
  ]);
  const rows = await organizations.getByRole('rowheader').count();
  await expect(definition(page, 'Medlemsorganisationer')).toHaveText(String(rows));
  await expect(organizations.getByRole('row', { name: /Malmö stad/ }).getByRole('cell')).toHaveText(['Kommun', 'Skåne län']);

  const people = page.getByRole('table', { name: 'Personer i nätverket' });
  await expect(people.getByRole('rowheader')).toHaveText(['Sara Nyström']);
  await expect(people.getByRole('row', { name: /Sara Nyström/ }).getByRole('cell')).toHaveText([
    'Samordnare',
    'Samordnare',
    'Sveriges kultur- och fritidschefsförening',
  ]);
  // Members who did not choose to be listed are not named anywhere on the page.
  await expect(page.getByRole('main')).not.toContainText('Johan Ek');
});

test('an unknown network is a 404', async ({ page }) => {
  const response = await page.goto('/sv/networks/finns-inte');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
});

for (const [path, label] of [
  ['/sv/networks', 'Hoppa till innehållet'],
  ['/en', 'Skip to content'],
] as const) {
  test(`the skip link on ${path} is the first stop and moves focus to the main content`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: label });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator('#main')).toBeFocused();

    // The next Tab continues inside the main content, past the header.
    await page.keyboard.press('Tab');
    await expect(page.locator('#main :focus')).toHaveCount(1);
  });
}
