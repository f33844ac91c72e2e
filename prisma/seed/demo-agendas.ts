// Demo agendas for Konstgräs's demo meetings (prisma/seed/demo-meetings.ts), seeded only in
// demo mode: the held meeting and the upcoming meeting have published agendas (two weeks before
// the held one, and on the seeding day for the upcoming one),
// the planning meeting a draft with a member's pending proposal. Idempotent: a meeting that
// already has an agenda is never touched, and a meeting that does not exist is skipped.
import type { Prisma } from '@/generated/prisma/client';
import type { AgendaItemKind, AgendaItemStatus } from '@/generated/prisma/enums';
import { stockholmDaysFrom } from '@/i18n/stockholm-time';

const NETWORK_SLUG = 'konstgras';
const COORDINATOR = 'secretariat@trappan.test';

type DemoItem = {
  title: string;
  kind: AgendaItemKind;
  presenter?: string;
  plannedMinutes?: number;
  description?: string;
  links?: string[];
  status?: AgendaItemStatus;
  proposedBy?: string;
};

type DemoAgenda = { meetingTitle: string; published: Date | null; items: DemoItem[] };

const demoAgendas = (now: Date): DemoAgenda[] => [
  {
    meetingTitle: 'Nätverksmöte om fyllnadsmaterialen',
    published: stockholmDaysFrom(now, -63, '10:00'),
    items: [
      { title: 'Välkommen och mötets öppnande', kind: 'INFORMATION', presenter: 'Sara Nyström', plannedMinutes: 10 },
      {
        title: 'Resultat från testerna av alternativa fyllnadsmaterial',
        kind: 'INFORMATION',
        plannedMinutes: 45,
        description: 'Arbetsgruppen redovisar mätningarna från testplanerna i Göteborg och Umeå.',
      },
      { title: 'Första utkastet till gemensamma miljökrav', kind: 'DISCUSSION', plannedMinutes: 60, proposedBy: 'buyer@trappan.test' },
      {
        title: 'Beslut om idétävling för hållbara fotbollsplaner',
        kind: 'DECISION',
        presenter: 'Sara Nyström',
        plannedMinutes: 30,
        description: 'Förslag: nätverket genomför en idétävling under det kommande halvåret med en gemensam jury.',
      },
      { title: 'Övriga frågor och nästa möte', kind: 'INFORMATION', plannedMinutes: 15 },
    ],
  },
  {
    meetingTitle: 'Nätverksmöte om miljökraven',
    published: now,
    items: [
      { title: 'Välkommen och mötets öppnande', kind: 'INFORMATION', presenter: 'Sara Nyström', plannedMinutes: 10 },
      { title: 'Läget i den samordnade upphandlingen', kind: 'INFORMATION', plannedMinutes: 30 },
      {
        title: 'Beslut om gemensamma miljökrav för konstgräs',
        kind: 'DECISION',
        presenter: 'Sara Nyström',
        plannedMinutes: 45,
        description: 'Arbetsgruppens slutliga förslag till miljökrav, som alla medlemmar använder i sina upphandlingar.',
        links: ['https://www.upphandlingsmyndigheten.se/'],
      },
      { title: 'Erfarenheter av granulatfria planer', kind: 'DISCUSSION', plannedMinutes: 30, proposedBy: 'buyer@trappan.test' },
      { title: 'Planering av idétävlingen', kind: 'DISCUSSION', plannedMinutes: 40 },
    ],
  },
  {
    meetingTitle: 'Planeringsmöte för nästa år',
    published: null,
    items: [
      { title: 'Mötesdatum för nästa år', kind: 'DISCUSSION', plannedMinutes: 30 },
      { title: 'Budget och finansiering för nästa år', kind: 'INFORMATION', presenter: 'Sara Nyström', plannedMinutes: 30 },
      { title: 'Ny arbetsgrupp för belysning av idrottsplatser', kind: 'DISCUSSION', plannedMinutes: 20, status: 'PROPOSED', proposedBy: 'umea@trappan.test' },
    ],
  },
];

export async function seedDemoAgendas(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  const agendas = demoAgendas(now);
  const network = await tx.network.findUnique({ where: { slug: NETWORK_SLUG }, select: { id: true } });
  if (!network) return;
  const people = await tx.user.findMany({
    where: { email: { in: [COORDINATOR, ...agendas.flatMap((a) => a.items.flatMap((i) => (i.proposedBy ? [i.proposedBy] : [])))] } },
    select: { id: true, email: true },
  });
  const idOf = (email: string) => people.find((p) => p.email === email)?.id ?? null;

  for (const demo of agendas) {
    const meeting = await tx.meeting.findFirst({ where: { networkId: network.id, title: demo.meetingTitle }, select: { id: true, agenda: { select: { id: true } } } });
    if (!meeting || meeting.agenda) continue;
    let position = 0;
    await tx.agenda.create({
      data: {
        meetingId: meeting.id,
        status: demo.published ? 'PUBLISHED' : 'DRAFT',
        version: demo.items.length + (demo.published ? 1 : 0),
        publishedAt: demo.published,
        publishedById: demo.published ? idOf(COORDINATOR) : null,
        items: {
          create: demo.items.map(({ proposedBy, status = 'ACCEPTED', ...item }) => ({
            ...item,
            status,
            position: status === 'ACCEPTED' ? ++position : 0,
            proposedById: proposedBy ? idOf(proposedBy) : null,
          })),
        },
      },
    });
  }
}
