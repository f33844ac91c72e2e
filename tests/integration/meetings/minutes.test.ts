// Minutes and decisions through the server actions: outcomes under each of the charter's
// rules, the quorum, votes only from those present with a vote, the adjuster's approval,
// approved minutes that no action can change (a correction is a new linked entry), and the
// decision log's Swedish search, pages and visibility.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PrismaClient } from '@/generated/prisma/client';
import { getMessages } from '@/i18n/messages';
import { moveItem, publishAgenda } from '@/modules/meetings/actions/agenda-actions';
import { cancelMeeting, recordAttendance } from '@/modules/meetings/actions/meeting-actions';
import { addCorrection, approveMinutes, recordDecision, setAdjuster, setDecisionPublic, writeEntry } from '@/modules/meetings/actions/minutes-actions';
import { PublicDecisionsSection } from '@/modules/meetings/components/public-decisions-section';
import { decodeDecisionCursor, listDecisions } from '@/modules/meetings/decision-queries';
import { getMinutesView, getPublicMeetingDecisions } from '@/modules/meetings/minutes-queries';

import { seedDatabase } from '../../../prisma/seed/seed';
import { createGovernanceFixture } from '../governance/fixture';
import type { Fixture } from '../governance/roles';
import { actAs } from '../support/fake-session';
import { approvedMinutes, createMeeting, MEETING_START, setCharterRule, type Attendee } from './minutes-fixture';

const sv = getMessages('sv');
const refused = sv.refused;
let fixture: Fixture;
let prisma: PrismaClient;
let networkId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  prisma = fixture.database.prisma;
  networkId = await fixture.networkId('konstgras');
  for (const [key, email] of Object.entries({
    coordinator: 'secretariat@trappan.test',
    buyer: 'buyer@trappan.test',
    goteborg: 'goteborg@trappan.test',
    umea: 'umea@trappan.test',
    linkoping: 'linkoping@trappan.test',
    observer: 'funder@trappan.test',
    supplier: 'supplier@trappan.test',
  })) {
    ids[key] = await fixture.userId(email);
  }
});
afterAll(async () => {
  await fixture.database.drop();
});

const at = (time: string) => new Date(`2026-03-10T${time}:00Z`);

/** buyer@, goteborg@ and umea@ vote; the coordinator (an association) and the observer attend without a vote. */
const usualAttendees = (): Attendee[] => [
  { userId: ids.buyer!, role: 'MEMBER', hasVote: true },
  { userId: ids.goteborg!, role: 'STEERING', hasVote: true },
  { userId: ids.umea!, role: 'MEMBER', hasVote: true },
  { userId: ids.coordinator!, role: 'COORDINATOR', hasVote: false },
  { userId: ids.observer!, role: 'OBSERVER', hasVote: false },
];

async function record(meetingId: string, agendaItemId: string, fields: Record<string, string | string[]> = {}) {
  actAs(ids.coordinator!);
  return recordDecision({ status: 'idle' }, fixture.form({ meetingId, agendaItemId, motion: 'Nätverket beslutar att genomföra en idétävling.', ...fields }));
}

const decisionOf = (agendaItemId: string) => prisma.decision.findUnique({ where: { agendaItemId }, include: { votes: true } });

