// Drill: the PostgreSQL server stops answering (its processes paused with SIGSTOP) while people
// use Trappan. Every request during the stall gets an answer within the request deadline: the
// "try again" page, or 503 from the API and from readiness, while liveness stays 200. A form
// sent during the stall keeps what was typed and says to try again. When the server answers
// again (SIGCONT), pages recover without a restart and the same form goes through once.
// It runs its own PostgreSQL (scripts/with-postgres.sh, which installs Debian's package when
// missing) and its own server on the build the other journeys use.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { DEMO_PASSWORD, fieldLabel, submitSignIn } from './helpers';

/** The server's defaults (docs/decisions/0027): the drill checks the settings people run with. */
const REQUEST_DEADLINE_MS = 10_000;
const PAGES = ['/sv/networks?sort=members', '/en/networks/konstgras', '/sv/networks/konstgras/needs', '/api/v1/networks?q=konstgräs', '/api/health/ready'];

type Outcome = { path: string; status?: number; body: string; ms: number; error?: string; headers?: http.IncomingHttpHeaders };

function get(port: number, pathname: string, timeoutMs = 30_000): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: encodeURI(pathname), agent: false, timeout: timeoutMs }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ path: pathname, status: response.statusCode, body, ms: Date.now() - started, headers: response.headers }));
    });
    request.on('timeout', () => request.destroy(new Error('no answer')));
    request.on('error', (error) => resolve({ path: pathname, body: '', ms: Date.now() - started, error: error.message }));
  });
}

/** The PostgreSQL server's processes: the postmaster and every backend it started. */
function serverProcesses(dataDir: string): number[] {
  const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  return [postmaster, ...children];
}

test('a stalled database: clear answers within the deadline, the form keeps what was typed, recovery without a restart', async ({ browser }) => {
  // Room for with-postgres.sh to install PostgreSQL on a machine without it.
  test.setTimeout(420_000);
  const port = Number(process.env.E2E_PORT || 3100) + 61;
  const work = mkdtempSync(path.join(os.tmpdir(), 'trappan-stall-'));
  const pgDataFile = path.join(work, 'pg-data');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TRAPPAN_DEMO: 'true',
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    TRAPPAN_PUBLIC_URL: `http://localhost:${port}`,
    PGPORT_TRAPPAN: String(55_000 + (port % 1000)),
    TRAPPAN_OUTBOX_WORKER: 'off',
  };
  for (const name of ['DATABASE_URL', 'TRAPPAN_DATA_DIR', 'TRAPPAN_REQUEST_DEADLINE_MS', 'TRAPPAN_DB_QUERY_TIMEOUT_MS', 'TRAPPAN_DB_CONNECT_TIMEOUT_MS']) delete env[name];
  const inner = `echo "$TRAPPAN_PG_DATA" > '${pgDataFile}' && npx tsx scripts/prepare-db.ts >/dev/null && exec node scripts/serve.mjs --port ${port} --hostname 127.0.0.1`;
  const server = spawn('bash', ['scripts/with-postgres.sh', 'bash', '-c', inner], { env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  const context = await browser.newContext({ baseURL: `http://localhost:${port}` });
  let paused: number[] = [];
  const resume = () => {
    for (const pid of paused) process.kill(pid, 'SIGCONT');
    paused = [];
  };
  try {
    await expect.poll(async () => (await get(port, '/api/health/ready', 5000)).status, { timeout: 300_000, intervals: [1000] }).toBe(200);
    for (const page of PAGES) expect((await get(port, page)).status, page).toBe(200);

    const page = await context.newPage();
    await page.goto('/sv/sign-in');
    await submitSignIn(page, 'buyer@trappan.test', DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/sv\/me$/);
    const title = `Behov skrivet under en driftstörning ${Date.now().toString(36)}`;
    await page.goto('/sv/networks/konstgras/needs/new');
    await page.getByLabel(fieldLabel('Rubrik')).fill(title);
    await page.getByLabel(fieldLabel('Problem')).fill('Det här ska finnas kvar i formuläret.');

    // The stall.
    paused = serverProcesses(readFileSync(pgDataFile, 'utf8').trim());
    for (const pid of paused) process.kill(pid, 'SIGSTOP');
    const stalledAt = Date.now();
    const during = Promise.all([...PAGES, ...PAGES].map((p) => get(port, p)));
    const live = await get(port, '/api/health/live');
    await page.getByRole('button', { name: 'Föreslå behovet' }).click();
    await expect(page.getByRole('main').getByText('databas svarar inte just nu')).toBeVisible({ timeout: REQUEST_DEADLINE_MS + 2000 });
    const formAnsweredMs = Date.now() - stalledAt;
    await expect(page.getByLabel(fieldLabel('Rubrik'))).toHaveValue(title);
    await expect(page.getByLabel(fieldLabel('Problem'))).toHaveValue('Det här ska finnas kvar i formuläret.');
    const answers = await during;

    expect(live.status).toBe(200);
    const unanswered = answers.filter((a) => a.status === undefined);
    expect(unanswered).toEqual([]);
    for (const answer of answers) {
      expect(answer.ms, answer.path).toBeLessThan(REQUEST_DEADLINE_MS + 2000);
      expect(answer.status, answer.path).toBeGreaterThanOrEqual(500);
      // Error pages, the API's 503 and the deadline's page alike carry the security headers (docs/decisions/0029).
      expect(answer.headers?.['content-security-policy'], answer.path).toMatch(/script-src 'self' 'nonce-/);
      expect(answer.headers?.['x-frame-options'], answer.path).toBe('DENY');
      if (answer.path.startsWith('/api/')) continue;
      // Next's error page or the deadline's page: either says to try again, in the page's language.
      expect(answer.body, answer.path).toMatch(answer.path.startsWith('/en') ? /try again/i : /Försök igen/);
    }

    // The database answers again: no restart.
    resume();
    const resumedAt = Date.now();
    await expect.poll(async () => (await get(port, '/sv/networks?sort=members', 15_000)).status, { timeout: 30_000, intervals: [200] }).toBe(200);
    const recoveredMs = Date.now() - resumedAt;
    const after = await Promise.all(PAGES.map((p) => get(port, p)));
    expect(after.map((a) => a.status)).toEqual(PAGES.map(() => 200));

    await page.getByRole('button', { name: 'Föreslå behovet' }).click();
    await expect(page.locator('#notice')).toHaveText(`Behovet ”${title}” är föreslaget.`);
    await page.goto(`/sv/networks/konstgras/needs?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole('link', { name: title })).toHaveCount(1);

    const slowest = Math.max(...answers.map((a) => a.ms));
    console.log(
      `stalled-database drill: ${answers.length} requests during the stall, ${unanswered.length} unanswered, slowest answer ${slowest} ms ` +
        `(statuses ${[...new Set(answers.map((a) => a.status))].join('/')}); the form answered after ${formAnsweredMs} ms with what was typed; ` +
        `first good page ${recoveredMs} ms after the database returned; ${after.length}/${PAGES.length} pages good after`,
    );
  } finally {
    resume();
    await context.close();
    if (server.pid) {
      try {
        // with-postgres.sh stops its PostgreSQL on TERM; the server is in the same group.
        process.kill(-server.pid, 'SIGTERM');
      } catch {}
    }
    if (server.exitCode === null && server.signalCode === null) await new Promise((resolve) => server.once('exit', resolve));
    rmSync(work, { recursive: true, force: true });
  }
});
