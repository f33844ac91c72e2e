import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { DEFAULT_DATABASE_TIMEOUTS, isDemoMode, resolveDatabaseConfig, resolveDatabaseTimeouts } from './database-config';

describe('resolveDatabaseConfig', () => {
  it('uses the embedded database in .data/pglite by default', () => {
    expect(resolveDatabaseConfig({}, '/srv/trappan')).toEqual({ kind: 'pglite', dataDir: path.resolve('/srv/trappan/.data/pglite') });
  });
  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(resolveDatabaseConfig({ DATABASE_URL: 'postgresql://u@db:5432/trappan' })).toEqual({
      kind: 'postgres',
      url: 'postgresql://u@db:5432/trappan',
    });
    expect(resolveDatabaseConfig({ DATABASE_URL: 'postgres://u@db/trappan' }).kind).toBe('postgres');
  });
  it('treats a blank DATABASE_URL as unset', () => {
    expect(resolveDatabaseConfig({ DATABASE_URL: '  ' }, '/x').kind).toBe('pglite');
  });
  it('refuses other database URLs instead of silently using the embedded database', () => {
    expect(() => resolveDatabaseConfig({ DATABASE_URL: 'mysql://u@db/trappan' })).toThrow(/postgresql/);
  });
  it('honours TRAPPAN_DATA_DIR, including in-memory databases', () => {
    expect(resolveDatabaseConfig({ TRAPPAN_DATA_DIR: 'var/db' }, '/srv')).toEqual({ kind: 'pglite', dataDir: path.resolve('/srv/var/db') });
    expect(resolveDatabaseConfig({ TRAPPAN_DATA_DIR: 'memory://' })).toEqual({ kind: 'pglite', dataDir: 'memory://' });
  });
});

describe('isDemoMode', () => {
  it('is on for the embedded database and off for PostgreSQL', () => {
    expect(isDemoMode({})).toBe(true);
    expect(isDemoMode({ DATABASE_URL: 'postgresql://x/y' })).toBe(false);
  });
  it('can be forced either way', () => {
    expect(isDemoMode({ DATABASE_URL: 'postgresql://x/y', TRAPPAN_DEMO: 'true' })).toBe(true);
    expect(isDemoMode({ TRAPPAN_DEMO: 'false' })).toBe(false);
  });
});

describe('resolveDatabaseTimeouts', () => {
  it('uses the defaults when nothing is set, and the settings when they are', () => {
    expect(resolveDatabaseTimeouts({})).toEqual(DEFAULT_DATABASE_TIMEOUTS);
    expect(resolveDatabaseTimeouts({ TRAPPAN_DB_QUERY_TIMEOUT_MS: '2500', TRAPPAN_DB_CONNECT_TIMEOUT_MS: ' 1000 ' })).toMatchObject({ queryMs: 2500, connectMs: 1000 });
  });

  it('stops at a value that is not a whole number of milliseconds, naming the setting', () => {
    expect(() => resolveDatabaseTimeouts({ TRAPPAN_DB_STATEMENT_TIMEOUT_MS: '5s' })).toThrow(/TRAPPAN_DB_STATEMENT_TIMEOUT_MS/);
    expect(() => resolveDatabaseTimeouts({ TRAPPAN_DB_QUERY_TIMEOUT_MS: '10' })).toThrow(/at least 100/);
  });
});
