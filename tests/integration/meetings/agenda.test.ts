// The agenda: a member proposes, the coordinator accepts, reorders and publishes; members
// cannot do the coordinator's part; two coordinators saving against the same version get
// one success and one refusal with nothing lost; publishing writes the outbox in the same
// transaction; the mail sender delivers it; ids of another network's records are refused.
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { addItem, decideProposal, moveItem, proposeItem, publishAgenda, reviseProposal, updateItem, withdrawProposal } from '@/modules/meetings/actions/agenda-actions';
import { getAgendaView } from '@/modules/meetings/agenda-queries';
import { deliverPendingNotifications } from '@/server/mail/deliver-outbox';
import type { NetworkViewer } from '@/server/network-viewer';

import { seedDatabase } from '../../../prisma/seed/seed';
import { createGovernanceFixture } from '../governance/fixture';
import type { Fixture } from '../governance/roles';
import { actAs } from '../support/fake-session';

const sv = getMessages('sv');
let fixture: Fixture;
let konstgrasId: string;
let coordinatorId: string;
let memberId: string;
let counter = 0;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  konstgrasId = await fixture.networkId('konstgras');
  coordinatorId = await fixture.userId('secretariat@trappan.test');
  memberId = await fixture.userId('buyer@trappan.test');
});
afterAll(async () => {
  await fixture.database.drop();
});

const prisma = () => fixture.database.prisma;

async function newMeeting(networkId = konstgrasId) {
  counter += 1;
  return prisma().meeting.create({
    data: {
      networkId,
      title: `Testmöte ${counter}`,
      startsAt: new Date('2026-12-10T09:00:00Z'),
      endsAt: new Date('2026-12-10T12:00:00Z'),
      format: 'DIGITAL',
      onlineUrl: 'https://example.se/mote',
    },
    select: { id: true },
  });
}

const version = async (meetingId: string) => (await prisma().agenda.findUnique({ where: { meetingId } }))?.version ?? 0;

const itemForm = (fields: Record<string, string>) => fixture.form({ kind: 'DISCUSSION', presenter: '', plannedMinutes: '', description: '', links: '', ...fields });

async function accepted(meetingId: string) {
  return prisma().agendaItem.findMany({ where: { agenda: { meetingId }, status: 'ACCEPTED' }, orderBy: { position: 'asc' }, select: { id: true, title: true, position: true } });
}

async function add(meetingId: string, title: string) {
  actAs(coordinatorId);
  const result = await addItem({ status: 'idle' }, itemForm({ meetingId, agendaVersion: String(await version(meetingId)), title }));
  expect(result, JSON.stringify(result)).toMatchObject({ status: 'success' });
  return prisma().agendaItem.findFirstOrThrow({ where: { agenda: { meetingId }, title } });
}

