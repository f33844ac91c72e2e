// Demo minutes for Konstgräs's held spring meeting (prisma/seed/demo-meetings.ts and
// demo-agendas.ts), seeded only in demo mode: approved minutes with a text per item, Anders
// Holm (goteborg@) as adjuster, and the adopted, public consensus decision on the idea
// competition, with the outcome computed by the same rules the server uses. Idempotent: a
// meeting that already has minutes is never touched, and a missing meeting is skipped.
import type { Prisma } from '@/generated/prisma/client';
import { hasVote } from '@/modules/governance/rules';
import { decideOutcome, presentAt } from '@/modules/meetings/decision-outcome';

const NETWORK_SLUG = 'konstgras';
const MEETING_TITLE = 'Nätverksmöte om fyllnadsmaterialen';
const DECISION_ITEM = 'Beslut om idétävling för hållbara fotbollsplaner';
const COORDINATOR = 'secretariat@trappan.test';
const ADJUSTER = 'goteborg@trappan.test';
const MOTION = 'Nätverket beslutar att genomföra en idétävling för hållbara fotbollsplaner under det kommande halvåret, med en gemensam jury från medlemskommunerna.';

/** The texts by agenda item title; the general text has no item. */
const TEXTS: Array<[string | null, string]> = [
  [null, 'Närvarande: Sara Nyström (samordnare), Johan Ek, Anders Holm, Maria Lund och Lena Ström (observatör, Naturvårdsverket).'],
  ['Välkommen och mötets öppnande', 'Samordnaren öppnade mötet och hälsade alla välkomna. Anders Holm valdes att justera protokollet.'],
  ['Resultat från testerna av alternativa fyllnadsmaterial', 'Arbetsgruppen redovisade mätningarna från testplanerna i Göteborg och Umeå. Båda alternativen minskade spridningen av granulat tydligt.'],
  ['Första utkastet till gemensamma miljökrav', 'Utkastet diskuterades. Johan Ek sammanställer synpunkterna till nästa möte.'],
  [DECISION_ITEM, 'Samordnaren presenterade förslaget om en idétävling. Ingen invände.'],
  ['Övriga frågor och nästa möte', 'Nästa möte hålls i Malmö.'],
];

export async function seedDemoMinutes(tx: Prisma.TransactionClient): Promise<void> {
  const network = await tx.network.findUnique({ where: { slug: NETWORK_SLUG }, select: { id: true } });
  if (!network) return;
  const meeting = await tx.meeting.findFirst({
    where: { networkId: network.id, title: MEETING_TITLE },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      minutes: { select: { id: true } },
      agenda: { select: { items: { where: { status: 'ACCEPTED' }, select: { id: true, title: true, kind: true } } } },
      attendance: { select: { userId: true, hasVote: true, arrivedAt: true, leftAt: true } },
    },
  });
  if (!meeting || meeting.minutes) return;
  const items = meeting.agenda?.items ?? [];
  const decisionItem = items.find((item) => item.title === DECISION_ITEM && item.kind === 'DECISION');
  const [coordinator, adjuster, charter, memberships] = await Promise.all([
    tx.user.findUnique({ where: { email: COORDINATOR }, select: { id: true } }),
    tx.user.findUnique({ where: { email: ADJUSTER }, select: { id: true } }),
    tx.charterVersion.findFirst({ where: { networkId: network.id }, orderBy: { version: 'desc' } }),
    tx.membership.findMany({
      where: { networkId: network.id, status: 'ACTIVE' },
      select: { role: true, organization: { select: { kind: true } }, user: { select: { organization: { select: { kind: true } } } } },
    }),
  ]);
  if (!coordinator || !adjuster || !charter || !decisionItem) return;

  // Approved a week after the meeting, by the coordinator and the adjuster.
  const approvedAt = new Date(meeting.endsAt.getTime() + 7 * 24 * 60 * 60 * 1000);
  const minutes = await tx.minutes.create({
    data: {
      meetingId: meeting.id,
      status: 'APPROVED',
      adjusterId: adjuster.id,
      coordinatorApprovedById: coordinator.id,
      coordinatorApprovedAt: approvedAt,
      adjusterApprovedAt: approvedAt,
      approvedAt,
    },
    select: { id: true },
  });
  const itemId = (title: string | null) => (title === null ? null : (items.find((item) => item.title === title)?.id ?? undefined));
  await tx.minutesEntry.createMany({
    data: TEXTS.flatMap(([title, text], i) => {
      const agendaItemId = itemId(title);
      if (agendaItemId === undefined) return [];
      // In the order written, a minute apart, so the page lists them as they were taken.
      return [{ minutesId: minutes.id, agendaItemId, text, createdById: coordinator.id, createdAt: new Date(meeting.endsAt.getTime() + i * 60_000) }];
    }),
  });

  // The decision was taken two hours into the meeting, by those present with a vote then.
  const decidedAt = new Date(Math.min(meeting.startsAt.getTime() + 2 * 60 * 60 * 1000, meeting.endsAt.getTime()));
  const presentVoterIds = presentAt(
    meeting.attendance.filter((a) => a.hasVote),
    decidedAt,
  );
  const votingMembers = memberships.filter((m) => hasVote(m.role, m.organization?.kind ?? m.user.organization?.kind ?? null, charter)).length;
  const rules = { decisionRule: charter.decisionRule, qualifiedMajorityPercent: charter.qualifiedMajorityPercent, quorumPercent: charter.quorumPercent };
  // Consensus: nobody objected. Under a majority rule, everyone present voted for.
  const votes = new Map(charter.decisionRule === 'CONSENSUS' ? [] : presentVoterIds.map((id) => [id, 'FOR' as const]));
  const result = decideOutcome({ rules, votingMembers, presentVoterIds, votes, objectorIds: [] });
  if (!result.ok) return;
  await tx.decision.create({
    data: {
      networkId: network.id,
      meetingId: meeting.id,
      agendaItemId: decisionItem.id,
      motion: MOTION,
      ...rules,
      votingMembers,
      presentVoters: presentVoterIds.length,
      outcome: result.outcome,
      votesFor: result.tally.for,
      votesAgainst: result.tally.against,
      votesAbstain: result.tally.abstain,
      isPublic: true,
      recordedById: coordinator.id,
      recordedAt: meeting.endsAt,
      votes: { create: [...votes].map(([userId, choice]) => ({ userId, choice })) },
    },
  });
}
