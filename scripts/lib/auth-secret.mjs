// The secret that signs session cookies. Production sets AUTH_SECRET; a local demo run on
// the embedded database gets a random one, generated once and kept under .data/.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function ensureAuthSecret(root) {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.DATABASE_URL) {
    throw new Error('AUTH_SECRET is not set. Set it to a long random value (e.g. `openssl rand -base64 32`) when running on PostgreSQL.');
  }
  const file = path.join(root, '.data', 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
