// Journey: a buyer at Uppsala kommun, in no network yet, starts a network from the registry
// with a thematic area of its own, rewrites its charter, publishes it and finds it in the
// registry's search, adds a Vinnova grant ending in five months and finds the network on the
// overview's list of funding that ends; then renames it (its old address leads to the new one),
// adds a report and an event in its history, which its page shows, and ends it. Each run uses a name of its own, so runs against
// the shared e2e database do not meet each other's networks.
import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

test('a buyer starts a network, rewrites its charter, publishes it and finds it in the registry', async ({ page }) => {
  // A long journey through five pages and eight forms.
  test.setTimeout(90_000);
  const run = Date.now().toString(36);
  const name = `Trygg välfärdsteknik ${run}`;
  const slug = `trygg-valfardsteknik-${run}`;
  await signIn(page, 'buyer2@trappan.test');

  await page.goto('/sv/networks');
  await page.getByRole('link', { name: 'Starta ett nätverk' }).click();
  await expect(page).toHaveURL(/\/sv\/networks\/new$/);
  await expectNoSeriousA11yViolations(page);

  // An empty form is refused with the errors beside the fields and in the summary.
  await page.getByRole('button', { name: 'Starta nätverket som utkast' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Nätverket startades inte');
  await expect(page.getByLabel('Nätverkets namn')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Nätverkets namn').fill(name);
  await page.getByLabel('Kort beskrivning på svenska').fill('Kommuner som vill upphandla trygghetslarm och välfärdsteknik tillsammans.');
  await page.getByLabel('Tematiskt område').selectOption({ label: 'Föreslå ett nytt område (skriv namnet nedan)' });
  await page.getByLabel('Nytt område, namn på svenska').fill(`Trygghetsteknik ${run}`);
  await page.getByLabel('Kontaktadress (e-post)').fill('valfardsteknik@uppsala.se');
  await page.getByRole('button', { name: 'Starta nätverket som utkast' }).click();

  await expect(page).toHaveURL(new RegExp(`/sv/networks/${slug}\\?started=1$`));
  await expect(page.getByRole('main').getByRole('status').first()).toContainText(`${name} är startat som utkast`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('utkast');
  await expectNoSeriousA11yViolations(page);

  // Publishing waits for the charter in the founders' own words.
  await page.getByRole('link', { name: 'Skriv om stadgan' }).click();
  const texts: Array<[string, string]> = [
    ['Uppdrag', 'Medlemmarna upphandlar trygghetslarm som fungerar i glesbygd.'],
    ['Kortsiktiga mål', 'En gemensam behovskartläggning under nästa år.'],
    ['Långsiktiga mål', 'Upphandlade och införda lösningar hos alla medlemmar.'],
    ['Nytta för medlemsorganisationerna', 'Färdiga krav och en starkare röst mot marknaden.'],
    ['Leverantörer och branschorganisationer', 'Leverantörer deltar i marknadsdialoger, inte som medlemmar.'],
  ];
  for (const [label, text] of texts) await page.getByLabel(fieldLabel(label)).fill(text);
  await page.getByRole('button', { name: 'Spara ny version' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Stadgan är sparad som version 2');

  await page.goto(`/sv/networks/${slug}`);
  await page.getByRole('button', { name: 'Publicera' }).click();
  await expect(page).toHaveURL(new RegExp(`/sv/networks/${slug}\\?published=1$`));
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('utkast');

  await page.goto(`/sv/networks?q=${encodeURIComponent(`trygghetslarm ${run}`)}`);
  await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();

  // A granted Vinnova period ending in five months puts the network on the overview's list.
  const today = new Date();
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 5, Math.min(today.getUTCDate(), 28))).toISOString().slice(0, 10);
  await page.goto(`/sv/networks/${slug}/manage/funding`);
  const funder = page.getByRole('form', { name: 'Lägg till en finansiär' });
  await funder.getByLabel('Typ av finansiering').selectOption({ label: 'Projektfinansiering' });
  await funder.getByLabel('Finansiär', { exact: true }).selectOption({ label: 'Vinnova' });
  await funder.getByLabel(fieldLabel('Status')).selectOption({ label: 'Beviljad' });
  await funder.getByLabel('Från', { exact: true }).fill(today.toISOString().slice(0, 10));
  await funder.getByLabel('Till', { exact: true }).fill(end);
  await funder.getByRole('button', { name: 'Lägg till finansiär' }).click();
  await expect(funder.getByRole('status')).toHaveText('Vinnova är tillagd som finansiär.');
  await page.goto('/sv/overview');
  const ending = page.getByRole('region', { name: 'Finansiering som löper ut inom sex månader' });
  await expect(ending.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) }).filter({ hasText: 'Vinnova' })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  // A new name gives a new address; the old one leads there.
  await page.goto(`/sv/networks/${slug}/manage/profile`);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Nätverkets namn').fill(`Trygg teknik ${run}`);
  await page.getByRole('button', { name: 'Spara profilen' }).click();
  await expect(page).toHaveURL(new RegExp(`/sv/networks/trygg-teknik-${run}\\?profileSaved=1$`));
  await expect(page.getByRole('main').getByRole('status').first()).toContainText(`Profilen för Trygg teknik ${run} är sparad.`);
  await page.goto(`/sv/networks/${slug}`);
  await expect(page).toHaveURL(new RegExp(`/sv/networks/trygg-teknik-${run}$`));
  await expect(page.getByRole('main')).toContainText(`Trygghetsteknik ${run}`);

  // Results and history, each kept with its source.
  await page.goto(`/sv/networks/trygg-teknik-${run}/manage/profile`);
  await page.getByLabel(fieldLabel('Titel')).fill('Behovskartläggning 2026');
  await page.getByLabel(fieldLabel('Adress')).fill('uppsala');
  await page.getByRole('button', { name: 'Lägg till länken' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Skriv en webbadress');
  await expect(page.getByLabel(fieldLabel('Titel'))).toHaveValue('Behovskartläggning 2026');
  // Typed without https://, the address is read as https.
  await page.getByLabel(fieldLabel('Adress')).fill('www.uppsala.se/rapport.pdf');
  await page.getByRole('button', { name: 'Lägg till länken' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Länken ”Behovskartläggning 2026” är tillagd.' })).toBeVisible();

  await page.getByLabel(fieldLabel('Datum')).fill('2026-02-10');
  await page.getByLabel('Vad hände (svenska)').fill('Medlemmarna enades om en gemensam behovskartläggning.');
  await page.getByLabel(fieldLabel('Källa')).fill('Protokoll från nätverksmötet 2026-02-10');
  await page.getByRole('button', { name: 'Lägg till händelsen' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Händelsen är tillagd i nätverkets historik.' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/sv/networks/trygg-teknik-${run}`);
  await expect(page.getByRole('region', { name: 'Resultat och rapporter' }).getByRole('link', { name: 'Behovskartläggning 2026' })).toHaveAttribute(
    'href',
    'https://www.uppsala.se/rapport.pdf',
  );
  const history = page.getByRole('region', { name: 'Historik', exact: true });
  await expect(history).toContainText('10 februari 2026');
  await expect(history).toContainText('Protokoll från nätverksmötet 2026-02-10');

  // Ended, the network keeps its pages but offers no forms that add anything.
  const base = `/sv/networks/trygg-teknik-${run}`;
  await page.goto(`${base}/manage/profile`);
  const status = page.getByRole('region', { name: 'Nätverkets status' });
  await status.getByLabel('Ny status').selectOption({ label: 'Avslutat' });
  await status.getByLabel('Skäl').fill('Behoven togs över av regionens upphandling.');
  await status.getByRole('button', { name: 'Byt status' }).click();
  await expect(status.getByRole('status')).toContainText('Nätverkets status är nu avslutat.');
  await page.reload();
  await expect(page.getByRole('main')).toContainText('ingenting nytt kan läggas till');
  await expect(page.getByRole('button', { name: 'Spara profilen' })).toHaveCount(0);
  await page.goto(`${base}/needs`);
  await expect(page.getByRole('link', { name: 'Föreslå ett behov' })).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('ingenting nytt kan läggas till');
  await page.goto(`${base}/meetings`);
  await expect(page.getByRole('link', { name: 'Planera ett möte' })).toHaveCount(0);
  await page.goto(base);
  await expect(page.getByRole('main')).toContainText('Nätverket är avslutat.');
  await expect(history).toContainText('Protokoll från nätverksmötet 2026-02-10');
});

test('a supplier is told why they cannot start a network, and no form is shown', async ({ page }) => {
  await signIn(page, 'supplier@trappan.test');
  await page.goto('/sv/networks/new');
  await expect(page.getByRole('main')).toContainText('Leverantörer startar inte beställarnätverk');
  await expect(page.getByRole('button', { name: 'Starta nätverket som utkast' })).toHaveCount(0);
});
