// Journey: a member proposes two needs in Konstgräs, the coordinator opens a prioritisation
// round over them, Malmö stad distributes its points (over budget first), the results stay
// hidden, the coordinator closes the round and the ranking shows, also on the need's page.
// A second organisation voting without seeing the first one's points is in
// needs-journey.spec.ts. Runs on the shared e2e database: the needs and the round have
// titles of their own, and nothing relies on how many other needs or rounds there are.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

const NETWORK = '/sv/networks/konstgras';
const ROUNDS = `${NETWORK}/needs/rounds`;
const SUFFIX = Date.now().toString(36);
const NEED_A = `Belysning av konstgräsplaner ${SUFFIX}`;
const NEED_B = `Återvinning av granulat ${SUFFIX}`;
const ROUND = `Prioritering ${SUFFIX}`;
const NEXT_YEAR = new Date().getFullYear() + 1;

let roundUrl = '';

async function proposeNeed(page: Page, title: string) {
  await page.goto(`${NETWORK}/needs/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Föreslå ett behov' })).toBeVisible();
  await page.getByLabel(fieldLabel('Rubrik')).fill(title);
  await page.getByLabel(fieldLabel('Problem')).fill('Flera kommuner har samma problem och vill lösa det tillsammans.');
  const area = page.getByLabel(fieldLabel('Område'));
  const firstArea = await area.locator('option:not([value=""])').first().getAttribute('value');
  await area.selectOption(firstArea!);
  await page.getByRole('button', { name: 'Föreslå behovet' }).click();
  await expect(page.locator('#notice')).toHaveText(`Behovet ”${title}” är föreslaget.`);
}

async function vote(page: Page, points: { a: string; b: string }) {
  await page.getByLabel(NEED_A, { exact: true }).fill(points.a);
  await page.getByLabel(NEED_B, { exact: true }).fill(points.b);
}

test.describe.serial('prioritisation rounds', () => {
  test('a member proposes two needs', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    await proposeNeed(page, NEED_A);
    await proposeNeed(page, NEED_B);
  });

  test('the coordinator opens a round over them', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(ROUNDS);
    await expect(page.getByRole('heading', { level: 1, name: 'Prioriteringsrundor i Konstgräs' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Öppna en prioriteringsrunda' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Öppna en prioriteringsrunda' })).toBeVisible();
    await expect(page.getByLabel('Poäng per organisation')).toHaveValue('100');
    await expectNoSeriousA11yViolations(page);

    // One need only: refused at the field, and what was typed stays.
    await page.getByLabel('Rundans namn').fill(ROUND);
    await page.getByLabel('Stänger').fill(`${NEXT_YEAR}-01-15T12:00`);
    await page.getByRole('checkbox', { name: NEED_A }).check();
    await page.getByRole('button', { name: 'Öppna rundan' }).click();
    const summary = page.getByRole('main').getByRole('alert');
    await expect(summary).toContainText('Rundan öppnades inte');
    await expect(summary).toContainText('Behov i rundan: Välj minst två behov.');
    await expect(page.getByLabel('Rundans namn')).toHaveValue(ROUND);
    await expect(page.getByRole('checkbox', { name: NEED_A })).toBeChecked();

    await page.getByRole('checkbox', { name: NEED_B }).check();
    await page.getByRole('button', { name: 'Öppna rundan' }).click();
    await expect(page.locator('#notice')).toContainText(`Prioriteringsrundan ”${ROUND}” är öppen.`);
    // The browser is on the new round.
    await expect(page.getByRole('heading', { level: 1, name: ROUND })).toBeVisible();
    roundUrl = new URL(page.url()).pathname;
    await expect(page.getByText('15 januari', { exact: false }).first()).toBeVisible();
    await expect(page.getByText('(svensk tid, CET)').first()).toBeVisible();
    await expect(page.getByText('Ingen organisation har röstat ännu.')).toBeVisible();
    // The coordinator comes from the arranger association: no vote.
    await expect(page.getByText('Du företräder inte en organisation som själv köper')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto(ROUNDS);
    const row = page.getByRole('row', { name: new RegExp(ROUND) });
    await expect(row).toContainText(`Öppen till 15 januari ${NEXT_YEAR} 12:00`);
  });

  test('Malmö stad votes, over the budget first', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    await page.goto(roundUrl);
    await expect(page.getByText('Din organisation har inte röstat ännu.')).toBeVisible();
    await expect(page.getByText('Du röstar för Malmö stad.')).toBeVisible();
    await vote(page, { a: '70', b: '40' });
    await expect(page.getByText('10 poäng för mycket')).toBeVisible();
    await page.getByRole('button', { name: 'Rösta', exact: true }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Du har fördelat fler poäng än rundan tillåter.');
    await expect(page.getByLabel(NEED_B, { exact: true })).toHaveValue('40');

    await page.getByLabel(NEED_B, { exact: true }).fill('30');
    await expect(page.getByText('0 av 100 poäng kvar att fördela.')).toBeVisible();
    await page.getByRole('button', { name: 'Rösta', exact: true }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText('Rösten för Malmö stad är sparad.');
    await expect(page.getByText(/Din organisation röstade .* \(Johan Ek\)\./)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ersätt organisationens röst' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Resultat' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test('the coordinator sees who voted, closes the round, and the ranking shows', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(roundUrl);
    const voters = page.getByRole('region', { name: 'Organisationer som har röstat' });
    await expect(voters.getByRole('listitem')).toHaveText(['Malmö stad']);
    await expect(page.getByRole('heading', { name: 'Resultat' })).toHaveCount(0);

    // Without the confirmation nothing happens.
    await page.getByRole('button', { name: 'Stäng rundan nu' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Kryssa i rutan');
    await page.getByLabel('Ja, stäng rundan nu. Ingen kan rösta efter det.').check();
    await page.getByRole('button', { name: 'Stäng rundan nu' }).click();

    await expect(page.getByRole('heading', { level: 2, name: 'Resultat' })).toBeVisible();
    const table = page.getByRole('table', { name: `Resultat av ${ROUND}, flest poäng först` });
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toHaveText(new RegExp(`^1\\s*${NEED_A}\\s*70\\s*1$`));
    await expect(rows.nth(2)).toHaveText(new RegExp(`^2\\s*${NEED_B}\\s*30\\s*1$`));
    await expect(page.getByText('Stängd', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto(ROUNDS);
    await expect(page.getByRole('row', { name: new RegExp(ROUND) })).toContainText('Stängd');

    // The need's page shows its place.
    await page.goto(roundUrl);
    await table.getByRole('link', { name: NEED_B }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Prioritering' })).toBeVisible();
    await expect(page.getByText(`Plats 2 av 2 i ${ROUND} — 30 poäng från 1 organisation`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a member can no longer vote once the round has closed', async ({ page }) => {
    await signIn(page, 'linkoping@trappan.test');
    await page.goto(roundUrl);
    await expect(page.getByText('Din organisation röstade inte i rundan.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Rösta', exact: true })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Resultat' })).toBeVisible();
  });
});
