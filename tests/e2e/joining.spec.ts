// Journeys: joining a network. buyer2 asks to join Konstgräs, the secretariat approves on the
// requests page and buyer2 sees Konstgräs under My networks; a supplier is told why they
// cannot join; an invitation link is created, accepted once and then no longer works.
// The specs share one database, so buyer2 leaves Konstgräs again at the end of each journey
// (the registry specs count Konstgräs's member organisations).
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

const KONSTGRAS = '/sv/networks/konstgras';

/** Signs out by dropping the session cookie, then signs in as someone else. */
async function switchTo(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

const joiningPanel = (page: Page) => page.getByRole('region', { name: 'Gå med i nätverket' });
const membershipPanel = (page: Page) => page.getByRole('region', { name: 'Ditt medlemskap' });

async function leaveKonstgras(page: Page) {
  await page.goto(KONSTGRAS);
  await membershipPanel(page).getByText('Lämna nätverket', { exact: true }).click();
  await membershipPanel(page).getByRole('button', { name: 'Ja, lämna nätverket' }).click();
  await expect(page.getByRole('region', { name: 'Gå med i nätverket' }).getByRole('status')).toHaveText('Du har lämnat Konstgräs.');
}

test('a signed-out visitor is asked to sign in and comes back to the network', async ({ page }) => {
  await page.goto(KONSTGRAS);
  await joiningPanel(page).getByRole('link', { name: 'Logga in för att gå med' }).click();
  await expect(page).toHaveURL(/\/sv\/sign-in\?callbackUrl=%2Fsv%2Fnetworks%2Fkonstgras$/);
});

test('a supplier is shown why they cannot join, and gets no form', async ({ page }) => {
  await signIn(page, 'supplier@trappan.test');
  await page.goto(KONSTGRAS);
  await expect(joiningPanel(page)).toContainText('Företag deltar i stället genom marknadsdialoger och referensgrupper.');
  await expect(page.getByLabel('Varför vill du vara med?')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('buyer2 asks to join Konstgräs, the secretariat approves, and buyer2 sees it on /me', async ({ page }) => {
  await signIn(page, 'buyer2@trappan.test');
  await page.goto(KONSTGRAS);
  const panel = joiningPanel(page);
  await expect(panel).toContainText('Nätverkets samordnare läser din ansökan och beslutar.');
  await expectNoSeriousA11yViolations(page);

  // An empty form: errors in a summary and next to each field.
  await panel.getByRole('button', { name: 'Skicka ansökan' }).click();
  await expect(panel.getByRole('alert')).toContainText('Fyll i motivering.');
  const motivation = page.getByLabel('Varför vill du vara med?');
  await expect(motivation).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Din kompetens')).toHaveAccessibleDescription(/Välj den kompetens du bidrar med\./);

  await motivation.fill('Uppsala kommun bygger två nya konstgräsplaner och vill ställa gemensamma miljökrav.');
  await page.getByLabel('Din kompetens').selectOption({ label: 'Upphandlare' });
  await panel.getByRole('button', { name: 'Skicka ansökan' }).click();
  await expect(panel.getByRole('status')).toContainText('Din ansökan till Konstgräs är skickad.');
  await expect(panel).toContainText('väntar på samordnarens beslut');
  await expect(panel.getByRole('button', { name: 'Återkalla ansökan' })).toBeVisible();

  await page.goto('/sv/me');
  await expect(page.getByRole('region', { name: 'Dina ansökningar' }).getByRole('listitem').filter({ hasText: 'Konstgräs' })).toContainText(
    'Väntar på beslut',
  );

  // The secretariat decides.
  await switchTo(page, 'secretariat@trappan.test');
  await page.goto(KONSTGRAS);
  await page.getByRole('link', { name: 'Hantera nätverket' }).click();
  await page.getByRole('navigation', { name: 'Sekretariatets sidor' }).getByRole('link', { name: 'Ansökningar' }).click();
  await expect(page).toHaveURL(/\/sv\/networks\/konstgras\/manage\/requests$/);
  const request = page.getByRole('article', { name: 'Fatima Hassan' });
  await expect(request).toContainText('Uppsala kommun bygger två nya konstgräsplaner');
  await expect(request).toContainText('Upphandlare');
  await expectNoSeriousA11yViolations(page);

  // Declining needs a reason (tried on the demo applicant's request, which stays pending).
  const demoRequest = page.getByRole('article', { name: 'Elin Dahl' });
  await demoRequest.getByRole('button', { name: 'Avslå ansökan från Elin Dahl' }).click();
  await expect(demoRequest.getByRole('alert')).toContainText('Skriv varför ansökan avslås.');
  await expect(demoRequest.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');

  await request.getByRole('button', { name: 'Godkänn ansökan från Fatima Hassan' }).click();
  await expect(page.getByRole('status')).toHaveText('Fatima Hassan är nu medlem i Konstgräs.');
  await expect(page.getByRole('article', { name: 'Fatima Hassan' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Senast behandlade' }).getByRole('row', { name: /Fatima Hassan/ })).toContainText('Godkänd');

  // buyer2 sees the network among theirs.
  await switchTo(page, 'buyer2@trappan.test');
  const konstgras = page.getByRole('region', { name: 'Nätverk du är med i' }).getByRole('listitem').filter({ hasText: 'Konstgräs' });
  await expect(konstgras).toContainText('Roll: Medlem');
  await expect(page.getByRole('region', { name: 'Dina ansökningar' }).getByRole('listitem').filter({ hasText: 'Konstgräs' })).toContainText('Godkänd');

  await leaveKonstgras(page);
});

test('an invitation link works once, for the invited person', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  await page.goto('/sv/networks/konstgras/manage/invitations');
  await expect(page.getByText('Trappan skickar inbjudan med e-post till adressen du anger.')).toBeVisible();
  await page.getByLabel('E-postadress').fill('buyer2@trappan.test');
  await page.getByLabel(fieldLabel('Roll')).selectOption({ label: 'Medlem' });
  await page.getByRole('button', { name: 'Skapa inbjudan' }).click();
  await expect(page.getByRole('status')).toContainText('Inbjudan till buyer2@trappan.test är skapad och skickas med e-post.');
  const link = await page.getByLabel('Inbjudningslänk').inputValue();
  expect(link).toMatch(/\/sv\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('table', { name: 'Skapade inbjudningar' }).getByRole('row', { name: /buyer2@trappan\.test/ }).first()).toContainText(
    'Väntar på svar',
  );
  await expectNoSeriousA11yViolations(page);

  // Someone else signed in is told the link is not for them.
  await switchTo(page, 'supplier@trappan.test');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inbjudan till Konstgräs');
  await expect(page.getByRole('main')).toContainText('Inbjudan gäller en annan e-postadress');

  // The invited person follows the link in the mail, which is the link the coordinator saw.
  await switchTo(page, 'buyer2@trappan.test');
  const inMail = page.locator(`a[href$="${new URL(link).pathname}"]`).first();
  await expect(async () => {
    await page.goto(`/sv/demo/mailbox?to=${encodeURIComponent('buyer2@trappan.test')}`);
    await expect(inMail).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('main')).toContainText('Inbjudan till Konstgräs i Trappan');
  await inMail.click();
  await expect(page.getByRole('main')).toContainText('Du är inbjuden att vara med i nätverket som medlem.');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Din kompetens').selectOption({ label: 'Behovsägare' });
  await page.getByRole('button', { name: 'Ta emot inbjudan' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Välkommen! Du är nu med i Konstgräs.');

  await leaveKonstgras(page);
  await page.goto(link);
  await expect(page.getByRole('main')).toContainText('Inbjudan har redan använts.');
  await expect(page.getByRole('button', { name: 'Ta emot inbjudan' })).toHaveCount(0);
});
