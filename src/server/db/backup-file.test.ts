import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { defaultBackupFile, detectBackupFormat } from './backup-file';

describe('backup files', () => {
  it('names a backup after the database and the time, in the backups folder', () => {
    const now = new Date('2026-12-07T03:15:09.123Z');
    expect(defaultBackupFile('pglite', now, '/srv/trappan')).toBe('/srv/trappan/backups/trappan-pglite-20261207-031509.sql.gz');
    expect(defaultBackupFile('postgres', now, '/srv/trappan')).toBe('/srv/trappan/backups/trappan-postgres-20261207-031509.dump');
  });

  it('tells the formats apart by their first bytes, whatever the name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'trappan-backup-file-'));
    const write = async (name: string, content: Buffer | string) => {
      await writeFile(path.join(dir, name), content);
      return detectBackupFormat(path.join(dir, name));
    };
    expect(await write('a.dump', gzipSync('SELECT 1;'))).toBe('sql-gzip');
    expect(await write('b.sql.gz', Buffer.from('PGDMP\x01\x10'))).toBe('pg-custom');
    expect(await write('c', '-- PostgreSQL database dump\n')).toBe('sql');
    expect(await write('empty', '')).toBe('sql');
  });
});
