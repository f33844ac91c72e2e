// Small helpers shared by the end-to-end journeys.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every demo account has this password (prisma/seed/demo-accounts.ts). */
export const DEMO_PASSWORD = 'trappan-demo';

export const SIGN_IN_TEXT = {
  sv: { email: 'E-post', password: 'Lösenord', submit: 'Logga in' },
  en: { email: 'Email', password: 'Password', submit: 'Sign in' },
} as const;

export type Locale = keyof typeof SIGN_IN_TEXT;

/** Fills in and submits the sign-in form on the current page. */
export async function submitSignIn(page: Page, email: string, password: string, locale: Locale = 'sv') {
  const t = SIGN_IN_TEXT[locale];
  await page.getByLabel(fieldLabel(t.email)).fill(email);
  await page.getByLabel(fieldLabel(t.password)).fill(password);
  await page.getByRole('main').getByRole('button', { name: t.submit, exact: true }).click();
}

/** Signs in through the form as a demo account and waits for the landing page (/{locale}/me). */
export async function signIn(page: Page, email: string, locale: Locale = 'sv') {
  await page.goto(`/${locale}/sign-in`);
  await submitSignIn(page, email, DEMO_PASSWORD, locale);
  await expect(page).toHaveURL(new RegExp(`/${locale}/me$`));
}

/** WCAG 2.1 A and AA, the level Swedish public-sector websites must meet (DOS-lagen). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core on the page and lists every serious or critical violation ('' when there is none). */
export async function seriousA11yViolations(page: Page): Promise<string> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return serious
    .map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
        v.nodes.map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`).join('\n'),
    )
    .join('\n');
}

/** Runs axe-core on the page and fails on any serious or critical violation, listing them all. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Next streams a dynamic page's <title> once its metadata resolves, which can be after the
  // content a test waited for; scan the settled document (a page with no title still fails).
  await expect(page, `The page ${page.url()} has no <title>`).toHaveTitle(/\S/);
  const report = await seriousA11yViolations(page);
  expect(report, `Accessibility violations on ${page.url()}:\n${report}`).toBe('');
}

/**
 * A field's label as the person reads it, with or without the required mark after it
 * ("Rubrik (obligatoriskt)"), for finding a field by its exact label text.
 */
export function fieldLabel(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\((?:obligatoriskt|required)\\))?$`);
}
