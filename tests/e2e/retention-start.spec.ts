// The production server and its retention periods (docs/decisions/0031-retention.md): a period
// that is no period stops the server at start with a message naming it; good periods start it,
// its first purge logs a line of counts, and the privacy notice states the configured periods.
// Runs its own server on the build the other journeys use, with a database of its own.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';

import { expect, test } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 3100) + 62;

function serverEnv(dataDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TRAPPAN_DATA_DIR: dataDir, TRAPPAN_DEMO: 'true', AUTH_SECRET: randomBytes(32).toString('base64url'), ...extra };
  delete env.DATABASE_URL;
  return env;
}

function startServer(env: NodeJS.ProcessEnv) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--hostname', '127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { text: '' };
  server.stdout.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  return { server, output, exited };
}

test('a retention period that is no period stops the server at start, naming the variable', async () => {
  test.setTimeout(120_000);
  const dataDir = `.data/drill-retention-bad-${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  const { server, output, exited } = startServer(serverEnv(dataDir, { TRAPPAN_RETAIN_AUDIT_YEARS: 'tio' }));
  try {
    expect(await exited).toBe(1);
    expect(output.text).toContain('Trappan did not start: TRAPPAN_RETAIN_AUDIT_YEARS="tio" is not a whole number');
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('configured periods: the server purges at start, logs the counts, and the privacy notice states them', async () => {
  test.setTimeout(180_000);
  const dataDir = `.data/drill-retention-${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  const env = serverEnv(dataDir, { TRAPPAN_RETAIN_MAIL_DAYS: '45', TRAPPAN_RETAIN_AUDIT_YEARS: '12' });
  execFileSync('npx', ['tsx', 'scripts/prepare-db.ts'], { env, stdio: 'ignore' });
  const { server, output } = startServer(env);
  try {
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health/live`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
    await expect.poll(() => output.text, { timeout: 30_000 }).toMatch(/Purged tokens=\d+ .*auditEvents=\d+ mails=\d+ endedMemberships=\d+/);

    const sv = await (await fetch(`http://127.0.0.1:${port}/sv/privacy`)).text();
    expect(sv).toContain('Breven i utkorgen raderas 45 dagar efter att de skickades');
    expect(sv).toContain('Loggen sparas i 12 år');
    const en = await (await fetch(`http://127.0.0.1:${port}/en/privacy`)).text();
    expect(en).toContain('Emails in the outbox are deleted 45 days after they were sent');
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
