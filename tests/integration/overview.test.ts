// The national overview's figures on the seeded demo data (the ten networks of 2019, Konstgräs's
// demo members and the demo history of three networks), against a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getInactiveNetworks, getNationalOverview } from '@/modules/dashboards/overview-queries';

import { createDemoDatabaseForApp, type TestDatabase } from './test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createDemoDatabaseForApp();
});
afterAll(async () => {
  await database.drop();
});

// Midday in Stockholm, so "today" is 2026-11-26 in Sweden and in UTC alike.
const NOW = new Date('2026-11-26T11:00:00Z');
const asMap = <K extends string>(rows: Array<{ count: number } & Record<string, unknown>>, key: string) =>
  Object.fromEntries(rows.map((row) => [String(row[key]), row.count])) as Record<K, number>;

describe('figures for everyone', () => {
  it('counts the networks by status and by initiator type', async () => {
    const overview = await getNationalOverview({ now: NOW });
    expect(overview.networkCount).toBe(10);
    expect(overview.networksByStatus).toEqual([
      { status: 'FORMING', count: 1 },
      { status: 'ACTIVE', count: 9 },
      { status: 'DORMANT', count: 0 },
      { status: 'CLOSED', count: 0 },
    ]);
    expect(overview.networksByInitiator).toEqual([
      { initiator: 'AGENCY', count: 7 },
      { initiator: 'BUYER', count: 3 },
    ]);
  });

  it('counts each member organisation once, by kind and by county', async () => {
    // A member organisation is one an active member represents, unless the member only
    // observes (a funder) or the organisation is a company (a secretariat firm). Counted here
    // from the demo's memberships, so the figures follow the seed: Konstgräs's members
    // represent several municipalities and associations (report p. 37), Naturvårdsverket only
    // observes it and WinGuard is the firm coordinating Räddningstjänst (Table 1, p. 36).
    const memberships = await database.prisma.membership.findMany({
      where: { status: 'ACTIVE', role: { not: 'OBSERVER' }, organization: { kind: { not: 'COMPANY' } } },
      select: { organization: { select: { id: true, kind: true, countyCode: true } } },
    });
    const organizations = new Map(memberships.map((m) => [m.organization!.id, m.organization!]));
    const tally = (key: (o: { kind: string; countyCode: string | null }) => string) =>
      [...organizations.values()].reduce<Record<string, number>>((counts, o) => ({ ...counts, [key(o)]: (counts[key(o)] ?? 0) + 1 }), {});
    expect(organizations.size).toBeGreaterThan(5);
    expect([...organizations.values()].some((o) => o.kind === 'MUNICIPALITY') && [...organizations.values()].some((o) => o.kind === 'ASSOCIATION')).toBe(true);

    const overview = await getNationalOverview({ now: NOW });
    expect(overview.memberOrganizationCount).toBe(organizations.size);
    const byKind = tally((o) => o.kind);
    expect(asMap(overview.memberOrganizationsByKind, 'kind')).toEqual({
      MUNICIPALITY: byKind.MUNICIPALITY ?? 0,
      REGION: byKind.REGION ?? 0,
      STATE_AGENCY: byKind.STATE_AGENCY ?? 0,
      PUBLIC_COMPANY: byKind.PUBLIC_COMPANY ?? 0,
      CENTRAL_PURCHASING_BODY: byKind.CENTRAL_PURCHASING_BODY ?? 0,
      ASSOCIATION: byKind.ASSOCIATION ?? 0,
      ACADEMIA: byKind.ACADEMIA ?? 0,
      OTHER: byKind.OTHER ?? 0,
    });
    // Every county, and a row for organisations without one.
    expect(overview.memberOrganizationsByCounty).toHaveLength(22);
    const byCounty = tally((o) => String(o.countyCode));
    expect(Object.fromEntries(overview.memberOrganizationsByCounty.filter((row) => row.count > 0).map((row) => [String(row.countyCode), row.count]))).toEqual(byCounty);
  });

  it('counts an organisation with two members once and leaves out members who left', async () => {
    const before = await getNationalOverview({ now: NOW });
    const malmo = await database.prisma.organization.findUniqueOrThrow({ where: { slug: 'malmo-stad' } });
    const umea = await database.prisma.organization.findUniqueOrThrow({ where: { slug: 'umea-kommun' } });
    const belok = await database.prisma.network.findUniqueOrThrow({ where: { slug: 'belok' } });
    const colleague = await database.prisma.user.create({
      data: { email: 'overview-colleague@trappan.test', name: 'Kollega', organizationId: malmo.id, affiliation: 'CONFIRMED', emailVerifiedAt: new Date() },
    });
    const added = await database.prisma.membership.create({
      data: { userId: colleague.id, networkId: belok.id, organizationId: malmo.id, role: 'MEMBER' },
    });
    const umeaMembership = await database.prisma.membership.findFirstOrThrow({ where: { organizationId: umea.id, status: 'ACTIVE' } });
    await database.prisma.membership.update({ where: { id: umeaMembership.id }, data: { status: 'LEFT', leftAt: NOW } });
    const county = (o: Awaited<ReturnType<typeof getNationalOverview>>, code: string) => o.memberOrganizationsByCounty.find((row) => row.countyCode === code)!.count;
    try {
      // Umeå's only member has left; Malmö's second member, in another network, adds nothing.
      const overview = await getNationalOverview({ now: NOW });
      expect(overview.memberOrganizationCount).toBe(before.memberOrganizationCount - 1);
      expect(asMap(overview.memberOrganizationsByKind, 'kind').MUNICIPALITY).toBe(asMap(before.memberOrganizationsByKind, 'kind').MUNICIPALITY! - 1);
      expect(county(overview, '24')).toBe(county(before, '24') - 1);
      expect(county(overview, '12')).toBe(county(before, '12'));
    } finally {
      await database.prisma.membership.update({ where: { id: umeaMembership.id }, data: { status: 'ACTIVE', leftAt: null } });
      await database.prisma.membership.delete({ where: { id: added.id } });
      await database.prisma.user.delete({ where: { id: colleague.id } });
    }
  });

  it('counts the networks by thematic area', async () => {
    const overview = await getNationalOverview({ now: NOW });
    expect(overview.networksByArea).toHaveLength(10);
    expect(overview.networksByArea.every((area) => area.count === 1)).toBe(true);
    expect(overview.networksByArea).toContainEqual({
      slug: 'hallbara-konstgrasplaner',
      nameSv: 'Hållbara konstgräsplaner',
      nameEn: 'Sustainable artificial turf pitches',
      count: 1,
    });
  });

  it('lists funding periods that end within six months, soonest first', async () => {
    // From no periods at all (the demo history has some, dated from the seeding day), so the
    // list holds only what this test adds.
    await database.prisma.fundingPeriod.deleteMany({});
    expect((await getNationalOverview({ now: NOW })).fundingEnding).toEqual({ from: '2026-11-26', to: '2027-05-26', rows: [], total: 0 });

    const funder = (slug: string) =>
      database.prisma.networkFunder.findFirstOrThrow({ where: { network: { slug } }, select: { id: true } });
    const periods: Array<[slug: string, end: string]> = [
      ['konstgras', '2027-01-31'], // inside
      ['4s-ledningsnat', '2026-11-26'], // today: inside (membership fees, no funder organisation)
      ['valfardsteknik', '2027-05-26'], // the last day: inside
      ['bebo', '2027-05-27'], // one day too late
      ['belok', '2026-11-25'], // ended yesterday
    ];
    for (const [slug, end] of periods) {
      await database.prisma.fundingPeriod.create({
        data: { funderId: (await funder(slug)).id, status: 'GRANTED', periodStart: new Date('2026-01-01T00:00:00Z'), periodEnd: new Date(`${end}T00:00:00Z`) },
      });
    }
    // Only granted periods count: an application that would end inside, and a period already
    // marked as ended, are no funding that ends.
    for (const status of ['APPLIED', 'ENDED'] as const) {
      await database.prisma.fundingPeriod.create({
        data: { funderId: (await funder('bebo')).id, status, periodStart: new Date('2026-01-01T00:00:00Z'), periodEnd: new Date('2027-02-01T00:00:00Z') },
      });
    }

    const { fundingEnding } = await getNationalOverview({ now: NOW });
    expect(fundingEnding.total).toBe(3);
    expect(fundingEnding.rows).toEqual([
      { networkSlug: '4s-ledningsnat', networkName: '4S Ledningsnät', funderName: null, kind: 'MEMBERSHIP_FEES', periodEnd: '2026-11-26' },
      { networkSlug: 'konstgras', networkName: 'Konstgräs', funderName: 'Naturvårdsverket', kind: 'PROJECT', periodEnd: '2027-01-31' },
      { networkSlug: 'valfardsteknik', networkName: 'Välfärdsteknik', funderName: 'Vinnova', kind: 'PROJECT', periodEnd: '2027-05-26' },
    ]);

    // A closed network's funding needs no follow-up.
    await database.prisma.network.update({ where: { slug: 'konstgras' }, data: { status: 'CLOSED' } });
    try {
      expect((await getNationalOverview({ now: NOW })).fundingEnding.rows.map((row) => row.networkSlug)).toEqual([
        '4s-ledningsnat',
        'valfardsteknik',
      ]);
    } finally {
      await database.prisma.network.update({ where: { slug: 'konstgras' }, data: { status: 'ACTIVE' } });
    }
  });
});

