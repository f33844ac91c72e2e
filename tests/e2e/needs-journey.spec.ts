// The whole way of a need through Konstgräs, in the order the issue tells it: Malmö stad
// proposes it, the coordinator runs a prioritisation round that Malmö stad and Göteborgs Stad
// vote in (no totals while it is open), moves it forward with reasons, assesses the market
// (the answers give "Introducera"), brings it to preparation and forms a buyer group led by
// Göteborgs Stad; Malmö stad states what the unmet need costs it, and the coordinator hands
// the results over to SKL Kommentus, whose person (not a network member) acknowledges receipt
// on /me. Every page on the way gets an axe scan. The detours (mistakes in forms, refusals,
// other people's views) live in the per-part specs. Runs on the shared e2e database: the
// need, the second need and the round have titles of their own, and nothing relies on counts.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

const NETWORK = '/sv/networks/konstgras';
const NEEDS = `${NETWORK}/needs`;
const SUFFIX = Date.now().toString(36);
const NEED = `Konstgräsplaner som håller för vintern ${SUFFIX}`;
const OTHER_NEED = `Bokning av planer för föreningar ${SUFFIX}`;
const ROUND = `Vårens prioritering ${SUFFIX}`;
const NEXT_YEAR = new Date().getFullYear() + 1;

/** Kronor as the page writes them, with no-break spaces: "1 250 000 kr". */
const kronor = (text: string) => new RegExp(text.replace(/ /g, '\\s'));

let needUrl = '';
let roundUrl = '';

