// Backup and restore of a PostgreSQL database with PostgreSQL's own pg_dump and pg_restore
// (custom format), or psql for an embedded database's SQL backup moved over to PostgreSQL.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import { detectBackupFormat } from './backup-file';
import { applyMigrations, readMigrations } from './migrations';
import { openDatabase } from './open-database';

/**
 * Finds a PostgreSQL client program: TRAPPAN_PG_BINDIR, then Debian's newest
 * /usr/lib/postgresql/N/bin (as scripts/with-postgres.sh does: pg_dump must be at least the
 * server's version), then PATH.
 */
export function findPostgresProgram(
  name: 'pg_dump' | 'pg_restore' | 'psql',
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const candidates: string[] = [];
  if (env.TRAPPAN_PG_BINDIR) candidates.push(path.join(env.TRAPPAN_PG_BINDIR, name));
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(debianRoot, v, 'bin', name)));
  }
  candidates.push(...(env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, name)));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `${name} was not found (looked in TRAPPAN_PG_BINDIR, /usr/lib/postgresql/*/bin and PATH). ` +
        'Install the PostgreSQL client programs, e.g. `apt-get install postgresql-client`, of at least the server\'s version.',
    );
  }
  return found;
}

export async function backupPostgres(url: string, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await runProgram('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]);
}

/** Replaces the database's contents with the backup's in one transaction, then migrates. */
export async function restorePostgres(url: string, file: string): Promise<{ appliedMigrations: string[] }> {
  const format = await detectBackupFormat(file);
  if (format === 'pg-custom') {
    await runProgram('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${url}`,
      file,
    ]);
  } else {
    // An embedded database's backup, moved over to PostgreSQL: plain SQL without DROPs, so it
    // needs an empty database; in one transaction, so a refusal leaves it empty.
    const raw = await readFile(file);
    const sql = withoutNewerSettings((format === 'sql-gzip' ? gunzipSync(raw) : raw).toString('utf8'));
    await runProgram('psql', ['--single-transaction', '--set=ON_ERROR_STOP=1', '--quiet', `--dbname=${url}`], sql);
  }
  const database = openDatabase({ kind: 'postgres', url });
  try {
    return { appliedMigrations: await applyMigrations(database.sql, await readMigrations()) };
  } finally {
    await database.close();
  }
}

/**
 * PGlite's pg_dump is version 18 and sets transaction_timeout, which PostgreSQL before 17 does
 * not know; its default (0) is what the line sets anyway.
 */
export function withoutNewerSettings(sql: string): string {
  return sql.replace(/^SET transaction_timeout = 0;\r?\n/m, '');
}

async function runProgram(name: 'pg_dump' | 'pg_restore' | 'psql', args: string[], input?: string): Promise<void> {
  const program = findPostgresProgram(name);
  const child = spawn(program, args, { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  // A program that stops early (an error in the input) closes its stdin: its exit code and
  // stderr say why, so the broken pipe itself is not the error to report.
  child.stdin.on('error', () => {});
  child.stdin.end(input);
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`${name} failed (exit ${code}): ${stderr.trim()}`);
}
