// Appointing the first coordinator of a network that has none: for platform admins and agency
// staff only. Each attempt gets a network without a coordinator (Digitala tjänster inom
// socialtjänsten, whose coordinator an earlier attempt appointed is made a member again) and a
// fresh member of a municipality to appoint.
import { appointFirstCoordinator } from '@/modules/governance/actions/first-coordinator-actions';

import type { ActionCase, Expected, Fixture, Role } from '../roles';

const membership = (fixture: Fixture, id: string) => fixture.database.prisma.membership.findUniqueOrThrow({ where: { id } });

/** Platform admins and agency staff, whoever else asks. */
const ADMINS_AND_AGENCY: Record<Role, Expected> = {
  anonymous: 'deny',
  supplier: 'deny',
  buyerNonMember: 'deny',
  member: 'deny',
  observer: 'deny',
  otherCoordinator: 'deny',
  coordinator: 'deny',
  agencyStaff: 'allow',
  admin: 'allow',
};

const NO_COORDINATOR = 'digitala-tjanster-inom-socialtjansten';

const appointMember = async (fixture: Fixture, networkSlug = NO_COORDINATOR) => {
  const { prisma } = fixture.database;
  if (networkSlug === NO_COORDINATOR) {
    await prisma.membership.updateMany({ where: { network: { slug: networkSlug }, status: 'ACTIVE', role: 'COORDINATOR' }, data: { role: 'MEMBER' } });
  }
  const { membershipId } = await fixture.newMember({ networkSlug, organizationSlug: 'malmo-stad' });
  return {
    form: fixture.form({ membershipId }),
    applied: async () => (await membership(fixture, membershipId)).role === 'COORDINATOR',
  };
};

export const cases: ActionCase[] = [
  {
    name: 'appoint the first coordinator of a network without one',
    run: appointFirstCoordinator,
    expected: ADMINS_AND_AGENCY,
    prepare: (fixture) => appointMember(fixture),
    // A member of a network that has a coordinator: refused, whoever asks.
    forged: (fixture) => appointMember(fixture, 'avancerad-rening-av-avloppsvatten'),
  },
];
