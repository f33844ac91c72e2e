// Journey: Konstgräs's coordinator publishes a request for information linked to a need;
// supplier A signs up and asks; the coordinator answers; supplier B sees the answer with no
// name; A hands in a written answer; a member reads it; the coordinator closes the dialogue,
// publishes the summary and moves the need's assessment, citing it. Runs on the shared e2e
// database: the need and the dialogue have titles of their own. axe runs on every page.
import { expect, test, type Page } from '@playwright/test';

import { toStockholmInput } from '@/i18n/stockholm-time';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

const NETWORK = '/sv/networks/konstgras';
const SUFFIX = Date.now().toString(36);
const NEED = `Fyllnad utan mikroplast ${SUFFIX}`;
const DIALOGUE = `Skriftlig dialog om fyllnad ${SUFFIX}`;
const QUESTION = `Gäller dialogen även inomhushallar? (${SUFFIX})`;
const ANSWER = 'Nej, bara utomhusplaner i den här dialogen.';
const SUMMARY = 'Marknaden erbjuder organiska fyllnadsmaterial som prövas på några planer; behovet hör hemma på steget introducera.';

const inDays = (days: number) => toStockholmInput(new Date(Date.now() + days * 86_400_000));

let needUrl = '';
let dialogueUrl = '';

const status = (page: Page, text: string) => page.getByRole('main').getByRole('status').filter({ hasText: text });

