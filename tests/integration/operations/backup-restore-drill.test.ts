// The backup drill, with the real commands an operator runs: seed, `npm run db:backup`, write
// more, `npm run db:restore` → every table has the backup's row count again and the registry
// lists the same networks. On the embedded database by default, on PostgreSQL when
// TEST_DATABASE_URL names a server (CI runs both). Prints the times and counts it measured.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseRegistryQuery } from '@/modules/registry/registry-query';
import { searchRegistry } from '@/modules/registry/search';
import { setDatabaseForTests } from '@/server/db/client';
import type { DatabaseConfig } from '@/server/db/database-config';
import { readMigrations } from '@/server/db/migrations';
import { openDatabase, type Database } from '@/server/db/open-database';
import { forgetShortLivedCaches } from '@/server/short-lived-cache';

import { envFor, runCommand } from './run-script';

const serverUrl = process.env.TEST_DATABASE_URL;
let workDir: string;
let config: DatabaseConfig;
let dropServerDatabase = async () => {};

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'trappan-backup-drill-'));
  if (serverUrl) {
    const name = `trappan_backup_drill_${randomBytes(4).toString('hex')}`;
    await onServer(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    config = { kind: 'postgres', url: url.toString() };
    dropServerDatabase = () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    config = { kind: 'pglite', dataDir: path.join(workDir, 'pglite') };
  }
});

afterAll(async () => {
  await dropServerDatabase();
  await rm(workDir, { recursive: true, force: true });
});

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

const env = () => envFor(config.kind === 'postgres' ? { url: config.url } : { dataDir: config.dataDir });
const npm = (...args: string[]) => runCommand('npm', ['run', '--silent', ...args], env());

/** Opens the drill's database for one look and closes it again (the embedded one has one opener). */
async function withDatabase<T>(look: (database: Database) => Promise<T>): Promise<T> {
  const database = openDatabase(config);
  try {
    return await look(database);
  } finally {
    await database.close();
  }
}

async function rowCounts(database: Database): Promise<Record<string, number>> {
  const tables = await database.sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await database.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`);
    counts[name] = row!.n;
  }
  return counts;
}

/** The registry's own query, as its page runs it: every published network's name, in order. */
async function registryNames(database: Database): Promise<string[]> {
  setDatabaseForTests(database);
  forgetShortLivedCaches();
  const page = await searchRegistry(parseRegistryQuery({ limit: '100' }).query);
  return page.networks.map((network) => network.name);
}

describe(`backup and restore drill (${serverUrl ? 'PostgreSQL' : 'embedded PGlite'})`, () => {
  it('restores every table to the backup\'s row count and the registry to the same networks', { timeout: 300_000 }, async () => {
    const seeded = await runCommand('npx', ['tsx', 'scripts/prepare-db.ts'], env());
    expect(seeded.code, seeded.stderr).toBe(0);

    const before = await withDatabase(async (database) => ({
      counts: await rowCounts(database),
      networks: await registryNames(database),
    }));
    expect(before.networks.length).toBeGreaterThanOrEqual(10);
    expect(before.counts._trappan_migrations).toBe((await readMigrations()).length);

    const file = path.join(workDir, config.kind === 'pglite' ? 'drill.sql.gz' : 'drill.dump');
    const backup = await npm('db:backup', file);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`to ${file} (`);

    // Written after the backup: a new organisation and a published network, through Prisma.
    await withDatabase(async (database) => {
      const area = await database.prisma.thematicArea.findFirstOrThrow({ select: { id: true } });
      const organization = await database.prisma.organization.create({
        data: { slug: 'efter-sakerhetskopian-kommun', name: 'Efter säkerhetskopian kommun', kind: 'MUNICIPALITY' },
      });
      await database.prisma.network.create({
        data: {
          slug: 'efter-sakerhetskopian',
          name: 'Efter säkerhetskopian',
          descriptionSv: 'Skapat efter säkerhetskopian.',
          descriptionEn: 'Made after the backup.',
          areaId: area.id,
          initiator: 'BUYER',
          status: 'FORMING',
          arrangerId: organization.id,
          publishedAt: new Date(),
        },
      });
      expect(await registryNames(database)).toContain('Efter säkerhetskopian');
    });
    const written = await withDatabase(rowCounts);
    expect(written).not.toEqual(before.counts);

    const restore = await npm('db:restore', file);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain('Its migrations are current.');

    const after = await withDatabase(async (database) => ({
      counts: await rowCounts(database),
      networks: await registryNames(database),
    }));
    expect(after.counts).toEqual(before.counts);
    expect(after.networks).toEqual(before.networks);

    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, n) => total + n, 0);
    console.log(
      `Backup drill on ${config.kind}: npm run db:backup ${backup.seconds.toFixed(1)} s, npm run db:restore ` +
        `${restore.seconds.toFixed(1)} s (wall clock, with npm and tsx starting); ${Object.keys(after.counts).length} ` +
        `tables with ${sum(after.counts)} rows, each equal to the backup's (${sum(written)} before the restore); ` +
        `${after.networks.length} networks in the registry, the same.\n  ${backup.stdout.trim()}\n  ` +
        restore.stdout.trim().split('\n')[0],
    );
  });

  it.skipIf(serverUrl)('refuses to restore while another process has the embedded database open', { timeout: 120_000 }, async () => {
    const database = openDatabase(config);
    try {
      await database.sql.query('SELECT 1');
      const file = path.join(workDir, 'drill.sql.gz');
      const restore = await npm('db:restore', file);
      expect(restore.code).toBe(1);
      expect(restore.stderr).toContain(`in use by process ${process.pid}`);
      expect(restore.stderr).toContain('Stop it first');
      // Nothing was touched: the database still answers with its networks.
      expect((await registryNames(database)).length).toBeGreaterThanOrEqual(10);
    } finally {
      await database.close();
    }
  });
});
