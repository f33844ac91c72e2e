// The national overview's follow-up panels against figures counted by hand on a data set made
// for this file (no seed, so the demo history cannot move them): success-factor profiles, the
// ladder funnel of public needs by area, networks without granted funding for six months, quiet
// networks, results after handovers per year and trends by year; the CSV downloads, sorting,
// who sees what, and the number of statements a page costs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PrismaClient } from '@/generated/prisma/client';
import { overviewTableCsv } from '@/modules/dashboards/overview-csv';
import { getOverviewData } from '@/modules/dashboards/overview-data';
import { getFactorProfiles, getOverviewFigures } from '@/modules/dashboards/overview-figures-queries';
import { getInactiveNetworks } from '@/modules/dashboards/overview-queries';
import { nationalFunnel, nationalSteps } from '@/modules/dashboards/overview-table-models';
import { sortRows } from '@/modules/dashboards/overview-tables';
import { setDatabaseForTests } from '@/server/db/client';

import { actAs } from './support/fake-session';
import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
const prisma = () => database.prisma;
const NOW = new Date('2026-12-07T10:00:00Z');
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let agencyUserId: string;
let buyerUserId: string;

type Ids = Record<string, string>;
const org: Ids = {};
const net: Ids = {};
const area: Ids = {};

let n = 0;
async function person(organizationId: string, platformRole: 'NONE' | 'AGENCY_STAFF' = 'NONE') {
  n += 1;
  const user = await prisma().user.create({
    data: { email: `oversikt-${n}@trappan.test`, name: `Person ${n}`, organizationId, affiliation: 'CONFIRMED', emailVerifiedAt: at('2020-01-01'), platformRole },
  });
  return user.id;
}

async function member(network: string, organizationId: string, joined: string, options: { left?: string; role?: 'MEMBER' | 'OBSERVER' | 'COORDINATOR' } = {}) {
  const userId = await person(organizationId);
  await prisma().membership.create({
    data: { userId, networkId: net[network]!, organizationId, role: options.role ?? 'MEMBER', joinedAt: at(joined), ...(options.left ? { status: 'LEFT', leftAt: at(options.left) } : {}) },
  });
  return userId;
}

async function assessment(network: string, year: number, scores: [number, number, number, number, number], memberId: string | null = null) {
  const factors = ['GOAL', 'STRUCTURE', 'ENGAGEMENT', 'COMMUNICATION', 'FUNDING'] as const;
  await prisma().factorAssessment.create({
    data: { networkId: net[network]!, year, memberId, scores: { create: factors.map((factor, i) => ({ factor, score: scores[i]!, comment: '' })) } },
  });
}

type Status = 'PROPOSED' | 'PRIORITISED' | 'MARKET_TESTED' | 'IN_PROCUREMENT' | 'HANDED_OVER' | 'IMPLEMENTED' | 'ARCHIVED';
async function need(network: string, areaSlug: string, status: Status, isPublic: boolean, mergedIntoId?: string, ladderStep?: 'INITIATE' | 'INTRODUCE' | 'IMPLEMENT') {
  return prisma().need.create({ data: { networkId: net[network]!, areaId: area[areaSlug]!, title: `${network} ${status}`, problem: '.', status, isPublic, mergedIntoId, ladderStep } });
}

