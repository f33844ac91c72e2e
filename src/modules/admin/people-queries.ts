// Reads of the people list for platform admins: everyone with an account, in name order, a
// page at a time with a keyset cursor on (name, id), optionally searched (name, email or
// organisation name, case-insensitive) and only those waiting for confirmation.
import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { AffiliationStatus, PlatformRole } from '@/generated/prisma/enums';
import { db } from '@/server/db/client';

import { encodeNameCursor, type PeopleQuery } from './admin-params';

export const PEOPLE_PAGE_SIZE = 25;

export type PersonRow = {
  id: string;
  name: string;
  email: string;
  organization: { id: string; name: string } | null;
  affiliation: AffiliationStatus;
  platformRole: PlatformRole;
  verified: boolean;
  disabledAt: Date | null;
  deleted: boolean;
  lastSignInAt: Date | null;
};

export async function listPeople(view: Omit<PeopleQuery, 'invalidCursor'>, limit = PEOPLE_PAGE_SIZE): Promise<{ people: PersonRow[]; nextCursor: string | null }> {
  const contains = { contains: view.q, mode: 'insensitive' as const };
  const where: Prisma.UserWhereInput = {
    AND: [
      view.q ? { OR: [{ name: contains }, { email: contains }, { organization: { name: contains } }] } : {},
      view.pendingOnly ? { affiliation: 'PENDING' } : {},
      view.cursor ? { OR: [{ name: { gt: view.cursor.name } }, { name: view.cursor.name, id: { gt: view.cursor.id } }] } : {},
    ],
  };
  const rows = await db().user.findMany({
    where,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: limit + 1,
    select: {
      id: true,
      name: true,
      email: true,
      affiliation: true,
      platformRole: true,
      emailVerifiedAt: true,
      disabledAt: true,
      deletedAt: true,
      lastSignInAt: true,
      organization: { select: { id: true, name: true } },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    nextCursor: rows.length > limit && last ? encodeNameCursor({ name: last.name, id: last.id }) : null,
    people: page.map(({ emailVerifiedAt, deletedAt, ...row }) => ({ ...row, verified: emailVerifiedAt !== null, deleted: deletedAt !== null })),
  };
}
