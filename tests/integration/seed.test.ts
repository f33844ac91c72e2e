// The seed loads the ten networks of 2019 and, in demo mode, the demo accounts; running it
// again changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seedDatabase } from '../../prisma/seed/seed';

import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function snapshot() {
  const p = database.prisma;
  const [organizations, users, networks, facts, funders, memberships, areas] = await Promise.all([
    p.organization.findMany({ orderBy: { id: 'asc' } }),
    p.user.findMany({ orderBy: { id: 'asc' } }),
    p.network.findMany({ orderBy: { id: 'asc' } }),
    p.networkFact.findMany({ orderBy: { id: 'asc' } }),
    p.networkFunder.findMany({ orderBy: { id: 'asc' } }),
    p.membership.findMany({ orderBy: { id: 'asc' } }),
    p.thematicArea.findMany({ orderBy: { id: 'asc' } }),
  ]);
  const [groups, groupMembers, needs, needOrganizations, transitions, assessments, checklist, commitments, handovers, documents] = await Promise.all([
    p.networkGroup.findMany({ orderBy: { id: 'asc' } }),
    p.groupMembership.findMany({ orderBy: { id: 'asc' } }),
    p.need.findMany({ orderBy: { id: 'asc' } }),
    p.needOrganization.findMany({ orderBy: [{ needId: 'asc' }, { organizationId: 'asc' }] }),
    p.needTransition.findMany({ orderBy: { id: 'asc' } }),
    p.maturityAssessment.findMany({ orderBy: { id: 'asc' } }),
    p.ladderChecklistEntry.findMany({ orderBy: { id: 'asc' } }),
    p.needCommitment.findMany({ orderBy: { id: 'asc' } }),
    p.handover.findMany({ orderBy: { id: 'asc' } }),
    p.handoverDocument.findMany({ orderBy: { id: 'asc' } }),
  ]);
  const [meetings, attendance, minutes, periods, results, factorAssessments] = await Promise.all([
    p.meeting.findMany({ orderBy: { id: 'asc' } }),
    p.meetingAttendance.findMany({ orderBy: { id: 'asc' } }),
    p.minutes.findMany({ orderBy: { id: 'asc' } }),
    p.fundingPeriod.findMany({ orderBy: { id: 'asc' } }),
    p.handoverResult.findMany({ orderBy: { id: 'asc' } }),
    p.factorAssessment.findMany({ orderBy: { id: 'asc' }, include: { scores: { orderBy: { factor: 'asc' } } } }),
  ]);
  return {
    meetings,
    attendance,
    minutes,
    periods,
    results,
    factorAssessments,
    organizations,
    users,
    networks,
    facts,
    funders,
    memberships,
    areas,
    groups,
    groupMembers,
    needs,
    needOrganizations,
    transitions,
    assessments,
    checklist,
    commitments,
    handovers,
    documents,
  };
}

