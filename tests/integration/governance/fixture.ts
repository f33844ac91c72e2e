// The fixture the governance tests share: a fresh demo database the application uses, with
// helpers to find demo records and to build forms the way the browser sends them.
import { createDemoDatabaseForApp } from '../test-database';
import type { Fixture } from './roles';

export async function createGovernanceFixture(): Promise<Fixture> {
  const database = await createDemoDatabaseForApp();
  const { prisma } = database;
  let counter = 0;
  return {
    database,
    userId: async (email) => (await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id,
    networkId: async (slug) => (await prisma.network.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id,
    newMember: async ({ networkSlug, organizationSlug, role = 'MEMBER' }) => {
      counter += 1;
      const organization = await prisma.organization.findUniqueOrThrow({ where: { slug: organizationSlug }, select: { id: true } });
      const network = await prisma.network.findUniqueOrThrow({ where: { slug: networkSlug }, select: { id: true } });
      const user = await prisma.user.create({
        data: { email: `person-${counter}-${Date.now()}@trappan.test`, name: `Person ${counter}`, organizationId: organization.id, affiliation: 'CONFIRMED', emailVerifiedAt: new Date() },
      });
      const membership = await prisma.membership.create({
        data: { userId: user.id, networkId: network.id, organizationId: organization.id, role, competence: 'PROCURER' },
      });
      return { userId: user.id, membershipId: membership.id };
    },
    form: (fields) => {
      const form = new FormData();
      form.set('locale', 'sv');
      for (const [key, value] of Object.entries(fields)) {
        for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
      }
      return form;
    },
  };
}