test.describe.serial('a market dialogue with equal treatment', () => {
  test('the coordinator publishes an RFI linked to a need', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(`${NETWORK}/needs/new`);
    await page.getByLabel(fieldLabel('Rubrik')).fill(NEED);
    await page.getByLabel(fieldLabel('Problem')).fill('Granulat med mikroplast sprids från planerna.');
    const area = page.getByLabel(fieldLabel('Område'));
    await area.selectOption((await area.locator('option:not([value=""])').first().getAttribute('value'))!);
    await page.getByRole('button', { name: 'Föreslå behovet' }).click();
    await expect(page).toHaveURL(/\?done=\w+#notice$/);
    await expect(page.getByRole('heading', { level: 1, name: NEED })).toBeVisible();
    needUrl = new URL(page.url()).pathname;

    await page.goto(NETWORK);
    await page.getByRole('region', { name: 'Marknadsdialoger' }).getByRole('link', { name: 'Ny marknadsdialog' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny marknadsdialog' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // Nothing filled in: every error at once, in the summary and beside the fields.
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    const summary = page.getByRole('main').getByRole('alert');
    await expect(summary).toContainText('Rubrik: Fyll i rubrik.');
    await expect(summary).toContainText('Behov som dialogen gäller: Välj minst ett behov.');

    // Each form shows its own fields: a supplier day asks for the meeting's time and place.
    await page.getByRole('radio', { name: /^Leverantörsträff/ }).check();
    await expect(page.getByLabel('Träffen börjar')).toBeVisible();
    await expect(page.getByLabel('Nätverkets frågor till leverantörerna')).toBeHidden();

    await page.getByLabel(fieldLabel('Rubrik')).fill(DIALOGUE);
    await page.getByLabel(fieldLabel('Syfte')).fill('Att förstå vilka fyllnadsmaterial utan mikroplast som finns.');
    await page.getByRole('radio', { name: /^Skriftlig dialog \(RFI\)/ }).check();
    await page.getByLabel(NEED).check();
    await page.getByLabel('Dialogen stänger').fill(inDays(14));
    await page.getByLabel('Sista tid för frågor').fill(inDays(10));
    await page.getByLabel('Nätverkets frågor till leverantörerna').fill('Vilka material erbjuder ni?\nVad kostar de per plan?');
    await page.getByRole('button', { name: 'Spara utkastet' }).click();

    await expect(page.getByRole('heading', { level: 1, name: DIALOGUE })).toBeVisible();
    await expect(status(page, 'Utkastet är sparat. Publicera när det är klart.')).toBeVisible();
    dialogueUrl = new URL(page.url()).pathname;
    await expect(page.getByText('Utkast: bara nätverkets samordnare ser dialogen')).toBeVisible();
    // Publishing cannot be undone: it asks first.
    await page.getByText('Publicera dialogen', { exact: true }).click();
    await expect(page.getByText('kan inte ändras efter publiceringen')).toBeVisible();
    await page.getByRole('button', { name: 'Ja, publicera' }).click();
    await expect(status(page, 'Dialogen är publicerad och syns för alla.')).toBeVisible();
    await expect(page.getByText('Utkast: bara nätverkets samordnare ser dialogen')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test('supplier A finds it, signs up and asks a question', async ({ page }) => {
    await signIn(page, 'supplier@trappan.test');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Marknadsdialoger' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Marknadsdialoger' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('Form').selectOption('RFI');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await expect(page).toHaveURL(/form=RFI/);
    await page.getByRole('link', { name: DIALOGUE }).click();

    await page.getByRole('button', { name: 'Anmäl mig' }).click();
    await expect(status(page, 'Du är anmäld till dialogen.')).toBeVisible();
    await page.getByLabel('Din fråga').fill(QUESTION);
    await page.getByRole('button', { name: 'Skicka frågan' }).click();
    await expect(status(page, 'Frågan är skickad.')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: QUESTION })).toContainText('väntar på svar');
    await expectNoSeriousA11yViolations(page);
  });

  test('the coordinator answers, and the answer is published to everyone', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(dialogueUrl);
    const waiting = page.getByRole('listitem').filter({ hasText: QUESTION });
    await expect(waiting).toContainText('Från Gräsytor Syd AB (demoföretag)');
    await waiting.getByLabel(fieldLabel('Svar')).fill(ANSWER);
    await waiting.getByRole('button', { name: 'Publicera svaret' }).click();
    await expect(status(page, 'Svaret är publicerat för alla.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Frågor och svar' })).toContainText(ANSWER);
    await expectNoSeriousA11yViolations(page);
  });

  test('supplier B sees the question and the answer, with no name', async ({ page }) => {
    await signIn(page, 'supplier2@trappan.test');
    await page.goto(dialogueUrl);
    const answers = page.getByRole('region', { name: 'Frågor och svar' });
    await expect(answers).toContainText(QUESTION);
    await expect(answers).toContainText(ANSWER);
    await expect(page.getByRole('main')).not.toContainText('Gräsytor');
    await expect(page.getByRole('main')).not.toContainText('Erik Sand');
    await page.getByRole('button', { name: 'Anmäl mig' }).click();
    await expect(status(page, 'Du är anmäld till dialogen.')).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Gräsytor');
    await expectNoSeriousA11yViolations(page);
  });

  test('supplier A hands in a written answer with a business secret', async ({ page }) => {
    await signIn(page, 'supplier@trappan.test');
    await page.goto(dialogueUrl);
    await page.getByLabel('1. Vilka material erbjuder ni?').fill('Kork och kokosfiber.');
    await page.getByLabel('2. Vad kostar de per plan?').fill('Omkring 400 000 kronor per plan med vår egen leverantör.');
    await page.getByLabel('Svaret på fråga 2 är en affärshemlighet').check();
    await page.getByRole('button', { name: 'Lämna svaret' }).click();
    // A secret part needs its reason: the error stands beside the field, and nothing typed is lost.
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Skriv varför delen är en affärshemlighet.');
    await expect(page.getByLabel('2. Vad kostar de per plan?')).toHaveValue('Omkring 400 000 kronor per plan med vår egen leverantör.');
    await page.getByLabel('Varför är svaret på fråga 2 en affärshemlighet?').fill('Priset och leverantören är affärshemligheter.');
    await page.getByRole('button', { name: 'Lämna svaret' }).click();
    await expect(status(page, 'Ditt svar är sparat.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a member reads the written answer; the public does not', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    await page.goto(dialogueUrl);
    const responses = page.getByRole('region', { name: 'Skriftliga svar' });
    await expect(responses).toContainText('Gräsytor Syd AB (demoföretag)');
    await expect(responses).toContainText('Kork och kokosfiber.');
    await expect(responses).toContainText('Markerad som affärshemlighet: Priset och leverantören är affärshemligheter.');
    await expectNoSeriousA11yViolations(page);

    await page.context().clearCookies();
    await page.goto(dialogueUrl);
    await expect(page.getByRole('heading', { level: 1, name: DIALOGUE })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Kork och kokosfiber.');
    await expect(page.getByRole('main')).not.toContainText('Gräsytor');
  });

  test('the coordinator closes it, publishes the summary and cites it in the need’s assessment', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(dialogueUrl);
    await page.getByText('Stäng dialogen', { exact: true }).click();
    await page.getByRole('button', { name: 'Ja, stäng dialogen' }).click();
    await expect(status(page, 'Dialogen är stängd.')).toBeVisible();
    await expect(page.getByText('Dialogen är stängd. Nätverket sammanfattar')).toBeVisible();
    await page.getByLabel('Vad nätverket lärde sig').fill(SUMMARY);
    await page.getByRole('button', { name: 'Publicera sammanfattningen' }).click();
    await expect(page.getByRole('region', { name: 'Sammanfattning' })).toContainText(SUMMARY);
    await expectNoSeriousA11yViolations(page);

    await page.goto(needUrl);
    const dialogues = page.getByRole('region', { name: 'Marknadsdialoger om behovet' });
    await expect(dialogues.getByRole('link', { name: DIALOGUE })).toBeVisible();
    const summaryLink = dialogues.getByRole('link', { name: 'Läs sammanfattningen' });
    const summaryUrl = new URL((await summaryLink.getAttribute('href'))!, page.url()).toString();

    await page.getByRole('region', { name: 'Innovationstrappan' }).getByRole('link', { name: 'Bedöm marknadens mognad' }).click();
    const question = (name: RegExp) => page.getByRole('group', { name });
    await question(/Erbjuder marknaden lösningar/).getByLabel('Delvis').check();
    await question(/Erbjuder marknaden lösningar/).getByLabel('Vad bygger svaret på?').fill('Marknadsdialogens sammanfattning: organiska material prövas på några planer.');
    await question(/identifierat och prioriterat/).getByLabel('Ja').check();
    await question(/förståelse för och kunskap/).getByLabel('Ja').check();
    await page.getByLabel('Länkar till underlag').fill(summaryUrl);
    await page.getByRole('button', { name: 'Spara bedömningen' }).click();
    const ladder = page.getByRole('region', { name: 'Innovationstrappan' });
    await expect(ladder.locator('[aria-current="step"]')).toHaveText(/Introducera/);
    await expect(ladder.getByRole('link', { name: summaryUrl })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