describe('proposing, accepting, reordering and publishing', () => {
  it('runs from a member’s proposal to a published agenda', async () => {
    const meeting = await newMeeting();
    await add(meeting.id, 'Välkommen');
    await add(meeting.id, 'Rapporter från arbetsgrupperna');

    actAs(memberId);
    const proposed = await proposeItem(
      { status: 'idle' },
      itemForm({ meetingId: meeting.id, agendaVersion: String(await version(meeting.id)), title: 'Erfarenheter av granulatfria planer', kind: 'INFORMATION', plannedMinutes: '15', links: 'https://example.se/rapport.pdf' }),
    );
    expect(proposed).toMatchObject({ status: 'success', message: sv.agenda.proposed('Erfarenheter av granulatfria planer') });
    const proposal = await prisma().agendaItem.findFirstOrThrow({ where: { title: 'Erfarenheter av granulatfria planer', agenda: { meetingId: meeting.id } } });
    expect(proposal).toMatchObject({ status: 'PROPOSED', proposedById: memberId, plannedMinutes: 15, links: ['https://example.se/rapport.pdf'] });

    // The member cannot accept, reorder or publish.
    const before = await version(meeting.id);
    expect((await decideProposal({ status: 'idle' }, fixture.form({ itemId: proposal.id, agendaVersion: String(before), decision: 'accept' }))).message).toBe(
      sv.refused.notCoordinator,
    );
    const first = (await accepted(meeting.id))[1]!;
    expect((await moveItem({ status: 'idle' }, fixture.form({ itemId: first.id, agendaVersion: String(before), direction: 'up' }))).status).toBe('error');
    expect((await publishAgenda({ status: 'idle' }, fixture.form({ meetingId: meeting.id, agendaVersion: String(before) }))).status).toBe('error');
    expect((await updateItem({ status: 'idle' }, itemForm({ itemId: first.id, agendaVersion: String(before), title: 'Kapad' }))).status).toBe('error');
    expect(await version(meeting.id)).toBe(before);
    expect((await prisma().agenda.findUniqueOrThrow({ where: { meetingId: meeting.id } })).status).toBe('DRAFT');

    actAs(coordinatorId);
    const decided = await decideProposal({ status: 'idle' }, fixture.form({ itemId: proposal.id, agendaVersion: String(before), decision: 'accept' }));
    expect(decided).toMatchObject({ status: 'success', message: sv.agenda.accepted('Erfarenheter av granulatfria planer') });
    expect((await accepted(meeting.id)).map((i) => i.title)).toEqual(['Välkommen', 'Rapporter från arbetsgrupperna', 'Erfarenheter av granulatfria planer']);

    const moved = await moveItem({ status: 'idle' }, fixture.form({ itemId: proposal.id, agendaVersion: String(await version(meeting.id)), direction: 'up' }));
    expect(moved).toMatchObject({ status: 'success', message: sv.agenda.moved('Erfarenheter av granulatfria planer', 2) });
    expect((await accepted(meeting.id)).map((i) => [i.title, i.position])).toEqual([
      ['Välkommen', 1],
      ['Erfarenheter av granulatfria planer', 2],
      ['Rapporter från arbetsgrupperna', 3],
    ]);
    // The first item cannot move up.
    const top = (await accepted(meeting.id))[0]!;
    expect((await moveItem({ status: 'idle' }, fixture.form({ itemId: top.id, agendaVersion: String(await version(meeting.id)), direction: 'up' }))).message).toBe(
      sv.refused.agendaItemAtEdge,
    );
    // A decided proposal cannot be decided again.
    expect((await decideProposal({ status: 'idle' }, fixture.form({ itemId: proposal.id, agendaVersion: String(await version(meeting.id)), decision: 'decline' }))).message).toBe(
      sv.refused.agendaItemDecided,
    );

    const published = await publishAgenda({ status: 'idle' }, fixture.form({ meetingId: meeting.id, agendaVersion: String(await version(meeting.id)) }));
    expect(published.status, JSON.stringify(published)).toBe('success');
    const agenda = await prisma().agenda.findUniqueOrThrow({ where: { meetingId: meeting.id } });
    expect(agenda).toMatchObject({ status: 'PUBLISHED', publishedById: coordinatorId });
    expect(agenda.publishedAt).toBeInstanceOf(Date);
  });

  it('tells the members when a published agenda gains a proposal or an item, in the same transaction, and not when a draft does', async () => {
    const meeting = await newMeeting();
    await add(meeting.id, 'Välkommen');
    const mails = () => prisma().notification.findMany({ where: { meetingId: meeting.id, kind: 'agenda.published' }, select: { userId: true, body: true } });

    actAs(memberId);
    await proposeItem({ status: 'idle' }, itemForm({ meetingId: meeting.id, agendaVersion: String(await version(meeting.id)), title: 'Skötselavtal' }));
    const proposal = await prisma().agendaItem.findFirstOrThrow({ where: { title: 'Skötselavtal', agenda: { meetingId: meeting.id } } });
    actAs(coordinatorId);
    // A draft changes without mail.
    await add(meeting.id, 'Rapporter');
    expect(await mails()).toHaveLength(0);

    expect((await publishAgenda({ status: 'idle' }, fixture.form({ meetingId: meeting.id, agendaVersion: String(await version(meeting.id)) }))).status).toBe('success');
    const atPublication = (await mails()).length;
    expect(atPublication).toBeGreaterThan(0);

    const decided = await decideProposal({ status: 'idle' }, fixture.form({ itemId: proposal.id, agendaVersion: String(await version(meeting.id)), decision: 'accept' }));
    expect(decided).toMatchObject({ status: 'success', message: `${sv.agenda.accepted('Skötselavtal')} ${sv.agenda.changeMailed(atPublication)}` });
    const afterAccept = await mails();
    expect(afterAccept).toHaveLength(2 * atPublication);
    expect(afterAccept.at(-1)!.body).toContain('har ändrats och publicerats på nytt');
    expect(afterAccept.at(-1)!.body).toContain('Skötselavtal');

    await add(meeting.id, 'Övrigt');
    expect(await mails()).toHaveLength(3 * atPublication);

    // A refused change writes no mail: the version was stale.
    const stale = await decideProposal({ status: 'idle' }, fixture.form({ itemId: proposal.id, agendaVersion: '1', decision: 'decline' }));
    expect(stale.status).toBe('error');
    expect(await mails()).toHaveLength(3 * atPublication);
  });

  it('keeps the typed values and saves nothing when the form is invalid', async () => {
    const meeting = await newMeeting();
    actAs(memberId);
    const result = await proposeItem({ status: 'idle' }, itemForm({ meetingId: meeting.id, agendaVersion: '0', title: 'Tidsplan', plannedMinutes: '900' }));
    expect(result).toMatchObject({ status: 'error', fieldErrors: { plannedMinutes: sv.agenda.errors.plannedMinutes }, values: { title: 'Tidsplan', plannedMinutes: '900' } });
    expect(await prisma().agenda.count({ where: { meetingId: meeting.id } })).toBe(0);
  });

  it('refuses proposals and new items for a cancelled meeting', async () => {
    const meeting = await newMeeting();
    await add(meeting.id, 'Lägesrapport');
    await prisma().meeting.update({ where: { id: meeting.id }, data: { status: 'CANCELLED' } });
    actAs(memberId);
    const proposal = await proposeItem({ status: 'idle' }, itemForm({ meetingId: meeting.id, agendaVersion: String(await version(meeting.id)), title: 'Övrigt' }));
    expect(proposal.message).toBe(sv.refused.meetingCancelled);
    expect(await add(meeting.id, 'Nytt').catch(() => 'refused')).toBe('refused');
    expect((await accepted(meeting.id)).map((item) => item.title)).toEqual(['Lägesrapport']);
  });

  it('refuses to publish an agenda without accepted items', async () => {
    const meeting = await newMeeting();
    actAs(coordinatorId);
    const result = await publishAgenda({ status: 'idle' }, fixture.form({ meetingId: meeting.id, agendaVersion: '0' }));
    expect(result.message).toBe(sv.refused.agendaEmpty);
    expect(await prisma().agenda.count({ where: { meetingId: meeting.id } })).toBe(0);
  });
});

