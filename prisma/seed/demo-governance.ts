// Demo governance for Konstgräs, seeded only in demo mode: the first version of its charter
// and two groups, so the secretariat's pages and the network page show something real from
// the start. Written from the report's facts about the network (prisma/seed/networks-2019.ts,
// p. 37 and 40). Idempotent in the strong sense: what exists is never touched, so a restart
// does not undo what the secretariat has changed since (a later version, a removed person).
import type { Prisma } from '@/generated/prisma/client';
import { changedFields, type CharterContent } from '@/modules/governance/charter-content';

const NETWORK_SLUG = 'konstgras';
const CHARTER_AUTHOR = 'secretariat@trappan.test';

const charter: CharterContent = {
  mission:
    'Att göra kommunernas utbyggnad av konstgräsplaner hållbar och minska spridningen av mikroplaster från plast- och ' +
    'gummigranulat. Nätverket samlar kommuner som bygger och sköter ' +
    'konstgräsplaner för att gemensamt ställa krav på marknaden och pröva mer miljövänliga lösningar.',
  shortTermGoals:
    'Undersöka och testa de två alternativ till plast- och gummiprodukter i konstgräs som projektet Hållbara konstgräsplaner ' +
    'pekade ut. Formulera upphandlingskriterier i form av miljökrav för konstgräs.',
  longTermGoals:
    'En gemensam upphandling och ett nationellt ramavtal via SKL Kommentus inköpscentral, och en idétävling om nya system ' +
    'för hållbara fotbollsplaner.',
  memberBenefit:
    'Medlemmarnas kommuner får färdiga miljökrav att använda i egna upphandlingar, kunskap från tester i verklig miljö och ' +
    'en starkare röst mot marknaden än var och en har ensam.',
  // The report does not say how Konstgräs relates to suppliers, so the demo claims nothing.
  stakeholderRelations: '',
  membershipPolicy: 'APPROVAL',
  // The report names SKL, Svenska Fotbollförbundet and Sveriges Fritids- och kulturchefsförening
  // as members (p. 37) but says nothing of votes: the demo keeps the default, no vote.
  associationsVote: false,
  decisionRule: 'CONSENSUS',
  qualifiedMajorityPercent: null,
  quorumPercent: 50,
  physicalMeetingsPerYear: 4,
  // Naturvårdsverket follows the work as an observer at the network meetings (p. 40).
  meetingFormat: 'HYBRID',
};

const groups = [
  {
    kind: 'BUYER' as const,
    name: 'Beställargrupp miljökrav för konstgräs',
    description: 'Tar fram gemensamma miljökrav och underlag inför en samordnad upphandling av konstgräsplaner.',
    // Members with a vote only.
    members: ['buyer@trappan.test', 'goteborg@trappan.test'],
  },
  {
    kind: 'WORKING' as const,
    name: 'Arbetsgrupp alternativa fyllnadsmaterial',
    description: 'Följer testerna av alternativ till plast- och gummigranulat och sammanfattar resultaten för nätverket.',
    // An observer may sit in a working group, never in a buyer group.
    members: ['goteborg@trappan.test', 'funder@trappan.test'],
  },
];

export async function seedDemoGovernance(tx: Prisma.TransactionClient): Promise<void> {
  const network = await tx.network.findUniqueOrThrow({ where: { slug: NETWORK_SLUG }, select: { id: true, membershipPolicy: true } });
  const userId = async (email: string) => (await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const authorId = await userId(CHARTER_AUTHOR);

  // The first version only when the network has none; the network's policy already matches.
  if ((await tx.charterVersion.count({ where: { networkId: network.id } })) === 0) {
    if (network.membershipPolicy !== charter.membershipPolicy) throw new Error('The demo charter must keep Konstgräs’s membership policy.');
    await tx.charterVersion.create({
      data: { networkId: network.id, version: 1, ...charter, changedFields: changedFields(null, charter), createdById: authorId },
    });
  }

  // A group and its first people only when the group does not exist yet.
  for (const group of groups) {
    const existing = await tx.networkGroup.findFirst({ where: { networkId: network.id, name: group.name }, select: { id: true } });
    if (existing) continue;
    const memberIds = await Promise.all(group.members.map(userId));
    await tx.networkGroup.create({
      data: {
        networkId: network.id,
        kind: group.kind,
        name: group.name,
        description: group.description,
        members: { create: memberIds.map((id) => ({ userId: id, addedById: authorId })) },
      },
    });
  }
}
