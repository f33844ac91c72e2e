// Prioritisation rounds below the browser: opening a round over open needs of the network
// only, one ballot per organisation (also when ten arrive at once), the points budget, the
// deadline, results hidden while the round is open, and the ranking once it has closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { toStockholmInput } from '@/i18n/stockholm-time';
import { castBallot, closeRound, openRound as openRoundAction } from '@/modules/needs/actions/round-actions';
import { pointsField } from '@/modules/needs/prioritisation';
import { getNeedRounds, getRoundPage, getVoterStanding, latestPriorityByNeed, listNeedsForNewRound, listRounds } from '@/modules/needs/round-queries';

import { createGovernanceFixture } from '../governance/fixture';
import type { Fixture } from '../governance/roles';
import { actAs } from '../support/fake-session';
import { createNeeds, createRound, insertBallot } from './round-fixture';
import { createdId, redirected } from '../support/redirected';

// Opening a round goes to the new round (?done=opened).
const openRound = redirected(openRoundAction);

const sv = getMessages('sv');

let fixture: Fixture;
let konstgras: string;
let other: string;
let malmo: string;
let goteborg: string;
let umea: string;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  konstgras = await fixture.networkId('konstgras');
  other = await fixture.networkId('avancerad-rening-av-avloppsvatten');
  const orgId = async (slug: string) => (await fixture.database.prisma.organization.findUniqueOrThrow({ where: { slug } })).id;
  [malmo, goteborg, umea] = await Promise.all([orgId('malmo-stad'), orgId('goteborgs-stad'), orgId('umea-kommun')]);
});
afterAll(async () => {
  await fixture.database.drop();
});

const prisma = () => fixture.database.prisma;
const asUser = async (email: string) => actAs(await fixture.userId(email));
const refused = sv.refused;
const IDLE = { status: 'idle' } as const;
const DAY = 24 * 3600_000;

const ballotForm = (roundId: string, points: Record<string, string | number>) =>
  fixture.form({ roundId, ...Object.fromEntries(Object.entries(points).map(([needId, value]) => [pointsField(needId), String(value)])) });

const ballotsOf = (roundId: string) =>
  prisma().prioritisationBallot.findMany({ where: { roundId }, include: { points: { orderBy: { needId: 'asc' } } } });

describe('opening a round', () => {
  const openForm = (needIds: string[], overrides: Record<string, string> = {}) =>
    fixture.form({ networkId: konstgras, title: `Runda ${Math.random().toString(36).slice(2, 8)}`, closesAt: toStockholmInput(new Date(Date.now() + 10 * DAY)), needIds, ...overrides });

  it('opens a round over open needs, with the default budget and the deadline in Swedish time', async () => {
    await asUser('secretariat@trappan.test');
    const needIds = await createNeeds(prisma(), konstgras, 2);
    const form = openForm(needIds, { closesAt: '2099-01-20T12:00' });
    form.delete('pointsPerOrganization');
    const result = await openRound(IDLE, form);
    expect(result, JSON.stringify(result)).toMatchObject({ status: 'success' });
    const round = await prisma().prioritisationRound.findUniqueOrThrow({ where: { id: createdId(result) }, include: { needs: true } });
    expect(round.pointsPerOrganization).toBe(100);
    // 12:00 in Stockholm in winter is 11:00 UTC.
    expect(round.closesAt.toISOString()).toBe('2099-01-20T11:00:00.000Z');
    expect(round.needs.map((n) => n.needId).sort()).toEqual([...needIds].sort());

    // Those who vote for an organisation are told, in the same transaction; observers are not.
    const mails = await prisma().notification.findMany({ where: { kind: 'round.opened', networkId: konstgras, createdAt: { gte: round.createdAt } }, select: { email: true, body: true } });
    const to = mails.map((mail) => mail.email);
    expect(to).toContain('buyer@trappan.test');
    expect(to).not.toContain('funder@trappan.test');
    expect(mails.find((mail) => mail.email === 'buyer@trappan.test')!.body).toContain(`/sv/networks/konstgras/needs/rounds/${round.id}`);
  });

  it('gives field errors for a deadline that has passed, a budget out of range and fewer than two needs', async () => {
    await asUser('secretariat@trappan.test');
    const [needId] = await createNeeds(prisma(), konstgras, 1);
    const result = await openRound(IDLE, openForm([needId!], { closesAt: '2020-01-01T12:00', pointsPerOrganization: '1001', title: '' }));
    expect(result.fieldErrors).toEqual({
      title: sv.input.required(sv.rounds.form.fields.title),
      closesAt: sv.input.inPast,
      pointsPerOrganization: sv.rounds.validation.pointsRange,
      needIds: sv.rounds.validation.tooFewNeeds,
    });
  });

  it('offers only needs that can be included: not handed over, closed, merged or another network’s', async () => {
    const [open] = await createNeeds(prisma(), konstgras, 1, 'IN_PROCUREMENT');
    const [handedOver] = await createNeeds(prisma(), konstgras, 1, 'HANDED_OVER');
    const [archived] = await createNeeds(prisma(), konstgras, 1, 'ARCHIVED');
    const [foreign] = await createNeeds(prisma(), other, 1);
    const offered = (await listNeedsForNewRound(konstgras)).map((need) => need.id);
    expect(offered).toContain(open);
    expect(offered).not.toContain(handedOver);
    expect(offered).not.toContain(archived);
    expect(offered).not.toContain(foreign);
  });

  it('refuses a need of another network, a handed-over, closed or merged need, and opens nothing', async () => {
    await asUser('secretariat@trappan.test');
    const before = await prisma().prioritisationRound.count();
    const [own1, own2] = await createNeeds(prisma(), konstgras, 2);
    const [foreign] = await createNeeds(prisma(), other, 1);
    const [archived] = await createNeeds(prisma(), konstgras, 1, 'ARCHIVED');
    const [implemented] = await createNeeds(prisma(), konstgras, 1, 'IMPLEMENTED');
    const [handedOver] = await createNeeds(prisma(), konstgras, 1, 'HANDED_OVER');
    const [merged] = await createNeeds(prisma(), konstgras, 1, 'ARCHIVED');
    await prisma().need.update({ where: { id: merged! }, data: { mergedIntoId: own1! } });
    for (const stranger of [foreign, archived, implemented, handedOver, merged]) {
      const result = await openRound(IDLE, openForm([own1!, own2!, stranger!]));
      expect(result).toMatchObject({ status: 'error', message: refused.roundNeedNotOpen });
    }
    expect(await prisma().prioritisationRound.count()).toBe(before);
  });

  it('is the secretariat’s: a member cannot open a round', async () => {
    await asUser('buyer@trappan.test');
    const result = await openRound(IDLE, openForm(await createNeeds(prisma(), konstgras, 2)));
    expect(result).toMatchObject({ status: 'error', message: refused.notCoordinator });
  });
});

