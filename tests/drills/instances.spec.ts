// Drill: two Trappan instances on one PostgreSQL behind nginx (deploy/nginx/trappan-drill.conf),
// as production runs them. Checks that a session from one works on the other, that the sign-in
// throttle counts across both, that a change on one is seen on the other at the next request,
// that both outbox workers at once send every message exactly once, that a failed send is
// retried with backoff and one that keeps failing ends FAILED and is shown to admins, and that a
// forged X-Forwarded-Host moves no redirect to another host. Run by scripts/drill-instances.sh,
// which provides PostgreSQL (DATABASE_URL), nginx, chromium and the build.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, test, type Page, type Response } from '@playwright/test';
import pg from 'pg';

import { FREE_FAILURES } from '../../src/server/auth/sign-in-throttle';
import { DEMO_PASSWORD, fieldLabel, signIn, submitSignIn } from '../e2e/helpers';
import { DRILL_PORTS, DRILL_PUBLIC_URL } from './drill-ports';
import { startSmtpSink, type SmtpSink, type Verdict } from './smtp-sink';

// Run from the repository (scripts/drill-instances.sh, or npx playwright -c …).
const ROOT = process.cwd();
const MESSAGES = 200;
const MAX_ATTEMPTS = 3;
const RETRY_BASE_MS = 1000;
const FORGED_HOST = 'evil.example';

type Instance = 'a' | 'b';
const SENDER: Record<Instance, string> = { a: 'instance-a@drill.test', b: 'instance-b@drill.test' };

/** What the drill measured, printed as one table at the end (for the closing note of issue 17). */
const figures: Array<[string, string]> = [];

let database: pg.Pool;
let sink: SmtpSink;
let nginxPrefix: string;
const processes: ChildProcess[] = [];

/** The sink's answer: the first try of a "retry" message fails, a "doomed" one always does. */
const triedOnce = new Set<string>();
function verdict({ subject }: { subject: string }): Verdict {
  if (subject.startsWith('drill-doomed')) return 'reject';
  const firstTry = !triedOnce.has(subject);
  triedOnce.add(subject);
  if (subject === 'drill-retry-tempfail' && firstTry) return 'tempfail';
  if (subject === 'drill-retry-dropped' && firstTry) return 'drop';
  return 'accept';
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function startInstance(instance: Instance, env: NodeJS.ProcessEnv): void {
  const port = DRILL_PORTS[instance];
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...env, MAIL_FROM: `Trappan ${instance.toUpperCase()} <${SENDER[instance]}>` },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  processes.push(child);
}

function startNginx(): void {
  nginxPrefix = mkdtempSync(path.join(os.tmpdir(), 'trappan-nginx-'));
  // As root, nginx's workers run as nobody: they must reach the prefix and write its temp dirs.
  chmodSync(nginxPrefix, 0o755);
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(path.join(nginxPrefix, dir));
    chmodSync(path.join(nginxPrefix, dir), 0o777);
  }
  const config = readFileSync(path.join(ROOT, 'deploy/nginx/trappan-drill.conf'), 'utf8')
    .replaceAll('@PREFIX@', nginxPrefix)
    .replaceAll('@REPO@', ROOT)
    .replaceAll('@NGINX_PORT@', String(DRILL_PORTS.nginx))
    .replaceAll('@INSTANCE_A_PORT@', String(DRILL_PORTS.a))
    .replaceAll('@INSTANCE_B_PORT@', String(DRILL_PORTS.b));
  writeFileSync(path.join(nginxPrefix, 'nginx.conf'), config);
  const binary = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const child = spawn(binary, ['-p', nginxPrefix, '-c', path.join(nginxPrefix, 'nginx.conf'), '-e', path.join(nginxPrefix, 'error.log')], { stdio: ['ignore', 'inherit', 'inherit'] });
  processes.push(child);
}

/** Sends the page's next requests, through nginx, to this instance. */
async function routeTo(page: Page, instance: Instance, extra: Record<string, string> = {}) {
  await page.setExtraHTTPHeaders({ 'x-drill-instance': instance, ...extra });
}

const answeredBy = (response: Response | null) => response?.headers()['x-drill-upstream'] ?? '';

async function notifications(subjectPattern: string) {
  const { rows } = await database.query<{ id: string; subject: string; status: string; attempts: number; lastError: string | null }>(
    `SELECT "id", "subject", "status", "attempts", "lastError" FROM "Notification" WHERE "subject" LIKE $1`,
    [subjectPattern],
  );
  return rows;
}

