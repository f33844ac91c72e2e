// The need register: participants (observers included) propose needs and stand behind them
// for their organisation; coordinators edit, move statuses and merge. The record actions are
// also tried on a need of another network, whose network must come from the database.
import { mergeNeed, proposeNeed, shareNeed, transitionNeed, updateNeed } from '@/modules/needs/actions/need-actions';

import { KONSTGRAS_PARTICIPANTS, MANAGERS_ONLY, type ActionCase, type Fixture, successOnRedirect } from '../roles';

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
    // arranger, an association, which does not buy and so does not share needs.
    expected: { ...KONSTGRAS_PARTICIPANTS, coordinator: 'deny' },
    prepare: (fixture) => shareAttempt(fixture, 'konstgras'),
    forged: (fixture) => shareAttempt(fixture, OTHER_NETWORK),
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
