// Generates the Prisma client into src/generated/prisma. Runs after every install.
//
// `prisma generate` needs no database engine, but the Prisma CLI checks for its native
// schema engine on start and tries to download it, which fails without internet. Trappan
// never uses that engine (migrations: docs/decisions/0002-migrations-without-native-engines.md),
// so we point the check at a stub that refuses to run.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stub = path.join(root, 'scripts', 'no-native-schema-engine.sh');
const result = spawnSync('npx', ['prisma', 'generate'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
process.exit(result.status ?? 1);