describe('ballots', () => {
  it('keeps one ballot per organisation: a second person of Malmö replaces the first one’s ballot', async () => {
    const { roundId, needIds } = await createRound(prisma(), konstgras);
    const [a, b, c] = needIds as [string, string, string];
    await asUser('buyer@trappan.test');
    expect(await castBallot(IDLE, ballotForm(roundId, { [a]: 70, [b]: 30 }))).toMatchObject({ status: 'success', message: sv.rounds.done.voted('Malmö stad') });

    const colleague = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    actAs(colleague.userId);
    const result = await castBallot(IDLE, ballotForm(roundId, { [c]: 100, [a]: '' }));
    expect(result).toMatchObject({ status: 'success', message: sv.rounds.done.replaced('Malmö stad') });

    const ballots = await ballotsOf(roundId);
    expect(ballots).toHaveLength(1);
    expect(ballots[0]).toMatchObject({ organizationId: malmo, castById: colleague.userId });
    expect(ballots[0]!.points.map((p) => [p.needId, p.points])).toEqual([[c, 100]]);
  });

  it('keeps exactly one ballot row when ten ballots of one organisation arrive at once', async () => {
    const { roundId, needIds } = await createRound(prisma(), konstgras);
    await asUser('buyer@trappan.test');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => castBallot(IDLE, ballotForm(roundId, { [needIds[0]!]: 50 + i, [needIds[1]!]: 10 }))));
    expect(results.filter((r) => r.status === 'success').length).toBeGreaterThanOrEqual(1);
    const ballots = await ballotsOf(roundId);
    expect(ballots).toHaveLength(1);
    // The one ballot holds one submission whole, not a mixture.
    expect(ballots[0]!.points).toHaveLength(2);
    expect(ballots[0]!.points.find((p) => p.needId === needIds[1])?.points).toBe(10);
  });

  it('accepts exactly the budget and refuses one point over it, saving nothing', async () => {
    const { roundId, needIds } = await createRound(prisma(), konstgras, { points: 50 });
    const [a, b] = needIds as [string, string];
    await asUser('goteborg@trappan.test');
    expect(await castBallot(IDLE, ballotForm(roundId, { [a]: 30, [b]: 21 }))).toMatchObject({ status: 'error', message: refused.ballotOverBudget });
    expect(await ballotsOf(roundId)).toHaveLength(0);
    expect(await castBallot(IDLE, ballotForm(roundId, { [a]: 30, [b]: 20 }))).toMatchObject({ status: 'success' });
    // Over the budget again: the organisation's saved ballot stays as it was.
    expect(await castBallot(IDLE, ballotForm(roundId, { [a]: 51 }))).toMatchObject({ status: 'error', message: refused.ballotOverBudget });
    const [ballot] = await ballotsOf(roundId);
    expect(ballot!.points.map((p) => p.points).reduce((x, y) => x + y)).toBe(50);
    expect(ballot!.organizationId).toBe(goteborg);
  });

  it('refuses an empty ballot, a need outside the round, and points that are not whole numbers', async () => {
    const { roundId, needIds } = await createRound(prisma(), konstgras);
    const [outside] = await createNeeds(prisma(), konstgras, 1);
    await asUser('umea@trappan.test');
    expect(await castBallot(IDLE, ballotForm(roundId, { [needIds[0]!]: '', [needIds[1]!]: 0 }))).toMatchObject({ status: 'error', message: refused.ballotEmpty });
    expect(await castBallot(IDLE, ballotForm(roundId, { [outside!]: 5 }))).toMatchObject({ status: 'error', message: refused.ballotUnknownNeed });
    const invalid = await castBallot(IDLE, ballotForm(roundId, { [needIds[0]!]: '2.5', [needIds[1]!]: '-3' }));
    expect(invalid.fieldErrors).toEqual({ [pointsField(needIds[0]!)]: sv.rounds.validation.ballotPoints, [pointsField(needIds[1]!)]: sv.rounds.validation.ballotPoints });
    expect(await ballotsOf(roundId)).toHaveLength(0);
  });

  it('refuses a ballot after the deadline', async () => {
    const { roundId, needIds } = await createRound(prisma(), konstgras, { closesAt: new Date(Date.now() - 1000) });
    await asUser('buyer@trappan.test');
    expect(await castBallot(IDLE, ballotForm(roundId, { [needIds[0]!]: 10 }))).toMatchObject({ status: 'error', message: refused.roundClosed });
    expect(await ballotsOf(roundId)).toHaveLength(0);
  });

  it('does not let observers, the coordinator from the arranger association or admins vote', async () => {
    const { roundId, needIds } = await createRound(prisma(), konstgras);
    for (const [email, message] of [
      ['funder@trappan.test', refused.noVoteInRound],
      ['secretariat@trappan.test', refused.noVoteInRound],
      ['admin@trappan.test', refused.notMember],
    ] as const) {
      await asUser(email);
      expect(await castBallot(IDLE, ballotForm(roundId, { [needIds[0]!]: 10 })), email).toMatchObject({ status: 'error', message });
    }
    expect(await ballotsOf(roundId)).toHaveLength(0);
    expect(await getVoterStanding(konstgras, await fixture.userId('funder@trappan.test'))).toEqual({ ok: false, reason: 'observer' });
    expect(await getVoterStanding(konstgras, await fixture.userId('secretariat@trappan.test'))).toEqual({ ok: false, reason: 'noVote' });
    expect(await getVoterStanding(konstgras, await fixture.userId('buyer@trappan.test'))).toEqual({ ok: true, organizationId: malmo, organizationName: 'Malmö stad' });
  });
});