describe('a member’s own proposals', () => {
  async function propose(meetingId: string, title: string) {
    actAs(memberId);
    const result = await proposeItem({ status: 'idle' }, itemForm({ meetingId, agendaVersion: String(await version(meetingId)), title }));
    expect(result.status, JSON.stringify(result)).toBe('success');
    return prisma().agendaItem.findFirstOrThrow({ where: { agenda: { meetingId }, title } });
  }

  it('can be changed and withdrawn by the member until the coordinator decides, and by nobody else', async () => {
    const meeting = await newMeeting();
    const first = await propose(meeting.id, 'Upphandlingsplan 2027');
    const second = await propose(meeting.id, 'Studiebesök i Malmö');

    const revised = await reviseProposal(
      { status: 'idle' },
      itemForm({ itemId: first.id, agendaVersion: String(await version(meeting.id)), title: 'Gemensam upphandlingsplan 2027', kind: 'DECISION', plannedMinutes: '30' }),
    );
    expect(revised).toMatchObject({ status: 'success', message: sv.agenda.revised('Gemensam upphandlingsplan 2027') });
    expect(await prisma().agendaItem.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      title: 'Gemensam upphandlingsplan 2027',
      kind: 'DECISION',
      plannedMinutes: 30,
      status: 'PROPOSED',
      proposedById: memberId,
    });

    // Another member of the network may propose, but not change or withdraw someone else's proposal.
    const other = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'goteborgs-stad' });
    actAs(other.userId);
    const before = await version(meeting.id);
    const foreign = await reviseProposal({ status: 'idle' }, itemForm({ itemId: second.id, agendaVersion: String(before), title: 'Kapad' }));
    expect(foreign.message).toBe(sv.refused.notYourProposal);
    expect((await withdrawProposal({ status: 'idle' }, fixture.form({ itemId: second.id, agendaVersion: String(before) }))).message).toBe(sv.refused.notYourProposal);
    expect(await prisma().agendaItem.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ title: 'Studiebesök i Malmö', status: 'PROPOSED' });
    expect(await version(meeting.id)).toBe(before);

    // A change made against an old version is refused and keeps what was typed.
    actAs(memberId);
    const stale = await reviseProposal({ status: 'idle' }, itemForm({ itemId: second.id, agendaVersion: String(before - 1), title: 'Studiebesök i Malmö och Lund' }));
    expect(stale).toMatchObject({ status: 'error', message: sv.refused.agendaChanged, values: { title: 'Studiebesök i Malmö och Lund' } });

    const withdrawn = await withdrawProposal({ status: 'idle' }, fixture.form({ itemId: second.id, agendaVersion: String(before) }));
    expect(withdrawn).toMatchObject({ status: 'success', message: sv.agenda.withdrawn('Studiebesök i Malmö') });
    expect(await prisma().agendaItem.count({ where: { id: second.id } })).toBe(0);
    expect(await prisma().auditEvent.count({ where: { action: 'agenda.withdrawProposal', entityId: second.id, outcome: 'ALLOWED' } })).toBe(1);

    // Once the coordinator has decided, the proposal is theirs to edit, no longer the member's.
    actAs(coordinatorId);
    await decideProposal({ status: 'idle' }, fixture.form({ itemId: first.id, agendaVersion: String(await version(meeting.id)), decision: 'accept' }));
    actAs(memberId);
    const decided = await version(meeting.id);
    expect((await reviseProposal({ status: 'idle' }, itemForm({ itemId: first.id, agendaVersion: String(decided), title: 'Sent' }))).message).toBe(
      sv.refused.agendaItemDecided,
    );
    expect((await withdrawProposal({ status: 'idle' }, fixture.form({ itemId: first.id, agendaVersion: String(decided) }))).message).toBe(
      sv.refused.agendaItemDecided,
    );
    expect(await prisma().agendaItem.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ title: 'Gemensam upphandlingsplan 2027', status: 'ACCEPTED' });
  });

  it('keeps the typed values and changes nothing when the changed proposal is invalid', async () => {
    const meeting = await newMeeting();
    const item = await propose(meeting.id, 'Marknadsdialog');
    const result = await reviseProposal({ status: 'idle' }, itemForm({ itemId: item.id, agendaVersion: String(await version(meeting.id)), title: '', description: 'Vi bjuder in leverantörer.' }));
    expect(result).toMatchObject({ status: 'error', fieldErrors: { title: 'Fyll i rubrik.' }, values: { description: 'Vi bjuder in leverantörer.' } });
    expect(await prisma().agendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ title: 'Marknadsdialog', description: '' });
  });
});

