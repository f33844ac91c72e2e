// Backup and restore of the embedded database with PGlite's own pg_dump (pglite-tools): a
// logical SQL dump, readable, restorable into a fresh PGlite and, with psql, into PostgreSQL
// (docs/decisions/0028-backup-and-restore.md). Both hold the folder's lock, so neither runs
// while the server has the database open.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

import { PGlite } from '@electric-sql/pglite';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';

import { detectBackupFormat } from './backup-file';
import { acquireDataDirLock } from './data-dir-lock';
import { applyMigrations, readMigrations, type SqlExecutor } from './migrations';

export async function backupPglite(dataDir: string, file: string): Promise<void> {
  // Opening a missing folder would create an empty database and back that up.
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new Error(`There is no embedded database in ${dataDir} to back up (set TRAPPAN_DATA_DIR or DATABASE_URL).`);
  }
  const release = acquireDataDirLock(dataDir);
  const pglite = new PGlite(dataDir);
  try {
    // Owners and grants mean nothing in PGlite (one role) and would fail elsewhere.
    const dump = await pgDump({ pg: pglite, args: ['--no-owner', '--no-privileges'] });
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, gzipSync(Buffer.from(await dump.arrayBuffer())));
  } finally {
    await pglite.close();
    release();
  }
}

export type RestoreResult = { appliedMigrations: string[]; previousDataDir: string | undefined };

/**
 * Loads the dump into a new folder beside the database and swaps it in only when it loaded,
 * so a bad file leaves the database as it was. The old folder is kept beside it until the
 * operator deletes it.
 */
export async function restorePglite(dataDir: string, file: string, now = new Date()): Promise<RestoreResult> {
  const format = await detectBackupFormat(file);
  if (format === 'pg-custom') {
    throw new Error(
      `${file} is a PostgreSQL backup (pg_dump's custom format). Restore it with DATABASE_URL set to the PostgreSQL database.`,
    );
  }
  const raw = await readFile(file);
  const sql = (format === 'sql-gzip' ? gunzipSync(raw) : raw).toString('utf8');

  await mkdir(path.dirname(dataDir), { recursive: true });
  const release = acquireDataDirLock(dataDir);
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const staging = `${dataDir}.restoring-${stamp}`;
  try {
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    const pglite = new PGlite(staging);
    let appliedMigrations: string[];
    try {
      await pglite.exec(sql);
      // The dump sets an empty search_path for its own statements; migrations expect public.
      await pglite.exec('SET search_path TO "$user", public');
      appliedMigrations = await applyMigrations(pgliteExecutor(pglite), await readMigrations());
    } finally {
      await pglite.close();
    }
    const previousDataDir = await moveAside(dataDir, `${dataDir}.before-restore-${stamp}`);
    await rename(staging, dataDir);
    return { appliedMigrations, previousDataDir };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    release();
  }
}

async function moveAside(dataDir: string, aside: string): Promise<string | undefined> {
  try {
    await rename(dataDir, aside);
    return aside;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function pgliteExecutor(pglite: PGlite): SqlExecutor {
  return {
    exec: async (text) => {
      await pglite.exec(text);
    },
    query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
  };
}
