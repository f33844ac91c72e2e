// Reads of prioritisation rounds for the pages and the ladder board. Points are read only for
// closed rounds (and for the viewer's own organisation's ballot): while a round is open its
// results are not computed at all, so no page can show them by mistake.
import 'server-only';

import { db } from '@/server/db/client';

import type { Prisma } from '@/generated/prisma/client';

import { mayJoinRound, NEED_STATUSES } from './need-status';
import { isRoundOpen, rankNeeds, roundVoter, type NoVoteReason, type RankedNeed } from './prioritisation';

const ROUND_STATUSES = NEED_STATUSES.filter(mayJoinRound);

/**
 * The needs of the network a new round may include, as a filter: the form offers these and the
 * action accepts only these, so a forged id (another network's, a handed-over or merged need)
 * finds nothing.
 */
export function roundNeedWhere(networkId: string) {
  return { networkId, status: { in: [...ROUND_STATUSES] }, mergedIntoId: null } satisfies Prisma.NeedWhereInput;
}

export type RoundListItem = {
  id: string;
  title: string;
  closesAt: Date;
  isOpen: boolean;
  needs: number;
  organizationsVoted: number;
};

const listSelect = { id: true, title: true, closesAt: true, _count: { select: { needs: true, ballots: true } } } as const;

/** The network's rounds: open ones first (closing soonest first), then closed ones, newest first. */
export async function listRounds(networkId: string, now = new Date()): Promise<RoundListItem[]> {
  const [open, closed] = await Promise.all([
    db().prioritisationRound.findMany({ where: { networkId, closesAt: { gt: now } }, orderBy: [{ closesAt: 'asc' }, { id: 'asc' }], select: listSelect }),
    db().prioritisationRound.findMany({ where: { networkId, closesAt: { lte: now } }, orderBy: [{ closesAt: 'desc' }, { id: 'desc' }], select: listSelect, take: 100 }),
  ]);
  return [...open, ...closed].map(({ _count, ...round }) => ({
    ...round,
    isOpen: isRoundOpen(round, now),
    needs: _count.needs,
    organizationsVoted: _count.ballots,
  }));
}

/** The needs a new round can include (roundNeedWhere), by title. */
export function listNeedsForNewRound(networkId: string) {
  return db().need.findMany({
    where: roundNeedWhere(networkId),
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
    select: { id: true, title: true, status: true },
    take: 500,
  });
}

/**
 * Whether the person votes in the network's rounds, and for which organisation: the one their
 * membership names, or their own when it names none (as the ballot action decides).
 */
export async function getVoterStanding(
  networkId: string,
  userId: string | null,
): Promise<{ ok: true; organizationId: string; organizationName: string } | { ok: false; reason: NoVoteReason }> {
  if (!userId) return { ok: false, reason: 'notMember' };
  const membership = await db().membership.findFirst({
    where: { userId, networkId, status: 'ACTIVE' },
    select: {
      role: true,
      organization: { select: { id: true, name: true, kind: true } },
      user: { select: { organization: { select: { id: true, name: true, kind: true } } } },
    },
  });
  const organization = membership ? (membership.organization ?? membership.user.organization) : null;
  const voter = roundVoter(membership && { role: membership.role, organizationId: organization?.id ?? null, organizationKind: organization?.kind ?? null });
  return voter.ok ? { ok: true, organizationId: voter.organizationId, organizationName: organization!.name } : voter;
}

export type RoundResult = RankedNeed & { title: string };

export type RoundPageData = {
  round: { id: string; title: string; pointsPerOrganization: number; closesAt: Date; createdAt: Date; createdBy: string | null };
  isOpen: boolean;
  needs: Array<{ id: string; title: string; status: (typeof NEED_STATUSES)[number] }>;
  organizationsVoted: number;
  /** The names of the organisations that voted, when asked for (the secretariat): never their points. */
  voters: string[] | null;
  /** The ballot of the viewer's organisation, to show and to replace. */
  ownBallot: { castAt: Date; castBy: string | null; points: Record<string, number> } | null;
  /** Only for a closed round; null while it is open. */
  results: RoundResult[] | null;
};

/**
 * What a round's page shows. The other organisations' points are read only once the round
 * has closed; while it is open, only how many voted (and, for the secretariat, which). Null
 * when the round does not exist in this network.
 */
