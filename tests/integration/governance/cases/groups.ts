// Groups: creating them and adding and removing people is the secretariat's work. The record
// actions are also tried on a group of another network, whose network must come from the
// database and not from the form.
import { addGroupMember, createGroup, removeGroupMember } from '@/modules/governance/actions/group-actions';

import { MANAGERS_ONLY, type ActionCase, type Fixture } from '../roles';

const OTHER_NETWORK = 'avancerad-rening-av-avloppsvatten';
let counter = 0;

async function newGroup(fixture: Fixture, networkSlug: string, kind: 'WORKING' | 'BUYER' | 'REFERENCE' = 'WORKING') {
  counter += 1;
  return fixture.database.prisma.networkGroup.create({
    data: { networkId: await fixture.networkId(networkSlug), kind, name: `Testgrupp ${counter}` },
    select: { id: true },
  });
}

const openPlace = (fixture: Fixture, groupId: string, userId: string) =>
  fixture.database.prisma.groupMembership.findFirst({ where: { groupId, userId, removedAt: null } });

/** A group with an active member of its network who is not in it yet. */
async function addAttempt(fixture: Fixture, networkSlug: string) {
  const group = await newGroup(fixture, networkSlug, 'BUYER');
  const { userId } = await fixture.newMember({ networkSlug, organizationSlug: 'malmo-stad' });
  return {
    form: fixture.form({ groupId: group.id, userId }),
    applied: async () => Boolean(await openPlace(fixture, group.id, userId)),
  };
}

/** A group with someone in it, to be removed. */
async function removeAttempt(fixture: Fixture, networkSlug: string) {
  const group = await newGroup(fixture, networkSlug);
  const { userId } = await fixture.newMember({ networkSlug, organizationSlug: 'malmo-stad' });
  const place = await fixture.database.prisma.groupMembership.create({ data: { groupId: group.id, userId }, select: { id: true } });
  return {
    form: fixture.form({ groupMembershipId: place.id, reason: 'Projektet är avslutat' }),
    applied: async () => (await fixture.database.prisma.groupMembership.findUniqueOrThrow({ where: { id: place.id } })).removedAt !== null,
  };
}

async function createAttempt(fixture: Fixture, networkSlug: string) {
  counter += 1;
  const name = `Ny grupp ${counter}`;
  const networkId = await fixture.networkId(networkSlug);
  return {
    form: fixture.form({ networkId, kind: 'REFERENCE', name, description: 'Synpunkter från marknaden.' }),
    applied: async () => (await fixture.database.prisma.networkGroup.count({ where: { networkId, name } })) === 1,
  };
}

export const cases: ActionCase[] = [
  {
    name: 'create a group',
    run: createGroup,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => createAttempt(fixture, 'konstgras'),
    forged: (fixture) => createAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'add a person to a group',
    run: addGroupMember,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => addAttempt(fixture, 'konstgras'),
    forged: (fixture) => addAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'remove a person from a group',
    run: removeGroupMember,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => removeAttempt(fixture, 'konstgras'),
    forged: (fixture) => removeAttempt(fixture, OTHER_NETWORK),
  },
];