describe('seed', () => {
  it('loads the real networks of 2019 without demo accounts outside demo mode', async () => {
    await seedDatabase(database.prisma, { demo: false });
    const networks = await database.prisma.network.findMany({ select: { name: true, initiator: true } });
    expect(networks).toHaveLength(10);
    expect(networks.filter((n) => n.initiator === 'AGENCY')).toHaveLength(7);
    expect(networks.filter((n) => n.initiator === 'BUYER')).toHaveLength(3);
    expect(await database.prisma.user.count()).toBe(0);
  });

  it('adds the demo accounts in demo mode, with Konstgräs members from several municipalities', async () => {
    await seedDatabase(database.prisma, { demo: true });
    const konstgras = await database.prisma.network.findUniqueOrThrow({
      where: { slug: 'konstgras' },
      select: {
        membershipPolicy: true,
        arranger: { select: { name: true } },
        memberships: { where: { status: 'ACTIVE' }, select: { role: true, user: { select: { email: true, organization: { select: { kind: true, name: true } } } } } },
      },
    });
    expect(konstgras.membershipPolicy).toBe('APPROVAL');
    expect(konstgras.arranger?.name).toBe('Sveriges kultur- och fritidschefsförening');
    const roleOf = (email: string) => konstgras.memberships.find((m) => m.user.email === email)?.role;
    expect(roleOf('secretariat@trappan.test')).toBe('COORDINATOR');
    expect(roleOf('buyer@trappan.test')).toBe('MEMBER');
    expect(roleOf('funder@trappan.test')).toBe('OBSERVER');
    expect(roleOf('buyer2@trappan.test')).toBeUndefined();
    const municipalities = new Set(
      konstgras.memberships.filter((m) => m.user.organization?.kind === 'MUNICIPALITY').map((m) => m.user.organization?.name),
    );
    expect(municipalities.size).toBeGreaterThanOrEqual(3);

    const platformRoles = await database.prisma.user.findMany({ where: { platformRole: { not: 'NONE' } }, select: { email: true, platformRole: true } });
    expect(platformRoles).toEqual(
      expect.arrayContaining([
        { email: 'admin@trappan.test', platformRole: 'ADMIN' },
        { email: 'agency@trappan.test', platformRole: 'AGENCY_STAFF' },
      ]),
    );
    const supplier = await database.prisma.user.findUniqueOrThrow({ where: { email: 'supplier@trappan.test' }, select: { organization: { select: { kind: true } } } });
    expect(supplier.organization?.kind).toBe('COMPANY');
  });

  it('seeds the report’s needs, public, on the step and in the status the report gives, with their history', async () => {
    const needs = await database.prisma.need.findMany({
      select: {
        title: true,
        status: true,
        ladderStep: true,
        isPublic: true,
        network: { select: { slug: true } },
        transitions: { orderBy: { createdAt: 'asc' }, select: { fromStatus: true, toStatus: true, reason: true, createdAt: true } },
        organizations: { select: { organizationId: true } },
        assessments: { orderBy: { createdAt: 'desc' }, take: 1, select: { suggestedStep: true, chosenStep: true, overrideReason: true } },
      },
    });
    const need = (title: string) => needs.find((n) => n.title === title)!;
    const reportNeeds = ['Känsla av sammanhang', 'Sustainable Mobility Challenge', 'Hållbara konstgräsplaner', 'Avancerad rening av avloppsvatten'];
    expect(reportNeeds.every((title) => need(title).isPublic)).toBe(true);
    expect(
      reportNeeds.map(
        (title) => [title, need(title).network.slug, need(title).ladderStep, need(title).status],
      ),
    ).toEqual([
      ['Känsla av sammanhang', 'valfardsteknik', 'INITIATE', 'IN_PREPARATION'],
      ['Sustainable Mobility Challenge', 'a-challenge-from-sweden', 'INITIATE', 'MARKET_TESTED'],
      ['Hållbara konstgräsplaner', 'konstgras', 'INTRODUCE', 'HANDED_OVER'],
      ['Avancerad rening av avloppsvatten', 'avancerad-rening-av-avloppsvatten', 'INTRODUCE', 'MARKET_TESTED'],
    ]);
    // The rule chose every step: the report gives no reason to choose another.
    expect(need('Känsla av sammanhang').assessments[0]).toMatchObject({ suggestedStep: 'INITIATE', chosenStep: 'INITIATE', overrideReason: null });
    expect(needs.every((n) => n.assessments.every((a) => a.overrideReason === null)), 'no override').toBe(true);
    // The report's own events carry its date, March 2019 (p. 2), not the demo's.
    for (const title of ['Känsla av sammanhang', 'Sustainable Mobility Challenge']) {
      expect(need(title).transitions.every((t) => t.createdAt.getUTCFullYear() === 2019 && t.createdAt.getUTCMonth() === 2), title).toBe(true);
    }
    const handedOver = need('Hållbara konstgräsplaner').transitions.find((t) => t.toStatus === 'HANDED_OVER')!;
    expect(handedOver.createdAt.getTime()).toBeLessThan(new Date('2019-04-01T00:00:00Z').getTime());
    // Every public need names the organisations behind it.
    for (const n of needs) expect(n.organizations.length, n.title).toBeGreaterThan(0);
    expect(need('Avancerad rening av avloppsvatten').assessments[0]).toMatchObject({ suggestedStep: 'INTRODUCE', overrideReason: null });
    for (const n of needs) {
      // Each history starts with the proposal and ends in the need's status.
      expect(n.transitions[0]?.fromStatus, n.title).toBeNull();
      expect(n.transitions.at(-1)?.toStatus, n.title).toBe(n.status);
      expect(n.transitions.every((t) => t.reason.length > 0)).toBe(true);
    }
    expect(needs.filter((n) => n.network.slug === 'konstgras' && n.status === 'PROPOSED').length).toBeGreaterThanOrEqual(2);
  });

  it('hands Konstgräs’s sustainable pitches to SKL Kommentus, acknowledged, with the potential market of four municipalities', async () => {
    const need = await database.prisma.need.findFirstOrThrow({
      where: { title: 'Hållbara konstgräsplaner' },
      select: {
        leadOrganization: { select: { slug: true } },
        buyerGroup: { select: { kind: true, members: { where: { removedAt: null }, select: { user: { select: { email: true } } } } } },
        commitments: { select: { annualCostOre: true, expectedVolume: true, level: true, conditions: true, organization: { select: { slug: true } } } },
        handovers: {
          select: {
            receivingOrganization: { select: { slug: true, kind: true } },
            recipient: { select: { email: true } },
            acknowledgedBy: { select: { email: true } },
            acknowledgedAt: true,
            documents: { select: { kind: true, url: true } },
          },
        },
      },
    });
    // SKL runs Konstgräs's buyer group (report p. 37).
    expect(need.leadOrganization?.slug).toBe('skl');
    expect(need.buyerGroup?.kind).toBe('BUYER');
    expect(need.buyerGroup?.members.map((m) => m.user.email).sort()).toEqual(['buyer@trappan.test', 'goteborg@trappan.test', 'linkoping@trappan.test', 'skl@trappan.test', 'umea@trappan.test']);
    expect(need.commitments).toHaveLength(4);
    expect(need.commitments.reduce((sum, c) => sum + (c.annualCostOre ?? 0n), 0n)).toBe(289_500_000n);
    expect(new Set(need.commitments.map((c) => c.level))).toEqual(new Set(['COMMITTED', 'LETTER_OF_INTENT', 'INTERESTED']));
    expect(need.commitments.find((c) => c.level === 'COMMITTED')?.conditions).not.toBe('');
    expect(need.handovers).toEqual([
      expect.objectContaining({
        receivingOrganization: { slug: 'skl-kommentus', kind: 'CENTRAL_PURCHASING_BODY' },
        recipient: { email: 'kommentus@trappan.test' },
        acknowledgedBy: { email: 'kommentus@trappan.test' },
        acknowledgedAt: expect.any(Date),
      }),
    ]);
    expect(need.handovers[0]!.documents.map((d) => d.kind).sort()).toEqual(['MARKET_ANALYSIS', 'REQUIREMENT_SPECIFICATION']);
    for (const document of need.handovers[0]!.documents) expect(new URL(document.url).hostname).toBe('example.org');

    const kommentus = await database.prisma.user.findUniqueOrThrow({ where: { email: 'kommentus@trappan.test' }, select: { memberships: true, organization: { select: { slug: true } } } });
    expect(kommentus).toEqual({ memberships: [], organization: { slug: 'skl-kommentus' } });
  });

  it('gives Konstgräs and two other networks two years of history for their dashboards', async () => {
    const now = Date.now();
    const DAY = 24 * 60 * 60 * 1000;
    const slugs = ['konstgras', 'avancerad-rening-av-avloppsvatten', 'digitala-tjanster-inom-socialtjansten'];
    for (const slug of slugs) {
      const network = await database.prisma.network.findUniqueOrThrow({
        where: { slug },
        select: {
          memberships: { select: { joinedAt: true, leftAt: true, status: true } },
          meetings: { where: { endsAt: { lt: new Date(now - 30 * DAY) } }, select: { startsAt: true, _count: { select: { attendance: true } }, minutes: { select: { status: true } } } },
          factorAssessments: { where: { memberId: null }, select: { year: true } },
        },
      });
      // Held meetings in each of the last two years, each with attendance and approved minutes.
      const heldWithin = (from: number, to: number) => network.meetings.filter((m) => m.startsAt.getTime() >= now - to * DAY && m.startsAt.getTime() < now - from * DAY);
      expect(heldWithin(0, 365).length, slug).toBeGreaterThanOrEqual(2);
      expect(heldWithin(365, 730).length, slug).toBeGreaterThanOrEqual(2);
      for (const meeting of heldWithin(0, 730)) {
        expect(meeting._count.attendance, slug).toBeGreaterThan(0);
        expect(meeting.minutes?.status, slug).toBe('APPROVED');
      }
      // People joined and left within the last two years.
      expect(network.memberships.some((m) => m.joinedAt.getTime() > now - 730 * DAY), slug).toBe(true);
      expect(network.memberships.some((m) => m.status === 'LEFT' && m.leftAt!.getTime() > now - 730 * DAY), slug).toBe(true);
      // The secretariat assessed the success factors in at least two years.
      expect(new Set(network.factorAssessments.map((a) => a.year)).size, slug).toBeGreaterThanOrEqual(2);
    }

    // Konstgräs's granted funding ends within six months, and the next period is only applied for.
    const periods = await database.prisma.fundingPeriod.findMany({ where: { funder: { network: { slug: 'konstgras' } } }, select: { status: true, periodEnd: true } });
    const granted = periods.filter((p) => p.status === 'GRANTED');
    expect(granted.length).toBeGreaterThan(0);
    for (const period of granted) expect(period.periodEnd!.getTime()).toBeLessThan(now + 183 * DAY);
    expect(periods.some((p) => p.status === 'APPLIED')).toBe(true);

    // The three networks' needs are at every status and on every step of the ladder.
    const needs = await database.prisma.need.findMany({ where: { network: { slug: { in: slugs } } }, select: { status: true, ladderStep: true } });
    expect(new Set(needs.map((n) => n.status))).toEqual(new Set(['PROPOSED', 'PRIORITISED', 'MARKET_TESTED', 'IN_PREPARATION', 'IN_PROCUREMENT', 'HANDED_OVER', 'IMPLEMENTED', 'ARCHIVED']));
    expect(new Set(needs.map((n) => n.ladderStep))).toEqual(new Set(['INITIATE', 'INTRODUCE', 'IMPLEMENT', null]));

    // What became of the handover to SKL Kommentus: advertised, a contract, call-offs by member municipalities, an effect.
    const results = await database.prisma.handoverResult.findMany({
      where: { handover: { need: { title: 'Hållbara konstgräsplaner' } } },
      select: { kind: true, occurredOn: true, reference: true, url: true, supplierName: true, valueSek: true, organization: { select: { kind: true } } },
    });
    expect(new Set(results.map((r) => r.kind))).toEqual(new Set(['ADVERTISED', 'CONTRACT', 'CALL_OFF', 'EFFECT']));
    expect(results.find((r) => r.kind === 'ADVERTISED')).toMatchObject({ reference: expect.stringMatching(/\d/), url: expect.stringMatching(/^https:/) });
    expect(results.find((r) => r.kind === 'CONTRACT')).toMatchObject({ supplierName: expect.any(String), valueSek: expect.any(Number) });
    const callOffs = results.filter((r) => r.kind === 'CALL_OFF');
    expect(callOffs.length).toBeGreaterThanOrEqual(2);
    for (const callOff of callOffs) expect(callOff.organization?.kind).toBe('MUNICIPALITY');
    for (const result of results) expect(result.occurredOn.getTime()).toBeLessThanOrEqual(now);
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    await seedDatabase(database.prisma, { demo: true });
    expect(await snapshot()).toEqual(before);
  });
});
