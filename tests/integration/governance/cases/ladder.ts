// The innovation ladder: assessing a need's market maturity is the secretariat's work; the
// network's participants work through the checklist of the need's step. Both are also tried
// on a need of another network, whose network must come from the database, not the form.
import { assessNeed, updateChecklistItem } from '@/modules/needs/actions/ladder-actions';

import { createLadderNeed, INTRODUCE_ANSWERS } from '../../needs/ladder-fixture';
import { KONSTGRAS_PARTICIPANTS, MANAGERS_ONLY, type ActionCase, type Fixture } from '../roles';

const KONSTGRAS = 'konstgras';
const OTHER_NETWORK = 'avancerad-rening-av-avloppsvatten';

async function assessAttempt(fixture: Fixture, slug: string) {
  const prisma = fixture.database.prisma;
  const need = await createLadderNeed(prisma, await fixture.networkId(slug));
  return {
    form: fixture.form({ needId: need.id, ...INTRODUCE_ANSWERS, offersSolutionsEvidence: 'Marknadsdialog i maj.', evidenceLinks: 'https://example.se/dialog' }),
    applied: async () => {
      const [assessments, updated] = await Promise.all([
        prisma.maturityAssessment.count({ where: { needId: need.id } }),
        prisma.need.findUniqueOrThrow({ where: { id: need.id }, select: { ladderStep: true } }),
      ]);
      return assessments === 1 && updated.ladderStep === 'INTRODUCE';
    },
  };
}

async function checklistAttempt(fixture: Fixture, slug: string) {
  const prisma = fixture.database.prisma;
  const need = await createLadderNeed(prisma, await fixture.networkId(slug), { step: 'INTRODUCE' });
  return {
    form: fixture.form({ needId: need.id, itemKey: 'method.testbed', covered: 'on', notes: 'Testbädd i Malmö hösten 2026.' }),
    applied: async () => (await prisma.ladderChecklistEntry.count({ where: { needId: need.id, itemKey: 'method.testbed', covered: true } })) === 1,
  };
}

export const cases: ActionCase[] = [
  {
    name: 'assess a need’s market maturity',
    run: assessNeed,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => assessAttempt(fixture, KONSTGRAS),
    forged: (fixture) => assessAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'update an item of a need’s ladder checklist',
    run: updateChecklistItem,
    expected: KONSTGRAS_PARTICIPANTS,
    prepare: (fixture) => checklistAttempt(fixture, KONSTGRAS),
    forged: (fixture) => checklistAttempt(fixture, OTHER_NETWORK),
  },
];
