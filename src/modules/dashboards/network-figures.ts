// The figures of a network's dashboard, computed from its records (pure, so each is unit-tested
// on hand-made data): the needs as a funnel and the time they spend in each status, members
// joining and leaving per quarter, meetings held against the charter's number per year, and
// the attendance of each meeting. Structure and engagement are two of the report's five
// success factors (pp. 6, 32-33); these are what the records can tell of them.
import type { NeedStatus } from '@/generated/prisma/enums';

/** The statuses a need moves through, in order, from proposed to implemented. */
export const FUNNEL_STATUSES = [
  'PROPOSED',
  'PRIORITISED',
  'MARKET_TESTED',
  'IN_PREPARATION',
  'IN_PROCUREMENT',
  'HANDED_OVER',
  'IMPLEMENTED',
] as const satisfies readonly NeedStatus[];

export type FunnelRow = { status: (typeof FUNNEL_STATUSES)[number]; now: number; reached: number };

/**
 * Needs per status, as now ("is at") and as a funnel ("has reached": at this status or a later
 * one). Archived needs left the funnel and are counted apart.
 */
export function needFunnel(statuses: readonly NeedStatus[]): { rows: FunnelRow[]; archived: number } {
  const now = new Map<NeedStatus, number>();
  for (const status of statuses) now.set(status, (now.get(status) ?? 0) + 1);
  let reached = 0;
  const rows = [...FUNNEL_STATUSES]
    .reverse()
    .map((status) => {
      reached += now.get(status) ?? 0;
      return { status, now: now.get(status) ?? 0, reached };
    })
    .reverse();
  return { rows, archived: now.get('ARCHIVED') ?? 0 };
}

const DAY = 24 * 60 * 60 * 1000;

export type Transition = { needId: string; toStatus: NeedStatus; at: Date };

/**
 * The median number of days a need stayed in each status before moving on, from the needs'
 * status moves; a stay still going on is not counted (it has no length yet). `stays` says how
 * many stays the median is of.
 */
export function daysPerStatus(transitions: readonly Transition[]): Map<NeedStatus, { medianDays: number; stays: number }> {
  const byNeed = new Map<string, Transition[]>();
  for (const t of transitions) byNeed.set(t.needId, [...(byNeed.get(t.needId) ?? []), t]);
  const stays = new Map<NeedStatus, number[]>();
  for (const moves of byNeed.values()) {
    const ordered = [...moves].sort((a, b) => a.at.getTime() - b.at.getTime());
    for (let i = 0; i + 1 < ordered.length; i += 1) {
      const days = (ordered[i + 1]!.at.getTime() - ordered[i]!.at.getTime()) / DAY;
      stays.set(ordered[i]!.toStatus, [...(stays.get(ordered[i]!.toStatus) ?? []), days]);
    }
  }
  return new Map([...stays].map(([status, days]) => [status, { medianDays: Math.round(median(days)), stays: days.length }]));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A membership as the history needs it: when it began and ended, and for which organisation. */
export type MembershipSpan = { organizationId: string | null; joinedAt: Date; leftAt: Date | null; countsForOrganization: boolean };

export type QuarterRow = { quarter: string; joined: number; left: number; organizationsJoined: number; organizationsLeft: number; membersAtEnd: number; organizationsAtEnd: number };

/** "2026 K4" style label parts: the year and quarter (1-4) a moment falls in, in UTC. */
const quarterOf = (at: Date) => ({ year: at.getUTCFullYear(), quarter: Math.floor(at.getUTCMonth() / 3) + 1 });
const quarterKey = (q: { year: number; quarter: number }) => `${q.year}-Q${q.quarter}`;
const quarterEnd = (q: { year: number; quarter: number }) => new Date(Date.UTC(q.year, q.quarter * 3, 1));

/**
 * Members joining and leaving per quarter over the last `count` quarters up to `now`, and how
 * many there were at each quarter's end. An organisation joins when its first membership that
 * makes it a member organisation begins and leaves when its last one ends.
 */
export function membersPerQuarter(spans: readonly MembershipSpan[], now: Date, count = 8): QuarterRow[] {
  const current = quarterOf(now);
  const quarters = Array.from({ length: count }, (_, i) => {
    const index = current.year * 4 + (current.quarter - 1) - (count - 1 - i);
    return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
  });
  // Each organisation's spans as a member organisation, merged into when it was in.
  const organizationSpans = new Map<string, MembershipSpan[]>();
  for (const span of spans) {
    if (!span.countsForOrganization || !span.organizationId) continue;
    organizationSpans.set(span.organizationId, [...(organizationSpans.get(span.organizationId) ?? []), span]);
  }
  const activeAt = (list: readonly MembershipSpan[], at: Date) => list.some((s) => s.joinedAt < at && (s.leftAt === null || s.leftAt >= at));
  const inQuarter = (at: Date | null, q: { year: number; quarter: number }) => at !== null && quarterKey(quarterOf(at)) === quarterKey(q);

  return quarters.map((q) => {
    const end = quarterEnd(q);
    const start = new Date(Date.UTC(q.year, (q.quarter - 1) * 3, 1));
    let organizationsJoined = 0;
    let organizationsLeft = 0;
    let organizationsAtEnd = 0;
    for (const list of organizationSpans.values()) {
      const before = activeAt(list, start);
      const after = activeAt(list, end);
      if (after) organizationsAtEnd += 1;
      if (!before && after) organizationsJoined += 1;
      if (before && !after) organizationsLeft += 1;
    }
    return {
      quarter: quarterKey(q),
      joined: spans.filter((s) => inQuarter(s.joinedAt, q)).length,
      left: spans.filter((s) => inQuarter(s.leftAt, q)).length,
      organizationsJoined,
      organizationsLeft,
      membersAtEnd: spans.filter((s) => s.joinedAt < end && (s.leftAt === null || s.leftAt >= end)).length,
      organizationsAtEnd,
    };
  });
}

/** Meetings held per calendar year (Swedish year of the start) against the charter's number per year. */
export function meetingsPerYear(heldStarts: readonly Date[], years: readonly number[], target: number | null): Array<{ year: number; held: number; target: number | null }> {
  return years.map((year) => ({ year, held: heldStarts.filter((at) => stockholmYear(at) === year).length, target }));
}

const stockholmYear = (at: Date) => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(at));

/**
 * A held meeting's attendance: the member organisations that had someone there, of those that
 * were member organisations when it began.
 */
export function attendanceRate(meetingStart: Date, attendingOrganizationIds: readonly (string | null)[], spans: readonly MembershipSpan[]): { present: number; of: number } {
  const members = new Set(
    spans
      .filter((s) => s.countsForOrganization && s.organizationId && s.joinedAt <= meetingStart && (s.leftAt === null || s.leftAt > meetingStart))
      .map((s) => s.organizationId!),
  );
  const present = new Set(attendingOrganizationIds.filter((id): id is string => id !== null && members.has(id)));
  return { present: present.size, of: members.size };
}