async function proposeNeed(page: Page, fields: { title: string; problem: string; affected?: string; effect?: string; sharedWith?: string }) {
  await page.goto(`${NEEDS}/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Föreslå ett behov' })).toBeVisible();
  await page.getByLabel(fieldLabel('Rubrik')).fill(fields.title);
  await page.getByLabel(fieldLabel('Problem')).fill(fields.problem);
  if (fields.affected) await page.getByLabel('Vilka berörs').fill(fields.affected);
  if (fields.effect) await page.getByLabel('Önskad effekt').fill(fields.effect);
  if (fields.sharedWith) await page.getByLabel(fields.sharedWith, { exact: true }).check();
  await page.getByRole('button', { name: 'Föreslå behovet' }).click();
  await expect(page.locator('#notice')).toHaveText(`Behovet ”${fields.title}” är föreslaget.`);
}

async function changeStatus(page: Page, status: string, reason: string) {
  await page.getByLabel('Ny status').selectOption({ label: status });
  await page.getByLabel(fieldLabel('Skäl')).fill(reason);
  await page.getByRole('button', { name: 'Ändra status' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: `Behovet har status ${status}.` })).toBeVisible();
}

async function vote(page: Page, points: { need: string; other: string }) {
  await page.getByLabel(NEED, { exact: true }).fill(points.need);
  await page.getByLabel(OTHER_NEED, { exact: true }).fill(points.other);
  await page.getByRole('button', { name: 'Rösta', exact: true }).click();
}

test.describe.serial('a need from proposal to acknowledged handover', () => {
  test('1. Malmö stad proposes the need (and one more) in Konstgräs', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    await page.goto(`${NEEDS}/new`);
    await expectNoSeriousA11yViolations(page);

    await proposeNeed(page, {
      title: NEED,
      problem: 'Planerna slits ut på några år av vinterns snöröjning, och granulatet hamnar i dagvattnet.',
      affected: 'Föreningar, skolor och fältpersonal',
      effect: 'Planer som klarar vintern utan lösa granulat.',
      sharedWith: 'Göteborgs Stad',
    });
    await expect(page).toHaveURL(/\?done=\w+#notice$/);
    await expect(page.getByRole('heading', { level: 1, name: NEED })).toBeVisible();
    needUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('region', { name: 'Organisationer som delar behovet' }).getByRole('listitem')).toHaveText(['Göteborgs Stad (inbjuden att dela)', 'Malmö stad']);
    await expect(page.getByRole('region', { name: 'Statushistorik' })).toContainText('Johan Ek');

    await proposeNeed(page, { title: OTHER_NEED, problem: 'Föreningarna bokar planerna på papper och får veta sent om tiderna ändras.' });
  });

  test('2a. the coordinator opens a prioritisation round over both needs', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(`${NEEDS}/rounds`);
    await expect(page.getByRole('heading', { level: 1, name: 'Prioriteringsrundor i Konstgräs' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Öppna en prioriteringsrunda' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Öppna en prioriteringsrunda' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('Rundans namn').fill(ROUND);
    await page.getByLabel('Stänger').fill(`${NEXT_YEAR}-03-13T12:00`);
    await page.getByRole('checkbox', { name: NEED }).check();
    await page.getByRole('checkbox', { name: OTHER_NEED }).check();
    await page.getByRole('button', { name: 'Öppna rundan' }).click();
    await expect(page.locator('#notice')).toContainText(`Prioriteringsrundan ”${ROUND}” är öppen.`);
    // The browser is on the new round.
    await expect(page.getByRole('heading', { level: 1, name: ROUND })).toBeVisible();
    roundUrl = new URL(page.url()).pathname;
    await expect(page.getByText(`13 mars ${NEXT_YEAR}`, { exact: false }).first()).toBeVisible();
    await expect(page.getByText('Ingen organisation har röstat ännu.')).toBeVisible();
  });

  test('2b. Malmö stad votes', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    await page.goto(roundUrl);
    await expect(page.getByText('Du röstar för Malmö stad.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await vote(page, { need: '70', other: '30' });
    await expect(page.getByRole('main').getByRole('status')).toContainText('Rösten för Malmö stad är sparad.');
  });

  test('2c. Göteborgs Stad votes without seeing how Malmö stad voted or any totals', async ({ page }) => {
    await signIn(page, 'goteborg@trappan.test');
    await page.goto(roundUrl);
    await expect(page.getByText('Du röstar för Göteborgs Stad.')).toBeVisible();
    await expect(page.getByText('Till dess ser ingen hur de andra organisationerna har fördelat sina poäng.')).toBeVisible();
    // Malmö's ballot is nowhere: empty fields, no results, no points per need.
    await expect(page.getByLabel(NEED, { exact: true })).toHaveValue('');
    await expect(page.getByLabel(OTHER_NEED, { exact: true })).toHaveValue('');
    await expect(page.getByRole('heading', { name: 'Resultat' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: /^Resultat av/ })).toHaveCount(0);

    await vote(page, { need: '60', other: '40' });
    await expect(page.getByRole('main').getByRole('status')).toContainText('Rösten för Göteborgs Stad är sparad.');
    await expect(page.getByRole('heading', { name: 'Resultat' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: /^Resultat av/ })).toHaveCount(0);

    // Nor does the need's page tell the points while the round is open.
    await page.getByRole('link', { name: NEED }).click();
    await expect(page.getByRole('heading', { level: 1, name: NEED })).toBeVisible();
    await expect(page.getByText('Behovet ingår i en pågående prioriteringsrunda.', { exact: false })).toBeVisible();
    await expect(page.getByText(/poäng från/)).toHaveCount(0);
  });

  test('2d. the coordinator closes the round and the ranking shows', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(roundUrl);
    await expect(page.getByRole('region', { name: 'Organisationer som har röstat' }).getByRole('listitem')).toHaveText(['Göteborgs Stad', 'Malmö stad']);
    await page.getByLabel('Ja, stäng rundan nu. Ingen kan rösta efter det.').check();
    await page.getByRole('button', { name: 'Stäng rundan nu' }).click();

    const table = page.getByRole('table', { name: `Resultat av ${ROUND}, flest poäng först` });
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toHaveText(new RegExp(`^1\\s*${NEED}\\s*130\\s*2$`));
    await expect(rows.nth(2)).toHaveText(new RegExp(`^2\\s*${OTHER_NEED}\\s*70\\s*2$`));
    await expectNoSeriousA11yViolations(page);

    await table.getByRole('link', { name: NEED }).click();
    await expect(page.getByRole('heading', { level: 1, name: NEED })).toBeVisible();
    await expect(page.getByText(`Plats 1 av 2 i ${ROUND} — 130 poäng från 2 organisationer`)).toBeVisible();
  });

  test('3. the coordinator moves the need forward and assesses the market: Introducera', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(needUrl);
    await changeStatus(page, 'Prioriterat', `Högst prioriterat i ${ROUND}.`);
    await changeStatus(page, 'Marknadstestat', 'Marknadsdialogen i april visade att leverantörerna har lösningar på väg.');
    const history = page.getByRole('region', { name: 'Statushistorik' });
    await expect(history).toContainText('Föreslaget → Prioriterat');
    await expect(history).toContainText('Prioriterat → Marknadstestat');
    await expect(history).toContainText('Marknadsdialogen i april');

    await page.getByRole('region', { name: 'Innovationstrappan' }).getByRole('link', { name: 'Bedöm marknadens mognad' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bedöm marknadens mognad' })).toBeVisible();
    const question = (name: RegExp) => page.getByRole('group', { name });
    await question(/Erbjuder marknaden lösningar/).getByLabel('Delvis').check();
    await question(/Erbjuder marknaden lösningar/).getByLabel('Vad bygger svaret på?').fill('Tre leverantörer visade vinterhärdiga planer i marknadsdialogen.');
    await question(/identifierat och prioriterat/).getByLabel('Ja').check();
    await question(/förståelse för och kunskap/).getByLabel('Ja').check();
    await expect(page.getByText('Svaren pekar på steget Introducera.')).toBeVisible();
    await expect(page.getByRole('radio', { name: /^Introducera/ })).toBeChecked();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Spara bedömningen' }).click();

    await expect(page).toHaveURL(/\/needs\/[^/]+\?assessed=1/);
    const ladder = page.getByRole('region', { name: 'Innovationstrappan' });
    await expect(ladder.getByText('Bedömningen sparades. Behovet står nu på steget Introducera.')).toBeVisible();
    await expect(ladder.locator('[aria-current="step"]')).toHaveText(/Introducera/);
    await expect(ladder.getByRole('heading', { name: 'Checklista för steget Introducera' })).toBeVisible();
  });

  test('4. the coordinator brings it to preparation and forms a buyer group led by Göteborgs Stad', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(needUrl);
    await changeStatus(page, 'Under förberedelse', 'Malmö stad och Göteborgs Stad vill upphandla tillsammans.');

    await page.getByRole('link', { name: 'Bilda beställargrupp' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Beställargrupp: ${NEED}` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('Johan Ek, Malmö stad').check();
    await page.getByLabel('Anders Holm, Göteborgs Stad').check();
    await page.getByLabel('Organisation som leder gruppen').selectOption({ label: 'Göteborgs Stad' });
    await page.getByRole('button', { name: 'Spara beställargruppen' }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText(`Beställargruppen ”Beställargrupp: ${NEED}” är bildad.`);

    await page.getByRole('link', { name: 'Tillbaka till behovet' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: NEED })).toBeVisible();
    const group = page.getByRole('region', { name: 'Beställargrupp', exact: true });
    await expect(group).toContainText('Organisation som leder gruppen: Göteborgs Stad');
    await expect(group.getByRole('row', { name: /Johan Ek/ })).toContainText('Malmö stad');
    await expect(group.getByRole('row', { name: /Anders Holm/ })).toContainText('Göteborgs Stad');
  });

  test('5. Malmö stad states its cost, volume and commitment; the potential market shows in kronor', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    await page.goto(needUrl);
    const deal = page.getByRole('region', { name: 'Affären – den goda innovativa affären' });
    await expect(deal.getByRole('heading', { name: 'Uppgifter för Malmö stad' })).toBeVisible();
    await deal.getByLabel('Kostnad per år för det omötta behovet, i kronor (valfritt)').fill('1 250 000');
    await deal.getByLabel('Vad kostnaden bygger på').fill('Omläggning och vinterskötsel av fem planer, budget 2026.');
    await deal.getByLabel('Förväntad volym (valfritt)').fill('5');
    await deal.getByLabel('Avsiktsförklaring').check();
    await deal.getByRole('button', { name: 'Spara uppgifterna' }).click();
    await expect(deal.getByRole('status').filter({ hasText: 'Uppgifterna för Malmö stad är sparade.' })).toBeVisible();

    const market = deal.locator('dl').first();
    await expect(market).toContainText(kronor('1 250 000 kr'));
    const statements = deal.getByRole('region', { name: 'Organisationernas uppgifter' });
    await expect(statements.getByRole('row', { name: /Malmö stad/ })).toContainText(kronor('1 250 000 kr'));
    await expect(statements.getByRole('row', { name: /Malmö stad/ })).toContainText('Avsiktsförklaring');
    await expectNoSeriousA11yViolations(page);
  });

  test('6. the coordinator hands the results over to SKL Kommentus; the handover is pending', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(needUrl);
    await page.getByRole('link', { name: 'Lämna över resultat' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Lämna över resultat: ${NEED}` })).toBeVisible();
    await page.getByLabel('Mottagande organisation', { exact: true }).selectOption({ label: 'SKL Kommentus' });
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '2. Mottagare och resultat hos SKL Kommentus' })).toBeVisible();
    await page.getByLabel('Namngiven mottagare').selectOption({ label: 'Helena Wikström, Upphandlare' });
    const document = page.getByRole('group', { name: 'Dokument 1' });
    await document.getByLabel('Typ').selectOption({ label: 'Kravspecifikation' });
    await document.getByLabel('Titel').fill('Funktionskrav för vinterhärdiga konstgräsplaner');
    await document.getByLabel('Adress (URL)').fill('https://example.org/vinterkrav');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Lämna över' }).click();
    // The browser goes to the need, which confirms the handover at its top.
    await expect(page.locator('#notice')).toContainText('Resultaten är överlämnade. Mottagaren har fått ett meddelande');
    await expect(page.getByRole('heading', { level: 1, name: NEED })).toBeVisible();
    const handover = page.getByRole('region', { name: 'Överlämning', exact: true });
    await expect(handover).toContainText('Överlämning väntar på kvittens');
    await expect(handover).toContainText('Helena Wikström');
    await expect(page.getByRole('region', { name: 'Statushistorik' })).toContainText('Resultat överlämnade till SKL Kommentus');
    await expectNoSeriousA11yViolations(page);

    // The network's page lists it among the handovers that wait.
    await page.goto(NETWORK);
    await expect(page.getByRole('region', { name: 'Överlämning väntar' }).getByRole('link', { name: NEED })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('7. the person at SKL Kommentus acknowledges on /me; the need shows it acknowledged', async ({ page }) => {
    await signIn(page, 'kommentus@trappan.test');
    const mine = page.getByRole('region', { name: 'Överlämningar att kvittera' });
    const item = mine.getByRole('listitem').filter({ has: page.getByRole('heading', { name: NEED }) });
    await expect(item).toContainText('Du är namngiven mottagare');
    await expect(item).toContainText('Väntar på kvittens');
    await expect(item.getByRole('link', { name: 'Kravspecifikation: Funktionskrav för vinterhärdiga konstgräsplaner' })).toHaveAttribute('href', 'https://example.org/vinterkrav');
    await expectNoSeriousA11yViolations(page);

    await item.getByRole('button', { name: `Kvittera mottagandet av resultaten för ”${NEED}”` }).click();
    await expect(mine.getByRole('status')).toContainText('Tack! Mottagandet är kvitterat');
    await expect(item).toContainText('Kvitterad');
    await expect(item.getByRole('button')).toHaveCount(0);

    await page.context().clearCookies();
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(needUrl);
    const handover = page.getByRole('region', { name: 'Överlämning', exact: true });
    await expect(handover).toContainText(/Kvitterad .* av Helena Wikström/);
    await expect(handover).not.toContainText('Överlämning väntar på kvittens');
    await page.goto(NETWORK);
    await expect(page.getByRole('region', { name: 'Överlämning väntar' }).getByRole('link', { name: NEED })).toHaveCount(0);
  });
});
