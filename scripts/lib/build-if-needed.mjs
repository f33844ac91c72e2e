// Builds the production bundle when there is none or when a source file is newer than it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// The app bundles these four of the custom server's modules too (src/server/log.ts, metrics.ts).
const SHARED_WITH_THE_SERVER = ['log', 'metrics', 'request-id', 'route-pattern'].map((name) => `scripts/lib/${name}.mjs`);
const INPUTS = ['src', 'public', 'prisma/schema.prisma', 'next.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json', ...SHARED_WITH_THE_SERVER];

function newestMtime(file) {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce((newest, name) => Math.max(newest, newestMtime(path.join(file, name))), stat.mtimeMs);
}

export function buildIfNeeded(root) {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...INPUTS.map((input) => newestMtime(path.join(root, input))));
  if (builtAt > changedAt) return;
  console.log(builtAt ? 'Sources changed since the last build: building Trappan …' : 'Building Trappan (first start only) …');
  const result = spawnSync('npx', ['next', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('The build failed; see the output above.');
}
