// The registry list on the seeded networks: every network in name order page by page, with
// arranger, funders and active member counts; and the health checks: liveness, readiness
// (database and migrations) and the old combined check. (Search, filters and facets: registry-search.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getFilterLabels } from '@/modules/registry/queries';
import { parseRegistryQuery } from '@/modules/registry/registry-query';
import { searchRegistry } from '@/modules/registry/search';
import { setDatabaseForTests } from '@/server/db/client';
import { checkDatabaseHealth } from '@/server/db/health';
import { GET as live } from '@/app/api/health/live/route';
import { GET as ready } from '@/app/api/health/ready/route';

import { createDemoDatabaseForApp, createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createDemoDatabaseForApp();
});
afterAll(async () => {
  await database.drop();
});

const firstPage = async () => searchRegistry(parseRegistryQuery({}).query);

describe('registry list', () => {
  it('walks through every network in name order with a cursor', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const parsed = parseRegistryQuery({ limit: '3', ...(cursor ? { cursor } : {}) });
      expect(parsed.invalid).toEqual([]);
      const page = await searchRegistry(parsed.query);
      expect(page.total).toBe(10);
      seen.push(...page.networks.map((n) => n.name));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('shows arranger, funders and active member count', async () => {
    const { networks } = await firstPage();
    const konstgras = networks.find((n) => n.slug === 'konstgras');
    expect(konstgras).toMatchObject({
      initiator: 'AGENCY',
      status: 'ACTIVE',
      startYear: 2017,
      area: { slug: expect.any(String), nameSv: expect.stringMatching(/konstgräs/i), nameEn: expect.stringMatching(/artificial turf/i) },
      arranger: { name: 'Sveriges kultur- och fritidschefsförening' },
      // SKL's and Svenska Fotbollförbundet's demo people are members too (report p. 37).
      memberCount: 8,
    });
    expect(konstgras?.funders.map((f) => f.name)).toContain('Naturvårdsverket');
    const fees = networks.find((n) => n.slug === '4s-ledningsnat');
    expect(fees?.funders).toEqual([{ slug: null, name: null, kind: 'MEMBERSHIP_FEES', periodStart: null, periodEnd: null, periods: [] }]);
  });

  it('shows no arranger for a network that has none', async () => {
    await database.prisma.network.update({ where: { slug: 'konstgras' }, data: { arrangerId: null } });
    const { networks } = await firstPage();
    expect(networks.find((n) => n.slug === 'konstgras')?.arranger).toBeNull();
    expect(networks.find((n) => n.slug === '4s-ledningsnat')?.arranger).not.toBeNull();
  });

  it('does not count members who have left', async () => {
    const buyer = await database.prisma.user.findUniqueOrThrow({ where: { email: 'buyer@trappan.test' } });
    await database.prisma.membership.updateMany({ where: { userId: buyer.id }, data: { status: 'LEFT', leftAt: new Date() } });
    const { networks } = await firstPage();
    expect(networks.find((n) => n.slug === 'konstgras')?.memberCount).toBe(7);
  });

  it('starts from the beginning when the cursor is not one of ours', async () => {
    const parsed = parseRegistryQuery({ cursor: 'finns-inte' });
    expect(parsed.invalid).toEqual(['cursor']);
    const page = await searchRegistry(parsed.query);
    expect(page.networks).toHaveLength(10);
    expect(page.nextCursor).toBeNull();
  });
});

describe('filter labels', () => {
  it('names a chosen area and funder, and tells a slug that names nothing', async () => {
    const { networks } = await firstPage();
    const area = networks.find((n) => n.slug === 'konstgras')!.area;
    expect(await getFilterLabels({ area: area.slug, funder: 'naturvardsverket' })).toEqual({
      area: { nameSv: area.nameSv, nameEn: area.nameEn },
      funder: { name: 'Naturvårdsverket' },
    });
    expect(await getFilterLabels({})).toEqual({ area: undefined, funder: undefined });
    expect(await getFilterLabels({ area: 'finns-inte', funder: 'finns-inte' })).toEqual({ area: null, funder: null });
    // An organisation that funds no network is no funder choice.
    expect((await getFilterLabels({ funder: 'malmo-stad' })).funder).toBeNull();
    expect((await getFilterLabels({ funder: 'membership-fees' })).funder).not.toBeNull();
  });
});

describe('health check', () => {
  it('is healthy while the database answers and unhealthy when it does not', async () => {
    expect(await checkDatabaseHealth()).toBe(true);
    const broken = await createTestDatabase({ migrate: false });
    await broken.drop();
    setDatabaseForTests(broken);
    expect(await checkDatabaseHealth()).toBe(false);
    setDatabaseForTests(database);
  });

  it('stays live when the database is down, and is ready only with the database and every migration', async () => {
    expect((await ready()).status).toBe(200);
    expect(await (await ready()).json()).toEqual({ status: 'ok', database: 'ok', migrations: 'current' });

    // A database that lacks this build's newest migration: the instance must not take traffic.
    const [newest] = await database.prisma.$queryRaw<{ name: string }[]>`SELECT name FROM "_trappan_migrations" ORDER BY name DESC LIMIT 1`;
    await database.prisma.$executeRaw`DELETE FROM "_trappan_migrations" WHERE name = ${newest!.name}`;
    const behind = await ready();
    expect(behind.status).toBe(503);
    expect(await behind.json()).toEqual({ status: 'unavailable', database: 'ok', migrations: 'pending', pendingMigrations: [newest!.name] });
    await database.prisma.$executeRaw`INSERT INTO "_trappan_migrations" (name, checksum) VALUES (${newest!.name}, 'restored')`;

    const broken = await createTestDatabase({ migrate: false });
    await broken.drop();
    setDatabaseForTests(broken);
    try {
      expect((await live()).status).toBe(200);
      const down = await ready();
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable', database: 'unavailable', migrations: 'unknown' });
    } finally {
      setDatabaseForTests(database);
    }
  });
});
