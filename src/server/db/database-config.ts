// Chooses the database from the environment: the one place that decides between the
// embedded PGlite database and a PostgreSQL server (docs/decisions/0001).
import path from 'node:path';

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string };

/** Reads DATABASE_URL, TRAPPAN_DATA_DIR and TRAPPAN_DEMO. */
export type DatabaseEnv = Readonly<Record<string, string | undefined>>;

export const DEFAULT_DATA_DIR = '.data/pglite';

export function resolveDatabaseConfig(env: DatabaseEnv, cwd: string = process.cwd()): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error('DATABASE_URL must be a postgresql:// URL; leave it unset to use the embedded database.');
    }
    return { kind: 'postgres', url };
  }
  const dataDir = env.TRAPPAN_DATA_DIR?.trim() || DEFAULT_DATA_DIR;
  // "memory://" keeps the embedded database in memory (tests); anything else is a folder.
  if (dataDir.startsWith('memory://')) return { kind: 'pglite', dataDir };
  return { kind: 'pglite', dataDir: path.resolve(cwd, dataDir) };
}

/** Demo accounts exist only on the embedded database unless explicitly asked for. */
export function isDemoMode(env: DatabaseEnv): boolean {
  if (env.TRAPPAN_DEMO === 'true' || env.TRAPPAN_DEMO === '1') return true;
  if (env.TRAPPAN_DEMO === 'false' || env.TRAPPAN_DEMO === '0') return false;
  return !env.DATABASE_URL?.trim();
}
