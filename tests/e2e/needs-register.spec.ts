// Journey: a member of Konstgräs proposes a need (one mistake first, and what was typed stays),
// the coordinator prioritises it with a reason and makes it public, and the public then finds
// it on the network's page without any names of people. Runs against the shared e2e
// database: the need has a title of its own, and nothing relies on counts.
import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

const NETWORK = '/sv/networks/konstgras';
const NEEDS = `${NETWORK}/needs`;
const TITLE = `Belysning som tänds vid närvaro ${Date.now().toString(36)}`;

test.describe.serial('need register', () => {
  test('a member proposes a need and sees it in the register', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    await page.goto(NEEDS);
    await expect(page.getByRole('heading', { level: 1, name: 'Behov i Konstgräs' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Behoven på innovationstrappan' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Föreslå ett behov' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Föreslå ett behov' })).toBeVisible();
    // Before saving, the form says what a public need shows and what stays in the network.
    const publicity = page.getByRole('region', { name: 'Det här blir offentligt' });
    await expect(publicity).toContainText('Ett föreslaget behov syns bara för nätverkets deltagare.');
    await expect(publicity).toContainText('de organisationer som har bekräftat att de delar behovet');
    await expect(publicity).toContainText('En organisations årliga kostnad, vad den bygger på, volym och åtagande (till exempel en avsiktsförklaring) visas bara om organisationen själv har valt det');
    await expect(publicity).toContainText('Inom nätverket stannar: behovsägaren');
    const submit = await page.getByRole('button', { name: 'Föreslå behovet' }).elementHandle();
    expect(await publicity.evaluate((box, button) => Boolean(box.compareDocumentPosition(button!) & Node.DOCUMENT_POSITION_FOLLOWING), submit)).toBe(true);
    await expectNoSeriousA11yViolations(page);

    // The problem is left out: refused at the field, and everything typed stays.
    await page.getByLabel('Rubrik').fill(TITLE);
    await page.getByLabel('Vilka berörs').fill('Motionärer på kvällstid');
    await page.getByLabel('Linköpings kommun').check();
    await expect(page.getByLabel('Malmö stad')).toBeChecked();
    await page.getByRole('button', { name: 'Föreslå behovet' }).click();
    const summary = page.getByRole('main').getByRole('alert');
    await expect(summary).toContainText('Behovet föreslogs inte');
    await expect(summary).toContainText('Problem: Fyll i problem.');
    await expect(page.getByLabel(fieldLabel('Problem'))).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Rubrik')).toHaveValue(TITLE);
    await expect(page.getByLabel('Vilka berörs')).toHaveValue('Motionärer på kvällstid');
    await expect(page.getByLabel('Linköpings kommun')).toBeChecked();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel(fieldLabel('Problem')).fill('Belysningen på elljusspåren lyser hela kvällen fast ingen är där.');
    await page.getByRole('button', { name: 'Föreslå behovet' }).click();
    await expect(page.locator('#notice')).toHaveText(`Behovet ”${TITLE}” är föreslaget.`);
    await expect(page).toHaveURL(/\?done=\w+#notice$/);

    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByText('Bara för nätverkets medlemmar')).toBeVisible();
    const organizations = page.getByRole('region', { name: 'Organisationer som delar behovet' });
    // Ticking another organisation only invites it: it is not named as sharing until it says yes.
    await expect(organizations.getByRole('listitem')).toHaveText(['Linköpings kommun (inbjuden att dela)', 'Malmö stad']);
    await expect(organizations.getByText('Malmö stad står bakom behovet.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Statushistorik' })).toContainText('Johan Ek');
    await expectNoSeriousA11yViolations(page);

    await page.goto(NEEDS);
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  });

  test('Linköpings kommun, invited to share it, confirms and is then named as sharing it', async ({ page }) => {
    // The invitation waits on /me, and its link goes straight to the answer on the need's page.
    await signIn(page, 'linkoping@trappan.test');
    await page.getByRole('region', { name: 'Att göra' }).getByRole('link', { name: `Svara om Linköpings kommun delar behovet ”${TITLE}”` }).click();
    await expect(page).toHaveURL(/\/needs\/[^/]+#sharing-invitation$/);
    const invitation = page.getByRole('form', { name: 'Inbjudan att dela behovet' });
    await expect(invitation).toBeFocused();
    // A member ticked Linköping, not the coordinator: the wording names no one it would wrong.
    await expect(invitation).toContainText('Linköpings kommun har bjudits in att dela behovet.');
    await expect(invitation).not.toContainText('Samordnaren');
    await expect(invitation).toContainText('Era siffror visas offentligt bara om ni själva väljer det');
    await page.keyboard.press('Tab');
    await expect(invitation.getByRole('button', { name: 'Ja, vi delar behovet' })).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    await invitation.getByRole('button', { name: 'Ja, vi delar behovet' }).click();
    const organizations = page.getByRole('region', { name: 'Organisationer som delar behovet' });
    await expect(organizations.getByRole('listitem')).toHaveText(['Linköpings kommun', 'Malmö stad']);
    await expect(page.getByRole('form', { name: 'Inbjudan att dela behovet' })).toHaveCount(0);
  });

  test('the coordinator prioritises it with a reason and makes it public', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(`${NEEDS}?q=${encodeURIComponent(TITLE)}`);
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

    const status = page.getByLabel('Ny status');
    // Only the moves allowed from a proposal are offered.
    await expect(status.locator('option')).toHaveText(['Välj status', 'Prioriterat', 'Arkiverat']);
    await status.selectOption({ label: 'Prioriterat' });
    await page.getByLabel(fieldLabel('Skäl')).fill('Tre kommuner har samma behov och vill pröva närvarostyrning i vinter.');
    await page.getByRole('button', { name: 'Ändra status' }).click();
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Behovet har status Prioriterat.' })).toBeVisible();
    const history = page.getByRole('region', { name: 'Statushistorik' });
    await expect(history).toContainText('Föreslaget → Prioriterat');
    await expect(history).toContainText('Tre kommuner har samma behov');
    await expect(history).toContainText('Sara Nyström');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Ändra behovet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ändra behovet' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expect(page.getByLabel('Visa behovet offentligt')).toHaveAccessibleDescription(/visas behovet för alla, så som rutan nedan beskriver/);
    const publicity = page.getByRole('region', { name: 'Det här blir offentligt' });
    await expect(publicity).toContainText('statushistoriken med skälen');
    await expect(publicity).not.toContainText('Ett föreslaget behov');
    await page.getByLabel('Visa behovet offentligt').check();
    await page.getByLabel('Önskad effekt').fill('Belysningen tänds bara när någon är i spåret.');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText('Ändringarna är sparade.');
    await expect(page.getByLabel('Visa behovet offentligt')).toBeChecked();
  });

  test('the public sees the need on the network’s page, without names of people', async ({ page }) => {
    await page.goto(NETWORK);
    const section = page.getByRole('region', { name: 'Behov', exact: true });
    await expect(section.getByRole('link', { name: TITLE })).toBeVisible();
    await section.getByRole('link', { name: TITLE }).click();

    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByText('Visas offentligt')).toBeVisible();
    await expect(page.getByText('Belysningen tänds bara när någon är i spåret.')).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Johan Ek');
    await expect(page.getByRole('main')).not.toContainText('Sara Nyström');
    await expect(page.getByRole('button', { name: 'Vi har också detta behov' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await page.goto(NEEDS);
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
    // Rounds are for the network's participants: no link that would end at a sign-in page.
    await expect(page.getByRole('link', { name: 'Prioriteringsrundor' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});
