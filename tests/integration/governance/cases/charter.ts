// Changing the charter: the secretariat's work, so coordinators (and admins) only.
import { updateCharter } from '@/modules/governance/actions/charter-actions';

import { MANAGERS_ONLY, type ActionCase, type Fixture } from '../roles';

let attempt = 0;

/** A complete charter form whose mission is unique to this attempt, so every save is a change. */
async function charterForm(fixture: Fixture, networkId: string) {
  attempt += 1;
  const current = await fixture.database.prisma.charterVersion.findFirst({ where: { networkId }, orderBy: { version: 'desc' } });
  const mission = `Uppdrag, försök ${attempt}`;
  const form = fixture.form({
    networkId,
    baseVersion: String(current?.version ?? 0),
    mission,
    shortTermGoals: 'Testa alternativa fyllnadsmaterial.',
    longTermGoals: 'Ett nationellt ramavtal.',
    memberBenefit: 'Färdiga miljökrav.',
    membershipPolicy: 'APPROVAL',
    associationsVote: 'false',
    decisionRule: 'SIMPLE_MAJORITY',
    quorumPercent: '60',
    physicalMeetingsPerYear: '3',
    meetingFormat: 'DIGITAL',
  });
  const applied = async () => (await fixture.database.prisma.charterVersion.count({ where: { networkId, mission } })) === 1;
  return { form, applied };
}

export const cases: ActionCase[] = [
  {
    name: 'change the charter',
    run: updateCharter,
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => charterForm(fixture, await fixture.networkId('konstgras')),
    forged: async (fixture) => charterForm(fixture, await fixture.networkId('avancerad-rening-av-avloppsvatten')),
  },
];
