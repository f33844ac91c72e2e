// The year's assessment of the five success factors: the network's assessment is the
// coordinators' (and admins'), a member's own view any participant's but an observer's. Each
// attempt starts from Konstgräs without this year's assessments, so attempts are independent.
import { saveFactorAssessment } from '@/modules/dashboards/actions/factor-actions';

import { successOnRedirect, type ActionCase, type Expected, type Fixture, type Role } from '../roles';

const FACTORS = ['GOAL', 'STRUCTURE', 'ENGAGEMENT', 'COMMUNICATION', 'FUNDING'];
const year = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date()));

const assess = async (fixture: Fixture, scope: 'secretariat' | 'member', networkSlug = 'konstgras') => {
  const { prisma } = fixture.database;
  const networkId = await fixture.networkId(networkSlug);
  await prisma.factorAssessment.deleteMany({ where: { networkId, year: year() } });
  return {
    form: fixture.form({ networkId, scope, ...Object.fromEntries(FACTORS.map((factor) => [`score-${factor}`, '3'])) }),
    applied: async () => (await prisma.factorAssessment.count({ where: { networkId, year: year(), memberId: scope === 'secretariat' ? null : { not: null } } })) === 1,
  };
};

/** Konstgräs's participants who give a view of their own: not the observer. */
const KONSTGRAS_MEMBERS: Record<Role, Expected> = {
  anonymous: 'deny',
  supplier: 'deny',
  buyerNonMember: 'deny',
  member: 'allow',
  observer: 'deny',
  otherCoordinator: 'deny',
  coordinator: 'allow',
  agencyStaff: 'deny',
  admin: 'deny',
};

const MANAGERS: Record<Role, Expected> = { ...KONSTGRAS_MEMBERS, member: 'deny', admin: 'allow' };

export const cases: ActionCase[] = [
  {
    name: "assess the network's success factors for the year",
    run: successOnRedirect(saveFactorAssessment),
    expected: MANAGERS,
    prepare: (fixture) => assess(fixture, 'secretariat'),
  },
  {
    name: 'give one’s own view of the success factors',
    run: successOnRedirect(saveFactorAssessment),
    expected: KONSTGRAS_MEMBERS,
    prepare: (fixture) => assess(fixture, 'member'),
  },
];
