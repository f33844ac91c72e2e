// The seed loads the ten networks of 2019 and, in demo mode, the demo accounts; running it
// again changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seedDatabase } from '../../prisma/seed/seed';

import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function snapshot() {
  const p = database.prisma;
  const [organizations, users, networks, facts, funders, memberships, areas] = await Promise.all([
    p.organization.findMany({ orderBy: { id: 'asc' } }),
    p.user.findMany({ orderBy: { id: 'asc' } }),
    p.network.findMany({ orderBy: { id: 'asc' } }),
    p.networkFact.findMany({ orderBy: { id: 'asc' } }),
    p.networkFunder.findMany({ orderBy: { id: 'asc' } }),
    p.membership.findMany({ orderBy: { id: 'asc' } }),
    p.thematicArea.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return { organizations, users, networks, facts, funders, memberships, areas };
}

describe('seed', () => {
  it('loads the real networks of 2019 without demo accounts outside demo mode', async () => {
    await seedDatabase(database.prisma, { demo: false });
    const networks = await database.prisma.network.findMany({ select: { name: true, initiator: true } });
    expect(networks).toHaveLength(10);
    expect(networks.filter((n) => n.initiator === 'AGENCY')).toHaveLength(7);
    expect(networks.filter((n) => n.initiator === 'BUYER')).toHaveLength(3);
    expect(await database.prisma.user.count()).toBe(0);
  });

  it('adds the demo accounts in demo mode, with Konstgräs members from several municipalities', async () => {
    await seedDatabase(database.prisma, { demo: true });
    const konstgras = await database.prisma.network.findUniqueOrThrow({
      where: { slug: 'konstgras' },
      select: {
        membershipPolicy: true,
        arranger: { select: { name: true } },
        memberships: { where: { status: 'ACTIVE' }, select: { role: true, user: { select: { email: true, organization: { select: { kind: true, name: true } } } } } },
      },
    });
    expect(konstgras.membershipPolicy).toBe('APPROVAL');
    expect(konstgras.arranger?.name).toBe('Sveriges kultur- och fritidschefsförening');
    const roleOf = (email: string) => konstgras.memberships.find((m) => m.user.email === email)?.role;
    expect(roleOf('secretariat@trappan.test')).toBe('COORDINATOR');
    expect(roleOf('buyer@trappan.test')).toBe('MEMBER');
    expect(roleOf('funder@trappan.test')).toBe('OBSERVER');
    expect(roleOf('buyer2@trappan.test')).toBeUndefined();
    const municipalities = new Set(
      konstgras.memberships.filter((m) => m.user.organization?.kind === 'MUNICIPALITY').map((m) => m.user.organization?.name),
    );
    expect(municipalities.size).toBeGreaterThanOrEqual(3);

    const platformRoles = await database.prisma.user.findMany({ where: { platformRole: { not: 'NONE' } }, select: { email: true, platformRole: true } });
    expect(platformRoles).toEqual(
      expect.arrayContaining([
        { email: 'admin@trappan.test', platformRole: 'ADMIN' },
        { email: 'agency@trappan.test', platformRole: 'AGENCY_STAFF' },
      ]),
    );
    const supplier = await database.prisma.user.findUniqueOrThrow({ where: { email: 'supplier@trappan.test' }, select: { organization: { select: { kind: true } } } });
    expect(supplier.organization?.kind).toBe('COMPANY');
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    await seedDatabase(database.prisma, { demo: true });
    expect(await snapshot()).toEqual(before);
  });
});
