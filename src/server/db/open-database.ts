// Opens Trappan's database: PGlite in-process or a PostgreSQL pool, chosen by
// resolveDatabaseConfig. Both paths give a Prisma client and a raw SQL executor (for the
// migration runner and health checks) over the same connection.
import { mkdirSync } from 'node:fs';

import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';

import { PrismaClient } from '@/generated/prisma/client';

import { acquireDataDirLock } from './data-dir-lock';
import type { DatabaseConfig, DatabaseTimeouts } from './database-config';
import type { SqlExecutor } from './migrations';
import { discardConnectionsLeftWaiting } from './pool-guards';
import { preparedStatementName } from './prepared-statements';

export type Database = {
  config: DatabaseConfig;
  prisma: PrismaClient;
  sql: SqlExecutor;
  /** The PostgreSQL pool's connections, for /api/metrics; null on the embedded database, which has no pool. */
  poolStats(): PoolStats | null;
  close(): Promise<void>;
};

export type PoolStats = { total: number; idle: number; waiting: number };

/**
 * Opens lazily: PGlite and the pool connect on the first query. Timeouts apply to PostgreSQL
 * only: the embedded database runs in this process and cannot stall apart from it. An embedded
 * database folder is locked at once, so a second process gets a clear refusal (DataDirLockedError).
 */
export function openDatabase(config: DatabaseConfig, { timeouts }: { timeouts?: DatabaseTimeouts } = {}): Database {
  if (config.kind === 'pglite') {
    let releaseLock = () => {};
    if (!config.dataDir.startsWith('memory://')) {
      mkdirSync(config.dataDir, { recursive: true });
      releaseLock = acquireDataDirLock(config.dataDir);
    }
    const pglite = new PGlite(config.dataDir);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return {
      config,
      prisma,
      sql: {
        exec: async (text) => {
          await pglite.exec(text);
        },
        query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
      },
      poolStats: () => null,
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
        releaseLock();
      },
    };
  }

  const pool = new pg.Pool({
    connectionString: config.url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // PostgreSQL's default cost of a random page read (4) assumes spinning disks. With it, a
    // registry search without filters read all 10,000 networks instead of using the search
    // index (14 ms instead of 3 ms); 1.1 is the usual value for SSDs and hosted PostgreSQL
    // (docs/decisions/0005-registry-search-and-filters.md).
    options: ['-c random_page_cost=1.1', ...(timeouts ? [`-c statement_timeout=${timeouts.statementMs}`, `-c idle_in_transaction_session_timeout=${timeouts.idleInTransactionMs}`] : [])].join(' '),
    ...(timeouts ? { connectionTimeoutMillis: timeouts.connectMs, query_timeout: timeouts.queryMs } : {}),
    // A connection to a server that vanished (no reset ever arrives) is noticed and dropped.
    keepAlive: true,
  });
  if (timeouts) discardConnectionsLeftWaiting(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { statementNameGenerator: preparedStatementName }) });
  // The migration runner needs one session for its advisory lock and transactions.
  let session: pg.PoolClient | undefined;
  const sessionClient = async () => (session ??= await pool.connect());
  return {
    config,
    prisma,
    sql: {
      exec: async (text) => {
        await (await sessionClient()).query(text);
      },
      query: async <T>(text: string, params?: unknown[]) =>
        (await (await sessionClient()).query(text, params)).rows as T[],
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: async () => {
      session?.release();
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
