// Funders, funding periods and status moves: the secretariat's coordinators and platform
// admins only. The forged ids are a funder, a period or a network of Avancerad rening av
// avloppsvatten, aimed at by Konstgräs's coordinator.
import { addFunderAction, addPeriodAction, removeFunderAction, removePeriodAction, updateFunderAction, updatePeriodAction } from '@/modules/funding/actions';
import { changeNetworkStatusAction } from '@/modules/networks/actions/network-status-actions';

import { MANAGERS_ONLY, type ActionCase, type Fixture } from '../roles';

const OTHER = 'avancerad-rening-av-avloppsvatten';
let attempt = 0;

async function newFunder(fixture: Fixture, slug: string) {
  attempt += 1;
  const prisma = fixture.database.prisma;
  const organization = await prisma.organization.create({ data: { slug: `finansiar-${attempt}-${Date.now()}`, name: `Finansiär ${attempt}`, kind: 'STATE_AGENCY' } });
  const funder = await prisma.networkFunder.create({
    data: { networkId: await fixture.networkId(slug), kind: 'PROJECT', funderOrganizationId: organization.id, periods: { create: { status: 'GRANTED', amountSek: 100 } } },
    include: { periods: true },
  });
  return { funder, period: funder.periods[0]!, organization };
}

const periodCount = (fixture: Fixture, funderId: string) => fixture.database.prisma.fundingPeriod.count({ where: { funderId } });

export const cases: ActionCase[] = [
  {
    name: 'add a funder',
    run: addFunderAction,
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const organization = await fixture.database.prisma.organization.create({ data: { slug: `ny-finansiar-${++attempt}`, name: `Ny finansiär ${attempt}`, kind: 'STATE_AGENCY' } });
      const networkId = await fixture.networkId('konstgras');
      return {
        form: fixture.form({ networkId, kind: 'PROJECT', organizationId: organization.id, status: 'GRANTED', amount: '1 234 567' }),
        applied: async () => (await fixture.database.prisma.networkFunder.count({ where: { funderOrganizationId: organization.id } })) === 1,
      };
    },
  },
  {
    name: 'change a funder',
    run: updateFunderAction,
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const { funder, organization } = await newFunder(fixture, 'konstgras');
      return {
        form: fixture.form({ funderId: funder.id, kind: 'BASE', organizationId: organization.id }),
        applied: async () => (await fixture.database.prisma.networkFunder.findUniqueOrThrow({ where: { id: funder.id } })).kind === 'BASE',
      };
    },
    forged: async (fixture) => {
      const { funder, organization } = await newFunder(fixture, OTHER);
      return {
        form: fixture.form({ funderId: funder.id, kind: 'BASE', organizationId: organization.id }),
        applied: async () => (await fixture.database.prisma.networkFunder.findUniqueOrThrow({ where: { id: funder.id } })).kind === 'BASE',
      };
    },
  },
  {
    name: 'remove a funder',
    run: removeFunderAction,
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const { funder } = await newFunder(fixture, 'konstgras');
      return { form: fixture.form({ funderId: funder.id }), applied: async () => (await fixture.database.prisma.networkFunder.count({ where: { id: funder.id } })) === 0 };
    },
    forged: async (fixture) => {
      const { funder } = await newFunder(fixture, OTHER);
      return { form: fixture.form({ funderId: funder.id }), applied: async () => (await fixture.database.prisma.networkFunder.count({ where: { id: funder.id } })) === 0 };
    },
  },
  {
    name: 'add a funding period',
    run: addPeriodAction,
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const { funder } = await newFunder(fixture, 'konstgras');
      return { form: fixture.form({ funderId: funder.id, status: 'APPLIED', periodEnd: '2028-12-31' }), applied: async () => (await periodCount(fixture, funder.id)) === 2 };
    },
    forged: async (fixture) => {
      const { funder } = await newFunder(fixture, OTHER);
      return { form: fixture.form({ funderId: funder.id, status: 'APPLIED', periodEnd: '2028-12-31' }), applied: async () => (await periodCount(fixture, funder.id)) === 2 };
    },
  },
  {
    name: 'change a funding period',
    run: updatePeriodAction,
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const { period } = await newFunder(fixture, 'konstgras');
      return {
        form: fixture.form({ periodId: period.id, status: 'ENDED', amount: '1234567' }),
        applied: async () => (await fixture.database.prisma.fundingPeriod.findUniqueOrThrow({ where: { id: period.id } })).amountSek === 1_234_567,
      };
    },
    forged: async (fixture) => {
      const { period } = await newFunder(fixture, OTHER);
      return {
        form: fixture.form({ periodId: period.id, status: 'ENDED', amount: '1234567' }),
        applied: async () => (await fixture.database.prisma.fundingPeriod.findUniqueOrThrow({ where: { id: period.id } })).amountSek === 1_234_567,
      };
    },
  },
  {
    name: 'remove a funding period',
    run: removePeriodAction,
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const { funder, period } = await newFunder(fixture, 'konstgras');
      return { form: fixture.form({ periodId: period.id }), applied: async () => (await periodCount(fixture, funder.id)) === 0 };
    },
    forged: async (fixture) => {
      const { funder, period } = await newFunder(fixture, OTHER);
      return { form: fixture.form({ periodId: period.id }), applied: async () => (await periodCount(fixture, funder.id)) === 0 };
    },
  },
  {
    name: 'change a network’s status',
    whenEnded: 'own rule',
    run: changeNetworkStatusAction,
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const networkId = await fixture.networkId('konstgras');
      // Each attempt starts from an active network, so the same move is tried every time.
      await fixture.database.prisma.network.update({ where: { id: networkId }, data: { status: 'ACTIVE' } });
      const reason = `Paus ${++attempt}`;
      return {
        form: fixture.form({ networkId, status: 'DORMANT', effectiveOn: new Date().toISOString().slice(0, 10), reason }),
        applied: async () => (await fixture.database.prisma.networkStatusChange.count({ where: { networkId, reason } })) === 1,
      };
    },
    forged: async (fixture) => {
      const networkId = await fixture.networkId(OTHER);
      const reason = `Förfalskad ${++attempt}`;
      return {
        form: fixture.form({ networkId, status: 'DORMANT', effectiveOn: new Date().toISOString().slice(0, 10), reason }),
        applied: async () => (await fixture.database.prisma.networkStatusChange.count({ where: { networkId, reason } })) === 1,
      };
    },
  },
];
