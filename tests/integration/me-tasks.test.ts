// The to-do list on /me, on the demo data: each person sees what waits for them and nothing
// that waits for someone else, newest first, and a task leaves the list once it is done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listMyTasks, type MyTaskKind } from '@/modules/me/my-tasks';

import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';

let fixture: Fixture;
const prisma = () => fixture.database.prisma;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
});
afterAll(async () => {
  await fixture.database.drop();
});

async function person(email: string) {
  return prisma().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, platformRole: true, organization: { select: { id: true, name: true, kind: true, countyCode: true } } },
  });
}

async function tasksOf(email: string, kind?: MyTaskKind) {
  const tasks = await listMyTasks(await person(email));
  return kind ? tasks.filter((task) => task.kind === kind) : tasks;
}

async function newMeeting(networkSlug: string, startsInDays: number, title: string) {
  const startsAt = new Date(Date.now() + startsInDays * DAY);
  return prisma().meeting.create({
    data: { networkId: await fixture.networkId(networkSlug), title, startsAt, endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000), format: 'DIGITAL', onlineUrl: 'https://mote.example.se/1' },
  });
}

describe('the coordinator', () => {
  it('sees join requests to decide and agenda proposals, each linking to the network', async () => {
    const applicant = await fixture.newMember({ networkSlug: 'bebo', organizationSlug: 'uppsala-kommun' });
    const request = await prisma().joinRequest.create({
      data: { networkId: await fixture.networkId('konstgras'), userId: applicant.userId, motivation: 'Vi bygger tre planer.', competence: 'PROCURER' },
    });
    const meeting = await newMeeting('konstgras', 20, 'Nätverksmöte i februari');
    const agenda = await prisma().agenda.create({ data: { meetingId: meeting.id } });
    const proposal = await prisma().agendaItem.create({
      data: { agendaId: agenda.id, position: 1, title: 'Gummigranulat i dagvatten', kind: 'DISCUSSION', proposedById: await fixture.userId('buyer@trappan.test') },
    });

    const tasks = await tasksOf('secretariat@trappan.test');
    expect(tasks).toContainEqual(expect.objectContaining({ kind: 'joinRequest', id: request.id, network: { slug: 'konstgras', name: 'Konstgräs', contentLocale: 'sv' } }));
    expect(tasks).toContainEqual(expect.objectContaining({ kind: 'agendaProposal', id: proposal.id, meetingId: meeting.id, itemTitle: 'Gummigranulat i dagvatten' }));
    // Newest first.
    const times = tasks.map((task) => task.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // Not for members, nor for the coordinator of another network.
    expect((await tasksOf('buyer@trappan.test')).map((task) => task.id)).not.toContain(request.id);
    expect((await tasksOf('vatten@trappan.test')).map((task) => task.id)).not.toContain(proposal.id);

    // Done: decided and accepted, they leave the list.
    await prisma().joinRequest.update({ where: { id: request.id }, data: { status: 'DECLINED', decidedAt: new Date(), decisionReason: 'Fel nätverk.' } });
    await prisma().agendaItem.update({ where: { id: proposal.id }, data: { status: 'ACCEPTED' } });
    const after = (await tasksOf('secretariat@trappan.test')).map((task) => task.id);
    expect(after).not.toContain(request.id);
    expect(after).not.toContain(proposal.id);
  });
});

describe('a member with a vote', () => {
  it('sees an open round until their organisation has voted, with its closing time', async () => {
    const closesAt = new Date(Date.now() + 7 * DAY);
    const round = await prisma().prioritisationRound.create({
      data: { networkId: await fixture.networkId('konstgras'), title: 'Vårens prioritering', pointsPerOrganization: 10, closesAt },
    });
    expect(await tasksOf('buyer@trappan.test', 'round')).toContainEqual(expect.objectContaining({ id: round.id, closesAt }));
    // An observer (the funder) has no vote, so nothing to do.
    expect((await tasksOf('funder@trappan.test', 'round')).map((task) => task.id)).not.toContain(round.id);

    const buyer = await person('buyer@trappan.test');
    await prisma().prioritisationBallot.create({ data: { roundId: round.id, organizationId: buyer.organization!.id, castById: buyer.id } });
    expect((await tasksOf('buyer@trappan.test', 'round')).map((task) => task.id)).not.toContain(round.id);
  });

  it('is asked to answer a coming meeting until they have answered, and not after the registration deadline', async () => {
    const meeting = await newMeeting('konstgras', 30, 'Studiebesök i Malmö');
    expect((await tasksOf('umea@trappan.test', 'meetingAnswer')).map((task) => task.id)).toContain(meeting.id);
    expect((await tasksOf('vatten@trappan.test', 'meetingAnswer')).map((task) => task.id)).not.toContain(meeting.id);

    await prisma().meetingRegistration.create({ data: { meetingId: meeting.id, userId: await fixture.userId('umea@trappan.test'), answer: 'YES' } });
    expect((await tasksOf('umea@trappan.test', 'meetingAnswer')).map((task) => task.id)).not.toContain(meeting.id);

    await prisma().meeting.update({ where: { id: meeting.id }, data: { registrationDeadline: new Date(Date.now() - DAY) } });
    expect((await tasksOf('linkoping@trappan.test', 'meetingAnswer')).map((task) => task.id)).not.toContain(meeting.id);
  });
});

describe('the adjuster', () => {
  it('sees minutes to adjust until they have approved them', async () => {
    const meeting = await newMeeting('konstgras', -3, 'Möte som hållits');
    const minutes = await prisma().minutes.create({ data: { meetingId: meeting.id, adjusterId: await fixture.userId('goteborg@trappan.test') } });
    expect(await tasksOf('goteborg@trappan.test', 'minutesToAdjust')).toContainEqual(expect.objectContaining({ id: minutes.id, meetingId: meeting.id }));
    expect((await tasksOf('umea@trappan.test', 'minutesToAdjust')).map((task) => task.id)).not.toContain(minutes.id);

    await prisma().minutes.update({ where: { id: minutes.id }, data: { adjusterApprovedAt: new Date() } });
    expect((await tasksOf('goteborg@trappan.test', 'minutesToAdjust')).map((task) => task.id)).not.toContain(minutes.id);
  });
});

describe('platform admins and agency staff', () => {
  it('see requests to a network without a coordinator, whose first coordinator they appoint', async () => {
    const applicant = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'goteborgs-stad' });
    const request = await prisma().joinRequest.create({
      data: { networkId: await fixture.networkId('bebo'), userId: applicant.userId, motivation: 'Vi renoverar bostäder.', competence: 'NEED_OWNER' },
    });
    expect(await tasksOf('admin@trappan.test', 'firstCoordinator')).toContainEqual(expect.objectContaining({ id: request.id, network: { slug: 'bebo', name: 'BeBo', contentLocale: 'sv' } }));
    expect(await tasksOf('agency@trappan.test', 'firstCoordinator')).toContainEqual(expect.objectContaining({ id: request.id }));
    expect((await tasksOf('buyer2@trappan.test')).map((task) => task.id)).not.toContain(request.id);

    // A network with a coordinator decides its own requests.
    const other = await fixture.newMember({ networkSlug: 'bebo', organizationSlug: 'uppsala-kommun' });
    const toKonstgras = await prisma().joinRequest.create({
      data: { networkId: await fixture.networkId('konstgras'), userId: other.userId, motivation: 'Vi har två planer.', competence: 'PROCURER' },
    });
    expect((await tasksOf('admin@trappan.test', 'firstCoordinator')).map((task) => task.id)).not.toContain(toKonstgras.id);
  });
});

