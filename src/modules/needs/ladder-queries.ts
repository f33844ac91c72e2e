// What the ladder's pages read: a need's assessments (how its step moved), the checklist of
// its current step, the latest assessment to start a new one from, and the network's needs
// for the ladder board. Each is one query (with its relations), bounded.
import 'server-only';

import type { LadderStep, NeedStatus } from '@/generated/prisma/enums';
import { db } from '@/server/db/client';

import { statusesShown, type BoardFilters } from './ladder-board';

/** A need's history is short (a few assessments a year); this bounds a runaway one. */
const HISTORY_LIMIT = 50;

/** The board shows at most this many needs; filters narrow it down. */
export const BOARD_LIMIT = 300;

/** Every assessment of the need, newest first; the assessor only when the viewer may see names. */
export async function listAssessments(needId: string, options: { withAssessor: boolean }) {
  const rows = await db().maturityAssessment.findMany({
    where: { needId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: HISTORY_LIMIT,
    select: {
      id: true,
      createdAt: true,
      offersSolutions: true,
      offersSolutionsEvidence: true,
      prioritisedArea: true,
      prioritisedAreaEvidence: true,
      understandsNeed: true,
      understandsNeedEvidence: true,
      evidenceLinks: true,
      suggestedStep: true,
      chosenStep: true,
      overrideReason: true,
      assessedBy: { select: { name: true } },
    },
  });
  return rows.map(({ assessedBy, ...row }) => ({ ...row, assessorName: options.withAssessor ? (assessedBy?.name ?? null) : null }));
}

export type AssessmentRow = Awaited<ReturnType<typeof listAssessments>>[number];

/** The latest assessment's answers and evidence, to start a new assessment from. */
export async function latestAssessment(needId: string) {
  return db().maturityAssessment.findFirst({
    where: { needId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: {
      createdAt: true,
      offersSolutions: true,
      offersSolutionsEvidence: true,
      prioritisedArea: true,
      prioritisedAreaEvidence: true,
      understandsNeed: true,
      understandsNeedEvidence: true,
      evidenceLinks: true,
    },
  });
}

/** The need's checklist entries for a step, by item key. */
export async function checklistEntries(needId: string, step: LadderStep) {
  const rows = await db().ladderChecklistEntry.findMany({
    where: { needId, step },
    select: { itemKey: true, covered: true, notes: true, evidenceUrl: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  return new Map(rows.map(({ updatedBy, ...row }) => [row.itemKey, { ...row, updatedByName: updatedBy?.name ?? null }]));
}

export type ChecklistEntry = NonNullable<ReturnType<Awaited<ReturnType<typeof checklistEntries>>['get']>>;

export type BoardNeed = {
  id: string;
  title: string;
  status: NeedStatus;
  ladderStep: LadderStep | null;
  isPublic: boolean;
  area: { slug: string; nameSv: string; nameEn: string };
  owner: { id: string; name: string } | null;
};

/** The network's needs for the board: public ones only for the public, filtered, by title. */
export async function listBoardNeeds(networkId: string, options: { publicOnly: boolean; filters: BoardFilters }) {
  const { filters } = options;
  const where = {
    networkId,
    status: { in: statusesShown(filters) },
    ...(options.publicOnly ? { isPublic: true } : {}),
    ...(filters.area ? { area: { slug: filters.area } } : {}),
    ...(filters.owner ? { ownerId: filters.owner } : {}),
  };
  const [needs, total] = await Promise.all([
    db().need.findMany({
      where,
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
      take: BOARD_LIMIT,
      select: {
        id: true,
        title: true,
        status: true,
        ladderStep: true,
        isPublic: true,
        area: { select: { slug: true, nameSv: true, nameEn: true } },
        owner: { select: { id: true, name: true } },
      },
    }),
    db().need.count({ where }),
  ]);
  return { needs: needs.map((need) => (options.publicOnly ? { ...need, owner: null } : need)) as BoardNeed[], total };
}

/** The areas and owners the filters offer: those of the needs the viewer may see. */
export async function boardFilterOptions(networkId: string, options: { publicOnly: boolean }) {
  const visible = { networkId, ...(options.publicOnly ? { isPublic: true } : {}) };
  const [areas, owners] = await Promise.all([
    db().thematicArea.findMany({ where: { needs: { some: visible } }, select: { slug: true, nameSv: true, nameEn: true }, orderBy: { nameSv: 'asc' } }),
    options.publicOnly
      ? Promise.resolve([])
      : db().user.findMany({ where: { ownedNeeds: { some: visible } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return { areas, owners };
}
