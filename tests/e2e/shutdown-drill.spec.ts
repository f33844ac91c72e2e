// Drill: the production server (scripts/serve.mjs) is sent SIGTERM while it is under load. Every
// request sent before the signal is answered; the server drains, stops accepting, and exits 0
// within its grace period. It runs its own server on the build the other
// journeys use, with a database of its own.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { rmSync } from 'node:fs';

import { expect, test } from '@playwright/test';

const GRACE_MS = 10_000;
const LOOPS = 8;

type Outcome = { startedAt: number; endedAt: number; status?: number; error?: string };

/** One request on a connection of its own (no keep-alive), so "under way" is unambiguous. */
function get(port: number, path: string): Promise<Outcome> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve({ startedAt, endedAt: Date.now(), status: response.statusCode }));
      response.on('error', (error) => resolve({ startedAt, endedAt: Date.now(), error: error.message }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ startedAt, endedAt: Date.now(), error: error.code ?? error.message }));
  });
}

test('SIGTERM under load: every request under way is answered, and the server exits 0 within the grace period', async () => {
  test.setTimeout(240_000);
  const port = Number(process.env.E2E_PORT || 3100) + 60;
  const dataDir = `.data/drill-shutdown-${port}`;
  // No access log: the load's hundred lines would bury the drill's own in the test output.
  const env: NodeJS.ProcessEnv = { ...process.env, TRAPPAN_DATA_DIR: dataDir, TRAPPAN_DEMO: 'true', AUTH_SECRET: randomBytes(32).toString('base64url'), TRAPPAN_SHUTDOWN_GRACE_MS: String(GRACE_MS), TRAPPAN_ACCESS_LOG: 'off' };
  delete env.DATABASE_URL;
  rmSync(dataDir, { recursive: true, force: true });
  execFileSync('npx', ['tsx', 'scripts/prepare-db.ts'], { env, stdio: 'ignore' });

  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--hostname', '127.0.0.1'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => server.on('exit', (code) => resolve({ code, at: Date.now() })));
  try {
    await expect.poll(async () => (await get(port, '/api/health/live')).status, { timeout: 60_000 }).toBe(200);
    // The first render of a page compiles and caches; the drill is about a warm server.
    expect((await get(port, '/sv/networks?sort=members')).status).toBe(200);

    // Pages that read the database, in parallel loops, until the server stops answering.
    let signalledAt = Infinity;
    const outcomes: Outcome[] = [];
    const loop = async () => {
      for (;;) {
        const outcome = await get(port, '/sv/networks?sort=members');
        outcomes.push(outcome);
        if (outcome.error && outcome.startedAt > signalledAt) return;
      }
    };
    const loops = Array.from({ length: LOOPS }, loop);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    signalledAt = Date.now();
    server.kill('SIGTERM');
    await Promise.all(loops);
    const { code, at } = await exited;

    const before = outcomes.filter((o) => o.startedAt < signalledAt);
    const underWay = before.filter((o) => o.endedAt > signalledAt);
    const failed = before.filter((o) => o.status !== 200);
    const after = outcomes.filter((o) => o.startedAt >= signalledAt);
    console.log(
      `shutdown drill: ${before.length} requests before SIGTERM (${underWay.length} under way at the signal), ${failed.length} failed; ` +
        `${after.length} after it; exit ${code} after ${at - signalledAt} ms`,
    );
    // The drill means something only if requests were under way when the signal came.
    expect(underWay.length).toBeGreaterThan(0);
    expect(failed).toEqual([]);
    // During the drain later requests are still answered; after it the server takes none, so
    // the loops end: refused, or reset while they waited to be accepted. None is left hanging.
    expect(after.filter((o) => o.status === 200).length).toBeGreaterThan(0);
    expect(after.every((o) => o.status === 200 || o.error === 'ECONNREFUSED' || o.error === 'ECONNRESET')).toBe(true);
    expect(code).toBe(0);
    expect(at - signalledAt).toBeLessThan(GRACE_MS);
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
