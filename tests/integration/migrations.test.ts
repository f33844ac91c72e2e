// The committed migrations apply on an empty database (PGlite here, PostgreSQL in CI via
// TEST_DATABASE_URL), are recorded, and are refused if edited after being applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { applyMigrations, readMigrations } from '@/server/db/migrations';

import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ migrate: false });
});
afterAll(async () => {
  await database.drop();
});

describe('migrations', () => {
  it('apply on an empty database and create every table of the schema', async () => {
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    const applied = await applyMigrations(database.sql, migrations);
    expect(applied).toEqual(migrations.map((m) => m.name));

    const tables = await database.sql.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['AuditEvent', 'Membership', 'Network', 'NetworkFact', 'NetworkFunder', 'Organization', 'SignInThrottle', 'ThematicArea', 'User', '_trappan_migrations']),
    );
  });

  it('do nothing the second time', async () => {
    expect(await applyMigrations(database.sql, await readMigrations())).toEqual([]);
  });

  it('refuse a migration that was edited after it was applied', async () => {
    const [first, ...rest] = await readMigrations();
    const edited = { ...first!, sql: `${first!.sql}\n-- edited`, checksum: 'edited' };
    await expect(applyMigrations(database.sql, [edited, ...rest])).rejects.toThrow(/changed after it was applied/);
  });

  it('leave nothing behind when a migration fails', async () => {
    const broken = { name: '99999999999999_broken', sql: 'CREATE TABLE "Half" (id int); SELECT no_such_function();', checksum: 'x' };
    await expect(applyMigrations(database.sql, [...(await readMigrations()), broken])).rejects.toThrow(/99999999999999_broken failed/);
    const half = await database.sql.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'");
    expect(half).toHaveLength(0);
  });

  it('let the Prisma client read and write through the driver adapter', async () => {
    const org = await database.prisma.organization.create({ data: { slug: 'malmo-stad', name: 'Malmö stad', kind: 'MUNICIPALITY', countyCode: '12', scbCode: '1280' } });
    expect(await database.prisma.organization.findUnique({ where: { id: org.id } })).toMatchObject({ name: 'Malmö stad' });
  });
});
