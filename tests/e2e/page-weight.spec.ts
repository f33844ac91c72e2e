// The JavaScript a page costs a visitor: for each public page, the scripts Chromium loads
// (a modern browser, so the noModule polyfills are left out), each gzipped as the server sends
// it, summed and held to a budget; and no script may carry the other language's texts. Signed-in
// pages are held to the same budget plus what their forms need. Prints the figures as a table.
// KB are counted as Lighthouse counts them (1,024 bytes), the unit of the budget's figures.
import { gzipSync } from 'node:zlib';

import { expect, test, type Page } from '@playwright/test';

import { getMessages } from '@/i18n/messages';

import { signIn } from './helpers';

/** KB of gzipped JavaScript a public page may load: the framework's own floor is about 137. */
const PUBLIC_BUDGET_KB = 140;
/** Signed-in pages carry their forms' code on top. */
const FORMS_ALLOWANCE_KB = 10;
const SIGNED_IN_BUDGET_KB = PUBLIC_BUDGET_KB + FORMS_ALLOWANCE_KB;

const PUBLIC_PAGES = ['/sv', '/sv/networks', '/sv/networks/konstgras', '/sv/networks/konstgras/needs', '/sv/dialogues', '/sv/overview', '/sv/open-data', '/sv/sign-in'].flatMap(
  (path) => [path, path.replace(/^\/sv/, '/en')],
);

const SIGNED_IN_PAGES = {
  'buyer@trappan.test': ['/sv/me', '/sv/networks/konstgras', '/sv/networks/konstgras/needs/new', '/en/networks/konstgras/needs/rounds'],
  'supplier@trappan.test': ['/sv/me', '/sv/dialogues'],
  'secretariat@trappan.test': ['/sv/networks/konstgras/manage', '/sv/networks/konstgras/manage/charter', '/sv/networks/konstgras/meetings/new', '/en/networks/konstgras/needs/board'],
} as const;

type Script = { url: string; gzipBytes: number; text: string };

/** Loads the page and returns every script the browser fetched for it, with its gzip size. */
async function scriptsOf(page: Page, path: string): Promise<Script[]> {
  // Each page counted whole, as on a first visit, even when an earlier page loaded a script.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const pending: Array<Promise<Script | null>> = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response
        .body()
        .then((body) => ({ url: new URL(response.url()).pathname, gzipBytes: gzipSync(body).length, text: body.toString('utf8') }))
        .catch(() => null),
    );
  };
  page.on('response', onResponse);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const scripts = (await Promise.all(pending)).filter((script): script is Script => script !== null);
  const unique = new Map(scripts.map((script) => [script.url, script]));
  return [...unique.values()];
}

const kb = (bytes: number) => bytes / 1024;

/** Every text leaf of a dictionary (functions are code, not text a search would find). */
function texts(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => texts(item, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => texts(item, into));
  return into;
}

/**
 * Texts that exist in one language only and are long enough not to be a shared word: one of
 * them in a script means that language's dictionary travelled along.
 */
function onlyIn(locale: 'sv' | 'en'): string[] {
  const own = texts(getMessages(locale));
  const other = texts(getMessages(locale === 'sv' ? 'en' : 'sv'));
  return [...own].filter((text) => text.length >= 24 && !other.has(text));
}

/** Minified code writes å as \xe5 or \u00e5 and escapes quotes: read it back as text. */
function readable(code: string): string {
  return code
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(['"`])/g, '$1');
}

const rows: string[] = [];

test.afterAll(() => {
  console.log(['', 'JavaScript per page (gzip, KB)', ...rows].join('\n'));
});

for (const path of PUBLIC_PAGES) {
  test(`${path} loads at most ${PUBLIC_BUDGET_KB} KB of JavaScript, in its own language only`, async ({ page }) => {
    const scripts = await scriptsOf(page, path);
    const total = kb(scripts.reduce((sum, script) => sum + script.gzipBytes, 0));
    rows.push(`${path.padEnd(36)} ${total.toFixed(1).padStart(6)}  (${scripts.length} files)`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(total, `${path}: ${total.toFixed(1)} KB`).toBeLessThanOrEqual(PUBLIC_BUDGET_KB);

    const otherLanguage = onlyIn(path.startsWith('/sv') ? 'en' : 'sv');
    for (const script of scripts) {
      const code = readable(script.text);
      const found = otherLanguage.find((text) => code.includes(text));
      expect(found, `${script.url} on ${path} holds the other language's text "${found}"`).toBeUndefined();
    }
  });
}

for (const [email, paths] of Object.entries(SIGNED_IN_PAGES)) {
  test(`signed-in pages of ${email} load at most ${SIGNED_IN_BUDGET_KB} KB of JavaScript`, async ({ page }) => {
    await signIn(page, email);
    for (const path of paths) {
      const scripts = await scriptsOf(page, path);
      const total = kb(scripts.reduce((sum, script) => sum + script.gzipBytes, 0));
      const heaviest = [...scripts].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 3);
      rows.push(`${`${path} (${email.split('@')[0]})`.padEnd(36)} ${total.toFixed(1).padStart(6)}  (${scripts.length} files; largest ${heaviest.map((s) => `${s.url.split('/').pop()} ${kb(s.gzipBytes).toFixed(1)}`).join(', ')})`);
      expect(total, `${path}: ${total.toFixed(1)} KB`).toBeLessThanOrEqual(SIGNED_IN_BUDGET_KB);
    }
  });
}
