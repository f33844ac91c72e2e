// Reads for GET /api/v1/needs: one page of the needs networks made public, newest first, with
// their organisations, figures and latest assessment in one query (Prisma batches the
// relations per page, never per need). Only organisations and public need fields are
// selected: no person, no email, no cost basis, no checklist note, no handover note. A draft
// network's needs are not public, whatever the need says, until the network is published.
// Consent (docs/decisions/0022): an organisation is named as sharing a need only once it has
// confirmed, and its figures are published only when it chose to show them publicly.
import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/server/db/client';
import { PUBLISHED_NETWORK } from '@/server/network-visibility';

import type { NeedSource } from './needs-ocds';
import type { NeedQuery } from './needs-params';

const ORGANISATION = { select: { slug: true, name: true, kind: true, organizationNumber: true } } as const;

const NEED_SELECT = {
  id: true,
  title: true,
  problem: true,
  desiredEffect: true,
  status: true,
  ladderStep: true,
  valueOffers: true,
  volumeUnit: true,
  createdAt: true,
  updatedAt: true,
  network: { select: { slug: true, name: true } },
  area: { select: { slug: true, nameSv: true, nameEn: true } },
  organizations: { where: { status: 'CONFIRMED' }, orderBy: { addedAt: 'asc' }, select: { addedAt: true, organization: ORGANISATION } },
  leadOrganization: ORGANISATION,
  commitments: { where: { isPublic: true }, orderBy: { statedAt: 'asc' }, select: { annualCostOre: true, expectedVolume: true, statedAt: true, organization: ORGANISATION } },
  handovers: { orderBy: { handedOverAt: 'asc' }, select: { handedOverAt: true, acknowledgedAt: true, receivingOrganization: ORGANISATION } },
  assessments: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { evidenceLinks: true, createdAt: true } },
  transitions: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { createdAt: true } },
  // Published market dialogues about the need, with their answered questions: never who asked.
  dialogues: {
    where: { dialogue: { publishedAt: { not: null } } },
    orderBy: { dialogue: { publishedAt: 'asc' } },
    select: {
      dialogue: {
        select: {
          id: true,
          title: true,
          status: true,
          closesAt: true,
          closedAt: true,
          publishedAt: true,
          summaryPublishedAt: true,
          questions: {
            where: { answers: { some: {} } },
            orderBy: [{ askedAt: 'asc' }, { id: 'asc' }],
            select: { id: true, text: true, publicText: true, askedAt: true, answers: { orderBy: { version: 'desc' }, select: { text: true, publishedAt: true } } },
          },
        },
      },
    },
  },
} as const satisfies Prisma.NeedSelect;

/** A well-formed network slug that names no published network (a 400, like an unknown area). */
export async function networkExists(slug: string): Promise<boolean> {
  return (await db().network.findUnique({ where: { slug, ...PUBLISHED_NETWORK }, select: { id: true } })) !== null;
}

const PUBLIC_NEED = { isPublic: true, network: PUBLISHED_NETWORK } as const satisfies Prisma.NeedWhereInput;

export async function listPublicNeeds(query: NeedQuery): Promise<{ needs: NeedSource[]; hasMore: boolean }> {
  const where: Prisma.NeedWhereInput = {
    ...PUBLIC_NEED,
    ...(query.networkSlug ? { network: { slug: query.networkSlug, ...PUBLISHED_NETWORK } } : {}),
    ...(query.ladderStep ? { ladderStep: query.ladderStep } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.after
      ? { OR: [{ createdAt: { lt: query.after.at } }, { createdAt: query.after.at, id: { lt: query.after.id } }] }
      : {}),
  };
  const rows = await db().need.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
    select: NEED_SELECT,
  });
  return { needs: rows.slice(0, query.limit), hasMore: rows.length > query.limit };
}

/** The latest change of any public need: the package date of an empty page. */
export async function latestPublicNeedChange(): Promise<Date> {
  const { _max } = await db().need.aggregate({ where: PUBLIC_NEED, _max: { updatedAt: true } });
  return _max.updatedAt ?? new Date(0);
}
