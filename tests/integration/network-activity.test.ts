// A network's latest activity is real activity: a member joining or leaving, a meeting held
// (attendance recorded), a decision, a need proposed, moved or assessed. Role changes and an
// organisation moving county are not. Written straight to the database, as the triggers keep
// it whatever writes the rows (app, seed, admin SQL), and read through the overview's list of
// quiet networks, which is what the agency follows up.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { getInactiveNetworks } from '@/modules/dashboards/overview-queries';

import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';

let fixture: Fixture;
let networkId: string;
const QUIET_SINCE = new Date('2024-01-15T09:00:00.000Z');

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  networkId = await fixture.networkId('konstgras');
});
beforeEach(async () => {
  await fixture.database.prisma.network.update({ where: { id: networkId }, data: { lastActivityAt: QUIET_SINCE } });
});
afterAll(async () => {
  await fixture.database.drop();
});

const lastActivity = async () =>
  (await fixture.database.prisma.network.findUniqueOrThrow({ where: { id: networkId }, select: { lastActivityAt: true } })).lastActivityAt;
const isQuiet = async () =>
  (await getInactiveNetworks({ platformRole: 'AGENCY_STAFF' }))!.rows.some((row) => row.slug === 'konstgras');
const aNeed = () => fixture.database.prisma.need.findFirstOrThrow({ where: { networkId }, select: { id: true, status: true } });
const aMeeting = () =>
  fixture.database.prisma.meeting.findFirstOrThrow({ where: { networkId, startsAt: { lt: new Date() } }, select: { id: true, startsAt: true } });

describe('what counts as activity', () => {
  it('starts quiet: the network is on the agency’s list', async () => {
    expect(await isQuiet()).toBe(true);
  });

  it('a member joining, then leaving', async () => {
    const joined = new Date('2026-02-02T10:00:00.000Z');
    const { membershipId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    // newMember joins now; the join's own time is what counts.
    await fixture.database.prisma.network.update({ where: { id: networkId }, data: { lastActivityAt: QUIET_SINCE } });
    await fixture.database.prisma.membership.update({ where: { id: membershipId }, data: { status: 'LEFT', leftAt: joined } });
    expect(await lastActivity()).toEqual(joined);
    expect(await isQuiet()).toBe(false);
  });

  it('a meeting held: its attendance recorded at the meeting’s time', async () => {
    const meeting = await aMeeting();
    const { userId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    await fixture.database.prisma.network.update({ where: { id: networkId }, data: { lastActivityAt: QUIET_SINCE } });
    await fixture.database.prisma.meetingAttendance.create({
      data: { meetingId: meeting.id, userId, role: 'MEMBER', hasVote: true, arrivedAt: meeting.startsAt },
    });
    expect(await lastActivity()).toEqual(meeting.startsAt);
  });

  it('a decision, at the time it was recorded', async () => {
    const item = await fixture.database.prisma.agendaItem.findFirstOrThrow({
      where: { agenda: { meeting: { networkId } }, decision: null },
      select: { id: true, agenda: { select: { meetingId: true } } },
    });
    const recordedAt = new Date('2026-03-03T13:00:00.000Z');
    await fixture.database.prisma.decision.create({
      data: {
        networkId,
        meetingId: item.agenda.meetingId,
        agendaItemId: item.id,
        motion: 'Att anta verksamhetsplanen.',
        decisionRule: 'CONSENSUS',
        quorumPercent: 50,
        votingMembers: 4,
        presentVoters: 3,
        outcome: 'ADOPTED',
        recordedAt,
      },
    });
    expect(await lastActivity()).toEqual(recordedAt);
  });

  it('a need moved, and a need assessed on the ladder', async () => {
    const need = await aNeed();
    const moved = new Date('2026-04-04T08:00:00.000Z');
    await fixture.database.prisma.needTransition.create({ data: { needId: need.id, fromStatus: need.status, toStatus: need.status, reason: 'Prov', createdAt: moved } });
    expect(await lastActivity()).toEqual(moved);

    const assessed = new Date('2026-05-05T08:00:00.000Z');
    await fixture.database.prisma.maturityAssessment.create({
      data: {
        needId: need.id,
        offersSolutions: 'NO',
        prioritisedArea: 'YES',
        understandsNeed: 'PARTLY',
        suggestedStep: 'INITIATE',
        chosenStep: 'INITIATE',
        createdAt: assessed,
      },
    });
    expect(await lastActivity()).toEqual(assessed);
  });
});

describe('what does not', () => {
  it('a role change, an organisation moving county, or a profile edit', async () => {
    const membership = await fixture.database.prisma.membership.findFirstOrThrow({ where: { networkId, status: 'ACTIVE', role: 'MEMBER' } });
    await fixture.database.prisma.membership.update({ where: { id: membership.id }, data: { role: 'STEERING' } });
    await fixture.database.prisma.organization.update({ where: { id: membership.organizationId! }, data: { countyCode: '01' } });
    await fixture.database.prisma.network.update({ where: { id: networkId }, data: { descriptionSv: 'En ny beskrivning.' } });
    expect(await lastActivity()).toEqual(QUIET_SINCE);
    expect(await isQuiet()).toBe(true);
  });

  it('an event dated before the latest activity never moves it back, and one dated ahead stops at now', async () => {
    const need = await aNeed();
    await fixture.database.prisma.needTransition.create({
      data: { needId: need.id, fromStatus: need.status, toStatus: need.status, reason: 'Efterregistrerad', createdAt: new Date('2023-06-01T00:00:00.000Z') },
    });
    expect(await lastActivity()).toEqual(QUIET_SINCE);

    const before = Date.now();
    await fixture.database.prisma.needTransition.create({
      data: { needId: need.id, fromStatus: need.status, toStatus: need.status, reason: 'Framtida', createdAt: new Date('2031-01-01T00:00:00.000Z') },
    });
    const at = (await lastActivity()).getTime();
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
  });
});
