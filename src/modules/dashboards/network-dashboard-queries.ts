// What a network's dashboard reads: one statement per kind of record, bounded by the network's
// own rows whatever its size (docs/decisions/0024 counts them), then the figures are computed
// in network-figures.ts and funding-runway.ts. `seesAll` is for the network's participants;
// everyone else gets what the network already shows publicly: public needs and their public
// figures, public meetings, member organisations (named on the network's page) but not the
// people, funding (on the network's page), and no attendance, competences or dialogue sign-ups.
import 'server-only';

import type { Competence, LadderStep, OrganizationKind, SuccessFactor } from '@/generated/prisma/enums';
import { competenceCoverage } from '@/modules/governance/client';
import { countsTowardsPlan } from '@/modules/meetings/client';
import { potentialMarket, tallyResults, type ResultTally } from '@/modules/needs/client';
import { db } from '@/server/db/client';

import { fundingRunway, type FundingRunway } from './funding-runway';
import { attendanceRate, daysPerStatus, meetingsPerYear, membersPerQuarter, needFunnel, type FunnelRow, type MembershipSpan, type QuarterRow } from './network-figures';
import { swedishDate } from './rules';
import { spreadOf, SUCCESS_FACTORS, type Spread } from './success-factors';

const YEAR = 365 * 24 * 60 * 60 * 1000;
/** The attendance table lists this many of the latest held meetings; the meetings page has them all. */
const ATTENDANCE_MEETINGS = 12;

/** One factor of the coordinators' assessment in one year. */
export type FactorScoreView = { score: number; comment: string };

export type NetworkDashboard = {
  seesAll: boolean;
  /** The success factors, for participants only: the coordinators' scores per year and the spread of this year's member views. */
  factors: {
    years: number[];
    secretariat: Record<number, Partial<Record<SuccessFactor, FactorScoreView>>>;
    members: Record<SuccessFactor, Spread | null>;
    /** Who gave their own view this year (the page asks whether the viewer did). */
    memberIds: string[];
  } | null;
  funnel: { rows: Array<FunnelRow & { medianDays: number | null; stays: number }>; archived: number };
  ladder: Array<{ step: LadderStep | null; count: number }>;
  market: ReturnType<typeof potentialMarket>;
  /** What became of the handed-over needs (of public needs, for the public). */
  results: ResultTally;
  /** People and organisations per quarter; the page shows the people's columns to participants only. */
  quarters: QuarterRow[];
  organizations: { byKind: Array<{ kind: OrganizationKind; count: number }>; byCounty: Array<{ countyCode: string | null; count: number }>; total: number };
  competences: Array<{ competence: Competence; count: number; recommended: boolean }> | null;
  meetings: { perYear: Array<{ year: number; held: number; target: number | null }>; attendance: Array<{ id: string; title: string; startsAt: Date; present: number; of: number }> | null };
  /** Member organisations active in the last 12 months, of all member organisations; participants only. */
  active: { count: number; of: number } | null;
  dialogues: { held: number; companies: number | null; questionsAnswered: number | null };
  funding: FundingRunway;
};

