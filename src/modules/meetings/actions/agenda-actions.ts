'use server';

// The agenda's server actions: members propose items, and change or withdraw their own
// proposals until the coordinator has decided on them; coordinators add, edit, accept or
// decline, reorder and publish. Every one runs through runNetworkAction (the network comes
// from the meeting or item in the database, never from the form) and names the agenda
// version its form was rendered with: when the agenda has changed since, the action is
// refused (agendaChanged) and the form keeps what was typed, so two coordinators working at
// once never overwrite each other silently. The check-and-increment of the version happens
// inside the action's transaction, which also holds the network's row lock.
import { getMessages } from '@/i18n/messages';
import { formatStockholmInstant } from '@/i18n/stockholm-time';
import { Refusal, runNetworkAction, type FormState, type Located, type Tx } from '@/server/actions/network-action';

import { assertMinutesNotApproved } from '../approved-minutes';
import { can } from '@/server/policy';

import { agendaRecipientsWhere, agendaUrl } from '../agenda-recipients';
import {
  agendaMail,
  decideSchema,
  inAgendaOrder,
  moveInOrder,
  moveSchema,
  newItemSchema,
  nextPosition,
  positionUpdates,
  publishSchema,
  updateItemSchema,
  withdrawSchema,
} from '../agenda-rules';

const locateMeeting = async (tx: Tx, input: { meetingId: string }): Promise<Located | null> => {
  const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { networkId: true, agenda: { select: { id: true } } } });
  return meeting && { networkId: meeting.networkId, entityType: 'Agenda', entityId: meeting.agenda?.id ?? null };
};

const locateItem = async (tx: Tx, input: { itemId: string }): Promise<Located | null> => {
  const item = await tx.agendaItem.findUnique({ where: { id: input.itemId }, select: { id: true, agenda: { select: { meeting: { select: { networkId: true } } } } } });
  return item && { networkId: item.agenda.meeting.networkId, entityType: 'AgendaItem', entityId: item.id };
};

type ClaimedAgenda = { id: string; meetingId: string; status: 'DRAFT' | 'PUBLISHED'; version: number };

/**
 * The meeting's agenda, one version newer, provided it still has the version the form was
 * rendered with (an agenda not created yet has version 0 and is created here). Otherwise the
 * change is refused and nothing is written.
 */
async function claimAgenda(tx: Tx, meetingId: string, expectedVersion: number): Promise<ClaimedAgenda> {
  // A cancelled meeting's agenda stays as it was: nobody proposes or plans items for it.
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { status: true } });
  if (meeting.status === 'CANCELLED') throw new Refusal('meetingCancelled');
  // Once the minutes are approved, the agenda they follow is part of the record.
  await assertMinutesNotApproved(tx, meetingId);
  const agenda = await tx.agenda.findUnique({ where: { meetingId }, select: { id: true, meetingId: true, status: true, version: true } });
  if (!agenda) {
    if (expectedVersion !== 0) throw new Refusal('agendaChanged');
    return tx.agenda.create({ data: { meetingId, version: 1 }, select: { id: true, meetingId: true, status: true, version: true } });
  }
  const { count } = await tx.agenda.updateMany({ where: { id: agenda.id, version: expectedVersion }, data: { version: { increment: 1 } } });
  if (count === 0) throw new Refusal('agendaChanged');
  return { ...agenda, version: expectedVersion + 1 };
}

/** The item (already located) with its agenda claimed at the form's version. */
async function claimItem(tx: Tx, itemId: string, expectedVersion: number) {
  const item = await tx.agendaItem.findUniqueOrThrow({
    where: { id: itemId },
    select: { id: true, agendaId: true, title: true, status: true, position: true, proposedById: true, agenda: { select: { meetingId: true } } },
  });
  const agenda = await claimAgenda(tx, item.agenda.meetingId, expectedVersion);
  return { item, agenda };
}

/** Like claimItem, for the one who proposed the item and only while it still awaits a decision. */
async function claimOwnProposal(tx: Tx, itemId: string, expectedVersion: number, userId: string) {
  const claimed = await claimItem(tx, itemId, expectedVersion);
  if (claimed.item.proposedById !== userId) throw new Refusal('notYourProposal');
  if (claimed.item.status !== 'PROPOSED') throw new Refusal('agendaItemDecided');
  return claimed;
}