describe('recording a decision under the charter’s rule', () => {
  it('consensus: adopted without objections, rejected with one; re-recording replaces the decision', async () => {
    await setCharterRule(prisma, networkId, 'CONSENSUS', 50);
    const { meetingId, decisionItemId } = await createMeeting(prisma, { networkId, attendees: usualAttendees() });

    const first = await record(meetingId, decisionItemId);
    expect(first).toMatchObject({ status: 'success', message: sv.minutes.recorded('Bifallet') });
    const adopted = await decisionOf(decisionItemId);
    expect(adopted).toMatchObject({ outcome: 'ADOPTED', presentVoters: 3, decisionRule: 'CONSENSUS', quorumPercent: 50, networkId, meetingId });
    // The four voting members of Konstgräs: the coordinator (an association) and the observer have no vote.
    expect(adopted?.votingMembers).toBe(4);

    const again = await record(meetingId, decisionItemId, { objectorIds: ids.goteborg! });
    expect(again.status).toBe('success');
    const rejected = await decisionOf(decisionItemId);
    expect(rejected?.outcome).toBe('REJECTED');
    expect(rejected?.votes).toEqual([expect.objectContaining({ userId: ids.goteborg, choice: 'OBJECT' })]);
    expect(await prisma.decision.count({ where: { meetingId } })).toBe(1);
  });

  it('simple majority: more for than against adopts; a tie rejects', async () => {
    await setCharterRule(prisma, networkId, 'SIMPLE_MAJORITY', 50);
    const { meetingId, decisionItemId } = await createMeeting(prisma, { networkId, attendees: usualAttendees() });

    await record(meetingId, decisionItemId, { [`vote.${ids.buyer}`]: 'FOR', [`vote.${ids.goteborg}`]: 'AGAINST', [`vote.${ids.umea}`]: 'FOR' });
    expect(await decisionOf(decisionItemId)).toMatchObject({ outcome: 'ADOPTED', votesFor: 2, votesAgainst: 1, votesAbstain: 0 });

    await record(meetingId, decisionItemId, { [`vote.${ids.buyer}`]: 'FOR', [`vote.${ids.goteborg}`]: 'AGAINST', [`vote.${ids.umea}`]: 'ABSTAIN' });
    const tie = await decisionOf(decisionItemId);
    expect(tie).toMatchObject({ outcome: 'REJECTED', votesFor: 1, votesAgainst: 1, votesAbstain: 1 });
    expect(tie?.votes).toHaveLength(3);
  });

  it('qualified majority: the threshold of the charter decides, and is copied onto the decision', async () => {
    await setCharterRule(prisma, networkId, 'QUALIFIED_MAJORITY', 50, 67);
    const { meetingId, decisionItemId } = await createMeeting(prisma, { networkId, attendees: usualAttendees() });
    const votes = { [`vote.${ids.buyer}`]: 'FOR', [`vote.${ids.goteborg}`]: 'AGAINST', [`vote.${ids.umea}`]: 'FOR' };

    await record(meetingId, decisionItemId, votes);
    expect(await decisionOf(decisionItemId)).toMatchObject({ outcome: 'REJECTED', qualifiedMajorityPercent: 67 });

    await setCharterRule(prisma, networkId, 'QUALIFIED_MAJORITY', 50, 60);
    await record(meetingId, decisionItemId, votes);
    expect(await decisionOf(decisionItemId)).toMatchObject({ outcome: 'ADOPTED', qualifiedMajorityPercent: 60 });
  });

  it('without quorum the decision is recorded as not quorate, never adopted', async () => {
    await setCharterRule(prisma, networkId, 'SIMPLE_MAJORITY', 50);
    const { meetingId, decisionItemId } = await createMeeting(prisma, {
      networkId,
      attendees: [
        { userId: ids.buyer!, role: 'MEMBER', hasVote: true },
        { userId: ids.coordinator!, role: 'COORDINATOR', hasVote: false },
      ],
    });
    const result = await record(meetingId, decisionItemId, { [`vote.${ids.buyer}`]: 'FOR' });
    expect(result.message).toBe(sv.minutes.recorded('Ej beslutsför, bordlagt'));
    expect(await decisionOf(decisionItemId)).toMatchObject({ outcome: 'NOT_QUORATE', presentVoters: 1 });
  });

  it('refuses an item that is not a decision item, or one of another meeting', async () => {
    await setCharterRule(prisma, networkId, 'CONSENSUS', 50);
    const { meetingId, itemIds } = await createMeeting(prisma, { networkId, attendees: usualAttendees() });
    const other = await createMeeting(prisma, { networkId, attendees: usualAttendees() });
    expect((await record(meetingId, itemIds[0]!)).message).toBe(refused.notDecisionItem);
    expect((await record(meetingId, other.decisionItemId)).message).toBe(refused.notFound);
    expect(await prisma.decision.count({ where: { meetingId: { in: [meetingId, other.meetingId] } } })).toBe(0);
  });

  it('keeps what was typed and names the field when the input is invalid', async () => {
    const { meetingId, decisionItemId } = await createMeeting(prisma, { networkId, attendees: usualAttendees() });
    const result = await record(meetingId, decisionItemId, { motion: '  ', decidedAt: 'i morgon' });
    expect(result.status).toBe('error');
    expect(result.fieldErrors).toEqual({ motion: 'Fyll i förslag till beslut.', decidedAt: sv.minutes.errors.decidedAt });
    expect(result.values?.decidedAt).toBe('i morgon');
  });
});

