// Reads for the public registry of buyer networks. Everything here is public information.
import 'server-only';

import { z } from 'zod';

import type { FundingKind, NetworkInitiator, NetworkStatus } from '@/generated/prisma/enums';
import { db } from '@/server/db/client';

export const REGISTRY_PAGE_SIZE = 20;

export type RegistryRow = {
  slug: string;
  name: string;
  initiator: NetworkInitiator;
  status: NetworkStatus;
  startYear: number | null;
  arranger: string | null;
  funders: Array<{ name: string | null; kind: FundingKind }>;
  memberCount: number;
};

export type RegistryPage = { rows: RegistryRow[]; nextCursor: string | null; isFirstPage: boolean };

/** The cursor is the slug of the last network on the previous page. */
export const ZRegistryCursor = z
  .string()
  .regex(/^[a-z0-9-]{1,100}$/)
  .optional()
  .catch(undefined);

export async function listRegistryNetworks(
  cursor: string | undefined,
  pageSize: number = REGISTRY_PAGE_SIZE,
): Promise<RegistryPage> {
  const after = cursor ? await db().network.findUnique({ where: { slug: cursor }, select: { slug: true } }) : null;
  const networks = await db().network.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: pageSize + 1,
    ...(after ? { cursor: { slug: after.slug }, skip: 1 } : {}),
    select: {
      slug: true,
      name: true,
      initiator: true,
      status: true,
      startYear: true,
      arranger: { select: { name: true } },
      funders: { select: { kind: true, funderOrganization: { select: { name: true } } }, orderBy: { id: 'asc' } },
      _count: { select: { memberships: { where: { status: 'ACTIVE' } } } },
    },
  });
  const page = networks.slice(0, pageSize);
  return {
    rows: page.map((n) => ({
      slug: n.slug,
      name: n.name,
      initiator: n.initiator,
      status: n.status,
      startYear: n.startYear,
      arranger: n.arranger?.name ?? null,
      funders: n.funders.map((f) => ({ name: f.funderOrganization?.name ?? null, kind: f.kind })),
      memberCount: n._count.memberships,
    })),
    nextCursor: networks.length > pageSize ? (page.at(-1)?.slug ?? null) : null,
    isFirstPage: !after,
  };
}

export async function countRegistryNetworks(): Promise<number> {
  return db().network.count();
}
