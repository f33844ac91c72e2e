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

/**
 * How long the server waits on PostgreSQL before it gives up and tells the person to try again
 * (docs/decisions/0027): a database that stops answering (paused, a network that drops packets)
 * must not leave every page hanging. Only the serving application sets them; migrations, the
 * seed and scripts run without, since a large migration may rightly take minutes.
 */
export type DatabaseTimeouts = {
  /** Opening a connection, or waiting for a free one in the pool. */
  connectMs: number;
  /** The client stops waiting for an answer (the only limit that holds when the server is paused). */
  queryMs: number;
  /** The server cancels a statement that runs longer (a slow query on a live server). */
  statementMs: number;
  /** The server ends a session left inside an open transaction. */
  idleInTransactionMs: number;
};

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectMs: 3000, queryMs: 5000, statementMs: 5000, idleInTransactionMs: 15_000 };

const TIMEOUT_SETTINGS = {
  connectMs: 'TRAPPAN_DB_CONNECT_TIMEOUT_MS',
  queryMs: 'TRAPPAN_DB_QUERY_TIMEOUT_MS',
  statementMs: 'TRAPPAN_DB_STATEMENT_TIMEOUT_MS',
  idleInTransactionMs: 'TRAPPAN_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS',
} as const satisfies Record<keyof DatabaseTimeouts, string>;

/** Reads the TRAPPAN_DB_*_TIMEOUT_MS settings; a value that is not a whole number of milliseconds stops the server. */
export function resolveDatabaseTimeouts(env: DatabaseEnv): DatabaseTimeouts {
  const timeouts = { ...DEFAULT_DATABASE_TIMEOUTS };
  for (const [key, name] of Object.entries(TIMEOUT_SETTINGS) as Array<[keyof DatabaseTimeouts, string]>) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 100) throw new Error(`${name} must be a whole number of milliseconds, at least 100 (it is "${raw}").`);
    timeouts[key] = Number(raw);
  }
  return timeouts;
}
