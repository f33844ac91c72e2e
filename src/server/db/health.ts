import 'server-only';

import { db } from './client';
import { readMigrations } from './migrations';

const TIMEOUT_MS = 2000;

function withinTimeout<T>(work: Promise<T>): Promise<T> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref());
  return Promise.race([work, timeout]);
}

/** True when the database answers a trivial query within two seconds. */
export async function checkDatabaseHealth(): Promise<boolean> {
  try {
    const rows = await withinTimeout(db().$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`);
    return rows[0]?.ok === 1;
  } catch {
    return false;
  }
}

export type Readiness = {
  /** The database answered within two seconds. */
  database: boolean;
  /** Migrations in this build that the database has not had; null when the database did not answer. */
  pendingMigrations: string[] | null;
};

// The migrations this build ships with do not change while it runs: read them once.
let shipped: Promise<string[]> | null = null;
const shippedMigrations = () => (shipped ??= readMigrations().then((all) => all.map((m) => m.name)));

/**
 * Whether this instance can serve: the database answers, and it has every migration this build
 * expects (an instance of a newer build beside an older database must not take traffic).
 */
export async function checkReadiness(): Promise<Readiness> {
  try {
    const [names, applied] = await withinTimeout(
      Promise.all([shippedMigrations(), db().$queryRaw<{ name: string }[]>`SELECT name FROM "_trappan_migrations"`]),
    );
    const done = new Set(applied.map((row) => row.name));
    return { database: true, pendingMigrations: names.filter((name) => !done.has(name)) };
  } catch {
    return { database: false, pendingMigrations: null };
  }
}

export const isReady = (readiness: Readiness) => readiness.database && readiness.pendingMigrations?.length === 0;
