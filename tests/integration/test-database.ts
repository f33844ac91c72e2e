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