describe('networks with no activity in 12 months (agency staff only)', () => {
  it('returns nothing to signed-out visitors and to people without a platform role', async () => {
    expect(await getInactiveNetworks(null, { now: NOW })).toBeNull();
    expect(await getInactiveNetworks({ platformRole: 'NONE' }, { now: NOW })).toBeNull();
  });

  it('lists quiet networks, oldest first, to agency staff and administrators', async () => {
    // The seed has just run: all Trappan knows of the report's networks is the report (March
    // 2019), and only Konstgräs has members joining, meetings and needs recorded since.
    const seeded = await getInactiveNetworks({ platformRole: 'AGENCY_STAFF' }, { now: NOW });
    expect(seeded?.rows.map((row) => row.slug)).toEqual(expect.arrayContaining(['bebo', 'raddningstjanst', 'valfardsteknik']));
    expect(seeded?.rows.map((row) => row.slug)).not.toContain('konstgras');
    expect(new Set(seeded?.rows.map((row) => row.lastActivityAt))).toEqual(new Set(['2019-03-01']));

    await database.prisma.network.updateMany({ data: { lastActivityAt: new Date('2026-11-20T10:00:00Z') } });

    await database.prisma.network.update({ where: { slug: 'bebo' }, data: { lastActivityAt: new Date('2024-03-01T10:00:00Z') } });
    await database.prisma.network.update({ where: { slug: 'belok' }, data: { lastActivityAt: new Date('2025-11-25T10:00:00Z') } });
    await database.prisma.network.update({ where: { slug: 'konstgras' }, data: { lastActivityAt: new Date('2025-11-27T10:00:00Z') } });
    await database.prisma.network.update({
      where: { slug: 'raddningstjanst' },
      data: { lastActivityAt: new Date('2020-01-01T10:00:00Z'), status: 'CLOSED' },
    });

    for (const platformRole of ['AGENCY_STAFF', 'ADMIN'] as const) {
      const inactive = await getInactiveNetworks({ platformRole }, { now: NOW });
      expect(inactive).toEqual({
        since: '2025-11-26',
        total: 2,
        rows: [
          { slug: 'bebo', name: 'BeBo', status: 'ACTIVE', lastActivityAt: '2024-03-01', memberOrganizationCount: 0 },
          { slug: 'belok', name: 'Belok', status: 'ACTIVE', lastActivityAt: '2025-11-25', memberOrganizationCount: 0 },
        ],
      });
    }
    expect(await getInactiveNetworks({ platformRole: 'NONE' }, { now: NOW })).toBeNull();
  });
});
