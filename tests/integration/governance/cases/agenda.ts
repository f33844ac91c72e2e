// Agendas: every participant of the network may propose an item, and change or withdraw
// their own proposal; adding, editing, deciding proposals, reordering and publishing is the
// coordinator's work. Each attempt gets its own
// meeting (and agenda), so the attempts do not depend on each other's versions; the forged
// attempts aim at a meeting or item of another network.
import { addItem, decideProposal, moveItem, proposeItem, publishAgenda, reviseProposal, updateItem, withdrawProposal } from '@/modules/meetings/actions/agenda-actions';

import { KONSTGRAS_PARTICIPANTS, MANAGERS_ONLY, ROLE_EMAIL, type ActionCase, type Fixture, type Role } from '../roles';

const OTHER_NETWORK = 'avancerad-rening-av-avloppsvatten';
const VERSION = 4;
let counter = 0;

/** A meeting of the network with an agenda at VERSION and, optionally, items. */
async function meetingWithAgenda(
  fixture: Fixture,
  networkSlug: string,
  items: Array<{ status: 'PROPOSED' | 'ACCEPTED'; position: number; proposedById?: string | null }> = [],
) {
  counter += 1;
  const prisma = fixture.database.prisma;
  const meeting = await prisma.meeting.create({
    data: {
      networkId: await fixture.networkId(networkSlug),
      title: `Matrismöte ${counter}`,
      startsAt: new Date('2026-11-05T08:00:00Z'),
      endsAt: new Date('2026-11-05T10:00:00Z'),
      format: 'DIGITAL',
      onlineUrl: 'https://example.se/mote',
    },
    select: { id: true },
  });
  const agenda = await prisma.agenda.create({ data: { meetingId: meeting.id, version: VERSION }, select: { id: true } });
  const created = [];
  for (const [index, item] of items.entries()) {
    created.push(
      await prisma.agendaItem.create({
        data: { agendaId: agenda.id, title: `Punkt ${counter}.${index + 1}`, kind: 'DISCUSSION', ...item },
        select: { id: true, title: true },
      }),
    );
  }
  return { meetingId: meeting.id, agendaId: agenda.id, items: created };
}

const itemFields = (title: string) => ({ title, kind: 'DECISION', presenter: 'Sara', plannedMinutes: '20', description: '', links: '' });

async function newItemAttempt(fixture: Fixture, networkSlug: string) {
  const { meetingId } = await meetingWithAgenda(fixture, networkSlug);
  counter += 1;
  const title = `Ny punkt ${counter}`;
  return {
    form: fixture.form({ meetingId, agendaVersion: String(VERSION), ...itemFields(title) }),
    applied: async () => (await fixture.database.prisma.agendaItem.count({ where: { title, agenda: { meetingId } } })) === 1,
  };
}

async function updateAttempt(fixture: Fixture, networkSlug: string) {
  const { items } = await meetingWithAgenda(fixture, networkSlug, [{ status: 'ACCEPTED', position: 1 }]);
  const item = items[0]!;
  return {
    form: fixture.form({ itemId: item.id, agendaVersion: String(VERSION), ...itemFields(`${item.title} (ändrad)`) }),
    applied: async () => (await fixture.database.prisma.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).title !== item.title,
  };
}

async function decideAttempt(fixture: Fixture, networkSlug: string) {
  const { items } = await meetingWithAgenda(fixture, networkSlug, [{ status: 'PROPOSED', position: 0 }]);
  const item = items[0]!;
  return {
    form: fixture.form({ itemId: item.id, agendaVersion: String(VERSION), decision: 'accept' }),
    applied: async () => (await fixture.database.prisma.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).status === 'ACCEPTED',
  };
}

/** A proposal made by the one who tries to change or withdraw it (by nobody, for a visitor). */
async function ownProposal(fixture: Fixture, networkSlug: string, role: Role) {
  const email = ROLE_EMAIL[role];
  const proposedById = email ? await fixture.userId(email) : null;
  const { items } = await meetingWithAgenda(fixture, networkSlug, [{ status: 'PROPOSED', position: 0, proposedById }]);
  return items[0]!;
}

