// The application's database handle, opened on first use (not at import, so `next build`
// never touches the database). One per process: PGlite allows a single opener.
import 'server-only';

import type { PrismaClient } from '@/generated/prisma/client';

import { resolveDatabaseConfig, resolveDatabaseTimeouts } from './database-config';
import { openDatabase, type Database } from './open-database';

const holder = globalThis as typeof globalThis & { trappanDatabase?: Database };

export function getDatabase(): Database {
  holder.trappanDatabase ??= openDatabase(resolveDatabaseConfig(process.env), { timeouts: resolveDatabaseTimeouts(process.env) });
  return holder.trappanDatabase;
}

export function db(): PrismaClient {
  return getDatabase().prisma;
}

/** Integration tests point the application at their own fresh database. */
export function setDatabaseForTests(database: Database): void {
  holder.trappanDatabase = database;
}
