// What a network's people write is in the network's language (Swedish for every demo network):
// on an English page those texts carry lang="sv", so a screen reader reads them with Swedish
// pronunciation, while the page around them stays English (WCAG 3.1.2). Checked by the language
// that applies to each element: its own lang or the nearest ancestor's.
import { expect, test, type Locator } from '@playwright/test';

import { signIn } from './helpers';

const NETWORK = '/en/networks/konstgras';

/** The language an element is read in: the lang of the element or of its nearest ancestor with one. */
const languageOf = (locator: Locator) => locator.evaluate((element) => element.closest('[lang]')?.getAttribute('lang') ?? null);

test('a need is marked Swedish in the register, on the ladder board and on its page', async ({ page }) => {
  await page.goto(`${NETWORK}/needs`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const main = page.getByRole('main');
  const need = main.getByRole('link', { name: 'Hållbara konstgräsplaner', exact: true });
  expect(await languageOf(need)).toBe('sv');
  expect(await languageOf(main.getByRole('columnheader', { name: 'Need', exact: true }))).toBe('en');

  await page.goto(`${NETWORK}/needs/board`);
  for (const link of await main.getByRole('link', { name: 'Hållbara konstgräsplaner', exact: true }).all()) expect(await languageOf(link)).toBe('sv');

  await page.goto(`${NETWORK}/needs`);
  await main.getByRole('link', { name: 'Hållbara konstgräsplaner', exact: true }).click();
  const title = main.getByRole('heading', { level: 1, name: 'Hållbara konstgräsplaner' });
  await expect(title).toBeVisible();
  expect(await languageOf(title)).toBe('sv');
  const about = main.getByRole('region', { name: 'About the need' });
  expect(await languageOf(about.getByRole('heading', { name: 'About the need' }))).toBe('en');
  // Every text the need's people wrote under the headings is Swedish.
  for (const text of await about.locator('h3 + p').all()) expect(await languageOf(text)).toBe('sv');
});

test('a meeting’s title and place are marked Swedish, in the list and on its page', async ({ page }) => {
  await page.goto(`${NETWORK}/meetings`);
  const main = page.getByRole('main');
  const meeting = main.getByRole('link', { name: 'Nätverksmöte om miljökraven' });
  expect(await languageOf(meeting)).toBe('sv');
  // The demo's history has more meetings in the same place: each is marked.
  const places = await main.getByText('Malmö stadshus, August Palms plats 1, Malmö').all();
  expect(places.length).toBeGreaterThan(0);
  for (const place of places) expect(await languageOf(place)).toBe('sv');
  await meeting.click();
  const title = main.getByRole('heading', { level: 1, name: 'Nätverksmöte om miljökraven' });
  await expect(title).toBeVisible();
  expect(await languageOf(title)).toBe('sv');
  expect(await languageOf(main.getByText('Malmö stadshus, August Palms plats 1, Malmö'))).toBe('sv');
  expect(await languageOf(main.getByRole('heading', { name: 'About the meeting' }))).toBe('en');
});

test('a decision’s motion and its meeting are marked Swedish in the decision log and on the network page', async ({ page }) => {
  await page.goto(`${NETWORK}/decisions`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Decision log' })).toBeVisible();
  const motion = main.getByText(/^Nätverket beslutar att genomföra en idétävling/);
  expect(await languageOf(motion)).toBe('sv');
  const minutes = main.getByRole('link', { name: /^Minutes of / }).first();
  expect(await languageOf(minutes)).toBe('en');
  expect(await languageOf(minutes.locator('span'))).toBe('sv');

  await page.goto(NETWORK);
  expect(await languageOf(main.getByText(/^Nätverket beslutar att genomföra en idétävling/))).toBe('sv');
});

test('/me in English quotes the Swedish titles of the tasks as Swedish', async ({ page }) => {
  await signIn(page, 'buyer@trappan.test', 'en');
  const tasks = page.getByRole('region', { name: 'To do' });
  const answer = tasks.getByRole('link', { name: /^Say whether you will attend / }).first();
  await expect(answer).toBeVisible();
  expect(await languageOf(answer)).toBe('en');
  const quoted = answer.locator('[lang]');
  await expect(quoted).toHaveAttribute('lang', 'sv');
  await expect(quoted).toHaveText(/^(Nätverksmöte|Planeringsmöte|Arbetsgruppsmöte)/);
});