describe('only those present with a vote vote', () => {
  let meetingId: string;
  let decisionItemId: string;

  beforeAll(async () => {
    await setCharterRule(prisma, networkId, 'SIMPLE_MAJORITY', 50);
    ({ meetingId, decisionItemId } = await createMeeting(prisma, {
      networkId,
      attendees: [
        ...usualAttendees().filter((a) => a.userId !== ids.umea),
        // Arrived an hour late: present only for items decided after 10:00 (UTC).
        { userId: ids.umea!, role: 'MEMBER', hasVote: true, arrivedAt: at('10:00') },
        // A supplier in the room (a market dialogue item): never a vote.
        { userId: ids.supplier!, role: 'MEMBER', hasVote: false },
      ],
    }));
  });

  it.each([
    ['the observer', 'observer', 'voterWithoutVote'],
    ['a supplier', 'supplier', 'voterWithoutVote'],
    ['the coordinator without a vote', 'coordinator', 'voterWithoutVote'],
    ['an absent member', 'linkoping', 'voterNotPresent'],
    ['a member who arrived after the decision', 'umea', 'voterNotPresent'],
  ] as const)('refuses a vote by %s and writes nothing', async (_who, key, code) => {
    const before = await prisma.auditEvent.count({ where: { action: 'minutes.recordDecision', outcome: 'DENIED' } });
    const result = await record(meetingId, decisionItemId, { decidedAt: '2026-03-10T10:30', [`vote.${ids.buyer}`]: 'FOR', [`vote.${ids[key]}`]: 'FOR' });
    expect(result).toMatchObject({ status: 'error', message: refused[code] });
    expect(await decisionOf(decisionItemId)).toBeNull();
    expect(await prisma.minutesEntry.count({ where: { minutes: { meetingId } } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: 'minutes.recordDecision', outcome: 'DENIED' } })).toBe(before + 1);
  });

  it('refuses an objection by someone without a vote under consensus', async () => {
    await setCharterRule(prisma, networkId, 'CONSENSUS', 50);
    const result = await record(meetingId, decisionItemId, { objectorIds: [ids.goteborg!, ids.observer!] });
    expect(result.message).toBe(refused.voterWithoutVote);
    expect(await decisionOf(decisionItemId)).toBeNull();
    await setCharterRule(prisma, networkId, 'SIMPLE_MAJORITY', 50);
  });

  it('counts the late member for an item decided after they arrived', async () => {
    const early = await record(meetingId, decisionItemId, { decidedAt: '2026-03-10T10:30', [`vote.${ids.umea}`]: 'AGAINST' });
    // 10:30 Swedish time is 09:30 UTC: before umea@ arrived (10:00 UTC).
    expect(early.message).toBe(refused.voterNotPresent);
    const late = await record(meetingId, decisionItemId, { decidedAt: '2026-03-10T11:30', [`vote.${ids.umea}`]: 'AGAINST', [`vote.${ids.buyer}`]: 'FOR', [`vote.${ids.goteborg}`]: 'FOR' });
    expect(late.status).toBe('success');
    expect(await decisionOf(decisionItemId)).toMatchObject({ presentVoters: 3, outcome: 'ADOPTED', votesAgainst: 1 });
  });

  it('refuses a time outside the meeting', async () => {
    const result = await record(meetingId, decisionItemId, { decidedAt: '2026-03-11T10:00' });
    expect(result.message).toBe(refused.decidedOutsideMeeting);
  });
});