describe('the shared input rules', () => {
  it('answers an empty title with "Fyll i rubrik" beside the field, and stores a link typed without https:// as https', async () => {
    const meeting = await newMeeting();
    actAs(coordinatorId);
    const empty = await addItem({ status: 'idle' }, itemForm({ meetingId: meeting.id, agendaVersion: String(await version(meeting.id)), title: '   ' }));
    expect(empty).toMatchObject({ status: 'error', fieldErrors: { title: 'Fyll i rubrik.' } });
    expect(empty.fieldErrors?.title).not.toContain('200');

    const added = await addItem(
      { status: 'idle' },
      itemForm({ meetingId: meeting.id, agendaVersion: String(await version(meeting.id)), title: 'Handlingar', links: 'www.example.se' }),
    );
    expect(added).toMatchObject({ status: 'success' });
    expect(await prisma().agendaItem.findFirstOrThrow({ where: { agenda: { meetingId: meeting.id }, title: 'Handlingar' } })).toMatchObject({ links: ['https://www.example.se'] });
  });
});

describe('who sees what', () => {
  it('shows the draft and proposals to coordinators, own proposals to members and only the published agenda to the public', async () => {
    const meeting = await newMeeting();
    await add(meeting.id, 'Välkommen');
    actAs(memberId);
    await proposeItem({ status: 'idle' }, itemForm({ meetingId: meeting.id, agendaVersion: String(await version(meeting.id)), title: 'Medlemmens förslag' }));
    const target = { id: meeting.id, networkId: konstgrasId };
    const viewer = (userId: string | null, mayManage: boolean, mayParticipate: boolean) =>
      ({ user: userId ? { id: userId } : null, actor: null, mayManage, mayParticipate }) as unknown as NetworkViewer;

    const coordinator = await getAgendaView(target, viewer(coordinatorId, true, true));
    expect(coordinator.accepted.map((i) => i.title)).toEqual(['Välkommen']);
    const buyerName = (await prisma().user.findUniqueOrThrow({ where: { id: memberId } })).name;
    expect(coordinator.proposals.map((i) => [i.title, i.proposedByName])).toEqual([['Medlemmens förslag', buyerName]]);
    expect(coordinator.recipientCount).toBeGreaterThan(0);
    const member = await getAgendaView(target, viewer(memberId, false, true));
    expect(member).toMatchObject({ accepted: [], proposals: [], recipientCount: null });
    expect(member.mine.map((i) => [i.title, i.status])).toEqual([['Medlemmens förslag', 'PROPOSED']]);
    const publicViewer = viewer(null, false, false);
    expect((await getAgendaView(target, publicViewer)).accepted).toEqual([]);

    actAs(coordinatorId);
    await publishAgenda({ status: 'idle' }, fixture.form({ meetingId: meeting.id, agendaVersion: String(await version(meeting.id)) }));
    const afterPublication = await getAgendaView(target, publicViewer);
    expect(afterPublication.accepted.map((i) => [i.title, i.proposedByName])).toEqual([['Välkommen', null]]);
    expect(afterPublication.mine).toEqual([]);
    expect((await getAgendaView(target, viewer(memberId, false, true))).accepted.map((i) => i.title)).toEqual(['Välkommen']);
  });
});

