// The secretariat's work on other people's memberships: changing a role and removing a
// member. Each attempt acts on a fresh Konstgräs member, so attempts are independent.
import { changeRole, removeMember } from '@/modules/governance/actions/member-actions';

import { MANAGERS_ONLY, type ActionCase, type Fixture } from '../roles';

const membership = (fixture: Fixture, id: string) => fixture.database.prisma.membership.findUniqueOrThrow({ where: { id } });

/** A fresh member of a municipality (a contracting authority, so any role is open to them). */
const freshMember = (fixture: Fixture, networkSlug = 'konstgras') => fixture.newMember({ networkSlug, organizationSlug: 'malmo-stad' });

const changeRoleTo = async (fixture: Fixture, networkSlug?: string) => {
  const { membershipId } = await freshMember(fixture, networkSlug);
  return {
    form: fixture.form({ membershipId, role: 'STEERING' }),
    applied: async () => (await membership(fixture, membershipId)).role === 'STEERING',
  };
};

const remove = async (fixture: Fixture, networkSlug?: string) => {
  const { membershipId } = await freshMember(fixture, networkSlug);
  return {
    form: fixture.form({ membershipId, reason: 'Har bytt tjänst och representerar inte längre kommunen.' }),
    applied: async () => (await membership(fixture, membershipId)).status === 'REMOVED',
  };
};

export const cases: ActionCase[] = [
  {
    name: "change a member's role",
    run: changeRole,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => changeRoleTo(fixture),
    forged: (fixture) => changeRoleTo(fixture, 'avancerad-rening-av-avloppsvatten'),
  },
  {
    name: 'remove a member',
    run: removeMember,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => remove(fixture),
    forged: (fixture) => remove(fixture, 'avancerad-rening-av-avloppsvatten'),
  },
];
