// Journey: the secretariat plans a meeting in the browser, a member answers "ja" and
// downloads the network's calendar, which parses as iCalendar. Runs against the shared e2e
// database: the meeting has a title of its own and lies next year, so nothing else is touched.
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, fieldLabel, signIn } from './helpers';

const MEETINGS = '/sv/networks/konstgras/meetings';
const TITLE = `Provmöte ${Date.now().toString(36)}`;
const YEAR = new Date().getFullYear() + 1;

test.describe.serial('meetings', () => {
  test('the coordinator plans a meeting and sees it with its time in Swedish time', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(MEETINGS);
    await expect(page.getByRole('heading', { level: 1, name: 'Möten i Konstgräs' })).toBeVisible();
    // Another journey may have changed the charter's planned number.
    await expect(page.getByText(/av \d+ planerade fysiska möten hållna eller inplanerade/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Planera ett möte' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Planera ett möte' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // An end before the start is refused at the field, and what was typed stays.
    await page.getByLabel('Rubrik').fill(TITLE);
    await page.getByLabel('Börjar').fill(`${YEAR}-03-10T12:00`);
    await page.getByLabel('Slutar').fill(`${YEAR}-03-10T10:00`);
    await page.getByLabel(fieldLabel('Plats')).fill('Göteborgs stadshus');
    await page.getByRole('button', { name: 'Planera mötet' }).click();
    const summary = page.getByRole('main').getByRole('alert');
    await expect(summary).toContainText('Mötet planerades inte');
    await expect(summary).toContainText('Slutar: Mötet måste sluta efter att det börjar.');
    await expect(page.getByLabel('Slutar')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Rubrik')).toHaveValue(TITLE);

    await page.getByLabel('Börjar').fill(`${YEAR}-03-10T10:00`);
    await page.getByLabel('Slutar').fill(`${YEAR}-03-10T12:00`);
    await page.getByRole('radio', { name: 'Hybridmöte' }).check();
    await page.getByLabel('Länk till det digitala mötet').fill('https://meet.example.se/provmote');
    await page.getByLabel('Antal platser').fill('20');
    await page.getByRole('button', { name: 'Planera mötet' }).click();
    await expect(page.locator('#notice')).toHaveText(`Mötet ”${TITLE}” är planerat.`);

    await expect(page).toHaveURL(/\?done=\w+#notice$/);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByText('10:00–12:00 (svensk tid, CET)')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Mötets sidor' }).getByRole('link', { name: 'Översikt' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('link', { name: 'Ändra mötet' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a member answers "ja" and downloads the network’s calendar', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    await page.goto(MEETINGS);
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Kommer du?' })).toBeVisible();
    await page.getByRole('radio', { name: 'Ja', exact: true }).check();
    await page.getByRole('button', { name: 'Spara mitt svar' }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText('Ditt svar är sparat: ja.');
    await expect(page.getByText('Ditt svar just nu: ja.')).toBeVisible();
    await expect(page.getByText('19 av 20 platser kvar')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto(MEETINGS);
    const href = await page.getByRole('link', { name: 'Nätverkets kalender (iCalendar)' }).getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const event = events.find((e) => e.summary === `${TITLE} (Konstgräs)`);
    expect(event, 'the planned meeting is in the feed').toBeDefined();
    expect(event!.startDate.toJSDate().toISOString()).toBe(`${YEAR}-03-10T09:00:00.000Z`);
    expect(String(event!.component.getFirstPropertyValue('url'))).toMatch(/\/sv\/networks\/konstgras\/meetings\/\w+$/);
  });

  test('a member creates a personal calendar link on /me and it serves their meetings', async ({ page }) => {
    await signIn(page, 'buyer@trappan.test');
    await page.getByRole('button', { name: /min kalenderlänk/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Din kalenderlänk är skapad' })).toContainText('visas bara en gång');
    const link = await page.getByLabel('Din kalenderlänk').inputValue();
    expect(link).toMatch(/\/api\/v1\/calendar\/[\w-]{43}\.ics$/);
    const response = await page.request.get(link);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('private');
    const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('summary')))).toContain(`${TITLE} (Konstgräs)`);
  });

  test('the coordinator sees the attendance of the spring meeting with votes', async ({ page }) => {
    await signIn(page, 'secretariat@trappan.test');
    await page.goto(MEETINGS);
    await page.getByRole('link', { name: 'Nätverksmöte om fyllnadsmaterialen' }).click();
    await expect(page.getByText('5 närvarande, varav 3 med rösträtt.')).toBeVisible();
    // Its minutes are approved, so the attendance is shown as recorded, with no form to change it.
    await expect(page.getByText('Protokollet är justerat, så närvaron står kvar som den registrerades.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Spara närvaron' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});
