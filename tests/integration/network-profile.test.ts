// A network's public page on the seeded demo data: member organisations (organisations, not
// people), the people who chose to be listed and no one else, and funding periods.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getNetworkProfile } from '@/modules/networks/queries';

import { createDemoDatabaseForApp, type TestDatabase } from './test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createDemoDatabaseForApp();
});
afterAll(async () => {
  await database.drop();
});

const konstgras = async () => (await getNetworkProfile('konstgras', 'sv', null))!;

describe('network profile', () => {
  it('lists each member organisation once, with kind and county, in Swedish alphabetical order', async () => {
    const profile = await konstgras();
    expect(profile.memberOrganizations.map((o) => o.name)).toEqual([
      'Göteborgs Stad',
      'Linköpings kommun',
      'Malmö stad',
      // Naturvårdsverket takes part as an observer (a funder): not a member organisation.
      // Beside the municipalities, the associations the report names (p. 37).
      'Svenska Fotbollförbundet',
      'Sveriges Kommuner och Landsting',
      'Sveriges kultur- och fritidschefsförening',
      'Umeå kommun',
    ]);
    expect(profile.memberOrganizations.find((o) => o.slug === 'malmo-stad')).toEqual({
      slug: 'malmo-stad',
      name: 'Malmö stad',
      kind: 'MUNICIPALITY',
      countyCode: '12',
    });
  });

  it('names only the people who chose to be listed', async () => {
    const profile = await konstgras();
    expect(profile.listedPeople).toEqual([
      { name: 'Sara Nyström', title: 'Samordnare', role: 'COORDINATOR', organization: 'Sveriges kultur- och fritidschefsförening' },
    ]);
    expect(JSON.stringify(profile)).not.toMatch(/Johan Ek|Anders Holm|Maria Lund|Per Olsson|Lena Ström|@trappan\.test/);
  });

  it('drops organisations and listed people whose membership has ended, and people whose account is disabled', async () => {
    const [secretariat, buyer] = await Promise.all([
      database.prisma.user.findUniqueOrThrow({ where: { email: 'secretariat@trappan.test' } }),
      database.prisma.user.findUniqueOrThrow({ where: { email: 'buyer@trappan.test' } }),
    ]);
    // The buyer chooses to be listed: now named.
    await database.prisma.membership.updateMany({ where: { userId: buyer.id }, data: { isListed: true } });
    expect((await konstgras()).listedPeople.map((p) => p.name)).toEqual(['Sara Nyström', 'Johan Ek']);

    await database.prisma.membership.updateMany({ where: { userId: buyer.id }, data: { status: 'LEFT', leftAt: new Date() } });
    await database.prisma.user.update({ where: { id: secretariat.id }, data: { disabledAt: new Date() } });
    const profile = await konstgras();
    expect(profile.listedPeople).toEqual([]);
    expect(profile.memberOrganizations.map((o) => o.name)).not.toContain('Malmö stad');
    expect(profile.memberCount).toBe(7);
  });

  it('gives funding periods as calendar dates', async () => {
    const network = await database.prisma.network.findUniqueOrThrow({ where: { slug: 'konstgras' }, select: { id: true } });
    const funder = await database.prisma.networkFunder.findFirstOrThrow({ where: { networkId: network.id }, select: { id: true } });
    // In place of the demo history's periods (dated from the seeding day), two with known dates.
    await database.prisma.fundingPeriod.deleteMany({ where: { funderId: funder.id } });
    await database.prisma.fundingPeriod.createMany({
      data: [
        { funderId: funder.id, status: 'ENDED', periodStart: new Date('2019-01-01'), periodEnd: new Date('2021-12-31'), amountSek: 1_234_567 },
        { funderId: funder.id, status: 'APPLIED', periodStart: new Date('2027-01-01'), periodEnd: new Date('2028-12-31') },
      ],
    });
    expect((await konstgras()).funders).toEqual([
      {
        name: 'Naturvårdsverket',
        kind: 'PROJECT',
        periodStart: '2019-01-01',
        periodEnd: '2021-12-31',
        periods: [
          { periodStart: '2019-01-01', periodEnd: '2021-12-31', status: 'ENDED', amountSek: 1_234_567 },
          { periodStart: '2027-01-01', periodEnd: '2028-12-31', status: 'APPLIED', amountSek: null },
        ],
      },
    ]);
  });

  it('is null for a network that does not exist', async () => {
    expect(await getNetworkProfile('finns-inte', 'sv', null)).toBeNull();
  });
});