const acceptedPositions = async (tx: Tx, agendaId: string) =>
  (await tx.agendaItem.findMany({ where: { agendaId, status: 'ACCEPTED' }, select: { position: true } })).map((i) => i.position);

/**
 * Tells the meeting's attendees (agenda-recipients.ts) about the published agenda as it now
 * stands, in the outbox in the same transaction as the change: the messages exist if and only
 * if the change was saved. `again` when an agenda already published has changed: publishing
 * anew, or a proposal accepted or an item added after publication, which the members would
 * otherwise not learn of. Edits and moves wait for the coordinator to publish again.
 */
async function mailAgenda(tx: Tx, network: { id: string; slug: string; name: string }, meetingId: string, again: boolean): Promise<number> {
  const items = inAgendaOrder(
    await tx.agendaItem.findMany({
      where: { agenda: { meetingId }, status: 'ACCEPTED' },
      select: { id: true, position: true, createdAt: true, title: true, kind: true, plannedMinutes: true, presenter: true },
    }),
  );
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { id: true, title: true, startsAt: true } });
  const memberships = await tx.membership.findMany({
    where: agendaRecipientsWhere(network.id, meeting.id),
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  const recipients = [...new Map(memberships.map((m) => [m.user.id, m.user])).values()];
  const [sv, en] = [getMessages('sv'), getMessages('en')];
  const shared = {
    meetingTitle: meeting.title,
    networkName: network.name,
    when: { sv: formatStockholmInstant(meeting.startsAt, 'sv'), en: formatStockholmInstant(meeting.startsAt, 'en') },
    items,
    url: { sv: agendaUrl('sv', network.slug, meeting.id), en: agendaUrl('en', network.slug, meeting.id) },
    again,
  };
  await tx.notification.createMany({
    data: recipients.map((person) => ({
      ...agendaMail(sv, en, { ...shared, recipientName: person.name }),
      userId: person.id,
      email: person.email,
      kind: 'agenda.published',
      networkId: network.id,
      meetingId: meeting.id,
    })),
  });
  return recipients.length;
}

export async function proposeItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'agenda.proposeItem',
    schema: newItemSchema,
    locate: locateMeeting,
    authorize: (actor) => can(actor, 'participate'),
    perform: async ({ tx, input, user, t }) => {
      const agenda = await claimAgenda(tx, input.meetingId, input.agendaVersion);
      const { meetingId: _m, agendaVersion: _v, ...content } = input;
      const item = await tx.agendaItem.create({
        data: { ...content, agendaId: agenda.id, position: 0, status: 'PROPOSED', proposedById: user.id },
        select: { id: true },
      });
      return { message: t.agenda.proposed(input.title), entityId: item.id, audit: { after: { title: input.title, agendaVersion: agenda.version } } };
    },
  });
}

export async function reviseProposal(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'agenda.reviseProposal',
    schema: updateItemSchema,
    locate: locateItem,
    authorize: (actor) => can(actor, 'participate'),
    perform: async ({ tx, input, user, t }) => {
      const { item, agenda } = await claimOwnProposal(tx, input.itemId, input.agendaVersion, user.id);
      const { itemId: _i, agendaVersion: _v, ...content } = input;
      await tx.agendaItem.update({ where: { id: item.id }, data: content });
      return { message: t.agenda.revised(input.title), audit: { before: { title: item.title }, after: { title: input.title, agendaVersion: agenda.version } } };
    },
  });
}

export async function withdrawProposal(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'agenda.withdrawProposal',
    schema: withdrawSchema,
    locate: locateItem,
    authorize: (actor) => can(actor, 'participate'),
    perform: async ({ tx, input, user, t }) => {
      const { item, agenda } = await claimOwnProposal(tx, input.itemId, input.agendaVersion, user.id);
      await tx.agendaItem.delete({ where: { id: item.id } });
      return { message: t.agenda.withdrawn(item.title), audit: { before: { title: item.title }, after: { agendaVersion: agenda.version } } };
    },
  });
}