describe('a member whose organisation is invited to share a need', () => {
  it('is asked to answer until someone of the organisation has, and an observer is not asked', async () => {
    const konstgras = await fixture.networkId('konstgras');
    const { areaId } = await prisma().network.findUniqueOrThrow({ where: { id: konstgras }, select: { areaId: true } });
    const malmo = await prisma().organization.findUniqueOrThrow({ where: { slug: 'malmo-stad' }, select: { id: true } });
    const funder = await prisma().organization.findUniqueOrThrow({ where: { slug: 'naturvardsverket' }, select: { id: true } });
    const need = await prisma().need.create({
      data: { networkId: konstgras, title: 'Gemensam mätning av granulatspridning', problem: 'Vi mäter var för sig.', areaId, organizations: { create: [{ organizationId: malmo.id }, { organizationId: funder.id }] } },
    });
    const invitation = { kind: 'sharingInvitation', needId: need.id, needTitle: need.title, organization: 'Malmö stad', network: { slug: 'konstgras', name: 'Konstgräs', contentLocale: 'sv' } };
    expect(await tasksOf('buyer@trappan.test', 'sharingInvitation')).toContainEqual(expect.objectContaining(invitation));
    // The funder observes: observers do not speak for an organisation sharing a need.
    expect((await tasksOf('funder@trappan.test', 'sharingInvitation')).map((task) => task.id)).not.toContain(`${need.id}:${funder.id}`);
    expect((await tasksOf('umea@trappan.test', 'sharingInvitation')).map((task) => task.id)).not.toContain(`${need.id}:${malmo.id}`);

    await prisma().needOrganization.update({ where: { needId_organizationId: { needId: need.id, organizationId: malmo.id } }, data: { status: 'CONFIRMED', answeredAt: new Date() } });
    expect((await tasksOf('buyer@trappan.test', 'sharingInvitation')).map((task) => task.id)).not.toContain(`${need.id}:${malmo.id}`);
  });
});

describe('a supplier', () => {
  it('sees the written answer due in a dialogue they signed up for, and their answered questions', async () => {
    const tasks = await tasksOf('supplier2@trappan.test');
    const others = await tasksOf('supplier3@trappan.test');
    // Whatever the demo gives them, no supplier sees a network's work.
    for (const task of [...tasks, ...others]) expect(['dialogueResponse', 'questionAnswered', 'handover']).toContain(task.kind);

    const open = await prisma().marketDialogue.findFirstOrThrow({ where: { status: 'OPEN', form: 'RFI' }, select: { id: true } });
    const supplier = await person('supplier3@trappan.test');
    await prisma().dialogueSignUp.upsert({
      where: { dialogueId_userId: { dialogueId: open.id, userId: supplier.id } },
      create: { dialogueId: open.id, userId: supplier.id, organizationId: supplier.organization!.id },
      update: { withdrawnAt: null },
    });
    await prisma().dialogueResponse.deleteMany({ where: { dialogueId: open.id, organizationId: supplier.organization!.id } });
    expect((await tasksOf('supplier3@trappan.test', 'dialogueResponse')).map((task) => task.id)).toContain(open.id);

    const question = await prisma().dialogueQuestion.create({
      data: { dialogueId: open.id, askedById: supplier.id, organizationId: supplier.organization!.id, text: 'Vilka mängder gäller?' },
    });
    const answer = await prisma().dialogueAnswer.create({ data: { questionId: question.id, version: 1, text: 'Omkring 40 000 m³ per år.' } });
    expect(await tasksOf('supplier3@trappan.test', 'questionAnswered')).toContainEqual(expect.objectContaining({ id: answer.id, dialogueId: open.id }));
    expect((await tasksOf('supplier2@trappan.test', 'questionAnswered')).map((task) => task.id)).not.toContain(answer.id);
  });
});