describe('results', () => {
  it('are hidden while the round is open: the page’s query reads no other organisation’s points', async () => {
    const { roundId, needIds } = await createRound(prisma(), konstgras);
    const [a, b] = needIds as [string, string];
    await insertBallot(prisma(), roundId, goteborg, { [a]: 37, [b]: 63 });
    await insertBallot(prisma(), roundId, malmo, { [b]: 11 });

    const page = await getRoundPage(konstgras, roundId, { organizationId: malmo, includeVoters: true });
    expect(page).toMatchObject({ isOpen: true, results: null, organizationsVoted: 2, voters: ['Göteborgs Stad', 'Malmö stad'] });
    expect(page!.ownBallot!.points).toEqual({ [b]: 11 });
    // Apart from Malmö's own ballot, no points are anywhere in what the page gets.
    const { ownBallot: _own, ...rest } = page!;
    expect(JSON.stringify(rest)).not.toContain('"points"');
    // Nor on the need's page, or on the ladder board.
    expect((await getNeedRounds(a)).latest).toBeNull();
    expect((await latestPriorityByNeed(konstgras)).has(a)).toBe(false);
  });

  it('ranks the needs once the coordinator has closed the round, and only then', async () => {
    const { roundId, title, needIds } = await createRound(prisma(), konstgras, { needs: 4 });
    const [a, b, c, d] = needIds as [string, string, string, string];
    await insertBallot(prisma(), roundId, malmo, { [a]: 60, [b]: 40 });
    await insertBallot(prisma(), roundId, goteborg, { [b]: 80, [c]: 20 });
    await insertBallot(prisma(), roundId, umea, { [a]: 60, [c]: 20, [d]: 20 });

    await asUser('buyer@trappan.test');
    expect(await closeRound(IDLE, fixture.form({ roundId, confirm: 'on' }))).toMatchObject({ status: 'error', message: refused.notCoordinator });
    await asUser('secretariat@trappan.test');
    expect((await closeRound(IDLE, fixture.form({ roundId }))).fieldErrors).toEqual({ confirm: sv.rounds.validation.confirmRequired });
    expect(await closeRound(IDLE, fixture.form({ roundId, confirm: 'on' }))).toMatchObject({ status: 'success', message: sv.rounds.done.closed(title) });
    expect(await closeRound(IDLE, fixture.form({ roundId, confirm: 'on' }))).toMatchObject({ status: 'error', message: refused.roundClosed });

    const page = await getRoundPage(konstgras, roundId, { organizationId: malmo, includeVoters: false });
    expect(page!.isOpen).toBe(false);
    // b: 120 points from 2; a: 120 from 2 (tied: share place 1); c: 40 from 2; d: 20 from 1.
    const results = page!.results!;
    expect(results.map((r) => [r.rank, r.points, r.organizations])).toEqual([
      [1, 120, 2],
      [1, 120, 2],
      [3, 40, 2],
      [4, 20, 1],
    ]);
    expect(new Set(results.slice(0, 2).map((r) => r.needId))).toEqual(new Set([a, b]));
    expect(results.slice(2).map((r) => r.needId)).toEqual([c, d]);
    expect(page!.results![0]!.title).toMatch(/^Testbehov/);

    const latest = await latestPriorityByNeed(konstgras);
    expect(latest.get(c)).toEqual({ rank: 3, points: 40, roundId, roundTitle: title, needsInRound: 4 });
    expect((await getNeedRounds(d)).latest).toMatchObject({ rank: 4, points: 20, organizations: 1, needsInRound: 4 });

    // A ballot after closing is refused.
    await asUser('linkoping@trappan.test');
    expect(await castBallot(IDLE, ballotForm(roundId, { [d]: 5 }))).toMatchObject({ status: 'error', message: refused.roundClosed });
  });

  it('gives each need its result in the most recent closed round that included it', async () => {
    const needIds = await createNeeds(prisma(), konstgras, 3);
    const [a, b, c] = needIds as [string, string, string];
    const older = await createRound(prisma(), konstgras, { needIds: [a, b], closesAt: new Date(Date.now() - 10 * DAY) });
    await insertBallot(prisma(), older.roundId, malmo, { [a]: 90, [b]: 10 });
    const newer = await createRound(prisma(), konstgras, { needIds: [b, c], closesAt: new Date(Date.now() - DAY) });
    await insertBallot(prisma(), newer.roundId, malmo, { [b]: 70, [c]: 30 });
    // An open round with a changes nothing until it closes.
    const open = await createRound(prisma(), konstgras, { needIds: [a, c] });
    await insertBallot(prisma(), open.roundId, malmo, { [c]: 100 });

    const latest = await latestPriorityByNeed(konstgras);
    expect(latest.get(a)).toMatchObject({ rank: 1, points: 90, roundId: older.roundId, needsInRound: 2 });
    expect(latest.get(b)).toMatchObject({ rank: 1, points: 70, roundId: newer.roundId });
    expect(latest.get(c)).toMatchObject({ rank: 2, points: 30, roundId: newer.roundId });
    expect((await getNeedRounds(a)).open.map((r) => r.id)).toEqual([open.roundId]);
    // Another network's board does not see these.
    expect((await latestPriorityByNeed(other)).has(a)).toBe(false);
  });

  it('lists open rounds first, then closed ones, with their needs and how many organisations voted', async () => {
    const closedRound = await createRound(prisma(), konstgras, { closesAt: new Date(Date.now() - 1000), needs: 2 });
    await insertBallot(prisma(), closedRound.roundId, malmo, { [closedRound.needIds[0]!]: 5 });
    const rounds = await listRounds(konstgras);
    const firstClosed = rounds.findIndex((r) => !r.isOpen);
    expect(rounds.slice(firstClosed).every((r) => !r.isOpen)).toBe(true);
    expect(rounds.find((r) => r.id === closedRound.roundId)).toMatchObject({ isOpen: false, needs: 2, organizationsVoted: 1 });
    // A round of another network is not found through this one.
    expect(await getRoundPage(other, closedRound.roundId, { organizationId: null, includeVoters: false })).toBeNull();
  });
});
