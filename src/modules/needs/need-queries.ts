// Reads of the need register: the list with its filters and counts, one need's page, and the
// choices the forms offer. Each is a fixed number of queries whatever the number of needs
// (relations are selected, counts grouped), and every list is a bounded page. Who sees what
// is decided by the caller (seesAllNeeds) and passed in: the public sees public needs only,
// and never the names of people.
import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { LadderStep, NeedStatus } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { CONTRACTING_AUTHORITY_KINDS } from '@/modules/accounts/client';
import { db } from '@/server/db/client';
import { MEMBER_ORGANIZATION_MEMBERSHIP } from '@/server/member-organizations';

import { encodeNeedCursor, type NeedCursor, type NeedListFilters, type NeedSort } from './need-list-params';
import { NEED_STATUSES } from './need-status';

export const NEED_PAGE_SIZE = 25;

// The database's collation may not know Swedish (Å, Ä, Ö); short option lists are sorted here.
const collator = new Intl.Collator('sv-SE');
const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name);

export type NeedListRow = {
  id: string;
  title: string;
  status: NeedStatus;
  ladderStep: LadderStep | null;
  isPublic: boolean;
  createdAt: Date;
  organizationCount: number;
  /** Only for viewers who see all needs: the public is never shown names of people. */
  owner: string | null;
};

export type NeedListPage = {
  rows: NeedListRow[];
  nextCursor: string | null;
  /** Needs matching every filter. */
  total: number;
  /** Needs matching every filter but the status, by status (for the status choices). */
  statusCounts: Partial<Record<NeedStatus, number>>;
};

/** Which needs the filters (but the status) let through, for this viewer. */
function baseWhere(networkId: string, seesAll: boolean, filters: NeedListFilters): Prisma.NeedWhereInput {
  return {
    networkId,
    ...(seesAll ? {} : { isPublic: true }),
    ...(filters.step === 'NONE' ? { ladderStep: null } : filters.step ? { ladderStep: filters.step } : {}),
    ...(filters.areaId ? { areaId: filters.areaId } : {}),
    // ILIKE on the title: the register of one network is small, and a title is what people remember.
    ...(filters.q ? { title: { contains: filters.q, mode: 'insensitive' as const } } : {}),
  };
}

function statusWhere(status: NeedListFilters['status']): Prisma.NeedWhereInput {
  if (status === 'ALL') return {};
  if (status === '') return { status: { not: 'ARCHIVED' } };
  return { status };
}

/** Every order ends with (createdAt, id) descending, so the cursor names one place in it. */
function orderFor(sort: NeedSort): Prisma.NeedOrderByWithRelationInput[] {
  const tail: Prisma.NeedOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'desc' }];
  if (sort === 'title') return [{ title: 'asc' }, ...tail];
  // PostgreSQL orders an enum by its declaration: from proposed to archived.
  if (sort === 'status') return [{ status: 'asc' }, ...tail];
  return tail;
}

/** The rows after the cursor in the cursor's order. */
function afterCursor(cursor: NeedCursor): Prisma.NeedWhereInput {
  const older: Prisma.NeedWhereInput[] = [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }];
  if (cursor.sort === 'title') return { OR: [{ title: { gt: cursor.key } }, ...older.map((rest) => ({ title: cursor.key, ...rest }))] };
  if (cursor.sort === 'status') {
    const status = cursor.key as NeedStatus;
    const later = NEED_STATUSES.slice(NEED_STATUSES.indexOf(status) + 1);
    return { OR: [{ status: { in: [...later] } }, ...older.map((rest) => ({ status, ...rest }))] };
  }
  return { OR: older };
}

const cursorKey = (sort: NeedSort, row: { title: string; status: NeedStatus }) => (sort === 'title' ? row.title : sort === 'status' ? row.status : '');