async function queueMail(subjects: string[]): Promise<void> {
  await database.query(
    `INSERT INTO "Notification" ("id", "email", "subject", "body", "kind") SELECT s, 'drill@example.se', s, 'Hej', 'agenda.published' FROM unnest($1::text[]) AS s`,
    [subjects],
  );
}

test.describe.serial('two instances on one PostgreSQL behind nginx', () => {
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl?.startsWith('postgres')) throw new Error('The drill needs PostgreSQL: run it with scripts/drill-instances.sh.');
    sink = await startSmtpSink(verdict, 20);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TRAPPAN_DEMO: 'true',
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      AUTH_URL: DRILL_PUBLIC_URL,
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      TRAPPAN_OUTBOX_INTERVAL_MS: '500',
      TRAPPAN_OUTBOX_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      TRAPPAN_OUTBOX_RETRY_BASE_MS: String(RETRY_BASE_MS),
      TRAPPAN_SHUTDOWN_DRAIN_MS: '0',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    delete env.TRAPPAN_PUBLIC_URL;
    execFileSync('npx', ['tsx', 'scripts/prepare-db.ts'], { cwd: ROOT, env, stdio: 'inherit' });
    database = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    startInstance('a', env);
    startInstance('b', env);
    startNginx();
    await Promise.all([
      waitFor(`http://127.0.0.1:${DRILL_PORTS.a}/api/health/ready`, 120_000),
      waitFor(`http://127.0.0.1:${DRILL_PORTS.b}/api/health/ready`, 120_000),
      waitFor(`http://127.0.0.1:${DRILL_PORTS.nginx}/api/health/live`, 120_000),
    ]);
  });

  test.afterAll(async () => {
    for (const child of processes) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(processes.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null)));
    await sink?.close();
    await database?.end();
    if (nginxPrefix) rmSync(nginxPrefix, { recursive: true, force: true });
    const width = Math.max(...figures.map(([label]) => label.length));
    console.log(`\nInstances drill (two instances, one PostgreSQL, nginx):\n${figures.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`);
  });

  test('a session from one instance works on the other, and a change on one is seen on the other at the next request', async ({ page }) => {
    await routeTo(page, 'a');
    await signIn(page, 'secretariat@trappan.test');

    await routeTo(page, 'b');
    const account = await page.goto('/sv/me/account');
    expect(answeredBy(account)).toBe(`127.0.0.1:${DRILL_PORTS.b}`);
    await expect(page.getByLabel(fieldLabel('Namn'))).toHaveValue('Sara Nyström');
    await page.getByLabel(fieldLabel('Titel')).fill('Samordnare, övning med två instanser');
    await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
    await expect(page.getByRole('main').getByText('Uppgifterna är sparade.')).toBeVisible();

    await routeTo(page, 'a');
    const onA = await page.goto('/sv/me/account');
    expect(answeredBy(onA)).toBe(`127.0.0.1:${DRILL_PORTS.a}`);
    await expect(page.getByLabel(fieldLabel('Titel'))).toHaveValue('Samordnare, övning med två instanser');

    // Signing out everywhere on A ends the session on B at its next request.
    await page.getByRole('button', { name: 'Logga ut överallt' }).click();
    await expect(page).toHaveURL(/\/sv\/sign-in/);
    await routeTo(page, 'b');
    await page.goto('/sv/me/account');
    await expect(page).toHaveURL(/\/sv\/sign-in/);
    figures.push(['signed in on A, acted on B with the cookie', 'yes'], ['change on B seen on A at the next request', 'yes'], ['sign-out on A ends the session on B', 'yes']);
  });

  type Attempt = { instance: string; throttled: boolean };

  /** Wrong passwords for `email`, each through the instance `pick` names; one more after the first throttled answer. */
  async function wrongPasswords(page: Page, email: string, pick: (attempt: number) => Instance): Promise<Attempt[]> {
    const attempts: Attempt[] = [];
    await routeTo(page, pick(1));
    await page.goto('/sv/sign-in');
    for (let attempt = 1; attempt <= FREE_FAILURES + 4; attempt += 1) {
      await routeTo(page, pick(attempt));
      const answer = page.waitForResponse((response) => response.request().method() === 'POST');
      await submitSignIn(page, email, `inte-${DEMO_PASSWORD}`);
      const instance = answeredBy(await answer);
      const main = page.getByRole('main');
      await expect(main.getByText(/Fel e-post eller lösenord|För många misslyckade försök/).first()).toBeVisible();
      attempts.push({ instance, throttled: await main.getByText('För många misslyckade försök').isVisible() });
      if (attempts.at(-2)?.throttled) break;
    }
    return attempts;
  }

  async function countedFailures(email: string): Promise<number> {
    const { rows } = await database.query<{ failures: number }>(`SELECT "failures" FROM "SignInThrottle" WHERE "email" = $1`, [email]);
    return rows[0]?.failures ?? 0;
  }

  test('the sign-in throttle counts failures on both instances together', async ({ page }) => {
    const alternating = await wrongPasswords(page, 'buyer@trappan.test', (attempt) => (attempt % 2 ? 'a' : 'b'));
    const single = await wrongPasswords(page, 'buyer2@trappan.test', () => 'a');
    const firstThrottled = (attempts: Attempt[]) => attempts.findIndex((a) => a.throttled) + 1;
    figures.push(
      ['sign-in throttled at attempt (alternating A/B)', `${firstThrottled(alternating)} (free failures: ${FREE_FAILURES})`],
      ['sign-in throttled at attempt (A only)', String(firstThrottled(single))],
    );
    expect(new Set(alternating.map((a) => a.instance))).toEqual(new Set([`127.0.0.1:${DRILL_PORTS.a}`, `127.0.0.1:${DRILL_PORTS.b}`]));
    // Every attempt counted in the one row both instances share, whichever instance took it.
    expect(await countedFailures('buyer@trappan.test')).toBe(alternating.length);
    // The limit comes after the free failures counted on both (one attempt later at most, when
    // the next one came after the first second's wait), and holds on the other instance too.
    const at = firstThrottled(alternating);
    expect(at).toBeGreaterThan(FREE_FAILURES);
    expect(at).toBeLessThanOrEqual(FREE_FAILURES + 2);
    expect(alternating[at]).toMatchObject({ throttled: true });
    expect(alternating[at]!.instance).not.toBe(alternating[at - 1]!.instance);
    expect(firstThrottled(single)).toBeGreaterThan(FREE_FAILURES);
    expect(firstThrottled(single)).toBeLessThanOrEqual(FREE_FAILURES + 2);
  });

  /**
   * The sign-in form posted without JavaScript, as a script would forge it: the form's hidden
   * fields (the server action's reference) from the page, a right password, and the headers.
   * Before the forwarded headers were pinned, this answered 303 to https://evil.example/sv/me.
   */
  async function forgedSignIn(port: number, headers: Record<string, string>): Promise<{ status: number; location: string }> {
    const html = await (await fetch(`http://127.0.0.1:${port}/sv/sign-in`)).text();
    const form = html.slice(html.indexOf('<form'), html.indexOf('</form>'));
    const body = new FormData();
    for (const [, name, value] of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
      body.append(name!, (value ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
    }
    body.append('email', 'goteborg@trappan.test');
    body.append('password', DEMO_PASSWORD);
    const response = await fetch(`http://127.0.0.1:${port}/sv/sign-in`, { method: 'POST', body, headers, redirect: 'manual' });
    return { status: response.status, location: response.headers.get('location') ?? '' };
  }

  test('a forged X-Forwarded-Host moves no redirect to another host, directly or through nginx', async ({ browser }) => {
    const forged = { 'x-forwarded-host': FORGED_HOST, 'x-forwarded-proto': 'https' };
    const where = [['instance A directly', DRILL_PORTS.a], ['instance B directly', DRILL_PORTS.b], ['nginx', DRILL_PORTS.nginx]] as const;
    for (const [name, port] of where) {
      // The sign-in itself: without an Origin it lands on the real host; with the forged host's
      // Origin (which would have passed the origin check against the forged header) it is refused.
      expect(await forgedSignIn(port, forged), name).toEqual({ status: 303, location: `${DRILL_PUBLIC_URL}/sv/me` });
      expect((await forgedSignIn(port, { ...forged, origin: `https://${FORGED_HOST}` })).status, name).toBe(403);
      // Auth.js's own sign-in address keeps the real host in its callback.
      const response = await fetch(`http://127.0.0.1:${port}/api/auth/signin`, { headers: forged, redirect: 'manual' });
      expect(response.status, name).toBe(302);
      expect(response.headers.get('location') ?? '', name).not.toContain(FORGED_HOST);
      expect(decodeURIComponent(response.headers.get('location') ?? ''), name).toContain(DRILL_PUBLIC_URL);
    }

    // The sign-in form itself, in a browser that forges the header on every request.
    const context = await browser.newContext({ extraHTTPHeaders: forged });
    const page = await context.newPage();
    await signIn(page, 'umea@trappan.test');
    expect(page.url()).toBe(`${DRILL_PUBLIC_URL}/sv/me`);
    await context.close();
    figures.push(['forged X-Forwarded-Host: sign-ins sent to the forged host', '0 of 10 (A, B, nginx: form post with and without Origin, /api/auth/signin; a browser through nginx)']);
  });

  test('both outbox workers at once send every message exactly once', async () => {
    const subjects = Array.from({ length: MESSAGES }, (_, i) => `drill-once-${String(i).padStart(3, '0')}`);
    const started = Date.now();
    await queueMail(subjects);
    await expect.poll(async () => (await notifications('drill-once-%')).filter((row) => row.status === 'SENT').length, { timeout: 60_000 }).toBe(MESSAGES);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);

    const ours = sink.deliveries.filter((delivery) => delivery.subject.startsWith('drill-once-'));
    const perMessage = new Map<string, number>();
    for (const delivery of ours) perMessage.set(delivery.subject, (perMessage.get(delivery.subject) ?? 0) + 1);
    const once = subjects.filter((subject) => perMessage.get(subject) === 1).length;
    const byA = ours.filter((delivery) => delivery.from === SENDER.a).length;
    const byB = ours.filter((delivery) => delivery.from === SENDER.b).length;
    figures.push(['messages sent exactly once, two senders', `${once} of ${MESSAGES} (${ours.length - once} twice or more; A sent ${byA}, B sent ${byB}; ${seconds} s)`]);
    expect(once).toBe(MESSAGES);
    expect(ours).toHaveLength(MESSAGES);
    // Both took part, or the drill did not test two senders at once.
    expect(byA).toBeGreaterThan(0);
    expect(byB).toBeGreaterThan(0);
  });

  test('a failed send is retried with backoff, and one that keeps failing ends FAILED and is shown to admins', async ({ page }) => {
    await queueMail(['drill-retry-tempfail', 'drill-retry-dropped', 'drill-doomed']);
    await expect
      .poll(async () => (await notifications('drill-%')).filter((row) => !row.subject.startsWith('drill-once-')).map((row) => `${row.subject}:${row.status}`).sort(), { timeout: 60_000 })
      .toEqual(['drill-doomed:FAILED', 'drill-retry-dropped:SENT', 'drill-retry-tempfail:SENT']);

    const rows = new Map((await notifications('drill-%')).map((row) => [row.subject, row]));
    expect(rows.get('drill-retry-tempfail')?.attempts).toBe(2);
    expect(rows.get('drill-retry-dropped')?.attempts).toBe(2);
    expect(rows.get('drill-doomed')).toMatchObject({ attempts: MAX_ATTEMPTS, lastError: expect.stringContaining('554') });
    // The wait before each next try: at least the backoff (1 s, then 2 s).
    const tries = (subject: string) => [...sink.refusals, ...sink.deliveries].filter((mail) => mail.subject === subject).map((mail) => mail.at).sort((x, y) => x - y);
    const gaps = (subject: string) => tries(subject).slice(1).map((at, i) => at - tries(subject)[i]!);
    expect(gaps('drill-retry-tempfail')[0]).toBeGreaterThanOrEqual(RETRY_BASE_MS);
    expect(gaps('drill-retry-dropped')[0]).toBeGreaterThanOrEqual(RETRY_BASE_MS);
    expect(gaps('drill-doomed')).toHaveLength(MAX_ATTEMPTS - 1);
    expect(gaps('drill-doomed')[0]).toBeGreaterThanOrEqual(RETRY_BASE_MS);
    expect(gaps('drill-doomed')[1]).toBeGreaterThanOrEqual(2 * RETRY_BASE_MS);
    const ms = (list: number[]) => list.map((gap) => `${gap} ms`).join(', ');
    figures.push(
      ['451 on the first try: sent on try', `${rows.get('drill-retry-tempfail')?.attempts} (after ${ms(gaps('drill-retry-tempfail'))})`],
      ['connection dropped on the first try: sent on try', `${rows.get('drill-retry-dropped')?.attempts} (after ${ms(gaps('drill-retry-dropped'))})`],
      ['554 every time: FAILED after tries', `${rows.get('drill-doomed')?.attempts} (waits ${ms(gaps('drill-doomed'))})`],
    );

    const { rows: failed } = await database.query<{ count: string }>(`SELECT count(*) FROM "Notification" WHERE "status" = 'FAILED'`);
    const count = Number(failed[0]?.count);
    await signIn(page, 'admin@trappan.test');
    await page.goto('/sv/admin/outbox?status=failed');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: count === 1 ? '1 misslyckat utskick' : `${count} misslyckade utskick` })).toBeVisible();
    const row = main.getByRole('row').filter({ hasText: 'drill-doomed' });
    await expect(row).toContainText(`${MAX_ATTEMPTS} av ${MAX_ATTEMPTS}`);
    await expect(row).toContainText('554');
  });
});
