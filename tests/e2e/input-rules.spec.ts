// Text over a field's limit is never cut: the field takes it whole, a counter under it says how
// far over it is, and the server refuses it with the limit while keeping every character typed.
// In both languages, on the join form whose motivation was once saved ending mid-word.
import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations, signIn } from './helpers';

// 1,010 characters ending in a full stop, so trimming does not change its length.
const LONG = `${'Vi vill ställa gemensamma krav på ledningsnät. '.repeat(30).slice(0, 1009)}.`;

test('a motivation over the limit is kept whole, counted and refused, in Swedish', async ({ page }) => {
  expect(LONG).toHaveLength(1010);
  await signIn(page, 'umea@trappan.test');
  await page.goto('/sv/networks/4s-ledningsnat');
  const panel = page.getByRole('region', { name: 'Gå med i nätverket' });
  const motivation = panel.getByLabel('Varför vill du vara med?');
  await motivation.fill(LONG);
  await expect(motivation).toHaveValue(LONG);
  await expect(panel.getByText('1 010 av 1 000 tecken, 10 för många')).toBeVisible();
  await expect(motivation).toHaveAccessibleDescription(/1\s010 av 1\s000 tecken, 10 för många/);
  await expectNoSeriousA11yViolations(page);

  await panel.getByLabel('Din kompetens').selectOption({ index: 1 });
  await panel.getByRole('button', { name: 'Skicka ansökan' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Texten är 1\u00a0010 tecken, högst 1\u00a0000 får plats. Korta den med 10 tecken.');
  await expect(panel.getByLabel('Varför vill du vara med?')).toHaveValue(LONG);

  // Shortened to the limit, it is sent.
  await panel.getByLabel('Varför vill du vara med?').fill(LONG.slice(0, 1000));
  await expect(panel.getByText('1 000 av 1 000 tecken')).toBeVisible();
});

test('a motivation over the limit is counted and refused, in English', async ({ page }) => {
  await signIn(page, 'umea@trappan.test', 'en');
  await page.goto('/en/networks/valfardsteknik');
  const panel = page.getByRole('region', { name: 'Join the network' });
  const motivation = panel.getByLabel('Why do you want to take part?');
  await motivation.fill(LONG);
  await expect(panel.getByText('1,010 of 1,000 characters, 10 too many')).toBeVisible();
  await panel.getByLabel('Your competence').selectOption({ index: 1 });
  await panel.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('The text is 1,010 characters; at most 1,000 fit. Shorten it by 10.');
  await expect(motivation).toHaveValue(LONG);
});

// Every field the server requires says so after its label, in words, and carries
// aria-required; a radio group says it in its legend. Checked on a handful of forms of
// different domains, in both languages: each control marked aria-required must have a label
// (or, for a radiogroup, a legend) ending in the mark, and each form has at least the
// required fields and groups it is known to have, so removing the marks fails the test.
const MARK = { sv: 'obligatoriskt', en: 'required' } as const;

type Lang = keyof typeof MARK;

/** The aria-required controls in the main content, and those whose label lacks the mark. */
async function requiredFields(page: Page, lang: Lang) {
  return page.getByRole('main').evaluate((main, mark) => {
    const controls = [...main.querySelectorAll('[aria-required="true"]')];
    const unmarked = controls.filter((control) => {
      const labels = 'labels' in control && control.labels ? [...(control.labels as NodeListOf<HTMLLabelElement>)] : [];
      const legend = control.getAttribute('role') === 'radiogroup' ? control.closest('fieldset')?.querySelector(':scope > legend') : null;
      const texts = [...labels, ...(legend ? [legend] : [])].map((element) => element.textContent ?? '');
      return !texts.some((text) => text.trimEnd().endsWith(`(${mark})`));
    });
    return { count: controls.length, unmarked: unmarked.map((control) => control.id || control.outerHTML.slice(0, 120)) };
  }, MARK[lang]);
}

async function expectMarked(page: Page, lang: Lang, expected: { fields: number; groups?: number }) {
  const { count, unmarked } = await requiredFields(page, lang);
  expect(unmarked, `Required fields without a visible mark on ${page.url()}`).toEqual([]);
  expect(count, `Required fields on ${page.url()}`).toBeGreaterThanOrEqual(expected.fields);
  if (expected.groups) {
    const groups = page.getByRole('main').getByRole('group', { name: new RegExp(`\\(${MARK[lang]}\\)$`) });
    expect(await groups.count(), `Required radio or checkbox groups on ${page.url()}`).toBeGreaterThanOrEqual(expected.groups);
  }
}

const FORMS: ReadonlyArray<{ name: string; account: string; path: (lang: Lang) => string; fields: number; groups?: number }> = [
  // Title, problem and area.
  { name: 'propose a need', account: 'buyer@trappan.test', path: (lang) => `/${lang}/networks/konstgras/needs/new`, fields: 3 },
  // Title, start, end and (a physical meeting's) place; the format's legend.
  { name: 'plan a meeting', account: 'secretariat@trappan.test', path: (lang) => `/${lang}/networks/konstgras/meetings/new`, fields: 4, groups: 1 },
  // Motivation and competence.
  { name: 'the join request', account: 'umea@trappan.test', path: (lang) => `/${lang}/networks/4s-ledningsnat`, fields: 2 },
  // Name, Swedish description, area and start year; the arranger's legend; the status form's three fields.
  { name: 'the network profile', account: 'secretariat@trappan.test', path: (lang) => `/${lang}/networks/konstgras/manage/profile`, fields: 7, groups: 1 },
  // Title, purpose, the two closing times and the questions; the form's and the needs' legends.
  { name: 'a market dialogue', account: 'secretariat@trappan.test', path: (lang) => `/${lang}/networks/konstgras/dialogues/new`, fields: 5, groups: 2 },
  // The new funder's kind and its first period's status (and the same on each funder listed).
  { name: 'the funding forms', account: 'secretariat@trappan.test', path: (lang) => `/${lang}/networks/konstgras/manage/funding`, fields: 2 },
  // Name, new address and password, the three of a new password, the confirmation of deleting.
  { name: 'my account', account: 'buyer@trappan.test', path: (lang) => `/${lang}/me/account`, fields: 7 },
  // Each organisation's name, kind, new domain and merge target.
  { name: 'the admin’s organisations', account: 'admin@trappan.test', path: (lang) => `/${lang}/admin/organisations`, fields: 4 },
];

for (const lang of ['sv', 'en'] as const) {
  test(`required fields are marked in words after their labels, in ${lang === 'sv' ? 'Swedish' : 'English'}`, async ({ page }) => {
    let signedInAs = '';
    for (const form of FORMS) {
      if (form.account !== signedInAs) {
        await page.context().clearCookies();
        await signIn(page, form.account, lang);
        signedInAs = form.account;
      }
      await page.goto(form.path(lang));
      await test.step(form.name, () => expectMarked(page, lang, form));
    }

    // An agenda item: the title, and the kind's legend.
    await page.context().clearCookies();
    await signIn(page, 'buyer@trappan.test', lang);
    await page.goto(`/${lang}/networks/konstgras/meetings`);
    await page.getByRole('main').getByRole('link', { name: 'Planeringsmöte för nästa år' }).first().click();
    await expect(page).toHaveURL(/\/meetings\/[^/]+$/);
    await page.goto(`${new URL(page.url()).pathname}/agenda`);
    await test.step('an agenda item', () => expectMarked(page, lang, { fields: 1, groups: 1 }));

    // Minutes being written (a meeting held last week): the general text, at least.
    await page.context().clearCookies();
    await signIn(page, 'secretariat@trappan.test', lang);
    await page.goto(`/${lang}/networks/konstgras/meetings`);
    await page.getByRole('main').getByRole('link', { name: 'Arbetsgruppsmöte om kravlistan' }).first().click();
    await expect(page).toHaveURL(/\/meetings\/[^/]+$/);
    await page.goto(`${new URL(page.url()).pathname}/minutes`);
    await test.step('the minutes', () => expectMarked(page, lang, { fields: 1 }));

    // A handover's second step: the named recipient, and the documents' legend.
    await page.goto(`/${lang}/networks/konstgras/needs`);
    await page.getByRole('main').getByRole('link', { name: 'Hållbara konstgräsplaner', exact: true }).first().click();
    await expect(page).toHaveURL(/\/needs\/[^/]+$/);
    const handover = `${new URL(page.url()).pathname}/handover`;
    await page.goto(handover);
    const receiver = await page.getByRole('main').locator('select[name="organization"] option:not([value=""])').first().getAttribute('value');
    await page.goto(`${handover}?organization=${encodeURIComponent(receiver ?? '')}`);
    await test.step('a handover', () => expectMarked(page, lang, { fields: 1, groups: 1 }));

    // Signed out: the sign-in form's address and password.
    await page.context().clearCookies();
    await page.goto(`/${lang}/sign-in`);
    await test.step('signing in', () => expectMarked(page, lang, { fields: 2 }));
  });
}

test('a long field counts its text as it is typed, in both languages', async ({ page }) => {
  await signIn(page, 'secretariat@trappan.test');
  await page.goto('/sv/networks/konstgras/meetings/new');
  const description = page.getByLabel('Beskrivning');
  await description.fill('Årets planering.');
  await expect(page.getByText('16 av 5 000 tecken')).toBeVisible();
  await expect(description).toHaveAccessibleDescription(/16 av 5\s000 tecken/);

  await page.goto('/en/networks/konstgras/dialogues/new');
  const purpose = page.getByLabel(/^Purpose/);
  await purpose.fill('What the market can offer.');
  await expect(page.getByText('26 of 5,000 characters')).toBeVisible();
  await expect(purpose).toHaveAccessibleDescription(/26 of 5,000 characters/);

  // A funding period's note, and (in English) a person's job title.
  await page.goto('/sv/networks/konstgras/manage/funding');
  const note = page.getByRole('main').getByRole('form', { name: 'Lägg till en finansiär' }).getByLabel('Anteckning (valfri)');
  await note.fill('Beviljat för 2026.');
  await expect(note).toHaveAccessibleDescription(/18 av 1\s000 tecken/);

  await page.goto('/en/me/account');
  const jobTitle = page.getByRole('main').getByLabel('Job title');
  await jobTitle.fill('Procurement officer');
  await expect(jobTitle).toHaveAccessibleDescription(/19 of 200 characters/);
});
