// `npm start`: from a fresh clone to a running Trappan. Migrates and seeds the database
// (the embedded one unless DATABASE_URL is set), builds when needed, then serves on PORT.
// `npm run dev` passes --dev: the same, but with Next's development server instead of a build.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureAuthSecret } from './lib/auth-secret.mjs';
import { buildIfNeeded } from './lib/build-if-needed.mjs';
import { run } from './lib/run.mjs';

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

console.log(`Trappan is starting on http://localhost:${port}`);
const nextBin = path.join(root, 'node_modules', '.bin', 'next');
const server = spawn(nextBin, [isDev ? 'dev' : 'start', '--port', port], { cwd: root, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
