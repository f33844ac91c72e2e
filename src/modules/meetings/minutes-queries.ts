// Reads of one meeting's minutes for its page: the agenda's items in order, the texts under
// each (corrections after the text they correct, oldest first), the decisions with their
// votes and names, the attendance (who could vote, and when they arrived) and the approvals.
// A fixed handful of queries, whatever the size of the meeting.
import 'server-only';

import type { AgendaItemKind, DecisionOutcome, DecisionRule, MembershipRole, MinutesStatus, VoteChoice } from '@/generated/prisma/enums';
import { db } from '@/server/db/client';

export type MinutesEntryView = { id: string; agendaItemId: string | null; text: string; createdAt: Date; authorName: string | null; corrections: MinutesEntryView[] };

export type DecisionView = {
  id: string;
  agendaItemId: string;
  motion: string;
  decisionRule: DecisionRule;
  qualifiedMajorityPercent: number | null;
  quorumPercent: number;
  votingMembers: number;
  presentVoters: number;
  outcome: DecisionOutcome;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  isPublic: boolean;
  recordedAt: Date;
  recordedByName: string | null;
  votes: Array<{ userId: string; name: string; choice: VoteChoice }>;
};

export type AgendaItemView = { id: string; position: number; title: string; kind: AgendaItemKind };

export type AttendeeView = { userId: string; name: string; role: MembershipRole; hasVote: boolean; arrivedAt: Date; leftAt: Date | null };

export type MinutesView = {
  id: string | null;
  status: MinutesStatus;
  adjuster: { id: string; name: string } | null;
  coordinatorApproval: { name: string; at: Date } | null;
  adjusterApprovedAt: Date | null;
  approvedAt: Date | null;
  items: AgendaItemView[];
  /** The general text (no item) first, then by item; each with its corrections. */
  entries: MinutesEntryView[];
  decisions: DecisionView[];
  attendance: AttendeeView[];
};

const decisionSelect = {
  id: true,
  agendaItemId: true,
  motion: true,
  decisionRule: true,
  qualifiedMajorityPercent: true,
  quorumPercent: true,
  votingMembers: true,
  presentVoters: true,
  outcome: true,
  votesFor: true,
  votesAgainst: true,
  votesAbstain: true,
  isPublic: true,
  recordedAt: true,
  recordedBy: { select: { name: true } },
  votes: { select: { userId: true, choice: true, user: { select: { name: true } } }, orderBy: { user: { name: 'asc' } } },
} as const;

type DecisionRow = {
  recordedBy: { name: string } | null;
  votes: Array<{ userId: string; choice: VoteChoice; user: { name: string } }>;
} & Omit<DecisionView, 'recordedByName' | 'votes'>;

function decisionView({ recordedBy, votes, ...rest }: DecisionRow): DecisionView {
  return { ...rest, recordedByName: recordedBy?.name ?? null, votes: votes.map((v) => ({ userId: v.userId, name: v.user.name, choice: v.choice })) };
}

/** Entries with their corrections (and corrections of corrections) nested, in time order. */
export function nestCorrections<E extends { id: string; correctsId: string | null }>(entries: readonly E[]): Array<E & { corrections: E[] }> {
  const byId = new Map(entries.map((e) => [e.id, { ...e, corrections: [] as E[] }]));
  const roots: Array<E & { corrections: E[] }> = [];
  for (const entry of entries) {
    let root = entry;
    // Follow the chain to the original text, so a correction of a correction stays under it.
    while (root.correctsId && byId.has(root.correctsId)) root = byId.get(root.correctsId)!;
    if (root === entry) roots.push(byId.get(entry.id)!);
    else byId.get(root.id)!.corrections.push(entry);
  }
  return roots;
}

export async function getMinutesView(meetingId: string): Promise<MinutesView> {
  const [minutes, items, decisions, attendance] = await Promise.all([
    db().minutes.findUnique({
      where: { meetingId },
      select: {
        id: true,
        status: true,
        adjuster: { select: { id: true, name: true } },
        coordinatorApprovedBy: { select: { name: true } },
        coordinatorApprovedAt: true,
        adjusterApprovedAt: true,
        approvedAt: true,
        entries: {
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: { id: true, agendaItemId: true, text: true, correctsId: true, createdAt: true, createdBy: { select: { name: true } } },
        },
      },
    }),
    db().agendaItem.findMany({
      where: { agenda: { meetingId }, status: 'ACCEPTED' },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, position: true, title: true, kind: true },
    }),
    db().decision.findMany({ where: { meetingId }, select: decisionSelect }),
    db().meetingAttendance.findMany({
      where: { meetingId },
      orderBy: { user: { name: 'asc' } },
      select: { userId: true, role: true, hasVote: true, arrivedAt: true, leftAt: true, user: { select: { name: true } } },
    }),
  ]);
  const entries = nestCorrections(minutes?.entries ?? []).map(function view(entry): MinutesEntryView {
    return {
      id: entry.id,
      agendaItemId: entry.agendaItemId,
      text: entry.text,
      createdAt: entry.createdAt,
      authorName: entry.createdBy?.name ?? null,
      corrections: entry.corrections.map((c) => view({ ...c, corrections: [] })),
    };
  });
  return {
    id: minutes?.id ?? null,
    status: minutes?.status ?? 'DRAFT',
    adjuster: minutes?.adjuster ?? null,
    coordinatorApproval: minutes?.coordinatorApprovedAt ? { name: minutes.coordinatorApprovedBy?.name ?? '', at: minutes.coordinatorApprovedAt } : null,
    adjusterApprovedAt: minutes?.adjusterApprovedAt ?? null,
    approvedAt: minutes?.approvedAt ?? null,
    // Numbered as shown (§ 1, 2, 3 …), whatever the stored positions are.
    items: items.map((item, i) => ({ ...item, position: i + 1 })),
    entries,
    decisions: decisions.map(decisionView),
    attendance: attendance.map(({ user, ...row }) => ({ ...row, name: user.name })),
  };
}

/** Only a meeting's decisions marked public, for the public, once its minutes are approved. */
export async function getPublicMeetingDecisions(meetingId: string): Promise<DecisionView[]> {
  const rows = await db().decision.findMany({
    where: { meetingId, isPublic: true, meeting: { isPublic: true, minutes: { status: 'APPROVED' } } },
    orderBy: { recordedAt: 'asc' },
    select: decisionSelect,
  });
  return rows.map(decisionView);
}