export async function addItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'agenda.addItem',
    schema: newItemSchema,
    locate: locateMeeting,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const agenda = await claimAgenda(tx, input.meetingId, input.agendaVersion);
      const { meetingId: _m, agendaVersion: _v, ...content } = input;
      const position = nextPosition(await acceptedPositions(tx, agenda.id));
      const item = await tx.agendaItem.create({ data: { ...content, agendaId: agenda.id, position, status: 'ACCEPTED' }, select: { id: true } });
      const notified = agenda.status === 'PUBLISHED' ? await mailAgenda(tx, network, agenda.meetingId, true) : null;
      return {
        message: notified === null ? t.agenda.added(input.title) : `${t.agenda.added(input.title)} ${t.agenda.changeMailed(notified)}`,
        entityId: item.id,
        audit: { after: { title: input.title, position, agendaVersion: agenda.version, ...(notified === null ? {} : { notified }) } },
      };
    },
  });
}

export async function updateItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'agenda.updateItem',
    schema: updateItemSchema,
    locate: locateItem,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, t }) => {
      const { item, agenda } = await claimItem(tx, input.itemId, input.agendaVersion);
      const { itemId: _i, agendaVersion: _v, ...content } = input;
      await tx.agendaItem.update({ where: { id: item.id }, data: content });
      return { message: t.agenda.updated(input.title), audit: { before: { title: item.title }, after: { title: input.title, agendaVersion: agenda.version } } };
    },
  });
}

export async function decideProposal(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'agenda.decideProposal',
    schema: decideSchema,
    locate: locateItem,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const { item, agenda } = await claimItem(tx, input.itemId, input.agendaVersion);
      if (item.status !== 'PROPOSED') throw new Refusal('agendaItemDecided');
      const accepted = input.decision === 'accept';
      const position = accepted ? nextPosition(await acceptedPositions(tx, agenda.id)) : item.position;
      await tx.agendaItem.update({ where: { id: item.id }, data: { status: accepted ? 'ACCEPTED' : 'DECLINED', position } });
      const notified = accepted && agenda.status === 'PUBLISHED' ? await mailAgenda(tx, network, agenda.meetingId, true) : null;
      const message = accepted ? t.agenda.accepted(item.title) : t.agenda.declined(item.title);
      return {
        message: notified === null ? message : `${message} ${t.agenda.changeMailed(notified)}`,
        audit: { after: { title: item.title, accepted, ...(accepted ? { position } : {}), agendaVersion: agenda.version, ...(notified === null ? {} : { notified }) } },
      };
    },
  });
}

export async function moveItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'agenda.moveItem',
    schema: moveSchema,
    locate: locateItem,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, t }) => {
      const { item, agenda } = await claimItem(tx, input.itemId, input.agendaVersion);
      const accepted = inAgendaOrder(await tx.agendaItem.findMany({ where: { agendaId: agenda.id, status: 'ACCEPTED' }, select: { id: true, position: true, createdAt: true } }));
      const order = moveInOrder(
        accepted.map((i) => i.id),
        item.id,
        input.direction,
      );
      if (!order) throw new Refusal('agendaItemAtEdge');
      const updates = positionUpdates(order, new Map(accepted.map((i) => [i.id, i.position])));
      for (const update of updates) await tx.agendaItem.update({ where: { id: update.id }, data: { position: update.position } });
      const position = order.indexOf(item.id) + 1;
      return {
        message: t.agenda.moved(item.title, position),
        audit: { before: { position: accepted.findIndex((i) => i.id === item.id) + 1 }, after: { title: item.title, position, agendaVersion: agenda.version } },
      };
    },
  });
}

export async function publishAgenda(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'agenda.publish',
    schema: publishSchema,
    locate: locateMeeting,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, network, now, t }) => {
      const agenda = await claimAgenda(tx, input.meetingId, input.agendaVersion);
      if ((await tx.agendaItem.count({ where: { agendaId: agenda.id, status: 'ACCEPTED' } })) === 0) throw new Refusal('agendaEmpty');
      await tx.agenda.update({ where: { id: agenda.id }, data: { status: 'PUBLISHED', publishedAt: now, publishedById: user.id } });

      const notified = await mailAgenda(tx, network, input.meetingId, agenda.status === 'PUBLISHED');
      return {
        message: t.agenda.published(notified),
        entityId: agenda.id,
        audit: { after: { agendaVersion: agenda.version, notified } },
      };
    },
  });
}