beforeAll(async () => {
  database = await createTestDatabase();
  setDatabaseForTests(database);
  for (const [slug, nameSv, nameEn] of [
    ['vatten', 'Vatten och avlopp', 'Water and sewage'],
    ['aldreomsorg', 'Äldreomsorg', 'Elderly care'],
  ] as const) {
    area[slug] = (await prisma().thematicArea.create({ data: { slug, nameSv, nameEn } })).id;
  }
  for (const [slug, name, kind] of [
    ['malmo', 'Malmö stad', 'MUNICIPALITY'],
    ['umea', 'Umeå kommun', 'MUNICIPALITY'],
    ['skane', 'Region Skåne', 'REGION'],
    ['firma', 'Firma AB', 'COMPANY'],
    ['vinnova', 'Vinnova', 'STATE_AGENCY'],
  ] as const) {
    org[slug] = (await prisma().organization.create({ data: { slug, name, kind } })).id;
  }
  const network = async (slug: string, name: string, areaSlug: string, status: 'ACTIVE' | 'FORMING' | 'CLOSED', startYear: number, published = true) => {
    net[slug] = (
      await prisma().network.create({
        data: { slug, name, descriptionSv: '.', descriptionEn: '.', areaId: area[areaSlug]!, initiator: 'BUYER', status, startYear, publishedAt: published ? at('2024-01-01') : null },
      })
    ).id;
  };
  await network('alfa', 'Alfa', 'vatten', 'ACTIVE', 2024);
  await network('beta', 'Beta', 'aldreomsorg', 'ACTIVE', 2025);
  await network('gamma', 'Gamma', 'vatten', 'FORMING', 2025);
  await network('delta', 'Delta', 'aldreomsorg', 'CLOSED', 2024);
  await network('utkast', 'Utkast', 'vatten', 'ACTIVE', 2023, false);
  await prisma().networkStatusChange.create({ data: { networkId: net.delta!, fromStatus: 'ACTIVE', toStatus: 'CLOSED', effectiveOn: day('2026-03-15'), reason: '.' } });

  // Members: Malmö since 2024; Umeå in Alfa for half of 2025 and in Gamma from 2026; Region
  // Skåne from September 2025. A company, an observer and a draft's member are no member organisations.
  const malmoPerson = await member('alfa', org.malmo!, '2024-03-01');
  await member('alfa', org.umea!, '2025-05-01', { left: '2025-11-01' });
  await member('gamma', org.umea!, '2026-02-01');
  await member('beta', org.skane!, '2025-09-01', { role: 'COORDINATOR' });
  await member('beta', org.firma!, '2024-01-01');
  await member('alfa', org.vinnova!, '2024-01-01', { role: 'OBSERVER' });
  await member('utkast', org.malmo!, '2023-01-01');
  agencyUserId = await person(org.vinnova!, 'AGENCY_STAFF');
  buyerUserId = await person(org.malmo!);

  // Funding: Alfa has open-ended base funding; Beta none; Gamma a project that ends on
  // 31 March 2027 and an application after it; Delta is closed; the draft counts nowhere.
  const funder = async (network: string, kind: 'BASE' | 'PROJECT', funderOrganizationId: string | null = org.vinnova!) =>
    (await prisma().networkFunder.create({ data: { networkId: net[network]!, kind, funderOrganizationId } })).id;
  await prisma().fundingPeriod.create({ data: { funderId: await funder('alfa', 'BASE'), status: 'GRANTED', periodStart: day('2025-01-01'), periodEnd: null } });
  const gammaFunder = await funder('gamma', 'PROJECT');
  await prisma().fundingPeriod.create({ data: { funderId: gammaFunder, status: 'GRANTED', periodStart: day('2026-01-01'), periodEnd: day('2027-03-31'), amountSek: 2_000_000 } });
  await prisma().fundingPeriod.create({ data: { funderId: gammaFunder, status: 'APPLIED', periodStart: day('2027-04-01'), periodEnd: day('2027-12-31'), amountSek: 500_000 } });

  // Self-assessments: Alfa's latest is 2026 (a member's view that year does not count),
  // Gamma's 2025; Beta has only a member's view; the draft's is not shown.
  await assessment('alfa', 2025, [2, 2, 2, 2, 2]);
  await assessment('alfa', 2026, [4, 3, 5, 2, 1]);
  await assessment('alfa', 2026, [5, 5, 5, 5, 5], malmoPerson);
  await assessment('gamma', 2025, [3, 3, 4, 4, 4]);
  await assessment('beta', 2026, [1, 1, 1, 1, 1], (await prisma().membership.findFirstOrThrow({ where: { networkId: net.beta!, role: 'COORDINATOR' } })).userId);
  await assessment('utkast', 2026, [5, 5, 5, 5, 5]);

  // Needs: public ones count, a private one and one merged into another do not, nor the draft's.
  await need('alfa', 'vatten', 'PROPOSED', true);
  await need('alfa', 'vatten', 'PRIORITISED', true, undefined, 'INITIATE');
  const handedOver = await need('alfa', 'vatten', 'HANDED_OVER', true);
  const privateNeed = await need('alfa', 'vatten', 'IN_PROCUREMENT', false);
  await need('alfa', 'vatten', 'ARCHIVED', true, undefined, 'INITIATE');
  await need('alfa', 'vatten', 'ARCHIVED', true, handedOver.id);
  await need('beta', 'aldreomsorg', 'PROPOSED', true);
  await need('beta', 'aldreomsorg', 'IMPLEMENTED', true, undefined, 'IMPLEMENT');
  await need('gamma', 'aldreomsorg', 'MARKET_TESTED', true, undefined, 'INTRODUCE');
  await need('utkast', 'vatten', 'PROPOSED', true);

  // Results: advertised and a contract in 2025; a contract, two call-offs and an effect in
  // 2026. The private need's contract is not public.
  const handover = async (needId: string) => (await prisma().handover.create({ data: { needId, receivingOrganizationId: org.malmo!, recipientId: malmoPerson } })).id;
  const publicHandover = await handover(handedOver.id);
  const result = (handoverId: string, kind: 'ADVERTISED' | 'CONTRACT' | 'CALL_OFF' | 'EFFECT', occurredOn: string, valueSek: number | null = null, organizationId: string | null = null) =>
    prisma().handoverResult.create({ data: { handoverId, kind, occurredOn: day(occurredOn), valueSek, organizationId } });
  await result(publicHandover, 'ADVERTISED', '2025-03-01');
  await result(publicHandover, 'CONTRACT', '2025-09-01', 1_200_000);
  await result(publicHandover, 'CONTRACT', '2026-04-01', 800_000);
  await result(publicHandover, 'CALL_OFF', '2026-02-01', 300_000, org.malmo!);
  await result(publicHandover, 'CALL_OFF', '2026-05-01', null, org.umea!);
  await result(publicHandover, 'EFFECT', '2026-06-01');
  await result(await handover(privateNeed.id), 'CONTRACT', '2026-01-15', 999);

  // Beta has been quiet since June 2025; Delta longer, but it is closed; the draft is no one's business.
  await prisma().network.update({ where: { id: net.beta! }, data: { lastActivityAt: at('2025-06-01') } });
  await prisma().network.update({ where: { id: net.delta! }, data: { lastActivityAt: at('2024-06-01') } });
  await prisma().network.update({ where: { id: net.utkast! }, data: { lastActivityAt: at('2024-06-01') } });
});

