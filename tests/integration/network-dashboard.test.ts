// A network's dashboard against figures counted by hand on a network made for the test: the
// funding runway, the needs funnel and its times, member organisations per quarter, meetings
// against the charter, attendance and activity, and the market dialogues. The public version
// carries nothing that only the network's participants see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PrismaClient } from '@/generated/prisma/client';
import { getNetworkDashboard } from '@/modules/dashboards/network-dashboard-queries';
import { getMessages } from '@/i18n/messages';
import { recordHandoverResult } from '@/modules/needs/actions/result-actions';
import { setDatabaseForTests } from '@/server/db/client';

import { actAs } from './support/fake-session';

import { createDemoDatabaseForApp, type TestDatabase } from './test-database';

let database: TestDatabase;
const prisma = () => database.prisma;
let networkId: string;
let handoverId: string;
let people: { malmo: string; umea: string };
let orgs: { umea: string; uppsala: string };
const NOW = new Date('2026-12-07T10:00:00Z');
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

beforeAll(async () => {
  database = await createDemoDatabaseForApp();
  const { areaId } = await prisma().network.findUniqueOrThrow({ where: { slug: 'konstgras' }, select: { areaId: true } });
  const network = await prisma().network.create({
    data: { slug: 'lagesbild-test', name: 'Lägesbild (test)', descriptionSv: '.', descriptionEn: '.', areaId, initiator: 'BUYER', status: 'ACTIVE', publishedAt: at('2024-01-01') },
  });
  networkId = network.id;
  const org = async (slug: string) => (await prisma().organization.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const [malmo, umea, uppsala, funder, company] = (await Promise.all(['malmo-stad', 'umea-kommun', 'uppsala-kommun', 'naturvardsverket', 'demo-grasytor'].map(org))) as [string, string, string, string, string];
  let n = 0;
  const member = async (organizationId: string, role: 'MEMBER' | 'OBSERVER' | 'COORDINATOR', joined: string, left?: string, competence: 'PROCURER' | 'LAWYER' | null = 'PROCURER') => {
    n += 1;
    const user = await prisma().user.create({ data: { email: `lage-${n}@trappan.test`, name: `Person ${n}`, organizationId, affiliation: 'CONFIRMED', emailVerifiedAt: new Date() } });
    await prisma().membership.create({
      data: { userId: user.id, networkId, organizationId, role, competence, joinedAt: at(joined), ...(left ? { status: 'LEFT', leftAt: at(left) } : {}) },
    });
    return user.id;
  };
  const malmoPerson = await member(malmo, 'COORDINATOR', '2024-03-01');
  const umeaPerson = await member(umea, 'MEMBER', '2026-08-10', undefined, 'LAWYER');
  people = { malmo: malmoPerson, umea: umeaPerson };
  orgs = { umea, uppsala };
  await member(uppsala, 'MEMBER', '2025-02-01', '2026-10-15'); // Uppsala leaves in 2026 Q4
  const funderPerson = await member(funder, 'OBSERVER', '2024-03-01', undefined, null);
  await prisma().charterVersion.create({
    data: {
      networkId,
      version: 1,
      mission: '.',
      shortTermGoals: '.',
      longTermGoals: '.',
      memberBenefit: '.',
      membershipPolicy: 'APPROVAL',
      decisionRule: 'SIMPLE_MAJORITY',
      quorumPercent: 50,
      physicalMeetingsPerYear: 2,
      meetingFormat: 'HYBRID',
      changedFields: [],
    },
  });
  const meeting = async (title: string, start: string, format: 'PHYSICAL' | 'DIGITAL', attendees: string[], isPublic = true) => {
    const m = await prisma().meeting.create({ data: { networkId, title, startsAt: at(start), endsAt: new Date(at(start).getTime() + 3_600_000), format, isPublic, place: 'Malmö' } });
    for (const userId of attendees) await prisma().meetingAttendance.create({ data: { meetingId: m.id, userId, role: 'MEMBER', hasVote: true, arrivedAt: at(start) } });
    return m;
  };
  await meeting('Vårmöte 2025', '2025-04-02', 'PHYSICAL', [malmoPerson]);
  await meeting('Höstmöte 2026', '2026-10-01', 'PHYSICAL', [malmoPerson, umeaPerson, funderPerson]);
  await meeting('Digitalt avstämningsmöte', '2026-11-05', 'DIGITAL', [umeaPerson], false);
  await meeting('Kommande möte', '2027-02-01', 'PHYSICAL', []);

  const need = async (title: string, status: 'PROPOSED' | 'PRIORITISED' | 'IN_PROCUREMENT' | 'ARCHIVED', isPublic: boolean, moves: Array<[string, 'PROPOSED' | 'PRIORITISED' | 'IN_PROCUREMENT' | 'ARCHIVED']>) => {
    const created = await prisma().need.create({ data: { networkId, areaId, title, problem: '.', status, isPublic, proposedById: umeaPerson, createdAt: at(moves[0]![0]) } });
    for (const [day, toStatus] of moves) await prisma().needTransition.create({ data: { needId: created.id, toStatus, reason: '.', createdAt: at(day) } });
    return created;
  };
  const lighting = await need('Belysning', 'IN_PROCUREMENT', true, [['2026-01-01', 'PROPOSED'], ['2026-01-31', 'PRIORITISED'], ['2026-04-01', 'IN_PROCUREMENT']]);
  await need('Intern kartläggning', 'PRIORITISED', false, [['2026-02-01', 'PROPOSED'], ['2026-03-13', 'PRIORITISED']]);
  await need('Gammalt behov', 'ARCHIVED', true, [['2025-01-01', 'PROPOSED'], ['2025-06-01', 'ARCHIVED']]);
  // Handed over to Umeå, which procures for itself.
  handoverId = (await prisma().handover.create({ data: { needId: lighting.id, receivingOrganizationId: umea, recipientId: umeaPerson }, select: { id: true } })).id;
  await prisma().needCommitment.create({ data: { needId: lighting.id, organizationId: malmo, annualCostOre: 150_000_000n, level: 'INTERESTED', isPublic: true, statedAt: at('2026-05-01') } });
  await prisma().needCommitment.create({ data: { needId: lighting.id, organizationId: umea, annualCostOre: 50_000_000n, level: 'INTERESTED', isPublic: false, statedAt: at('2026-05-01') } });

  const base = await prisma().networkFunder.create({ data: { networkId, kind: 'BASE', funderOrganizationId: funder } });
  const project = await prisma().networkFunder.create({ data: { networkId, kind: 'PROJECT', funderOrganizationId: funder } });
  await prisma().fundingPeriod.create({ data: { funderId: base.id, periodStart: at('2024-01-01'), periodEnd: at('2027-03-31'), status: 'GRANTED', amountSek: 600_000 } });
  await prisma().fundingPeriod.create({ data: { funderId: project.id, periodStart: at('2027-04-01'), periodEnd: at('2027-12-31'), status: 'APPLIED', amountSek: 900_000 } });

  const dialogue = await prisma().marketDialogue.create({
    data: { networkId, title: 'Frågor om belysning', purpose: '.', form: 'RFI', status: 'CLOSED', closesAt: at('2026-06-01'), questionsCloseAt: at('2026-05-15'), publishedAt: at('2026-04-01'), closedAt: at('2026-06-01') },
  });
  const supplier = await prisma().user.findUniqueOrThrow({ where: { email: 'supplier@trappan.test' }, select: { id: true } });
  await prisma().dialogueSignUp.create({ data: { dialogueId: dialogue.id, userId: supplier.id, organizationId: company } });
});

afterAll(async () => {
  await database.drop();
});

describe("a network's dashboard", () => {
  it('warns that granted funding ends within six months, and counts what is applied for apart', async () => {
    const { funding } = await getNetworkDashboard(networkId, true, NOW);
    expect(funding).toMatchObject({ coveredUntil: '2027-03-31', monthsLeft: 3, warning: true, endingWithin6: 1, endingWithin12: 1, applied: { count: 1, amountSek: 900_000 } });
    expect(funding.grantedByKind).toEqual([{ kind: 'BASE', amountSek: 600_000 }]);
  });

  it('counts the needs as a funnel with the median time per status and the potential market', async () => {
    const { funnel, market, ladder } = await getNetworkDashboard(networkId, true, NOW);
    expect(funnel.archived).toBe(1);
    // Proposed for 30, 40 and 151 days before moving on: the median is 40.
    expect(funnel.rows.find((r) => r.status === 'PROPOSED')).toEqual({ status: 'PROPOSED', now: 0, reached: 2, medianDays: 40, stays: 3 });
    expect(funnel.rows.find((r) => r.status === 'IN_PROCUREMENT')).toMatchObject({ now: 1, reached: 1, medianDays: null });
    expect(market).toMatchObject({ buyers: 2, totalAnnualCostOre: 200_000_000n });
    expect(ladder.find((row) => row.step === null)?.count).toBe(2);
  });

  it('counts member organisations per quarter, by kind, meetings against the charter, attendance and activity', async () => {
    const dashboard = await getNetworkDashboard(networkId, true, NOW);
    const q = (key: string) => dashboard.quarters.find((row) => row.quarter === key);
    expect(q('2026-Q3')).toMatchObject({ organizationsJoined: 1, organizationsLeft: 0, organizationsAtEnd: 3, joined: 1 });
    expect(q('2026-Q4')).toMatchObject({ organizationsJoined: 0, organizationsLeft: 1, organizationsAtEnd: 2, left: 1, membersAtEnd: 3 });
    // The observer (a funder) is a member, not a member organisation; the company never signed up as one.
    expect(dashboard.organizations).toEqual({ byKind: [{ kind: 'MUNICIPALITY', count: 2 }], byCounty: expect.any(Array), total: 2 });
    // Physical meetings held, not the digital one nor the coming one.
    expect(dashboard.meetings.perYear).toEqual([
      { year: 2024, held: 0, target: 2 },
      { year: 2025, held: 1, target: 2 },
      { year: 2026, held: 1, target: 2 },
    ]);
    // Newest first: the digital meeting (Umeå of Malmö and Umeå), the autumn meeting (Malmö and Umeå of Malmö, Umeå and Uppsala; the observer does not count).
    expect(dashboard.meetings.attendance?.map((m) => [m.title, m.present, m.of])).toEqual([
      ['Digitalt avstämningsmöte', 1, 2],
      ['Höstmöte 2026', 2, 3],
      ['Vårmöte 2025', 1, 2],
    ]);
    // Malmö attended and stated figures, Umeå attended and proposed: both of two.
    expect(dashboard.active).toEqual({ count: 2, of: 2 });
    expect(dashboard.competences?.find((c) => c.competence === 'LAWYER')?.count).toBe(1);
    expect(dashboard.dialogues).toEqual({ held: 1, companies: 1, questionsAnswered: 0 });
  });

  it('shows the public only what the network shows publicly', async () => {
    const dashboard = await getNetworkDashboard(networkId, false, NOW);
    expect(dashboard.funnel.rows.find((r) => r.status === 'PROPOSED')?.reached).toBe(1); // the internal need is not counted
    expect(dashboard.market).toMatchObject({ buyers: 1, totalAnnualCostOre: 150_000_000n }); // Umeå's figures are not public
    expect(dashboard.meetings.perYear.find((row) => row.year === 2026)?.held).toBe(1);
    expect(dashboard.meetings.attendance).toBeNull();
    expect(dashboard.active).toBeNull();
    expect(dashboard.competences).toBeNull();
    expect(dashboard.dialogues).toEqual({ held: 1, companies: null, questionsAnswered: null });
  });
});

describe('results after the handover', () => {
  const record = (userId: string, fields: Record<string, string>) => {
    actAs(userId);
    const form = new FormData();
    form.set('locale', 'sv');
    form.set('handoverId', handoverId);
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    return recordHandoverResult({ status: 'idle' }, form);
  };

  it('are recorded by the receiving organisation and the coordinators, and counted with the contracts nobody has called off', async () => {
    expect(await record(people.umea, { kind: 'ADVERTISED', occurredOn: '2026-05-04', reference: 'TED 2026/S 088-000001' })).toMatchObject({ status: 'success' });
    expect(await record(people.malmo, { kind: 'CONTRACT', occurredOn: '2026-09-01', supplierName: 'Ljus & Co AB', valueSek: '2 400 000' })).toMatchObject({ status: 'success' });
    // A call-off by an organisation that is neither the receiver nor a member organisation is refused beside the field.
    const stranger = (await prisma().organization.findUniqueOrThrow({ where: { slug: 'goteborgs-stad' }, select: { id: true } })).id;
    expect(await record(people.umea, { kind: 'CALL_OFF', occurredOn: '2026-10-01', organizationId: stranger })).toMatchObject({ status: 'error', fieldErrors: { organizationId: 'Välj organisationen som avropade.' } });
    let { results } = await getNetworkDashboard(networkId, true, NOW);
    expect(results).toEqual({ advertised: 1, contracts: 1, contractValueSek: 2_400_000, callOffs: 0, callOffValueSek: 0, effects: 0, uncalledContracts: 1 });

    expect(await record(people.umea, { kind: 'CALL_OFF', occurredOn: '2026-10-01', organizationId: orgs.umea, valueSek: '600000' })).toMatchObject({ status: 'success' });
    ({ results } = await getNetworkDashboard(networkId, true, NOW));
    expect(results).toMatchObject({ callOffs: 1, callOffValueSek: 600_000, uncalledContracts: 0 });
  });

  it('are refused to anyone else, and to the coordinators once the network has ended, while the receiver still records', async () => {
    const outsider = (await prisma().user.findUniqueOrThrow({ where: { email: 'buyer2@trappan.test' }, select: { id: true } })).id;
    expect(await record(outsider, { kind: 'EFFECT', occurredOn: '2026-11-01', description: 'Lägre elkostnad.' })).toMatchObject({ status: 'error', message: getMessages('sv').refused.notReceivingOrganization });
    await prisma().network.update({ where: { id: networkId }, data: { status: 'CLOSED' } });
    try {
      expect(await record(people.malmo, { kind: 'EFFECT', occurredOn: '2026-11-01', description: 'Lägre elkostnad.' })).toMatchObject({ status: 'error', message: getMessages('sv').refused.networkEnded });
      expect(await record(people.umea, { kind: 'EFFECT', occurredOn: '2026-11-01', description: 'Lägre elkostnad.' })).toMatchObject({ status: 'success' });
    } finally {
      await prisma().network.update({ where: { id: networkId }, data: { status: 'ACTIVE' } });
    }
    expect((await getNetworkDashboard(networkId, false, NOW)).results.effects).toBe(1); // the need is public
  });
});

describe('the cost of a dashboard', () => {
  /** The database operations one dashboard makes, counted on a client that tallies them. */
  async function operationsFor(seesAll: boolean): Promise<number> {
    let operations = 0;
    const counting = database.prisma.$extends({
      query: {
        async $allOperations({ args, query }) {
          operations += 1;
          return query(args);
        },
      },
    }) as unknown as PrismaClient;
    setDatabaseForTests({ ...database, prisma: counting });
    try {
      await getNetworkDashboard(networkId, seesAll, NOW);
    } finally {
      setDatabaseForTests(database);
    }
    return operations;
  }

  it('makes the same number of reads with five times the members, meetings and needs', async () => {
    const before = { all: await operationsFor(true), public: await operationsFor(false) };
    const { areaId } = await prisma().network.findUniqueOrThrow({ where: { id: networkId }, select: { areaId: true } });
    const malmo = await prisma().organization.findUniqueOrThrow({ where: { slug: 'malmo-stad' }, select: { id: true } });
    for (let i = 0; i < 20; i += 1) {
      const user = await prisma().user.create({ data: { email: `skala-${i}@trappan.test`, name: `Skala ${i}`, organizationId: malmo.id, affiliation: 'CONFIRMED' } });
      await prisma().membership.create({ data: { userId: user.id, networkId, organizationId: malmo.id, role: 'MEMBER', joinedAt: at('2026-02-01') } });
      const meeting = await prisma().meeting.create({ data: { networkId, title: `Möte ${i}`, startsAt: at('2026-06-01'), endsAt: at('2026-06-02'), format: 'PHYSICAL', place: 'Malmö' } });
      await prisma().meetingAttendance.create({ data: { meetingId: meeting.id, userId: user.id, role: 'MEMBER', hasVote: true, arrivedAt: at('2026-06-01') } });
      const need = await prisma().need.create({ data: { networkId, areaId, title: `Behov ${i}`, problem: '.', isPublic: true } });
      await prisma().needTransition.create({ data: { needId: need.id, toStatus: 'PROPOSED', reason: '.' } });
    }
    expect({ all: await operationsFor(true), public: await operationsFor(false) }).toEqual(before);
    // One read per kind of record, all at once (docs/decisions/0024): thirteen, and nine for the public.
    expect(before).toEqual({ all: 13, public: 9 });
  });
});

