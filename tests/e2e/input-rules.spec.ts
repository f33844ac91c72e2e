// Text over a field's limit is never cut: the field takes it whole, a counter under it says how
// far over it is, and the server refuses it with the limit while keeping every character typed.
// In both languages, on the join form whose motivation was once saved ending mid-word.
import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, signIn } from './helpers';

// 1,010 characters ending in a full stop, so trimming does not change its length.
const LONG = `${'Vi vill ställa gemensamma krav på ledningsnät. '.repeat(30).slice(0, 1009)}.`;

test('a motivation over the limit is kept whole, counted and refused, in Swedish', async ({ page }) => {
  expect(LONG).toHaveLength(1010);
  await signIn(page, 'umea@trappan.test');
  await page.goto('/sv/networks/4s-ledningsnat');
  const panel = page.getByRole('region', { name: 'Gå med i nätverket' });
  const motivation = panel.getByLabel('Varför vill du vara med?');
  await motivation.fill(LONG);
  await expect(motivation).toHaveValue(LONG);
  await expect(panel.getByText('1 010 av 1 000 tecken, 10 för många')).toBeVisible();
  await expect(motivation).toHaveAccessibleDescription(/1\s010 av 1\s000 tecken, 10 för många/);
  await expectNoSeriousA11yViolations(page);

  await panel.getByLabel('Din kompetens').selectOption({ index: 1 });
  await panel.getByRole('button', { name: 'Skicka ansökan' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Texten är 1\u00a0010 tecken, högst 1\u00a0000 får plats. Korta den med 10 tecken.');
  await expect(panel.getByLabel('Varför vill du vara med?')).toHaveValue(LONG);

  // Shortened to the limit, it is sent.
  await panel.getByLabel('Varför vill du vara med?').fill(LONG.slice(0, 1000));
  await expect(panel.getByText('1 000 av 1 000 tecken')).toBeVisible();
});

test('a motivation over the limit is counted and refused, in English', async ({ page }) => {
  await signIn(page, 'umea@trappan.test', 'en');
  await page.goto('/en/networks/valfardsteknik');
  const panel = page.getByRole('region', { name: 'Join the network' });
  const motivation = panel.getByLabel('Why do you want to take part?');
  await motivation.fill(LONG);
  await expect(panel.getByText('1,010 of 1,000 characters, 10 too many')).toBeVisible();
  await panel.getByLabel('Your competence').selectOption({ index: 1 });
  await panel.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('The text is 1,010 characters; at most 1,000 fit. Shorten it by 10.');
  await expect(motivation).toHaveValue(LONG);
});