afterAll(async () => {
  actAs(null);
  await database.drop();
});

const agency = { platformRole: 'AGENCY_STAFF' } as const;

describe('figures for everyone', () => {
  it('counts public needs per thematic area and status, and the national funnel', async () => {
    const { funnel } = await getOverviewFigures({ now: NOW });
    const byArea = Object.fromEntries(funnel.map((a) => [a.slug, a]));
    expect(Object.keys(byArea).sort()).toEqual(['aldreomsorg', 'vatten']);
    expect(byArea.vatten).toMatchObject({
      nameSv: 'Vatten och avlopp',
      now: { PROPOSED: 1, PRIORITISED: 1, MARKET_TESTED: 0, IN_PREPARATION: 0, IN_PROCUREMENT: 0, HANDED_OVER: 1, IMPLEMENTED: 0 },
      archived: 1,
    });
    expect(byArea.aldreomsorg).toMatchObject({ now: { PROPOSED: 1, MARKET_TESTED: 1, IMPLEMENTED: 1, HANDED_OVER: 0 }, archived: 0 });
    expect(nationalFunnel({ funnel }).map((row) => [row.status, row.now, row.reached])).toEqual([
      ['PROPOSED', 2, 6],
      ['PRIORITISED', 1, 4],
      ['MARKET_TESTED', 1, 3],
      ['IN_PREPARATION', 0, 2],
      ['IN_PROCUREMENT', 0, 2],
      ['HANDED_OVER', 1, 2],
      ['IMPLEMENTED', 1, 1],
    ]);
  });

  it('counts the same public needs per thematic area and step on the ladder, archived ones in no step', async () => {
    const { funnel } = await getOverviewFigures({ now: NOW });
    const byArea = Object.fromEntries(funnel.map((a) => [a.slug, a.steps]));
    expect(byArea.vatten).toEqual({ INITIATE: 1, INTRODUCE: 0, IMPLEMENT: 0, UNPLACED: 2 });
    expect(byArea.aldreomsorg).toEqual({ INITIATE: 0, INTRODUCE: 1, IMPLEMENT: 1, UNPLACED: 1 });
    expect(nationalSteps({ funnel })).toEqual([
      { step: 'INITIATE', count: 1 },
      { step: 'INTRODUCE', count: 1 },
      { step: 'IMPLEMENT', count: 1 },
      { step: 'UNPLACED', count: 3 },
    ]);
    const { tables } = await getOverviewData(null, 'sv', { now: NOW });
    expect(tables.steps.footer?.[0]?.cells).toEqual({ area: 'Alla områden', INITIATE: 1, INTRODUCE: 1, IMPLEMENT: 1, UNPLACED: 3, inFunnel: 6 });
    const csv = await (await overviewTableCsv(new Request('http://localhost/sv/overview/csv/steps'), { params: Promise.resolve({ locale: 'sv', table: 'steps' }) })).text();
    expect(csv).toContain('Tematiskt område;Initiera;Introducera;Införa;Inte placerade;I tratten');
    expect(csv).toContain('Vatten och avlopp;1;0;0;2;3');
  });

  it('lists the open networks that granted funding does not carry through the next six months, by the runway rule', async () => {
    const { withoutFunding } = await getOverviewFigures({ now: NOW });
    expect([...withoutFunding].sort((a, b) => a.slug.localeCompare(b.slug))).toEqual([
      { slug: 'beta', name: 'Beta', status: 'ACTIVE', coveredUntil: null, monthsLeft: 0, applied: { count: 0, amountSek: 0 } },
      { slug: 'gamma', name: 'Gamma', status: 'FORMING', coveredUntil: '2027-03-31', monthsLeft: 3, applied: { count: 1, amountSek: 500_000 } },
    ]);
  });

  it('counts the results after handovers of public needs per year', async () => {
    const { results } = await getOverviewFigures({ now: NOW });
    expect(results).toEqual([
      { year: 2025, advertised: 1, contracts: 1, contractValueSek: 1_200_000, callOffs: 0, callOffValueSek: 0, effects: 0 },
      { year: 2026, advertised: 0, contracts: 1, contractValueSek: 800_000, callOffs: 2, callOffValueSek: 300_000, effects: 1 },
    ]);
  });

  it('counts networks started and ended, and member organisations new and at year end, per year', async () => {
    const { trends } = await getOverviewFigures({ now: NOW });
    expect(trends).toEqual([
      { year: 2024, networksStarted: 2, networksEnded: 0, organizationsJoined: 1, organizationsAtYearEnd: 1 },
      { year: 2025, networksStarted: 2, networksEnded: 0, organizationsJoined: 2, organizationsAtYearEnd: 2 },
      { year: 2026, networksStarted: 0, networksEnded: 1, organizationsJoined: 0, organizationsAtYearEnd: 3 },
    ]);
  });
});

