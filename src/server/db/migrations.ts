// Applies the committed SQL migrations in prisma/migrations, in name order, each in its own
// transaction, and records them with a checksum. No Prisma engine is involved, so this runs
// the same on PGlite and PostgreSQL, offline (docs/decisions/0002).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export type Migration = { name: string; sql: string; checksum: string };

/** The minimal SQL surface the runner needs; both PGlite and node-postgres provide it. */
export type SqlExecutor = {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
};

export const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations');
const HISTORY_TABLE = '_trappan_migrations';
// Any constant works; it only has to be the same for every process migrating one database.
const ADVISORY_LOCK_KEY = 424242;

export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

export async function applyMigrations(db: SqlExecutor, migrations: Migration[]): Promise<string[]> {
  await db.exec(
    `CREATE TABLE IF NOT EXISTS "${HISTORY_TABLE}" (
       name text PRIMARY KEY,
       checksum text NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
  // Two app servers starting at once against one PostgreSQL must not both migrate.
  await db.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
  try {
    const rows = await db.query<{ name: string; checksum: string }>(
      `SELECT name, checksum FROM "${HISTORY_TABLE}"`,
    );
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    const newlyApplied: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied. ` +
              'Never edit an applied migration; create a new one instead.',
          );
        }
        continue;
      }
      await db.exec('BEGIN');
      try {
        await db.exec(migration.sql);
        await db.query(`INSERT INTO "${HISTORY_TABLE}" (name, checksum) VALUES ($1, $2)`, [
          migration.name,
          migration.checksum,
        ]);
        await db.exec('COMMIT');
      } catch (error) {
        await db.exec('ROLLBACK');
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]);
  }
}