describe('the adjuster and the approval', () => {
  let meetingId: string;

  beforeAll(async () => {
    await setCharterRule(prisma, networkId, 'CONSENSUS', 50);
    ({ meetingId } = await createMeeting(prisma, { networkId, attendees: usualAttendees() }));
  });

  const approve = (userId: string, as: 'coordinator' | 'adjuster') => {
    actAs(userId);
    return approveMinutes({ status: 'idle' }, fixture.form({ meetingId, as }));
  };
  const appoint = (adjusterId: string) => {
    actAs(ids.coordinator!);
    return setAdjuster({ status: 'idle' }, fixture.form({ meetingId, adjusterId }));
  };
  const minutes = () => prisma.minutes.findUniqueOrThrow({ where: { meetingId } });

  it('refuses empty minutes and approval without an adjuster', async () => {
    expect((await approve(ids.coordinator!, 'coordinator')).message).toBe(refused.minutesEmpty);
    actAs(ids.coordinator!);
    expect((await writeEntry({ status: 'idle' }, fixture.form({ meetingId, text: 'Mötet öppnades.' }))).status).toBe('success');
    expect((await approve(ids.coordinator!, 'coordinator')).message).toBe(refused.noAdjuster);
  });

  it('appoints only a member present with a vote, never the coordinator', async () => {
    expect((await appoint(ids.observer!)).message).toBe(refused.adjusterNotEligible);
    expect((await appoint(ids.linkoping!)).message).toBe(refused.adjusterNotEligible);
    expect((await appoint(ids.coordinator!)).message).toBe(refused.adjusterIsCoordinator);
    expect(await appoint(ids.goteborg!)).toMatchObject({ status: 'success', message: sv.minutes.adjusterSet('Anders Holm') });
    expect((await minutes()).adjusterId).toBe(ids.goteborg);
  });

  it('mails the adjuster with the appointment, and nobody for a refused one', async () => {
    const mails = () => prisma.notification.findMany({ where: { meetingId, kind: 'minutes.toAdjust' }, select: { userId: true, subject: true, body: true } });
    const before = await mails();
    expect(before.filter((mail) => mail.userId === ids.goteborg)).toHaveLength(1);
    expect(before[0]!.body).toContain(`/sv/networks/konstgras/meetings/${meetingId}/minutes`);
    expect(before[0]!.body).toContain('Sara Nyström har utsett dig till justerare');
    expect((await appoint(ids.observer!)).status).toBe('error');
    expect(await mails()).toHaveLength(before.length);
  });

  it('a change to the text withdraws an approval given before it', async () => {
    expect((await approve(ids.coordinator!, 'coordinator')).message).toBe(sv.minutes.approvedAsCoordinator);
    expect((await approve(ids.coordinator!, 'coordinator')).message).toBe(refused.alreadyApproved);
    actAs(ids.coordinator!);
    await writeEntry({ status: 'idle' }, fixture.form({ meetingId, text: 'Mötet öppnades kl. 10.' }));
    expect(await minutes()).toMatchObject({ coordinatorApprovedAt: null, status: 'DRAFT' });
    // One general text, changed in place while a draft.
    expect(await prisma.minutesEntry.findMany({ where: { minutes: { meetingId } }, select: { text: true } })).toEqual([{ text: 'Mötet öppnades kl. 10.' }]);
  });

  it('only the adjuster adjusts; with both approvals the minutes are approved', async () => {
    expect((await approve(ids.buyer!, 'adjuster')).message).toBe(refused.notAdjuster);
    expect((await approve(ids.goteborg!, 'coordinator')).message).toBe(refused.notCoordinator);
    expect((await approve(ids.goteborg!, 'adjuster')).message).toBe(sv.minutes.approvedAsAdjuster);
    expect((await minutes()).status).toBe('DRAFT');
    expect((await approve(ids.coordinator!, 'coordinator')).message).toBe(sv.minutes.approvedFinal);
    const approved = await minutes();
    expect(approved).toMatchObject({ status: 'APPROVED', coordinatorApprovedById: ids.coordinator });
    expect(approved.approvedAt).toBeInstanceOf(Date);
  });
});

