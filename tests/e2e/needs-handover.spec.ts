// Journey: a member of Konstgräs proposes a need and the coordinator brings it to preparation
// and states the value offer; two member municipalities state what the unmet need costs them
// and see the potential market summed in kronor; the coordinator forms the buyer group and
// hands the results over to the central purchasing body SKL Kommentus (its person, not a
// network member, acknowledges receipt on /me in needs-journey.spec.ts). Runs on the shared
// e2e database: the need has a title of its own, and nothing relies on counts.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

const NEEDS = '/sv/networks/konstgras/needs';
const TITLE = `Konstgräsplaner utan lösa granulat ${Date.now().toString(36)}`;
const BUSINESS_CASE = 'Affären – den goda innovativa affären';

async function switchUser(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

/** Kronor as the page writes them, with no-break spaces: "1 250 000 kr". */
const kronor = (text: string) => new RegExp(text.replace(/ /g, '\\s'));

test.describe.serial('business case, buyer group and handover', () => {
  let needUrl = '';

  test('a member proposes a need; the coordinator brings it to preparation and states the value offer', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    await page.goto(`${NEEDS}/new`);
    await page.getByLabel('Rubrik').fill(TITLE);
    await page.getByLabel(fieldLabel('Problem')).fill('Gummigranulat från konstgräsplanerna sprids till dagvatten och hav.');
    await page.getByRole('button', { name: 'Föreslå behovet' }).click();
    await expect(page.locator('#notice')).toHaveText(`Behovet ”${TITLE}” är föreslaget.`);
    await expect(page).toHaveURL(/\?done=\w+#notice$/);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    needUrl = new URL(page.url()).pathname;
    // Before preparation the sections say what is there and what is not.
    await expect(page.getByRole('region', { name: BUSINESS_CASE })).toContainText('Ingen organisation har angett kostnad, volym eller åtagande ännu.');
    await expect(page.getByRole('region', { name: 'Beställargrupp', exact: true })).toContainText('Behovet har ingen beställargrupp ännu.');

    await switchUser(page, 'secretariat@trappan.test');
    await page.goto(needUrl);
    for (const status of ['Prioriterat', 'Marknadstestat', 'Under förberedelse']) {
      await page.getByLabel('Ny status').selectOption({ label: status });
      await page.getByLabel(fieldLabel('Skäl')).fill(`Nätverket beslutade om ${status.toLowerCase()} på sitt möte.`);
      await page.getByRole('button', { name: 'Ändra status' }).click();
      await expect(page.getByRole('main').getByRole('status').filter({ hasText: `Behovet har status ${status}.` })).toBeVisible();
    }

    const deal = page.getByRole('region', { name: BUSINESS_CASE });
    await deal.getByLabel('Testbädd').check();
    await deal.getByLabel('Referenskund').check();
    await deal.getByLabel('Enhet för volymen').fill('konstgräsplaner');
    await deal.getByRole('button', { name: 'Spara värdeerbjudandet' }).click();
    await expect(deal.getByRole('status').filter({ hasText: 'Värdeerbjudandet och volymenheten är sparade.' })).toBeVisible();
    await expect(deal.getByRole('listitem').filter({ hasText: 'Testbädd' })).toBeVisible();
    // The coordinator comes from the arranger association: no figures of their own to state.
    await expect(deal.getByLabel('Kostnad per år för det omötta behovet, i kronor (valfritt)')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test('member municipalities state cost, volume and commitment and see the potential market in kronor', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    await page.goto(needUrl);
    const deal = page.getByRole('region', { name: BUSINESS_CASE });
    await expect(deal.getByRole('heading', { name: 'Uppgifter för Malmö stad' })).toBeVisible();
    await deal.getByLabel('Kostnad per år för det omötta behovet, i kronor (valfritt)').fill('1 250 000');
    await deal.getByLabel('Vad kostnaden bygger på').fill('Skötsel och påfyllning av granulat på fem planer, budget 2026.');
    await deal.getByLabel('Förväntad volym (valfritt)').fill('5');
    await deal.getByLabel('Åtagande att köpa på angivna villkor').check();
    // Beside the tick, before saving: what the tick makes public, and what stays in the network.
    await expect(deal.getByLabel('Visa våra uppgifter offentligt')).toHaveAccessibleDescription(
      /Kryssar du i rutan visas organisationens namn, kostnad, underlag, volym, åtagande och villkor för alla när behovet är offentligt.*Utan kryss ser bara nätverkets medlemmar uppgifterna/,
    );
    await deal.getByRole('button', { name: 'Spara uppgifterna' }).click();
    // A commitment to buy needs its conditions: said at the field, and what was typed stays.
    const summary = deal.getByRole('alert');
    await expect(summary).toContainText('Uppgifterna sparades inte');
    await expect(summary).toContainText('Villkor för åtagandet: Ange villkoren för åtagandet att köpa.');
    await expect(deal.getByLabel('Kostnad per år för det omötta behovet, i kronor (valfritt)')).toHaveValue('1 250 000');
    await expect(deal.getByLabel('Åtagande att köpa på angivna villkor')).toBeChecked();
    await expectNoSeriousA11yViolations(page);

    await deal.getByLabel('Villkor för åtagandet').fill('Om testet i verklig miljö visar att inget granulat lämnar planen.');
    await deal.getByRole('button', { name: 'Spara uppgifterna' }).click();
    await expect(deal.getByRole('status').filter({ hasText: 'Uppgifterna för Malmö stad är sparade.' })).toBeVisible();
    await expect(deal.getByLabel('Kostnad per år för det omötta behovet, i kronor (valfritt)')).toHaveValue('1250000');

    await switchUser(page, 'goteborg@trappan.test');
    await page.goto(needUrl);
    const gbg = page.getByRole('region', { name: BUSINESS_CASE });
    await gbg.getByLabel('Kostnad per år för det omötta behovet, i kronor (valfritt)').fill('2 000 000,50');
    await gbg.getByLabel('Vad kostnaden bygger på').fill('Driftbudget för idrottsplatser.');
    await gbg.getByLabel('Förväntad volym (valfritt)').fill('8');
    await gbg.getByLabel('Avsiktsförklaring').check();
    await gbg.getByRole('button', { name: 'Spara uppgifterna' }).click();
    await expect(gbg.getByRole('status').filter({ hasText: 'Uppgifterna för Göteborgs Stad är sparade.' })).toBeVisible();

    // The potential market: two buyers, the sum in kronor, the volume in the need's unit.
    const market = gbg.locator('dl').first();
    await expect(market).toContainText(kronor('3 250 000,50 kr'));
    await expect(market).toContainText('13 konstgräsplaner');
    const table = gbg.getByRole('region', { name: 'Organisationernas uppgifter' });
    await expect(table.getByRole('row', { name: /Malmö stad/ })).toContainText(kronor('1 250 000 kr'));
    await expect(table.getByRole('row', { name: /Malmö stad/ })).toContainText('Johan Ek');
    await expectNoSeriousA11yViolations(page);
  });

  test('the coordinator forms the buyer group and hands the results over to SKL Kommentus', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(needUrl);
    await page.getByRole('link', { name: 'Bilda beställargrupp' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Beställargrupp: ${TITLE}` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('Johan Ek, Malmö stad').check();
    await page.getByLabel('Anders Holm, Göteborgs Stad').check();
    // A lead organisation outside the group is refused, and the choices stay.
    await page.getByLabel('Organisation som leder gruppen').selectOption({ label: 'Linköpings kommun' });
    await page.getByRole('button', { name: 'Spara beställargruppen' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Organisationen som leder beställargruppen måste vara en av gruppens organisationer.');
    await expect(page.getByLabel('Johan Ek, Malmö stad')).toBeChecked();
    await page.getByLabel('Organisation som leder gruppen').selectOption({ label: 'Malmö stad' });
    await page.getByRole('button', { name: 'Spara beställargruppen' }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText(`Beställargruppen ”Beställargrupp: ${TITLE}” är bildad.`);

    await page.goto(needUrl);
    const group = page.getByRole('region', { name: 'Beställargrupp', exact: true });
    await expect(group).toContainText('Organisation som leder gruppen: Malmö stad');
    await expect(group.getByRole('row', { name: /Anders Holm/ })).toContainText('Göteborgs Stad');

    await page.getByRole('link', { name: 'Lämna över resultat' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Lämna över resultat: ${TITLE}` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('Mottagande organisation', { exact: true }).selectOption({ label: 'SKL Kommentus' });
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '2. Mottagare och resultat hos SKL Kommentus' })).toBeVisible();
    await page.getByLabel('Namngiven mottagare').selectOption({ label: 'Helena Wikström, Upphandlare' });
    const first = page.getByRole('group', { name: 'Dokument 1' });
    await first.getByLabel('Typ').selectOption({ label: 'Kravspecifikation' });
    await first.getByLabel('Titel').fill('Funktionskrav för hållbara konstgräsplaner');
    await first.getByLabel('Adress (URL)').fill('example.org krav');
    const second = page.getByRole('group', { name: 'Dokument 2' });
    await second.getByLabel('Typ').selectOption({ label: 'Marknadsanalys' });
    await second.getByLabel('Titel').fill('Marknadsdialog med tio leverantörer');
    await second.getByLabel('Adress (URL)').fill('https://example.org/marknadsanalys');
    await page.getByLabel('Meddelande till mottagaren (valfritt)').fill('Underlag för ett nationellt ramavtal.');
    await page.getByRole('button', { name: 'Lämna över' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Dokument 1, Adress (URL): Skriv en webbadress, till exempel www.malmo.se eller https://www.malmo.se.');
    await expect(second.getByLabel('Titel')).toHaveValue('Marknadsdialog med tio leverantörer');
    await expectNoSeriousA11yViolations(page);
    // An address without https:// is read as https.
    await first.getByLabel('Adress (URL)').fill('example.org/krav');
    await page.getByRole('button', { name: 'Lämna över' }).click();
    // The browser goes to the need, which confirms the handover at its top.
    await expect(page.locator('#notice')).toContainText('Resultaten är överlämnade. Mottagaren har fått ett meddelande');
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const handover = page.getByRole('region', { name: 'Överlämning', exact: true });
    await expect(handover).toContainText('Överlämning väntar på kvittens');
    await expect(handover.getByRole('link', { name: 'Kravspecifikation: Funktionskrav för hållbara konstgräsplaner' })).toHaveAttribute('href', 'https://example.org/krav');
    await expect(page.getByRole('region', { name: 'Statushistorik' })).toContainText('Resultat överlämnade till SKL Kommentus');
    await expectNoSeriousA11yViolations(page);

    // The network's page shows the pending handover to its participants.
    await page.goto('/sv/networks/konstgras');
    const pending = page.getByRole('region', { name: 'Överlämning väntar' });
    await expect(pending.getByRole('link', { name: TITLE })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('SKL Kommentus records what became of it, and the dashboard counts a contract nobody has called off', async ({ page }) => {
    await signIn(page, 'kommentus@trappan.test');
    await page.goto(needUrl);
    const handover = page.getByRole('region', { name: 'Överlämning', exact: true });
    const form = handover.locator('form').filter({ has: page.getByRole('button', { name: 'Registrera resultatet' }) });
    await form.getByLabel(/^Vad hände\?/).selectOption({ label: 'Avtal tecknat' });
    // Only the contract's fields are shown once the kind is chosen.
    await expect(form.getByLabel('Annonsnummer (TED eller annonsdatabasen)')).toHaveCount(0);
    await form.getByLabel(/^Datum/).fill('2026-06-15');
    await form.getByRole('button', { name: 'Registrera resultatet' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Fyll i leverantör.');
    await form.getByLabel('Leverantör').fill('Gräsytor Syd AB');
    await form.getByLabel('Värde i kronor').fill('3 400 000');
    await form.getByRole('button', { name: 'Registrera resultatet' }).click();
    await expect(handover.getByRole('status').filter({ hasText: 'Resultatet är registrerat.' })).toBeVisible();
    await expect(handover.locator('ol > li').filter({ hasText: 'Avtal tecknat' })).toContainText(kronor('med Gräsytor Syd AB, värde 3 400 000 kr'));
    await expectNoSeriousA11yViolations(page);

    // The need is the network's own (not public): its participants see it counted.
    await switchUser(page, 'secretariat@trappan.test');
    await page.goto('/sv/networks/konstgras/dashboard');
    await expect(page.getByRole('main')).toContainText(/\d+ avtal har inte avropats av någon organisation ännu\./);
  });
});
