// Drill: the production server (scripts/serve.mjs) on a database of its own, as an operator's
// scraper and log shipper see it. Pages raise the request counts of their route pattern in
// /api/metrics (which answers 401 without its token); each request leaves one JSON access log
// line on stdout with its status, duration and request id, and no token from its address; and
// an audit event written during a request (a mail program's one-click unsubscribe) keeps the
// X-Request-Id that request was sent with.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';

import { PGlite } from '@electric-sql/pglite';
import { expect, test } from '@playwright/test';

import { signUnsubscribeToken } from '../../src/server/mail/unsubscribe-link';

const TOKEN = randomBytes(24).toString('base64url');
const PAGES = 10;

/** One series' value in Prometheus' text format, 0 when it is not there yet. */
function valueOf(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

async function readDatabase<T>(dataDir: string, read: (db: PGlite) => Promise<T>): Promise<T> {
  const db = new PGlite(dataDir);
  try {
    return await read(db);
  } finally {
    await db.close();
  }
}

test('metrics count pages by route behind a token, the access log has a line per request, and audit events keep the request id', async () => {
  test.setTimeout(240_000);
  const port = Number(process.env.E2E_PORT || 3100) + 70;
  const base = `http://127.0.0.1:${port}`;
  const dataDir = `.data/drill-observability-${port}`;
  const secret = randomBytes(32).toString('base64url');
  const env: NodeJS.ProcessEnv = { ...process.env, TRAPPAN_DATA_DIR: dataDir, TRAPPAN_DEMO: 'true', AUTH_SECRET: secret, TRAPPAN_METRICS_TOKEN: TOKEN };
  delete env.DATABASE_URL;
  delete env.TRAPPAN_ACCESS_LOG;
  rmSync(dataDir, { recursive: true, force: true });
  execFileSync('npx', ['tsx', 'scripts/prepare-db.ts'], { env, stdio: 'ignore' });
  const { userId, slug } = await readDatabase(dataDir, async (db) => ({
    userId: (await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'umea@trappan.test'`)).rows[0]!.id,
    slug: (await db.query<{ slug: string }>(`SELECT slug FROM "Network" WHERE "publishedAt" IS NOT NULL AND "unpublishedReason" IS NULL ORDER BY slug LIMIT 1`)).rows[0]!.slug,
  }));

  let stdout = '';
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--hostname', '127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  server.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  // Every request the server answered, to hold the access log to one line each.
  let answered = 0;
  const call = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${base}${path}`, init);
    answered += 1;
    return response;
  };
  const scrape = async (authorization?: string) => call('/api/metrics', { headers: authorization ? { Authorization: authorization } : {} });
  try {
    await expect.poll(async () => (await call('/api/health/live').catch(() => null))?.status, { timeout: 60_000 }).toBe(200);

    expect((await scrape()).status).toBe(401);
    expect((await scrape('Bearer not-the-token')).status).toBe(401);

    const route = 'route="/[locale]/networks/[slug]"';
    const countSeries = `trappan_http_requests_total{method="GET",${route},status="200"}`;
    const histogramSeries = `trappan_http_request_duration_seconds_count{method="GET",${route}}`;
    const before = await (await scrape(`Bearer ${TOKEN}`)).text();

    const tagged = `drill-page-${randomBytes(4).toString('hex')}`;
    for (let i = 0; i < PAGES; i++) {
      const response = await call(`/sv/networks/${slug}?tab=${i}`, { headers: i === 0 ? { 'X-Request-Id': tagged } : {} });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      // The proxy's id comes back; without one the server makes its own.
      expect(response.headers.get('x-request-id')).toMatch(i === 0 ? new RegExp(`^${tagged}$`) : /^[0-9a-f-]{36}$/);
    }

    const scrapeStarted = Date.now();
    const afterResponse = await scrape(`Bearer ${TOKEN}`);
    const scrapeMs = Date.now() - scrapeStarted;
    expect(afterResponse.status).toBe(200);
    const after = await afterResponse.text();
    expect(valueOf(after, countSeries) - valueOf(before, countSeries)).toBe(PAGES);
    expect(valueOf(after, histogramSeries) - valueOf(before, histogramSeries)).toBe(PAGES);
    expect(after).toContain('trappan_database_info{kind="pglite"} 1');
    expect(after).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(after).toMatch(/^trappan_outbox_messages\{status="PENDING"\} \d+$/m);
    // Route patterns only: no slug of a network in any label.
    expect(after).not.toContain(`/${slug}`);

    // A mail program's one-click unsubscribe: an audit event written during the request.
    const unsubscribeToken = signUnsubscribeToken({ userId, kind: 'agenda.published' }, secret);
    const unsubscribeId = `drill-unsubscribe-${randomBytes(4).toString('hex')}`;
    const unsubscribed = await call(`/api/v1/unsubscribe?token=${encodeURIComponent(unsubscribeToken)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Request-Id': unsubscribeId },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(unsubscribed.status).toBe(200);

    await expect.poll(() => stdout.includes(unsubscribeId), { timeout: 5000 }).toBe(true);
    // The server's own lines are JSON; a library's plain console output may stand between them.
    const lines = stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
    const accessLines = lines.filter((line) => line.msg === 'request');
    const pageLine = accessLines.find((line) => line.requestId === tagged);
    expect(pageLine).toMatchObject({ level: 'info', method: 'GET', path: `/sv/networks/${slug}`, route: '/[locale]/networks/[slug]', status: 200 });
    expect(pageLine!.durationMs as number).toBeGreaterThan(0);
    expect(pageLine!.bytes as number).toBeGreaterThan(1000);
    expect(accessLines.find((line) => line.requestId === unsubscribeId)).toMatchObject({ method: 'POST', path: '/api/v1/unsubscribe', route: '/api/v1/unsubscribe', status: 200 });
    // One line per request: the pages, the scrapes, the health checks and the unsubscribe.
    expect(accessLines).toHaveLength(answered);
    expect(accessLines.filter((line) => line.route === '/[locale]/networks/[slug]')).toHaveLength(PAGES);
    expect(accessLines.filter((line) => line.route === '/api/metrics').map((line) => line.status)).toEqual([401, 401, 200, 200]);
    // No token of the address, the metrics' token or the signing secret in the log.
    for (const secretValue of [unsubscribeToken, TOKEN, secret]) expect(stdout).not.toContain(secretValue);

    const durations = accessLines.filter((line) => line.route === '/[locale]/networks/[slug]').map((line) => line.durationMs as number).sort((a, b) => a - b);
    console.log(
      `observability drill: ${PAGES} page requests, counted ${valueOf(after, countSeries) - valueOf(before, countSeries)} in /api/metrics ` +
        `(scrape ${scrapeMs} ms, ${after.length} bytes); ${accessLines.length} access log lines for ${answered} answered requests; ` +
        `page duration from the log median ${durations[Math.floor(durations.length / 2)]} ms, max ${durations.at(-1)} ms`,
    );

    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    const audited = await readDatabase(dataDir, async (db) =>
      (await db.query<{ requestId: string | null }>(`SELECT "requestId" FROM "AuditEvent" WHERE action = 'account.mail.unsubscribe' AND "actorId" = $1`, [userId])).rows,
    );
    expect(audited).toEqual([{ requestId: unsubscribeId }]);
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
