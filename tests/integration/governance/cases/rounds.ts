// Prioritisation rounds: the secretariat opens and closes them; a member with a vote casts
// their organisation's ballot. Observers, a coordinator from the arranger association (no
// vote) and platform admins (not members) do not vote. Each attempt gets its own round.
import { toStockholmInput } from '@/i18n/stockholm-time';
import { castBallot, closeRound, openRound } from '@/modules/needs/actions/round-actions';
import { pointsField } from '@/modules/needs/prioritisation';

import { createNeeds, createRound } from '../../needs/round-fixture';
import { MANAGERS_ONLY, ROLES, type ActionCase, type Expected, type Fixture, type Role, successOnRedirect } from '../roles';

const KONSTGRAS = 'konstgras';
const OTHER = 'avancerad-rening-av-avloppsvatten';

let attempt = 0;

/** Only a member whose organisation votes: buyer@ for Malmö stad. */
const VOTER_ONLY = Object.fromEntries(ROLES.map((role) => [role, role === 'member' ? 'allow' : 'deny'])) as Record<Role, Expected>;

async function openAttempt(fixture: Fixture, slug: string) {
  const prisma = fixture.database.prisma;
  const networkId = await fixture.networkId(slug);
  const needIds = await createNeeds(prisma, networkId, 2);
  attempt += 1;
  const title = `Prioritering ${attempt}`;
  return {
    form: fixture.form({ networkId, title, closesAt: toStockholmInput(new Date(Date.now() + 14 * 24 * 3600_000)), pointsPerOrganization: '100', needIds }),
    applied: async () => (await prisma.prioritisationRound.count({ where: { title } })) === 1,
  };
}

async function ballotAttempt(fixture: Fixture, slug: string) {
  const prisma = fixture.database.prisma;
  const { roundId, needIds } = await createRound(prisma, await fixture.networkId(slug));
  return {
    form: fixture.form({ roundId, [pointsField(needIds[0]!)]: '60', [pointsField(needIds[1]!)]: '40' }),
    applied: async () => (await prisma.prioritisationBallot.count({ where: { roundId } })) === 1,
  };
}

async function closeAttempt(fixture: Fixture, slug: string) {
  const prisma = fixture.database.prisma;
  const { roundId } = await createRound(prisma, await fixture.networkId(slug));
  return {
    form: fixture.form({ roundId, confirm: 'on' }),
    applied: async () => (await prisma.prioritisationRound.findUniqueOrThrow({ where: { id: roundId } })).closesAt.getTime() <= Date.now(),
  };
}

export const cases: ActionCase[] = [
  {
    name: 'open a prioritisation round',
    run: successOnRedirect(openRound),
    expected: MANAGERS_ONLY,
    prepare: (fixture) => openAttempt(fixture, KONSTGRAS),
    forged: (fixture) => openAttempt(fixture, OTHER),
  },
  {
    name: 'cast an organisation’s ballot',
    run: castBallot,
    expected: VOTER_ONLY,
    prepare: (fixture) => ballotAttempt(fixture, KONSTGRAS),
    forged: (fixture) => ballotAttempt(fixture, OTHER),
  },
  {
    name: 'close a prioritisation round',
    run: closeRound,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => closeAttempt(fixture, KONSTGRAS),
    forged: (fixture) => closeAttempt(fixture, OTHER),
  },
];
