// The secretariat's year in one journey (issue: secretariat's desk): the coordinator plans a
// meeting, a member proposes an item, the coordinator reorders and publishes the agenda,
// records a decision by majority and approves the minutes with a member as adjuster.
// Runs on the shared e2e database after the other journeys: it records the demo's meeting
// held last week, with items of unique titles, and switches Konstgräs to simple majority first.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

const RUN = Date.now().toString(36);
// Held last week and not yet recorded (prisma/seed/demo-meetings.ts).
const MEETING = 'Arbetsgruppsmöte om kravlistan';
const DECISION_ITEM = `Beslut om gemensam kravlista ${RUN}`;
const OTHER_ITEM = `Information från arbetsgruppen ${RUN}`;

async function as(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

async function openMeeting(page: Page, tab?: 'Dagordning' | 'Protokoll') {
  await page.goto('/sv/networks/konstgras/meetings');
  await page.getByRole('main').getByRole('link', { name: MEETING }).first().click();
  if (tab) await page.getByRole('navigation', { name: 'Mötets sidor' }).getByRole('link', { name: tab, exact: true }).click();
}

test('the secretariat plans, builds the agenda, records a majority decision and approves the minutes', async ({ page }) => {
  test.setTimeout(120_000);

  // The network decides by simple majority from now on.
  await as(page, 'secretariat@trappan.test');
  await page.goto('/sv/networks/konstgras/manage/charter');
  await page.getByRole('radio', { name: 'Enkel majoritet' }).check();
  await page.getByLabel(fieldLabel('Beslutsförhet')).fill('50');
  await page.getByRole('button', { name: 'Spara ny version' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Stadgan är sparad som version');

  // A meeting is planned ahead: one starting in the past is refused, with what was typed kept.
  await page.goto('/sv/networks/konstgras/meetings/new');
  await page.getByLabel('Rubrik').fill(`Efterhandsmöte ${RUN}`);
  await page.getByLabel('Börjar').fill('2026-11-20T10:00');
  await page.getByLabel('Slutar').fill('2026-11-20T12:00');
  await page.getByRole('radio', { name: 'Fysiskt möte' }).check();
  await page.getByLabel(fieldLabel('Plats')).fill('Malmö stadshus');
  await page.getByRole('button', { name: 'Planera mötet' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Tidpunkten har redan passerat.');
  await expect(page.getByLabel('Rubrik')).toHaveValue(`Efterhandsmöte ${RUN}`);

  // The working group's meeting last week (demo data), with two voting members present.
  await openMeeting(page);
  await page.getByRole('checkbox', { name: 'Johan Ek var närvarande' }).check();
  await page.getByRole('checkbox', { name: 'Anders Holm var närvarande' }).check();
  await page.getByRole('button', { name: 'Spara närvaron' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Närvaron är sparad' })).toHaveText('Närvaron är sparad: 2 närvarande.');

  // A member proposes the decision item.
  await as(page, 'buyer@trappan.test');
  await openMeeting(page, 'Dagordning');
  const propose = page.getByRole('region', { name: 'Föreslå en punkt' });
  await propose.getByLabel('Rubrik').fill(DECISION_ITEM);
  await propose.getByRole('radio', { name: 'Beslut' }).check();
  await propose.getByRole('button', { name: 'Skicka förslaget' }).click();
  await expect(propose.getByRole('status')).toHaveText(`Tack! Ditt förslag ”${DECISION_ITEM}” är skickat till samordnaren.`);

  // The coordinator adds an item, accepts the proposal, moves it first and publishes.
  await as(page, 'secretariat@trappan.test');
  await openMeeting(page, 'Dagordning');
  const add = page.getByRole('region', { name: 'Lägg till en punkt' });
  await add.getByLabel('Rubrik').fill(OTHER_ITEM);
  await add.getByRole('radio', { name: 'Information' }).check();
  await add.getByRole('button', { name: 'Lägg till punkten' }).click();
  await expect(page.getByRole('main')).toContainText(`Punkten ”${OTHER_ITEM}” är tillagd sist på dagordningen.`);
  await page.getByRole('button', { name: `Godta förslaget ”${DECISION_ITEM}”` }).click();
  await expect(page.getByRole('main')).toContainText(`Förslaget ”${DECISION_ITEM}” är godtaget och står sist på dagordningen.`);
  const moveUp = page.getByRole('button', { name: `Flytta upp ”${DECISION_ITEM}”` });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toContainText(`”${DECISION_ITEM}” är nu punkt 1.`);
  await page.getByRole('button', { name: 'Publicera dagordningen' }).click();
  await expect(page.getByRole('main')).toContainText('Dagordningen är publicerad.');
  await expectNoSeriousA11yViolations(page);

  // The minutes: a text, the decision by majority (both present voters for), the adjuster.
  await openMeeting(page, 'Protokoll');
  const item = page.getByRole('region', { name: new RegExp(`§ 1 ${DECISION_ITEM}`) });
  await item.getByLabel(`Protokollstext: ${DECISION_ITEM}`).fill('Förslaget presenterades och diskuterades.');
  await item.getByRole('button', { name: 'Spara texten' }).click();
  await expect(page.getByRole('main')).toContainText('Texten är sparad i protokollet.');
  await item.getByLabel('Förslag till beslut').fill('Nätverket beslutar att ta fram en gemensam kravlista.');
  for (const voter of ['Johan Ek', 'Anders Holm']) {
    await item.getByRole('group', { name: new RegExp(`^Röst från ${voter}`) }).getByRole('radio', { name: 'Ja', exact: true }).check();
  }
  await item.getByRole('button', { name: 'Registrera beslutet' }).click();
  await expect(page.getByRole('main')).toContainText('Beslutet är registrerat: Bifallet.');
  await page.getByLabel('Justerare').selectOption({ label: 'Anders Holm' });
  await page.getByRole('button', { name: 'Utse justerare' }).click();
  await expect(page.getByRole('main')).toContainText('Anders Holm är justerare.');
  await page.getByRole('button', { name: 'Godkänn protokollet som samordnare' }).click();
  await expect(page.getByRole('main')).toContainText('Godkänt av samordnaren Sara Nyström');
  await expectNoSeriousA11yViolations(page);

  // The adjuster approves; the minutes are now approved and read-only.
  await as(page, 'goteborg@trappan.test');
  await openMeeting(page, 'Protokoll');
  await page.getByRole('button', { name: 'Justera protokollet' }).click();
  await expect(page.getByText(/Status:\s*Justerat/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Registrera beslutet på nytt' })).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('Bifallet');
  await expectNoSeriousA11yViolations(page);
});
