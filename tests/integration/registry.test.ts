// The registry list reads the seeded networks in name order, page by page, with member
// counts, and the health check reports whether the database answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listRegistryNetworks } from '@/modules/registry/queries';
import { useDatabaseForTests } from '@/server/db/client';
import { checkDatabaseHealth } from '@/server/db/health';

import { seedDatabase } from '../../prisma/seed/seed';

import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database.prisma, { demo: true });
  useDatabaseForTests(database);
});
afterAll(async () => {
  await database.drop();
});

describe('registry list', () => {
  it('walks through every network in name order with a cursor', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listRegistryNetworks(cursor, 3);
      expect(page.isFirstPage).toBe(pages === 0);
      seen.push(...page.rows.map((r) => r.name));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(10);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('shows arranger, funders and active member count', async () => {
    const { rows } = await listRegistryNetworks(undefined, 20);
    const konstgras = rows.find((r) => r.slug === 'konstgras');
    expect(konstgras).toMatchObject({
      initiator: 'AGENCY',
      status: 'ACTIVE',
      startYear: 2017,
      arranger: 'Sveriges kultur- och fritidschefsförening',
      memberCount: 6,
    });
    expect(konstgras?.funders.map((f) => f.name)).toContain('Naturvårdsverket');
    const fees = rows.find((r) => r.slug === '4s-ledningsnat');
    expect(fees?.funders).toEqual([{ name: null, kind: 'MEMBERSHIP_FEES' }]);
  });

  it('does not count members who have left', async () => {
    const buyer = await database.prisma.user.findUniqueOrThrow({ where: { email: 'buyer@trappan.test' } });
    await database.prisma.membership.updateMany({ where: { userId: buyer.id }, data: { status: 'LEFT', leftAt: new Date() } });
    const { rows } = await listRegistryNetworks(undefined, 20);
    expect(rows.find((r) => r.slug === 'konstgras')?.memberCount).toBe(5);
  });

  it('starts from the beginning when the cursor names no network', async () => {
    const page = await listRegistryNetworks('finns-inte', 20);
    expect(page.rows).toHaveLength(10);
    expect(page.isFirstPage).toBe(true);
  });
});

describe('health check', () => {
  it('is healthy while the database answers and unhealthy when it does not', async () => {
    expect(await checkDatabaseHealth()).toBe(true);
    const broken = await createTestDatabase({ migrate: false });
    await broken.drop();
    useDatabaseForTests(broken);
    expect(await checkDatabaseHealth()).toBe(false);
    useDatabaseForTests(database);
  });
});