describe('two coordinators at once', () => {
  it('lets exactly one of two saves against the same version through and loses nothing', async () => {
    const meeting = await newMeeting();
    const item = await add(meeting.id, 'Ekonomi');
    const base = await version(meeting.id);
    actAs(coordinatorId);
    const results = await Promise.all([
      updateItem({ status: 'idle' }, itemForm({ itemId: item.id, agendaVersion: String(base), title: 'Ekonomi och budget 2027' })),
      addItem({ status: 'idle' }, itemForm({ meetingId: meeting.id, agendaVersion: String(base), title: 'Övriga frågor' })),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual(['error', 'success']);
    const refused = results.find((r) => r.status === 'error')!;
    expect(refused.message).toBe(sv.refused.agendaChanged);
    // The refused form keeps what was typed.
    expect(refused.values?.title === 'Ekonomi och budget 2027' || refused.values?.title === 'Övriga frågor').toBe(true);
    expect(await version(meeting.id)).toBe(base + 1);
    // Nothing lost: the item is still there, with exactly one of the two changes applied.
    const items = await prisma().agendaItem.findMany({ where: { agenda: { meetingId: meeting.id } } });
    const titles = items.map((i) => i.title).sort();
    expect([['Ekonomi och budget 2027'], ['Ekonomi', 'Övriga frågor']]).toContainEqual(titles);
  });

  it('refuses a member’s proposal made against an old version and keeps their text', async () => {
    const meeting = await newMeeting();
    await add(meeting.id, 'Välkommen');
    actAs(memberId);
    const result = await proposeItem({ status: 'idle' }, itemForm({ meetingId: meeting.id, agendaVersion: '0', title: 'Mitt förslag', description: 'Lång text' }));
    expect(result).toMatchObject({ status: 'error', message: sv.refused.agendaChanged, values: { title: 'Mitt förslag', description: 'Lång text' } });
    expect(await prisma().agendaItem.count({ where: { title: 'Mitt förslag', agenda: { meetingId: meeting.id } } })).toBe(0);
  });
});

describe('the notification outbox', () => {
  it('writes one message per active member who has not answered NO, in Swedish and English', async () => {
    const meeting = await newMeeting();
    await add(meeting.id, 'Beslut om gemensamma miljökrav');
    const observerId = await fixture.userId('funder@trappan.test');
    await prisma().meetingRegistration.create({ data: { meetingId: meeting.id, userId: memberId, answer: 'NO' } });
    await prisma().meetingRegistration.create({ data: { meetingId: meeting.id, userId: observerId, answer: 'MAYBE' } });
    const expected = await prisma().membership.findMany({
      where: { networkId: konstgrasId, status: 'ACTIVE', user: { disabledAt: null }, NOT: { userId: memberId } },
      select: { userId: true, user: { select: { email: true } } },
    });

    actAs(coordinatorId);
    const result = await publishAgenda({ status: 'idle' }, fixture.form({ meetingId: meeting.id, agendaVersion: String(await version(meeting.id)) }));
    expect(result).toMatchObject({ status: 'success', message: sv.agenda.published(expected.length) });
    const notifications = await prisma().notification.findMany({ where: { meetingId: meeting.id } });
    expect(notifications).toHaveLength(expected.length);
    expect(new Set(notifications.map((n) => n.userId))).toEqual(new Set(expected.map((m) => m.userId)));
    expect(notifications.map((n) => n.userId)).not.toContain(memberId);
    expect(notifications.map((n) => n.userId)).toContain(observerId);
    const one = notifications[0]!;
    expect(one).toMatchObject({ kind: 'agenda.published', networkId: konstgrasId, status: 'PENDING', sentAt: null });
    expect(expected.map((m) => m.user.email)).toContain(one.email);
    expect(one.body.indexOf('Dagordningen för')).toBeLessThan(one.body.indexOf('The agenda for'));
    expect(one.body).toContain('1. Beslut om gemensamma miljökrav (Diskussion)');

    // Publishing again notifies again.
    await publishAgenda({ status: 'idle' }, fixture.form({ meetingId: meeting.id, agendaVersion: String(await version(meeting.id)) }));
    expect(await prisma().notification.count({ where: { meetingId: meeting.id } })).toBe(2 * expected.length);
  });

  it('writes no message when the publication fails', async () => {
    const meeting = await newMeeting();
    await add(meeting.id, 'Punkt');
    // The audit event is the transaction's last write: make it fail for publications.
    await prisma().$executeRawUnsafe(`CREATE FUNCTION fail_publish() RETURNS trigger AS $$ BEGIN
      IF NEW.action = 'agenda.publish' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await prisma().$executeRawUnsafe(`CREATE TRIGGER fail_publish BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION fail_publish()`);
    try {
      actAs(coordinatorId);
      const before = await version(meeting.id);
      const result = await publishAgenda({ status: 'idle' }, fixture.form({ meetingId: meeting.id, agendaVersion: String(before) }));
      expect(result).toMatchObject({ status: 'error', message: sv.actions.unexpected });
      expect(await prisma().notification.count({ where: { meetingId: meeting.id } })).toBe(0);
      expect(await prisma().agenda.findUniqueOrThrow({ where: { meetingId: meeting.id } })).toMatchObject({ status: 'DRAFT', version: before });
    } finally {
      await prisma().$executeRawUnsafe('DROP TRIGGER fail_publish ON "AuditEvent"');
      await prisma().$executeRawUnsafe('DROP FUNCTION fail_publish()');
    }
  });

  it('delivers pending messages and marks them SENT, or keeps one the transport failed for a later try', async () => {
    await prisma().notification.updateMany({ where: { status: 'PENDING' }, data: { status: 'SENT', sentAt: new Date() } });
    const [a, b] = await Promise.all(
      ['a@example.se', 'b@example.se'].map((email) =>
        prisma().notification.create({ data: { email, subject: 'Dagordning: Test', body: 'Hej!', kind: 'agenda.published' } }),
      ),
    );
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sent: string[] = [];
    const result = await deliverPendingNotifications({
      prisma: prisma(),
      batchSize: 10,
      transport: {
        sendMail: async (message: nodemailer.SendMailOptions) => {
          if (message.to === 'b@example.se') throw new Error('mailbox unavailable');
          const info = await transport.sendMail(message);
          sent.push(JSON.parse(info.message).subject);
          return info;
        },
      },
    });
    expect(result).toEqual({ sent: 1, failed: 1, muted: 0 });
    expect(sent).toEqual(['Dagordning: Test']);
    expect(await prisma().notification.findUniqueOrThrow({ where: { id: a!.id } })).toMatchObject({ status: 'SENT', sentAt: expect.any(Date) });
    // The failed one waits for its next try (docs/decisions/0032), with why it failed.
    expect(await prisma().notification.findUniqueOrThrow({ where: { id: b!.id } })).toMatchObject({ status: 'PENDING', sentAt: null, attempts: 1, lastError: 'mailbox unavailable', nextAttemptAt: expect.any(Date) });
    // Nothing is left to send now.
    expect(await deliverPendingNotifications({ prisma: prisma(), transport })).toEqual({ sent: 0, failed: 0, muted: 0 });
  });
});

describe('records of another network', () => {
  it('refuses Konstgräs’s coordinator on another network’s agenda item', async () => {
    const otherNetwork = await fixture.networkId('avancerad-rening-av-avloppsvatten');
    const meeting = await newMeeting(otherNetwork);
    const agenda = await prisma().agenda.create({ data: { meetingId: meeting.id, version: 3 } });
    const item = await prisma().agendaItem.create({ data: { agendaId: agenda.id, position: 1, title: 'Slam', kind: 'DECISION', status: 'PROPOSED' } });
    actAs(coordinatorId);
    const forms = [
      decideProposal({ status: 'idle' }, fixture.form({ itemId: item.id, agendaVersion: '3', decision: 'accept' })),
      updateItem({ status: 'idle' }, itemForm({ itemId: item.id, agendaVersion: '3', title: 'Ändrad' })),
      publishAgenda({ status: 'idle' }, fixture.form({ meetingId: meeting.id, agendaVersion: '3' })),
      addItem({ status: 'idle' }, itemForm({ meetingId: meeting.id, agendaVersion: '3', title: 'Ny' })),
    ];
    for (const result of await Promise.all(forms)) expect(result.message).toBe(sv.refused.notCoordinator);
    expect(await prisma().agenda.findUniqueOrThrow({ where: { id: agenda.id } })).toMatchObject({ version: 3, status: 'DRAFT' });
    expect(await prisma().agendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ title: 'Slam', status: 'PROPOSED' });
    // An id that does not exist.
    expect((await moveItem({ status: 'idle' }, fixture.form({ itemId: 'nope', agendaVersion: '0', direction: 'up' }))).message).toBe(sv.refused.notFound);
  });
});

describe('demo agendas', () => {
  it('seeds Konstgräs’s demo meetings with agendas, once', async () => {
    const agendas = await prisma().agenda.findMany({
      where: { meeting: { networkId: konstgrasId, title: { in: ['Nätverksmöte om fyllnadsmaterialen', 'Nätverksmöte om miljökraven', 'Planeringsmöte för nästa år'] } } },
      select: { status: true, meeting: { select: { title: true } }, items: { select: { title: true, status: true, kind: true, proposedById: true } } },
    });
    const byTitle = new Map(agendas.map((a) => [a.meeting.title, a]));
    const autumn = byTitle.get('Nätverksmöte om miljökraven')!;
    expect(autumn.status).toBe('PUBLISHED');
    expect(autumn.items.filter((i) => i.status === 'ACCEPTED').length).toBeGreaterThanOrEqual(4);
    expect(autumn.items).toContainEqual(expect.objectContaining({ title: 'Beslut om gemensamma miljökrav för konstgräs', kind: 'DECISION' }));
    expect(autumn.items.some((i) => i.proposedById === memberId)).toBe(true);
    const planning = byTitle.get('Planeringsmöte för nästa år')!;
    expect(planning.status).toBe('DRAFT');
    expect(planning.items.map((i) => i.status).sort()).toEqual(['ACCEPTED', 'ACCEPTED', 'PROPOSED']);
    expect(byTitle.get('Nätverksmöte om fyllnadsmaterialen')!.items).toContainEqual(expect.objectContaining({ title: 'Beslut om idétävling för hållbara fotbollsplaner', kind: 'DECISION', status: 'ACCEPTED' }));

    // Seeding again (every start in demo mode) adds nothing.
    const items = await prisma().agendaItem.count();
    await seedDatabase(prisma(), { demo: true });
    expect(await prisma().agendaItem.count()).toBe(items);
  });
});
