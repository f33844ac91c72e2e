// The decision log of a network: every decision with its meeting, outcome and tally, newest
// first, searchable on the motion with PostgreSQL's Swedish full-text search (the GIN index
// on to_tsvector('swedish', motion) answers it, and "idétävlingen" finds "idétävling"),
// in pages with a cursor. What a reader sees depends on who they are (DecisionScope).
import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import type { DecisionOutcome, DecisionRule } from '@/generated/prisma/enums';
import { db } from '@/server/db/client';
import { decodeTimeCursor, encodeTimeCursor } from '@/server/time-cursor';

/**
 * manage: every decision, drafts included (coordinators); members: decisions of approved
 * minutes; public: decisions marked public, of public meetings, in approved minutes.
 */
export type DecisionScope = 'manage' | 'members' | 'public';

export type DecisionCursor = { recordedAt: Date; id: string };

export type DecisionLogRow = {
  id: string;
  motion: string;
  outcome: DecisionOutcome;
  decisionRule: DecisionRule;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  objections: number;
  presentVoters: number;
  votingMembers: number;
  isPublic: boolean;
  recordedAt: Date;
  /** The minutes are not approved yet (only coordinators see such decisions). */
  draft: boolean;
  meeting: { id: string; title: string; startsAt: Date };
};

export type DecisionLogPage = { rows: DecisionLogRow[]; nextCursor: string | null };

export const DECISION_PAGE_SIZE = 20;
export const SEARCH_MAX = 200;

export function encodeDecisionCursor(cursor: DecisionCursor): string {
  return encodeTimeCursor({ at: cursor.recordedAt, id: cursor.id });
}

export function decodeDecisionCursor(value: string): DecisionCursor | null {
  const cursor = decodeTimeCursor(value);
  return cursor && { recordedAt: cursor.at, id: cursor.id };
}

function scopeCondition(scope: DecisionScope): Prisma.Sql {
  switch (scope) {
    case 'manage':
      return Prisma.sql`TRUE`;
    case 'members':
      return Prisma.sql`mi.status = 'APPROVED'`;
    case 'public':
      return Prisma.sql`d."isPublic" AND m."isPublic" AND mi.status = 'APPROVED'`;
  }
}

export async function listDecisions(options: {
  networkId: string;
  scope: DecisionScope;
  q?: string;
  cursor?: DecisionCursor | null;
  take?: number;
}): Promise<DecisionLogPage> {
  const take = options.take ?? DECISION_PAGE_SIZE;
  const q = options.q?.trim().slice(0, SEARCH_MAX) ?? '';
  const where = [Prisma.sql`d."networkId" = ${options.networkId}`, scopeCondition(options.scope)];
  if (q) where.push(Prisma.sql`to_tsvector('swedish', d.motion) @@ plainto_tsquery('swedish', ${q})`);
  if (options.cursor) where.push(Prisma.sql`(d."recordedAt", d.id) < (${options.cursor.recordedAt}, ${options.cursor.id})`);
  const page = await db().$queryRaw<Array<{ id: string }>>`
    SELECT d.id FROM "Decision" d
    JOIN "Meeting" m ON m.id = d."meetingId"
    LEFT JOIN "Minutes" mi ON mi."meetingId" = d."meetingId"
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY d."recordedAt" DESC, d.id DESC
    LIMIT ${take + 1}`;
  const ids = page.slice(0, take).map((row) => row.id);
  const rows =
    ids.length === 0
      ? []
      : await db().decision.findMany({
          where: { id: { in: ids } },
          orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }],
          select: {
            id: true,
            motion: true,
            outcome: true,
            decisionRule: true,
            votesFor: true,
            votesAgainst: true,
            votesAbstain: true,
            presentVoters: true,
            votingMembers: true,
            isPublic: true,
            recordedAt: true,
            meeting: { select: { id: true, title: true, startsAt: true, minutes: { select: { status: true } } } },
            _count: { select: { votes: { where: { choice: 'OBJECT' } } } },
          },
        });
  const last = rows.at(-1);
  return {
    rows: rows.map(({ meeting: { minutes, ...meeting }, _count, ...row }) => ({
      ...row,
      objections: _count.votes,
      draft: minutes?.status !== 'APPROVED',
      meeting,
    })),
    nextCursor: page.length > take && last ? encodeDecisionCursor({ recordedAt: last.recordedAt, id: last.id }) : null,
  };
}
