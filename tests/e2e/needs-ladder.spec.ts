// Journey: a member proposes a need in Konstgräs; the coordinator assesses the market's
// maturity (solutions in part, the area prioritised, the need understood: "Introducera"),
// sees the suggestion follow the answers and the reason appear for another step, lands on
// the need's page with the step, its history and the step's checklist, and ticks an item;
// the ladder board shows the need in the Introducera column and in the table. Runs on the
// shared e2e database: the need has a title of its own, and no count of other needs matters.
import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

const NETWORK = '/sv/networks/konstgras';
const SUFFIX = Date.now().toString(36);
const NEED = `Hållbart fyllnadsmaterial ${SUFFIX}`;

let needUrl = '';

test.describe.serial('the innovation ladder', () => {
  test('a member proposes a need', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    await page.goto(`${NETWORK}/needs/new`);
    await page.getByLabel(fieldLabel('Rubrik')).fill(NEED);
    await page.getByLabel(fieldLabel('Problem')).fill('Gummigranulat sprids från planerna och vi saknar beprövade alternativ.');
    const area = page.getByLabel(fieldLabel('Område'));
    await area.selectOption((await area.locator('option:not([value=""])').first().getAttribute('value'))!);
    await page.getByRole('button', { name: 'Föreslå behovet' }).click();
    await expect(page).toHaveURL(/\?done=\w+#notice$/);
    await expect(page.getByRole('heading', { level: 1, name: NEED })).toBeVisible();
    needUrl = new URL(page.url()).pathname;
    // A member sees that the need is not on the ladder yet, and no way to assess it.
    const ladder = page.getByRole('region', { name: 'Innovationstrappan' });
    await expect(ladder).toContainText('Marknadens mognad är inte bedömd ännu');
    await expect(ladder.getByRole('link', { name: 'Bedöm marknadens mognad' })).toHaveCount(0);
  });

  test('the coordinator assesses it: the answers give Introducera', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(needUrl);
    await page.getByRole('region', { name: 'Innovationstrappan' }).getByRole('link', { name: 'Bedöm marknadens mognad' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bedöm marknadens mognad' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Så föreslås steget' })).toBeVisible();
    await expect(page.getByText('Svara på de tre frågorna, så visas vilket steg svaren pekar på.')).toBeVisible();

    const question = (name: RegExp) => page.getByRole('group', { name });
    await question(/Erbjuder marknaden lösningar/).getByLabel('Delvis').check();
    await question(/Erbjuder marknaden lösningar/).getByLabel('Vad bygger svaret på?').fill('Två leverantörer har prototyper av organiskt fyllnadsmaterial.');
    await question(/identifierat och prioriterat/).getByLabel('Ja').check();
    await question(/förståelse för och kunskap/).getByLabel('Ja').check();
    await page.getByLabel('Länkar till underlag').fill('https://example.se/marknadsdialog-2026');

    await expect(page.getByText('Svaren pekar på steget Introducera.')).toBeVisible();
    await expect(page.getByRole('radio', { name: /^Introducera/ })).toBeChecked();
    await expectNoSeriousA11yViolations(page);

    // Another step than the suggestion asks for a reason; back to the suggestion, it goes away.
    const reason = page.getByLabel('Varför väljer ni ett annat steg än det föreslagna?');
    await expect(reason).toHaveCount(0);
    await page.getByRole('radio', { name: /^Initiera/ }).check();
    await expect(reason).toBeVisible();
    await page.getByRole('radio', { name: /^Introducera/ }).check();
    await expect(reason).toHaveCount(0);

    await page.getByRole('button', { name: 'Spara bedömningen' }).click();
    await expect(page).toHaveURL(/\/needs\/[^/]+\?assessed=1/);
    const ladder = page.getByRole('region', { name: 'Innovationstrappan' });
    await expect(ladder.getByText('Bedömningen sparades. Behovet står nu på steget Introducera.')).toBeFocused();
    await expect(ladder).toContainText('Steg på trappan');
    await expect(ladder.locator('[aria-current="step"]')).toHaveText(/Introducera/);
    await expect(ladder).toContainText('Första bedömningen.');
    await expect(ladder).toContainText('Två leverantörer har prototyper av organiskt fyllnadsmaterial.');
    await expect(ladder.getByRole('link', { name: 'https://example.se/marknadsdialog-2026' })).toBeVisible();
    await expect(ladder.getByRole('heading', { name: 'Checklista för steget Introducera' })).toBeVisible();
    await expect(ladder).toContainText('0 av 11 punkter avklarade');
    await expectNoSeriousA11yViolations(page);
  });

  test('the coordinator ticks an item of the checklist', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(needUrl);
    const item = page.locator('details', { hasText: 'Uppdatera: Testbädd' });
    await item.getByText('Uppdatera: Testbädd').click();
    await item.getByLabel('Punkten är avklarad').check();
    await item.getByLabel('Anteckningar').fill('Test på två planer i Malmö under hösten.');
    await item.getByRole('button', { name: 'Spara punkten' }).click();
    await expect(item.getByText('Punkten sparades.')).toBeVisible();
    const ladder = page.getByRole('region', { name: 'Innovationstrappan' });
    await expect(ladder).toContainText('1 av 11 punkter avklarade');
    await expect(ladder.getByRole('listitem').filter({ hasText: 'Testbädd' }).first()).toContainText('Avklarad');
    await expect(ladder).toContainText('Test på två planer i Malmö under hösten.');
  });

  test('the ladder board shows the need in the Introducera column and the table', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(`${NETWORK}/needs/board`);
    await expect(page.getByRole('heading', { level: 1, name: 'Behoven på innovationstrappan' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Introducera/ }).getByRole('link', { name: NEED })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Initiera/ }).getByRole('link', { name: NEED })).toHaveCount(0);
    const row = page.getByRole('region', { name: 'Samma behov som tabell' }).getByRole('row', { name: new RegExp(NEED) });
    await expect(row).toContainText('Introducera');
    await expect(row).toContainText('Föreslaget');
    await expectNoSeriousA11yViolations(page);

    // The filters are a GET form: the chosen status is in the address and the need stays.
    await page.getByLabel(fieldLabel('Status')).selectOption('PROPOSED');
    await page.getByRole('button', { name: 'Visa behoven' }).click();
    await expect(page).toHaveURL(/status=PROPOSED/);
    await expect(page.getByRole('region', { name: /^Introducera/ }).getByRole('link', { name: NEED })).toBeVisible();
    await page.getByLabel(fieldLabel('Status')).selectOption('ARCHIVED');
    await page.getByRole('button', { name: 'Visa behoven' }).click();
    await expect(page.getByRole('link', { name: NEED })).toHaveCount(0);
  });
});
