// The need register: participants (observers included) propose needs; members stand behind
// them for their organisation (an observer, a funder, does not) and answer an invitation to
// share one; coordinators edit, move statuses and merge. The record actions are also tried on
// a need of another network, whose network must come from the database.
import { answerSharingInvitation, mergeNeed, proposeNeed, shareNeed, transitionNeed, updateNeed } from '@/modules/needs/actions/need-actions';

import { KONSTGRAS_PARTICIPANTS, MANAGERS_ONLY, ROLES, type ActionCase, type Fixture, successOnRedirect } from '../roles';

const OTHER_NETWORK = 'avancerad-rening-av-avloppsvatten';
let counter = 0;
const unique = (prefix: string) => `${prefix} ${++counter}-${Date.now().toString(36)}`;

/** A proposed need, shared by nobody, straight in the database. */
async function newNeed(fixture: Fixture, networkSlug: string) {
  const network = await fixture.database.prisma.network.findUniqueOrThrow({ where: { slug: networkSlug }, select: { id: true, areaId: true } });
  return fixture.database.prisma.need.create({
    data: { networkId: network.id, areaId: network.areaId, title: unique('Testbehov'), problem: 'Planerna slits ut för fort.' },
    select: { id: true, areaId: true },
  });
}

const needOf = (fixture: Fixture, id: string) => fixture.database.prisma.need.findUniqueOrThrow({ where: { id } });

async function proposeAttempt(fixture: Fixture, networkSlug: string) {
  const network = await fixture.database.prisma.network.findUniqueOrThrow({ where: { slug: networkSlug }, select: { id: true, areaId: true } });
  const title = unique('Föreslaget behov');
  return {
    form: fixture.form({ networkId: network.id, title, problem: 'Belysningen tänds fast ingen är där.', areaId: network.areaId }),
    applied: async () => (await fixture.database.prisma.need.count({ where: { title } })) === 1,
  };
}

async function updateAttempt(fixture: Fixture, networkSlug: string) {
  const need = await newNeed(fixture, networkSlug);
  const title = unique('Ändrat behov');
  return {
    form: fixture.form({ needId: need.id, title, problem: 'Ny beskrivning.', areaId: need.areaId }),
    applied: async () => (await needOf(fixture, need.id)).title === title,
  };
}

async function shareAttempt(fixture: Fixture, networkSlug: string) {
  const need = await newNeed(fixture, networkSlug);
  return {
    form: fixture.form({ needId: need.id }),
    applied: async () => (await fixture.database.prisma.needOrganization.count({ where: { needId: need.id } })) > 0,
  };
}

/**
 * A need on which Malmö stad (the demo member's organisation) is invited to share: only someone
 * of Malmö stad may answer, a coordinator of the network or an admin included not.
 */
async function answerAttempt(fixture: Fixture, networkSlug: string) {
  const need = await newNeed(fixture, networkSlug);
  const { prisma } = fixture.database;
  const malmo = await prisma.organization.findUniqueOrThrow({ where: { slug: 'malmo-stad' }, select: { id: true } });
  await prisma.needOrganization.create({ data: { needId: need.id, organizationId: malmo.id, status: 'INVITED' } });
  return {
    form: fixture.form({ needId: need.id, answer: 'confirm' }),
    applied: async () => (await prisma.needOrganization.findUniqueOrThrow({ where: { needId_organizationId: { needId: need.id, organizationId: malmo.id } } })).status === 'CONFIRMED',
  };
}

async function transitionAttempt(fixture: Fixture, networkSlug: string) {
  const need = await newNeed(fixture, networkSlug);
  return {
    form: fixture.form({ needId: need.id, toStatus: 'PRIORITISED', reason: 'Högst poäng i rundan.' }),
    applied: async () => (await needOf(fixture, need.id)).status === 'PRIORITISED',
  };
}

async function mergeAttempt(fixture: Fixture, networkSlug: string) {
  const source = await newNeed(fixture, networkSlug);
  const target = await newNeed(fixture, networkSlug);
  return {
    form: fixture.form({ sourceNeedId: source.id, targetNeedId: target.id }),
    applied: async () => (await needOf(fixture, source.id)).mergedIntoId === target.id,
  };
}

export const cases: ActionCase[] = [
  {
    name: 'propose a need',
    run: successOnRedirect(proposeNeed),
    // Observers are participants: they propose needs too (they have no vote).
    expected: KONSTGRAS_PARTICIPANTS,
    prepare: (fixture) => proposeAttempt(fixture, 'konstgras'),
    forged: (fixture) => proposeAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'change a need',
    run: updateNeed,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => updateAttempt(fixture, 'konstgras'),
    forged: (fixture) => updateAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'stand behind a need for one’s organisation',
    run: shareNeed,
    // Every Konstgräs participant's membership names an organisation; the coordinator's is the
    // arranger, an association, which does not buy and so does not share needs; an observer
    // (the funder Naturvårdsverket) watches the network and shares no need either.
    expected: { ...KONSTGRAS_PARTICIPANTS, coordinator: 'deny', observer: 'deny' },
    prepare: (fixture) => shareAttempt(fixture, 'konstgras'),
    forged: (fixture) => shareAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'answer an invitation to share a need',
    run: answerSharingInvitation,
    expected: { ...Object.fromEntries(ROLES.map((role) => [role, 'deny' as const])), member: 'allow' } as ActionCase['expected'],
    prepare: (fixture) => answerAttempt(fixture, 'konstgras'),
    forged: (fixture) => answerAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'move a need’s status',
    run: transitionNeed,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => transitionAttempt(fixture, 'konstgras'),
    forged: (fixture) => transitionAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'merge a need into another',
    run: mergeNeed,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => mergeAttempt(fixture, 'konstgras'),
    forged: (fixture) => mergeAttempt(fixture, OTHER_NETWORK),
  },
];