describe('approved minutes are read-only', () => {
  let meetingId: string;
  let decisionItemId: string;
  let itemIds: string[];
  let entryId: string;

  beforeAll(async () => {
    await setCharterRule(prisma, networkId, 'CONSENSUS', 50);
    ({ meetingId, decisionItemId, itemIds } = await createMeeting(prisma, { networkId, attendees: usualAttendees() }));
    actAs(ids.coordinator!);
    await record(meetingId, decisionItemId);
    const minutes = await approvedMinutes(prisma, meetingId, ids.coordinator!, ids.goteborg!);
    entryId = minutes.entries[0]!.id;
  });

  const snapshot = async () => ({
    minutes: await prisma.minutes.findUniqueOrThrow({ where: { meetingId } }),
    entries: await prisma.minutesEntry.findMany({ where: { minutes: { meetingId } }, orderBy: { id: 'asc' } }),
    decision: await decisionOf(decisionItemId),
    // What the minutes describe: the meeting itself, its agenda's items and who was there.
    meeting: await prisma.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { title: true, status: true, startsAt: true } }),
    items: await prisma.agendaItem.findMany({ where: { agenda: { meetingId } }, orderBy: { id: 'asc' }, select: { id: true, title: true, position: true, status: true } }),
    attendance: await prisma.meetingAttendance.findMany({ where: { meetingId }, orderBy: { userId: 'asc' }, select: { userId: true, arrivedAt: true, leftAt: true } }),
  });
  const agendaVersion = async () => String((await prisma.agenda.findUniqueOrThrow({ where: { meetingId } })).version);

  it.each([
    ['write a text', () => writeEntry({ status: 'idle' }, fixture.form({ meetingId, text: 'Ändrad text.' }))],
    ['write a text under an item', () => writeEntry({ status: 'idle' }, fixture.form({ meetingId, agendaItemId: itemIds[0]!, text: 'Ny text.' }))],
    ['record the decision again', () => recordDecision({ status: 'idle' }, fixture.form({ meetingId, agendaItemId: decisionItemId, motion: 'Ett annat beslut.', objectorIds: ids.buyer! }))],
    ['appoint another adjuster', () => setAdjuster({ status: 'idle' }, fixture.form({ meetingId, adjusterId: ids.buyer! }))],
    ['approve again as coordinator', () => approveMinutes({ status: 'idle' }, fixture.form({ meetingId, as: 'coordinator' }))],
    ['move an agenda item', async () => moveItem({ status: 'idle' }, fixture.form({ itemId: itemIds[1]!, agendaVersion: await agendaVersion(), direction: 'up' }))],
    ['publish the agenda again', async () => publishAgenda({ status: 'idle' }, fixture.form({ meetingId, agendaVersion: await agendaVersion() }))],
    ['cancel the meeting', () => cancelMeeting({ status: 'idle' }, fixture.form({ meetingId, confirm: 'on' }))],
    ['change who was there', () => recordAttendance({ status: 'idle' }, fixture.form({ meetingId, present: [ids.coordinator!] }))],
  ])('refuses to %s', async (_name, action) => {
    const before = await snapshot();
    actAs(ids.coordinator!);
    const result = await action();
    expect(result).toMatchObject({ status: 'error', message: refused.minutesApproved });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses the adjuster approving again', async () => {
    const before = await snapshot();
    actAs(ids.goteborg!);
    expect((await approveMinutes({ status: 'idle' }, fixture.form({ meetingId, as: 'adjuster' }))).message).toBe(refused.minutesApproved);
    expect(await snapshot()).toEqual(before);
  });

  it('adds a correction as a new linked entry and leaves the original unchanged', async () => {
    const original = await prisma.minutesEntry.findUniqueOrThrow({ where: { id: entryId } });
    actAs(ids.coordinator!);
    const result = await addCorrection({ status: 'idle' }, fixture.form({ entryId, text: 'Rättelse: mötet öppnades kl. 10.15.' }));
    expect(result).toMatchObject({ status: 'success', message: sv.minutes.correctionSaved });
    expect(await prisma.minutesEntry.findUniqueOrThrow({ where: { id: entryId } })).toEqual(original);
    const correction = await prisma.minutesEntry.findFirstOrThrow({ where: { correctsId: entryId } });
    expect(correction).toMatchObject({ text: 'Rättelse: mötet öppnades kl. 10.15.', minutesId: original.minutesId, createdById: ids.coordinator });
    const view = await getMinutesView(meetingId);
    expect(view.entries).toHaveLength(1);
    expect(view.entries[0]?.corrections.map((c) => c.text)).toEqual(['Rättelse: mötet öppnades kl. 10.15.']);
  });

  it('refuses a correction to a draft (change the draft instead)', async () => {
    const draft = await createMeeting(prisma, { networkId, attendees: usualAttendees() });
    actAs(ids.coordinator!);
    await writeEntry({ status: 'idle' }, fixture.form({ meetingId: draft.meetingId, text: 'Utkast.' }));
    const entry = await prisma.minutesEntry.findFirstOrThrow({ where: { minutes: { meetingId: draft.meetingId } } });
    expect((await addCorrection({ status: 'idle' }, fixture.form({ entryId: entry.id, text: 'Rättelse.' }))).message).toBe(refused.minutesNotApproved);
  });

  it('still lets the network publish the decision', async () => {
    const decision = await decisionOf(decisionItemId);
    actAs(ids.coordinator!);
    expect((await setDecisionPublic({ status: 'idle' }, fixture.form({ decisionId: decision!.id, isPublic: 'true' }))).status).toBe('success');
    expect((await decisionOf(decisionItemId))?.isPublic).toBe(true);
  });
});

