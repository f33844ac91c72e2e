// The server the end-to-end tests run against (started by playwright.config.ts): a fresh
// embedded database with the demo data on every run, so tests never see leftovers from an
// earlier run (sign-in throttles, memberships). Serves the production build on E2E_PORT.
// AUTH_OIDC_* pass through to the server: playwright.config.ts sets them for a second server,
// which signs in with the test provider (scripts/oidc-test-provider.mjs), and blanks them for
// the first.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildIfNeeded } from './lib/build-if-needed.mjs';
import { run } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.E2E_PORT || '3100';
const dataDir = `.data/e2e-pglite-${port}`;

// The tests must not touch a real database, whatever the calling shell has set.
delete process.env.DATABASE_URL;
process.env.TRAPPAN_DATA_DIR = dataDir;
process.env.TRAPPAN_DEMO = 'true';
process.env.AUTH_SECRET = randomBytes(32).toString('base64url');
process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.PORT = port;
// Playwright prints the server's output: an access log line per request would bury the tests'
// own. On when asked for (TRAPPAN_ACCESS_LOG=on); the observability drill runs its own server.
process.env.TRAPPAN_ACCESS_LOG ??= 'off';
// Links in the mails the journeys open from the demo mailbox lead back to this server.
process.env.TRAPPAN_PUBLIC_URL = `http://localhost:${port}`;

try {
  rmSync(path.join(root, dataDir), { recursive: true, force: true });
  run('npx', ['tsx', 'scripts/prepare-db.ts'], { cwd: root });
  // A second server beside the first (the organisation's login, playwright.config.ts) serves the
  // bundle the first one built: building again now would pull it from under the first.
  if (process.env.E2E_SKIP_BUILD !== '1') buildIfNeeded(root);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

console.log(`Trappan (end-to-end tests) is starting on http://localhost:${port}`);
// Node itself rather than `npx`: npx puts npm and a shell in between, which do not pass SIGTERM
// on, so stopping this script would leave the server running. The tests meet the same server as
// production (scripts/serve.mjs, with its request guard), on this machine only.
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', port, '--hostname', '127.0.0.1'], { cwd: root, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