describe('figures for agency staff and administrators only', () => {
  it('gives each network’s latest assessment by its coordinators, and nothing to anyone else', async () => {
    expect(await getFactorProfiles(null)).toBeNull();
    expect(await getFactorProfiles({ platformRole: 'NONE' })).toBeNull();
    for (const platformRole of ['AGENCY_STAFF', 'ADMIN'] as const) {
      const profiles = await getFactorProfiles({ platformRole });
      expect([...profiles!].sort((a, b) => a.slug.localeCompare(b.slug))).toEqual([
        { slug: 'alfa', name: 'Alfa', year: 2026, scores: { GOAL: 4, STRUCTURE: 3, ENGAGEMENT: 5, COMMUNICATION: 2, FUNDING: 1 } },
        { slug: 'gamma', name: 'Gamma', year: 2025, scores: { GOAL: 3, STRUCTURE: 3, ENGAGEMENT: 4, COMMUNICATION: 4, FUNDING: 4 } },
      ]);
    }
    const { tables } = await getOverviewData(agency, 'sv', { now: NOW });
    expect(tables.profiles?.rows.find((row) => row.key === 'alfa')).toMatchObject({ href: '/sv/networks/alfa/dashboard', cells: { year: 2026, mean: 3 } });
    expect(tables.profiles?.rows.find((row) => row.key === 'gamma')?.cells.mean).toBe(3.6);
    // The chart's figures, also the table's last row: each factor's mean over both networks.
    expect(tables.profiles?.footer?.[0]?.cells).toMatchObject({ network: 'Alla nätverk, medel', GOAL: 3.5, STRUCTURE: 3, ENGAGEMENT: 4.5, COMMUNICATION: 3, FUNDING: 2.5 });
  });

  it('lists the networks quiet for twelve months by their real activity, without closed networks and drafts', async () => {
    const quiet = await getInactiveNetworks(agency, { now: NOW });
    // Region Skåne; the company is no member organisation.
    expect(quiet?.rows).toEqual([{ slug: 'beta', name: 'Beta', status: 'ACTIVE', lastActivityAt: '2025-06-01', memberOrganizationCount: 1 }]);
    const { tables } = await getOverviewData({ platformRole: 'NONE' }, 'sv', { now: NOW });
    expect(tables.quiet).toBeNull();
    expect(tables.profiles).toBeNull();
  });
});