export async function listNeeds(options: {
  networkId: string;
  seesAll: boolean;
  filters: NeedListFilters;
  cursor?: NeedCursor | null;
  take?: number;
}): Promise<NeedListPage> {
  const { networkId, seesAll, filters } = options;
  const take = options.take ?? NEED_PAGE_SIZE;
  const base = baseWhere(networkId, seesAll, filters);
  const where: Prisma.NeedWhereInput = { ...base, ...statusWhere(filters.status) };
  const [found, total, grouped] = await Promise.all([
    db().need.findMany({
      where: options.cursor ? { AND: [where, afterCursor(options.cursor)] } : where,
      orderBy: orderFor(filters.sort),
      take: take + 1,
      select: {
        id: true,
        title: true,
        status: true,
        ladderStep: true,
        isPublic: true,
        createdAt: true,
        owner: { select: { name: true } },
        _count: { select: { organizations: { where: { status: 'CONFIRMED' } } } },
      },
    }),
    db().need.count({ where }),
    db().need.groupBy({ by: ['status'], where: base, _count: { _all: true } }),
  ]);
  const rows = found.slice(0, take);
  const last = rows.at(-1);
  return {
    rows: rows.map(({ owner, _count, ...row }) => ({ ...row, organizationCount: _count.organizations, owner: seesAll ? (owner?.name ?? null) : null })),
    nextCursor:
      found.length > take && last ? encodeNeedCursor({ sort: filters.sort, key: cursorKey(filters.sort, last), at: last.createdAt, id: last.id }) : null,
    statusCounts: Object.fromEntries(grouped.map((group) => [group.status, group._count._all])),
    total,
  };
}

export type AreaOption = { id: string; name: string };

/** Approved areas, and the proposals the network itself or its needs already use. */
export const areasOpenTo = (networkId: string): Prisma.ThematicAreaWhereInput => ({
  OR: [{ status: 'APPROVED' }, { networks: { some: { id: networkId } } }, { needs: { some: { networkId } } }],
});

/**
 * The thematic areas a need of this network may have, by name in the reader's language: the
 * approved ones and the network's own (a proposal is its network's until an admin approves it).
 */
export async function listAreas(locale: Locale, networkId: string): Promise<AreaOption[]> {
  const areas = await db().thematicArea.findMany({ where: areasOpenTo(networkId), select: { id: true, nameSv: true, nameEn: true } });
  return areas.map((area) => ({ id: area.id, name: locale === 'sv' ? area.nameSv : area.nameEn })).sort(byName);
}

/** The network's own thematic area: where a new need starts. */
export async function getNetworkAreaId(networkId: string): Promise<string> {
  return (await db().network.findUniqueOrThrow({ where: { id: networkId }, select: { areaId: true } })).areaId;
}

/** The network's public needs that are not archived, newest first, for its page. */
export async function listPublicNeeds(networkId: string, take = 10) {
  return db().need.findMany({
    where: { networkId, isPublic: true, status: { not: 'ARCHIVED' } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, title: true, status: true, ladderStep: true },
  });
}

/**
 * Everything the need's own part of its page shows. People's names (the owner, who proposed
 * it, who moved it) are read only for viewers who see all needs; the needs merged into it,
 * and the one it was merged into, only when the viewer may see them.
 */
