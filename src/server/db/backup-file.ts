// Names and reads backup files. The embedded database's backup is SQL text, gzipped; a
// PostgreSQL backup is pg_dump's custom format. Restore tells them apart by their first bytes,
// so a file's name does not matter.
import { open } from 'node:fs/promises';
import path from 'node:path';

import type { DatabaseConfig } from './database-config';

export type BackupFormat = 'sql-gzip' | 'sql' | 'pg-custom';

export const BACKUPS_DIR = 'backups';

/** backups/trappan-pglite-20261207-031500.sql.gz or backups/trappan-postgres-….dump */
export function defaultBackupFile(kind: DatabaseConfig['kind'], now: Date, root: string): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
  const extension = kind === 'pglite' ? 'sql.gz' : 'dump';
  return path.join(root, BACKUPS_DIR, `trappan-${kind}-${stamp}.${extension}`);
}

export async function detectBackupFormat(file: string): Promise<BackupFormat> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head[0] === 0x1f && head[1] === 0x8b) return 'sql-gzip';
    if (head.toString('latin1') === 'PGDMP') return 'pg-custom';
    return 'sql';
  } finally {
    await handle.close();
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
