// Demo agendas for Konstgräs's demo meetings (prisma/seed/demo-meetings.ts), seeded only in
// demo mode: the held spring meeting and the upcoming autumn meeting have published agendas,
// the planning meeting a draft with a member's pending proposal. Idempotent: a meeting that
// already has an agenda is never touched, and a meeting that does not exist is skipped.
import type { Prisma } from '@/generated/prisma/client';
import type { AgendaItemKind, AgendaItemStatus } from '@/generated/prisma/enums';

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

const agendas: DemoAgenda[] = [
  {
    meetingTitle: 'Nätverksmöte vår 2026',
    published: new Date('2026-04-01T08:00:00Z'),
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
        description: 'Förslag: nätverket genomför en idétävling under hösten 2026 med en gemensam jury.',
      },
      { title: 'Övriga frågor och nästa möte', kind: 'INFORMATION', plannedMinutes: 15 },
    ],
  },
  {
    meetingTitle: 'Nätverksmöte höst 2026',
    published: new Date('2026-11-20T08:00:00Z'),
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
    meetingTitle: 'Planeringsmöte 2027',
    published: null,
    items: [
      { title: 'Mötesdatum 2027', kind: 'DISCUSSION', plannedMinutes: 30 },
      { title: 'Budget och finansiering 2027', kind: 'INFORMATION', presenter: 'Sara Nyström', plannedMinutes: 30 },
      { title: 'Ny arbetsgrupp för belysning av idrottsplatser', kind: 'DISCUSSION', plannedMinutes: 20, status: 'PROPOSED', proposedBy: 'umea@trappan.test' },
    ],
  },
];

export async function seedDemoAgendas(tx: Prisma.TransactionClient): Promise<void> {
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