describe('the decision log', () => {
  let logNetworkId: string;

  beforeAll(async () => {
    // A network of its own, so the counts are exact.
    logNetworkId = await fixture.networkId('avancerad-rening-av-avloppsvatten');
    const coordinatorId = await fixture.userId('vatten@trappan.test');
    const motions = [
      'Nätverket beslutar att genomföra en idétävling för hållbara reningsverk.',
      'Nätverket beslutar att ta fram gemensamma miljökrav.',
      'Nätverket beslutar att utse en arbetsgrupp för läkemedelsrester.',
    ];
    const approved = await createMeeting(prisma, { networkId: logNetworkId, title: 'Justerat möte', items: motions.map((_, i) => ({ title: `Beslut ${i}`, kind: 'DECISION' as const })) });
    await approvedMinutes(prisma, approved.meetingId, coordinatorId, coordinatorId);
    const hidden = await createMeeting(prisma, { networkId: logNetworkId, title: 'Internt möte', isPublic: false });
    const draft = await createMeeting(prisma, { networkId: logNetworkId, title: 'Utkastmöte' });
    const base = { networkId: logNetworkId, decisionRule: 'CONSENSUS' as const, quorumPercent: 50, votingMembers: 4, presentVoters: 3, outcome: 'ADOPTED' as const };
    for (const [i, motion] of motions.entries()) {
      await prisma.decision.create({
        data: { ...base, meetingId: approved.meetingId, agendaItemId: approved.itemIds[i]!, motion, isPublic: i !== 1, recordedAt: new Date(MEETING_START.getTime() + i * 60_000) },
      });
    }
    await approvedMinutes(prisma, hidden.meetingId, coordinatorId, coordinatorId);
    await prisma.decision.create({ data: { ...base, meetingId: hidden.meetingId, agendaItemId: hidden.decisionItemId, motion: 'Internt beslut om idétävlingar.', isPublic: true } });
    await prisma.decision.create({ data: { ...base, meetingId: draft.meetingId, agendaItemId: draft.decisionItemId, motion: 'Beslut i ett utkast om idétävling.', isPublic: true } });
  });

  it('finds Swedish inflections of a word in the motion', async () => {
    const found = await listDecisions({ networkId: logNetworkId, scope: 'manage', q: 'idétävlingen' });
    expect(found.rows.map((r) => r.motion).sort()).toEqual(
      ['Beslut i ett utkast om idétävling.', 'Internt beslut om idétävlingar.', 'Nätverket beslutar att genomföra en idétävling för hållbara reningsverk.'].sort(),
    );
    expect((await listDecisions({ networkId: logNetworkId, scope: 'manage', q: 'miljökraven' })).rows).toHaveLength(1);
    expect((await listDecisions({ networkId: logNetworkId, scope: 'manage', q: 'ramavtal' })).rows).toHaveLength(0);
  });

  it('shows members the decisions of approved minutes, coordinators drafts too, the public only public ones', async () => {
    const motions = async (scope: 'manage' | 'members' | 'public') => (await listDecisions({ networkId: logNetworkId, scope })).rows.map((r) => r.motion);
    expect(await motions('manage')).toHaveLength(5);
    const members = await motions('members');
    expect(members).toHaveLength(4);
    expect(members).not.toContain('Beslut i ett utkast om idétävling.');
    // Public: marked public, of a public meeting, in approved minutes.
    expect((await motions('public')).sort()).toEqual(
      ['Nätverket beslutar att genomföra en idétävling för hållbara reningsverk.', 'Nätverket beslutar att utse en arbetsgrupp för läkemedelsrester.'].sort(),
    );
    const draftRow = (await listDecisions({ networkId: logNetworkId, scope: 'manage', q: 'utkast' })).rows[0];
    expect(draftRow?.draft).toBe(true);
  });

  it('pages with a cursor, newest first, without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listDecisions({ networkId: logNetworkId, scope: 'manage', take: 2, cursor: cursor ? decodeDecisionCursor(cursor) : null });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    const all = await listDecisions({ networkId: logNetworkId, scope: 'manage' });
    expect(seen).toEqual(all.rows.map((r) => r.id));
    expect(decodeDecisionCursor('nonsense')).toBeNull();
  });

  it('shows a meeting’s public decisions to the public only once approved', async () => {
    await setCharterRule(prisma, networkId, 'CONSENSUS', 50);
    const { meetingId, decisionItemId } = await createMeeting(prisma, { networkId, attendees: usualAttendees() });
    await record(meetingId, decisionItemId);
    const decision = await decisionOf(decisionItemId);
    actAs(ids.coordinator!);
    await setDecisionPublic({ status: 'idle' }, fixture.form({ decisionId: decision!.id, isPublic: 'true' }));
    expect(await getPublicMeetingDecisions(meetingId)).toEqual([]);
    await prisma.minutes.update({ where: { meetingId }, data: { status: 'APPROVED', approvedAt: new Date() } });
    expect((await getPublicMeetingDecisions(meetingId)).map((d) => d.id)).toEqual([decision!.id]);
  });
});

