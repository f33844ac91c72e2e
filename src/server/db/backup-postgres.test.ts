import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { findPostgresProgram, withoutNewerSettings } from './backup-postgres';

describe('PostgreSQL backup programs', () => {
  it('takes pg_dump from TRAPPAN_PG_BINDIR first', () => {
    const bindir = mkdtempSync(path.join(tmpdir(), 'trappan-pgbin-'));
    writeFileSync(path.join(bindir, 'pg_dump'), '');
    expect(findPostgresProgram('pg_dump', { TRAPPAN_PG_BINDIR: bindir, PATH: '' })).toBe(path.join(bindir, 'pg_dump'));
  });

  it('says what to install when a program is nowhere to be found', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'trappan-nobin-'));
    mkdirSync(path.join(empty, 'bin'));
    // Debian's /usr/lib/postgresql may hold it on this machine; a made-up name never exists.
    expect(() => findPostgresProgram('pg_nothing' as 'pg_dump', { PATH: path.join(empty, 'bin') })).toThrow(
      /pg_nothing was not found .*apt-get install postgresql-client/,
    );
  });

  it('drops the one setting of PGlite\'s pg_dump 18 that PostgreSQL before 17 refuses, and nothing else', () => {
    const dump = "SET statement_timeout = 0;\nSET transaction_timeout = 0;\nSET client_encoding = 'UTF8';\nINSERT INTO t VALUES ('SET transaction_timeout = 0;');\n";
    expect(withoutNewerSettings(dump)).toBe(
      "SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\nINSERT INTO t VALUES ('SET transaction_timeout = 0;');\n",
    );
  });
});