describe('sorting and CSV', () => {
  it('sorts a table by any column, either way, with empty cells last', async () => {
    const { tables } = await getOverviewData(agency, 'sv', { now: NOW });
    const table = tables['without-funding']!;
    const order = (column: string, dir: 'asc' | 'desc') => sortRows(table, { table: 'without-funding', column, dir }, 'sv').map((row) => row.key);
    expect(order('monthsLeft', 'desc')).toEqual(['gamma', 'beta']);
    expect(order('monthsLeft', 'asc')).toEqual(['beta', 'gamma']);
    // Beta is covered by nothing: last whichever way the dates are sorted.
    expect(order('coveredUntil', 'asc')).toEqual(['gamma', 'beta']);
    expect(order('coveredUntil', 'desc')).toEqual(['gamma', 'beta']);
    expect(sortRows(tables.results!, { table: 'results', column: 'callOffs', dir: 'desc' }, 'sv').map((row) => row.key)).toEqual(['2026', '2025']);
  });

  it('downloads a table as CSV with a byte order mark, Swedish headers and the sort of the page', async () => {
    actAs(buyerUserId);
    const response = await overviewTableCsv(new Request('http://localhost/sv/overview/csv/funnel?sort=funnel.area&dir=desc'), {
      params: Promise.resolve({ locale: 'sv', table: 'funnel' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('Tematiskt område;Föreslaget;Prioriterat;Marknadstestat;Under förberedelse;I upphandling;Överlämnat;Infört;I tratten;Arkiverade');
    // Vatten before Äldreomsorg in Swedish order, so Äldreomsorg first when descending; then the totals.
    expect(lines.slice(1)).toEqual([
      'Äldreomsorg;1;0;1;0;0;0;1;3;0',
      'Vatten och avlopp;1;1;0;0;0;1;0;3;1',
      'Alla områden, står här nu;2;1;1;0;0;1;1;6;1',
      'Alla områden, har nått hit;6;4;3;2;2;2;1;;',
      '',
    ]);
  });

  it('writes the mean with the language’s decimal mark, and answers 404 for an agency-only table to anyone else', async () => {
    actAs(agencyUserId);
    const sv = await (await overviewTableCsv(new Request('http://localhost/sv/overview/csv/profiles'), { params: Promise.resolve({ locale: 'sv', table: 'profiles' }) })).text();
    expect(sv).toContain('Gamma;2025;3;3;4;4;4;3,6');
    expect(sv).toContain('Alla nätverk, medel;;3,5;3;4,5;3;2,5;');
    const en = await (await overviewTableCsv(new Request('http://localhost/en/overview/csv/profiles'), { params: Promise.resolve({ locale: 'en', table: 'profiles' }) })).text();
    expect(en).toContain('Gamma,2025,3,3,4,4,4,3.6');

    actAs(buyerUserId);
    expect((await overviewTableCsv(new Request('http://localhost/sv/overview/csv/profiles'), { params: Promise.resolve({ locale: 'sv', table: 'profiles' }) })).status).toBe(404);
    actAs(null);
    expect((await overviewTableCsv(new Request('http://localhost/sv/overview/csv/quiet'), { params: Promise.resolve({ locale: 'sv', table: 'quiet' }) })).status).toBe(404);
    expect((await overviewTableCsv(new Request('http://localhost/sv/overview/csv/nothing'), { params: Promise.resolve({ locale: 'sv', table: 'nothing' }) })).status).toBe(404);
  });
});

describe('the cost of the overview', () => {
  /** The database statements one overview makes, counted on a client that tallies them. */
  async function statementsFor(viewer: { platformRole: 'NONE' | 'AGENCY_STAFF' } | null): Promise<number> {
    let statements = 0;
    const counting = database.prisma.$extends({
      query: {
        async $allOperations({ args, query }) {
          statements += 1;
          return query(args);
        },
      },
    }) as unknown as PrismaClient;
    setDatabaseForTests({ ...database, prisma: counting });
    try {
      await getOverviewData(viewer, 'sv', { now: NOW });
    } finally {
      setDatabaseForTests(database);
    }
    return statements;
  }

  it('makes the same number of statements with twenty more networks, each with members, needs, funding, results and an assessment', async () => {
    const before = { public: await statementsFor(null), agency: await statementsFor(agency) };
    const umeaPerson = await person(org.umea!);
    for (let i = 0; i < 20; i += 1) {
      const slug = `skala-${i}`;
      net[slug] = (
        await prisma().network.create({
          data: { slug, name: `Skala ${i}`, descriptionSv: '.', descriptionEn: '.', areaId: area.vatten!, initiator: 'AGENCY', status: 'ACTIVE', startYear: 2020 + (i % 5), publishedAt: at('2024-01-01') },
        })
      ).id;
      await member(slug, org.umea!, '2025-01-01');
      await assessment(slug, 2026, [3, 3, 3, 3, 3]);
      const created = await need(slug, 'vatten', 'HANDED_OVER', true);
      const handoverId = (await prisma().handover.create({ data: { needId: created.id, receivingOrganizationId: org.umea!, recipientId: umeaPerson } })).id;
      await prisma().handoverResult.create({ data: { handoverId, kind: 'CONTRACT', occurredOn: day('2026-01-10'), valueSek: 1000 } });
      const funderId = (await prisma().networkFunder.create({ data: { networkId: net[slug]!, kind: 'PROJECT', funderOrganizationId: org.vinnova! } })).id;
      await prisma().fundingPeriod.create({ data: { funderId, status: 'GRANTED', periodStart: day('2026-01-01'), periodEnd: day('2027-01-31') } });
    }
    expect({ public: await statementsFor(null), agency: await statementsFor(agency) }).toEqual(before);
    // docs/decisions/0024: eight statements for everyone, ten for agency staff and administrators.
    expect(before).toEqual({ public: 8, agency: 10 });
  });
});
