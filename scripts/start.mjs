// `npm start`: from a fresh clone to a running Trappan. Migrates and seeds the database
// (the embedded one unless DATABASE_URL is set), builds when needed, then serves on PORT.
// `npm run dev` passes --dev: the same, but with Next's development server instead of a build.
// In demo mode (known passwords) it listens on this machine only unless HOST says otherwise.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureAuthSecret } from './lib/auth-secret.mjs';
import { buildIfNeeded } from './lib/build-if-needed.mjs';
import { DEMO_WARNING, isDemoMode, listenAddress, LOOPBACK } from './lib/listen-address.mjs';
import { run } from './lib/run.mjs';
import { serve } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT || '3000';
const isDev = process.argv.includes('--dev');

process.env.NEXT_TELEMETRY_DISABLED = '1';
try {
  process.env.AUTH_SECRET = ensureAuthSecret(root);
  run('npx', ['tsx', 'scripts/prepare-db.ts'], { cwd: root });
  if (!isDev) buildIfNeeded(root);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

if (isDev) {
  console.log(`Trappan (development) is starting on http://localhost:${port}`);
  const nextBin = path.join(root, 'node_modules', '.bin', 'next');
  const server = spawn(nextBin, ['dev', '--port', port], { cwd: root, stdio: 'inherit', env: process.env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
} else {
  // Served in this process, so that a signal to it reaches the server (scripts/serve.mjs).
  const hostname = listenAddress(process.env);
  if (isDemoMode(process.env) && !process.env.HOST) {
    console.log(DEMO_WARNING);
  }
  await serve({ port: Number(port), hostname });
  console.log(`Trappan is running on http://${hostname === LOOPBACK || !hostname ? 'localhost' : hostname}:${port}`);
}