describe('the demo minutes', () => {
  it('has the spring meeting’s approved minutes with the adopted, public decision, seeded once', async () => {
    const meeting = await prisma.meeting.findFirstOrThrow({ where: { networkId, title: 'Nätverksmöte om fyllnadsmaterialen' } });
    const minutes = await prisma.minutes.findUniqueOrThrow({ where: { meetingId: meeting.id }, include: { entries: true } });
    expect(minutes).toMatchObject({ status: 'APPROVED', adjusterId: ids.goteborg });
    expect(minutes.entries.length).toBeGreaterThan(3);
    const decision = await prisma.decision.findFirstOrThrow({ where: { meetingId: meeting.id } });
    expect(decision).toMatchObject({ outcome: 'ADOPTED', isPublic: true, decisionRule: 'CONSENSUS', presentVoters: 3 });

    await seedDatabase(prisma, { demo: true });
    expect(await prisma.minutesEntry.count({ where: { minutesId: minutes.id } })).toBe(minutes.entries.length);
    expect(await prisma.decision.count({ where: { meetingId: meeting.id } })).toBe(1);

    const publicLog = await listDecisions({ networkId, scope: 'public', q: 'idétävlingen' });
    expect(publicLog.rows.map((r) => r.id)).toContain(decision.id);
    const html = renderToStaticMarkup(await PublicDecisionsSection({ locale: 'sv', networkId, slug: 'konstgras', contentLocale: 'sv' }));
    expect(html).toContain('Bifallet');
    expect(html).toContain('idétävling för hållbara fotbollsplaner');
  });
});