async function reviseAttempt(fixture: Fixture, networkSlug: string, role: Role) {
  const item = await ownProposal(fixture, networkSlug, role);
  return {
    form: fixture.form({ itemId: item.id, agendaVersion: String(VERSION), ...itemFields(`${item.title} (ändrad)`) }),
    applied: async () => (await fixture.database.prisma.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).title !== item.title,
  };
}

async function withdrawAttempt(fixture: Fixture, networkSlug: string, role: Role) {
  const item = await ownProposal(fixture, networkSlug, role);
  return {
    form: fixture.form({ itemId: item.id, agendaVersion: String(VERSION) }),
    applied: async () => (await fixture.database.prisma.agendaItem.count({ where: { id: item.id } })) === 0,
  };
}

async function moveAttempt(fixture: Fixture, networkSlug: string) {
  const { items } = await meetingWithAgenda(fixture, networkSlug, [
    { status: 'ACCEPTED', position: 1 },
    { status: 'ACCEPTED', position: 2 },
  ]);
  const second = items[1]!;
  return {
    form: fixture.form({ itemId: second.id, agendaVersion: String(VERSION), direction: 'up' }),
    applied: async () => (await fixture.database.prisma.agendaItem.findUniqueOrThrow({ where: { id: second.id } })).position === 1,
  };
}

async function publishAttempt(fixture: Fixture, networkSlug: string) {
  const { meetingId, agendaId } = await meetingWithAgenda(fixture, networkSlug, [{ status: 'ACCEPTED', position: 1 }]);
  return {
    form: fixture.form({ meetingId, agendaVersion: String(VERSION) }),
    applied: async () => {
      const agenda = await fixture.database.prisma.agenda.findUniqueOrThrow({ where: { id: agendaId } });
      const notified = await fixture.database.prisma.notification.count({ where: { meetingId } });
      return agenda.status === 'PUBLISHED' && notified > 0;
    },
  };
}

export const cases: ActionCase[] = [
  {
    name: 'propose an agenda item',
    run: proposeItem,
    expected: KONSTGRAS_PARTICIPANTS,
    prepare: (fixture) => newItemAttempt(fixture, 'konstgras'),
    forged: (fixture) => newItemAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'add an agenda item',
    run: addItem,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => newItemAttempt(fixture, 'konstgras'),
    forged: (fixture) => newItemAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'edit an agenda item',
    run: updateItem,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => updateAttempt(fixture, 'konstgras'),
    forged: (fixture) => updateAttempt(fixture, OTHER_NETWORK),
  },
  {
    // Konstgräs's coordinator tries to change a proposal of their own in another network.
    name: 'change your own agenda proposal',
    run: reviseProposal,
    expected: KONSTGRAS_PARTICIPANTS,
    prepare: (fixture, role) => reviseAttempt(fixture, 'konstgras', role),
    forged: (fixture) => reviseAttempt(fixture, OTHER_NETWORK, 'coordinator'),
  },
  {
    name: 'withdraw your own agenda proposal',
    run: withdrawProposal,
    expected: KONSTGRAS_PARTICIPANTS,
    prepare: (fixture, role) => withdrawAttempt(fixture, 'konstgras', role),
    forged: (fixture) => withdrawAttempt(fixture, OTHER_NETWORK, 'coordinator'),
  },
  {
    name: 'accept a proposed agenda item',
    run: decideProposal,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => decideAttempt(fixture, 'konstgras'),
    forged: (fixture) => decideAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'move an agenda item',
    run: moveItem,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => moveAttempt(fixture, 'konstgras'),
    forged: (fixture) => moveAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'publish an agenda',
    run: publishAgenda,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => publishAttempt(fixture, 'konstgras'),
    forged: (fixture) => publishAttempt(fixture, OTHER_NETWORK),
  },
];