export async function getNeedDetails(needId: string, seesAll: boolean, locale: Locale) {
  const visible: Prisma.NeedWhereInput = seesAll ? {} : { isPublic: true };
  const person = seesAll ? { select: { name: true } } : false;
  const need = await db().need.findUniqueOrThrow({
    where: { id: needId },
    select: {
      id: true,
      networkId: true,
      title: true,
      problem: true,
      affected: true,
      currentPractice: true,
      desiredEffect: true,
      status: true,
      ladderStep: true,
      isPublic: true,
      createdAt: true,
      area: { select: { id: true, nameSv: true, nameEn: true } },
      owner: person,
      proposedBy: person,
      mergedInto: { select: { id: true, title: true, isPublic: true } },
      mergedNeeds: { where: visible, orderBy: { title: 'asc' }, select: { id: true, title: true } },
      // The public sees only the organisations that confirmed; participants see the invited too.
      organizations: { where: seesAll ? {} : { status: 'CONFIRMED' }, select: { status: true, organization: { select: { id: true, name: true } } } },
      transitions: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true, actor: person },
      },
    },
  });
  const { area, owner, proposedBy, mergedInto, organizations, transitions, ...rest } = need;
  return {
    ...rest,
    area: { id: area.id, name: locale === 'sv' ? area.nameSv : area.nameEn },
    owner: owner?.name ?? null,
    proposedBy: proposedBy?.name ?? null,
    // Merged into a need the viewer may not see: the page says so without naming it.
    mergedInto: mergedInto && { id: mergedInto.id, title: mergedInto.title, visible: seesAll || mergedInto.isPublic },
    organizations: organizations.map((o) => ({ ...o.organization, status: o.status })).sort(byName),
    transitions: transitions.map(({ actor, ...transition }) => ({ ...transition, actor: actor?.name ?? null })),
  };
}

export type NeedDetails = Awaited<ReturnType<typeof getNeedDetails>>;

/** The organisation the viewer's membership names, if any (what "we" means when sharing a need). */
export async function getMembershipOrganization(membershipId: string) {
  const membership = await db().membership.findUnique({ where: { id: membershipId }, select: { organization: { select: { id: true, name: true, kind: true } } } });
  return membership?.organization ?? null;
}

/**
 * The network's member organisations that can share a need: contracting authorities with an
 * active membership that is not an observer's (a funder watching the network is no member
 * organisation, even when it is a state agency).
 */
export const memberOrganizationsOf = (networkId: string): Prisma.OrganizationWhereInput => ({
  memberships: { some: { networkId, ...MEMBER_ORGANIZATION_MEMBERSHIP } },
  kind: { in: [...CONTRACTING_AUTHORITY_KINDS] },
});

/** The organisations that can share a need, by name. */
export async function listMemberOrganizations(networkId: string) {
  const organizations = await db().organization.findMany({ where: memberOrganizationsOf(networkId), select: { id: true, name: true } });
  return organizations.sort(byName);
}

/** The network's active members whose account is in use, for choosing a need owner. */
export async function listActiveMembers(networkId: string) {
  const memberships = await db().membership.findMany({
    where: { networkId, status: 'ACTIVE', user: { disabledAt: null } },
    select: { user: { select: { id: true, name: true } }, organization: { select: { name: true } } },
  });
  return memberships.map((m) => ({ id: m.user.id, name: m.user.name, organization: m.organization?.name ?? null })).sort(byName);
}

/** Organisations that stated a cost or commitment for the need: they stay among those sharing it. */
export async function listCommittedOrganizationIds(needId: string) {
  const commitments = await db().needCommitment.findMany({ where: { needId }, select: { organizationId: true } });
  return commitments.map((c) => c.organizationId);
}

/** The other open needs of the network that this one can be merged into. */
export async function listMergeTargets(networkId: string, needId: string) {
  const needs = await db().need.findMany({
    where: { networkId, id: { not: needId }, mergedIntoId: null, status: { notIn: ['ARCHIVED', 'IMPLEMENTED'] } },
    select: { id: true, title: true, status: true },
    take: 500,
  });
  return needs.sort((a, b) => collator.compare(a.title, b.title));
}

/** What the edit form starts from. */
export async function getNeedForEdit(needId: string) {
  return db().need.findUniqueOrThrow({
    where: { id: needId },
    select: {
      id: true,
      title: true,
      problem: true,
      affected: true,
      currentPractice: true,
      desiredEffect: true,
      areaId: true,
      ownerId: true,
      owner: { select: { id: true, name: true } },
      leadOrganizationId: true,
      isPublic: true,
      status: true,
      organizations: { select: { organizationId: true, status: true } },
    },
  });
}
