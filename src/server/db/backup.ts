// `npm run db:backup` and `npm run db:restore`: one entry for both databases, chosen as the
// app chooses them (resolveDatabaseConfig), so a backup is always of the database the server uses.
import { stat } from 'node:fs/promises';

import { formatBytes } from './backup-file';
import { backupPglite, restorePglite } from './backup-pglite';
import { backupPostgres, restorePostgres } from './backup-postgres';
import type { DatabaseConfig } from './database-config';

export function describeDatabase(config: DatabaseConfig): string {
  return config.kind === 'pglite' ? `the embedded database in ${config.dataDir}` : `PostgreSQL (${redactUrl(config.url)})`;
}

export async function backupDatabase(config: DatabaseConfig, file: string): Promise<string> {
  const started = performance.now();
  if (config.kind === 'pglite') {
    if (config.dataDir.startsWith('memory://')) throw new Error('An in-memory database cannot be backed up from another process.');
    await backupPglite(config.dataDir, file);
  } else {
    await backupPostgres(config.url, file);
  }
  const { size } = await stat(file);
  return `Backed up ${describeDatabase(config)} to ${file} (${formatBytes(size)}) in ${seconds(started)}.`;
}

export async function restoreDatabase(config: DatabaseConfig, file: string): Promise<string> {
  await stat(file); // A missing file fails here, before anything is touched.
  const started = performance.now();
  const lines: string[] = [];
  if (config.kind === 'pglite') {
    if (config.dataDir.startsWith('memory://')) throw new Error('An in-memory database cannot be restored from another process.');
    const { appliedMigrations, previousDataDir } = await restorePglite(config.dataDir, file);
    lines.push(`Restored ${describeDatabase(config)} from ${file} in ${seconds(started)}.`, migrationLine(appliedMigrations));
    if (previousDataDir) lines.push(`The database as it was before is kept in ${previousDataDir}; delete it when you no longer need it.`);
  } else {
    const { appliedMigrations } = await restorePostgres(config.url, file);
    lines.push(`Restored ${describeDatabase(config)} from ${file} in ${seconds(started)}.`, migrationLine(appliedMigrations));
  }
  return lines.join('\n');
}

function migrationLine(applied: string[]): string {
  return applied.length
    ? `Applied ${applied.length} migration(s) newer than the backup: ${applied.join(', ')}.`
    : 'Its migrations are current.';
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(2)} s`;
}

/** Never print a password from DATABASE_URL. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}