export async function getNetworkDashboard(networkId: string, seesAll: boolean, now = new Date()): Promise<NetworkDashboard> {
  const yearAgo = new Date(now.getTime() - YEAR);
  const thisYear = Number(swedishDate(now).slice(0, 4));
  const years = [thisYear - 2, thisYear - 1, thisYear];
  const needWhere = { networkId, mergedIntoId: null, ...(seesAll ? {} : { isPublic: true }) };

  const [charter, memberships, meetings, needs, transitions, commitments, results, periods, dialogues, companies, questionsAnswered, ballots, assessments] = await Promise.all([
    db().charterVersion.findFirst({ where: { networkId }, orderBy: { version: 'desc' }, select: { physicalMeetingsPerYear: true } }),
    db().membership.findMany({
      where: { networkId },
      select: { userId: true, role: true, status: true, competence: true, joinedAt: true, leftAt: true, organization: { select: { id: true, kind: true, countyCode: true } } },
    }),
    db().meeting.findMany({
      // Held (ended) meetings from the first of January two years ago, Swedish time (UTC+1 or +2).
      where: { networkId, endsAt: { lt: now }, startsAt: { gte: new Date(Date.UTC(thisYear - 2, 0, 1) - 2 * 60 * 60 * 1000) }, ...(seesAll ? {} : { isPublic: true }) },
      orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
      select: { id: true, title: true, startsAt: true, format: true, status: true, attendance: seesAll ? { select: { userId: true } } : false },
    }),
    db().need.findMany({ where: needWhere, select: { status: true, ladderStep: true, proposedById: true, createdAt: true } }),
    db().needTransition.findMany({ where: { need: needWhere }, select: { needId: true, toStatus: true, createdAt: true } }),
    db().needCommitment.findMany({
      where: { need: needWhere, ...(seesAll ? {} : { isPublic: true }) },
      select: { annualCostOre: true, expectedVolume: true, organizationId: true, statedAt: true },
    }),
    db().handoverResult.findMany({ where: { handover: { need: needWhere } }, select: { handoverId: true, kind: true, valueSek: true } }),
    db().fundingPeriod.findMany({ where: { funder: { networkId } }, select: { status: true, periodStart: true, periodEnd: true, amountSek: true, funder: { select: { kind: true } } } }),
    db().marketDialogue.findMany({ where: { networkId, status: { in: ['CLOSED', 'SUMMARY_PUBLISHED'] } }, select: { id: true } }),
    seesAll ? db().dialogueSignUp.findMany({ where: { dialogue: { networkId, status: { not: 'DRAFT' } }, withdrawnAt: null }, distinct: ['organizationId'], select: { organizationId: true } }) : null,
    seesAll ? db().dialogueQuestion.count({ where: { dialogue: { networkId }, answers: { some: {} } } }) : null,
    seesAll ? db().prioritisationBallot.findMany({ where: { round: { networkId }, castAt: { gte: yearAgo } }, select: { organizationId: true } }) : [],
    seesAll
      ? db().factorAssessment.findMany({ where: { networkId, year: { in: years } }, select: { year: true, memberId: true, scores: { select: { factor: true, score: true, comment: true } } } })
      : null,
  ]);

  // A membership makes its organisation a member organisation unless it is an observer's or a company's (src/server/member-organizations.ts).
  const countsForOrganization = (m: (typeof memberships)[number]) => m.role !== 'OBSERVER' && m.organization !== null && m.organization.kind !== 'COMPANY';
  const spans: MembershipSpan[] = memberships.map((m) => ({ organizationId: m.organization?.id ?? null, joinedAt: m.joinedAt, leftAt: m.status === 'ACTIVE' ? null : (m.leftAt ?? m.joinedAt), countsForOrganization: countsForOrganization(m) }));
  const activeMemberships = memberships.filter((m) => m.status === 'ACTIVE');
  const memberOrganizations = new Map(activeMemberships.filter(countsForOrganization).map((m) => [m.organization!.id, m.organization!]));
  const organizationOf = new Map(memberships.flatMap((m) => (m.organization ? [[m.userId, m.organization.id] as const] : [])));

  const byKind = new Map<OrganizationKind, number>();
  const byCounty = new Map<string | null, number>();
  for (const organization of memberOrganizations.values()) {
    byKind.set(organization.kind, (byKind.get(organization.kind) ?? 0) + 1);
    byCounty.set(organization.countyCode, (byCounty.get(organization.countyCode) ?? 0) + 1);
  }

  const funnel = needFunnel(needs.map((n) => n.status));
  const stays = daysPerStatus(transitions.map((t) => ({ needId: t.needId, toStatus: t.toStatus, at: t.createdAt })));
  const ladder = new Map<LadderStep | null, number>();
  for (const need of needs) if (need.status !== 'ARCHIVED') ladder.set(need.ladderStep, (ladder.get(need.ladderStep) ?? 0) + 1);

  const held = meetings.filter((m) => countsTowardsPlan(m));
  const attendance = seesAll
    ? meetings
        .filter((m) => m.status !== 'CANCELLED')
        .slice(0, ATTENDANCE_MEETINGS)
        .map((m) => ({ id: m.id, title: m.title, startsAt: m.startsAt, ...attendanceRate(m.startsAt, (m.attendance ?? []).map((a) => organizationOf.get(a.userId) ?? null), spans) }))
    : null;

  // Active in the last 12 months: attended a meeting, proposed a need, voted in a round or stated figures.
  const activeOrganizations = new Set<string>([
    ...meetings.filter((m) => m.startsAt >= yearAgo).flatMap((m) => (m.attendance ?? []).map((a) => organizationOf.get(a.userId) ?? '')),
    ...needs.filter((n) => n.createdAt >= yearAgo && n.proposedById).map((n) => organizationOf.get(n.proposedById!) ?? ''),
    ...ballots.map((b) => b.organizationId),
    ...commitments.filter((c) => c.statedAt >= yearAgo).map((c) => c.organizationId),
  ]);
  const active = seesAll ? { count: [...memberOrganizations.keys()].filter((id) => activeOrganizations.has(id)).length, of: memberOrganizations.size } : null;

  const today = swedishDate(now);
  const runwayPeriods = periods.map((p) => ({
    status: p.status,
    kind: p.funder.kind,
    periodStart: p.periodStart?.toISOString().slice(0, 10) ?? null,
    periodEnd: p.periodEnd?.toISOString().slice(0, 10) ?? null,
    amountSek: p.amountSek,
  }));
  const funding = fundingRunway(runwayPeriods, today);

  return {
    seesAll,
    factors: assessments && factorsOf(assessments, years),
    funnel: { rows: funnel.rows.map((row) => ({ ...row, medianDays: stays.get(row.status)?.medianDays ?? null, stays: stays.get(row.status)?.stays ?? 0 })), archived: funnel.archived },
    ladder: (['INITIATE', 'INTRODUCE', 'IMPLEMENT', null] as const).map((step) => ({ step, count: ladder.get(step) ?? 0 })),
    market: potentialMarket(commitments),
    results: tallyResults(results),
    quarters: membersPerQuarter(spans, now),
    organizations: {
      byKind: [...byKind].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count),
      byCounty: [...byCounty].map(([countyCode, count]) => ({ countyCode, count })).sort((a, b) => b.count - a.count),
      total: memberOrganizations.size,
    },
    competences: seesAll ? competenceCoverage(activeMemberships.map((m) => m.competence)).counts : null,
    meetings: { perYear: meetingsPerYear(held.map((m) => m.startsAt), years, charter?.physicalMeetingsPerYear ?? null), attendance },
    active,
    dialogues: { held: dialogues.length, companies: companies?.length ?? null, questionsAnswered },
    funding,
  };
}

type AssessmentRow = { year: number; memberId: string | null; scores: Array<{ factor: SuccessFactor; score: number; comment: string }> };

/** The coordinators' assessment per year, and this year's member views as a spread per factor. */
function factorsOf(rows: readonly AssessmentRow[], years: readonly number[]): NonNullable<NetworkDashboard['factors']> {
  const thisYear = years[years.length - 1]!;
  const secretariat: NonNullable<NetworkDashboard['factors']>['secretariat'] = {};
  for (const row of rows.filter((r) => r.memberId === null)) {
    secretariat[row.year] = Object.fromEntries(row.scores.map((s) => [s.factor, { score: s.score, comment: s.comment }]));
  }
  const views = rows.filter((r) => r.memberId !== null && r.year === thisYear);
  const members = Object.fromEntries(
    SUCCESS_FACTORS.map((factor) => [factor, spreadOf(views.flatMap((v) => v.scores.filter((s) => s.factor === factor).map((s) => s.score)))]),
  ) as Record<SuccessFactor, Spread | null>;
  return { years: [...years], secretariat, members, memberIds: views.map((v) => v.memberId!) };
}