export async function getRoundPage(
  networkId: string,
  roundId: string,
  options: { organizationId: string | null; includeVoters: boolean; now?: Date },
): Promise<RoundPageData | null> {
  const now = options.now ?? new Date();
  const round = await db().prioritisationRound.findFirst({
    where: { id: roundId, networkId },
    select: {
      id: true,
      title: true,
      pointsPerOrganization: true,
      closesAt: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      needs: { select: { need: { select: { id: true, title: true, status: true } } } },
      _count: { select: { ballots: true } },
    },
  });
  if (!round) return null;
  const open = isRoundOpen(round, now);
  // By title, so needs that share a place are listed in a stable order.
  const needs = round.needs.map((entry) => entry.need).sort((a, b) => a.title.localeCompare(b.title, 'sv'));
  const [voters, ownBallot, results] = await Promise.all([
    options.includeVoters
      ? db().prioritisationBallot.findMany({ where: { roundId }, select: { organization: { select: { name: true } } }, orderBy: { organization: { name: 'asc' } } })
      : null,
    options.organizationId
      ? db().prioritisationBallot.findUnique({
          where: { roundId_organizationId: { roundId, organizationId: options.organizationId } },
          select: { castAt: true, castBy: { select: { name: true } }, points: { select: { needId: true, points: true } } },
        })
      : null,
    open ? null : roundResults(roundId, needs.map((need) => need.id)),
  ]);
  const titles = new Map(needs.map((need) => [need.id, need.title]));
  return {
    round: {
      id: round.id,
      title: round.title,
      pointsPerOrganization: round.pointsPerOrganization,
      closesAt: round.closesAt,
      createdAt: round.createdAt,
      createdBy: round.createdBy?.name ?? null,
    },
    isOpen: open,
    needs,
    organizationsVoted: round._count.ballots,
    voters: voters && voters.map((ballot) => ballot.organization.name),
    ownBallot: ownBallot && {
      castAt: ownBallot.castAt,
      castBy: ownBallot.castBy?.name ?? null,
      points: Object.fromEntries(ownBallot.points.map((p) => [p.needId, p.points])),
    },
    results: results && results.map((result) => ({ ...result, title: titles.get(result.needId) ?? '' })),
  };
}

/** The ranking of a round from its ballots; callers ask only for closed rounds. */
async function roundResults(roundId: string, needIds: string[]): Promise<RankedNeed[]> {
  const points = await db().prioritisationPoints.findMany({ where: { ballot: { roundId } }, select: { ballotId: true, needId: true, points: true } });
  return rankNeeds(needIds, groupBallots(points));
}

function groupBallots(points: ReadonlyArray<{ ballotId: string; needId: string; points: number }>): Map<string, number>[] {
  const ballots = new Map<string, Map<string, number>>();
  for (const row of points) {
    const ballot = ballots.get(row.ballotId) ?? new Map<string, number>();
    ballot.set(row.needId, row.points);
    ballots.set(row.ballotId, ballot);
  }
  return [...ballots.values()];
}

export type NeedPriority = { rank: number; points: number; roundId: string; roundTitle: string; needsInRound: number };

/**
 * For each need of the network, its result in the most recent closed round that included it
 * (for the ladder board). One query: the closed rounds with their needs and points.
 */
export async function latestPriorityByNeed(networkId: string): Promise<Map<string, { rank: number; points: number; roundId: string; roundTitle: string; needsInRound: number }>> {
  const rounds = await db().prioritisationRound.findMany({
    where: { networkId, closesAt: { lte: new Date() } },
    orderBy: [{ closesAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      title: true,
      needs: { select: { needId: true } },
      ballots: { select: { id: true, points: { select: { needId: true, points: true } } } },
    },
  });
  const latest = new Map<string, NeedPriority>();
  for (const round of rounds) {
    const needIds = round.needs.map((entry) => entry.needId);
    // Rounds come newest first: a need already placed keeps its newer result.
    if (needIds.every((needId) => latest.has(needId))) continue;
    const ballots = round.ballots.map((ballot) => new Map(ballot.points.map((p) => [p.needId, p.points])));
    for (const result of rankNeeds(needIds, ballots)) {
      if (latest.has(result.needId)) continue;
      latest.set(result.needId, { rank: result.rank, points: result.points, roundId: round.id, roundTitle: round.title, needsInRound: needIds.length });
    }
  }
  return latest;
}

export type NeedRoundsSummary = {
  /** The need's place in the latest closed round that included it. */
  latest: (NeedPriority & { organizations: number }) | null;
  /** Open rounds the need is part of, closing soonest first. */
  open: Array<{ id: string; title: string; closesAt: Date }>;
};

/** A need's priority for its page: its latest closed round's result and any open round. */
export async function getNeedRounds(needId: string, now = new Date()): Promise<NeedRoundsSummary> {
  const [closed, open] = await Promise.all([
    db().prioritisationRound.findFirst({
      where: { closesAt: { lte: now }, needs: { some: { needId } } },
      orderBy: [{ closesAt: 'desc' }, { id: 'desc' }],
      select: { id: true, title: true, needs: { select: { needId: true } } },
    }),
    db().prioritisationRound.findMany({
      where: { closesAt: { gt: now }, needs: { some: { needId } } },
      orderBy: [{ closesAt: 'asc' }, { id: 'asc' }],
      select: { id: true, title: true, closesAt: true },
      take: 10,
    }),
  ]);
  if (!closed) return { latest: null, open };
  const needIds = closed.needs.map((entry) => entry.needId);
  const result = (await roundResults(closed.id, needIds)).find((entry) => entry.needId === needId);
  return {
    latest: result ? { rank: result.rank, points: result.points, organizations: result.organizations, roundId: closed.id, roundTitle: closed.title, needsInRound: needIds.length } : null,
    open,
  };
}
