// A fresh, migrated database for one test file: in-memory PGlite by default, or a new
// database on the PostgreSQL server named by TEST_DATABASE_URL (CI runs both).
import { randomBytes } from 'node:crypto';

import pg from 'pg';

import { setDatabaseForTests } from '@/server/db/client';
import { applyMigrations, readMigrations } from '@/server/db/migrations';
import { openDatabase, type Database } from '@/server/db/open-database';

import { seedDatabase } from '../../prisma/seed/seed';

export type TestDatabase = Database & { kind: 'pglite' | 'postgres'; drop(): Promise<void> };

export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let database: Database;
  let dropDatabase = async () => {};

  if (serverUrl) {
    const name = `trappan_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = openDatabase({ kind: 'postgres', url: url.toString() });
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      // pool.end() resolves before its sockets have closed. Forcing the drop while a
      // backend is still saying goodbye makes the server send that connection a FATAL
      // error, which surfaces in the test run as an uncaught exception. So wait (briefly)
      // for the file's own connections to go first.
      for (let attempt = 0; attempt < 50; attempt++) {
        const { rows } = await client.query<{ open: number }>(
          'SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1',
          [name],
        );
        if (rows[0]?.open === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    database = openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  }

  if (options.migrate !== false) await applyMigrations(database.sql, await readMigrations());
  return {
    ...database,
    kind: serverUrl ? 'postgres' : 'pglite',
    drop: async () => {
      await database.close();
      await dropDatabase();
    },
  };
}

/**
 * A fresh database with the registry and demo accounts, which the application code under
 * test (queries, route handlers) uses for the rest of the file.
 */
export async function createDemoDatabaseForApp(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await seedDatabase(database.prisma, { demo: true });
  setDatabaseForTests(database);
  return database;
}
