// Reads of the organisation list for platform admins: in name order, a page at a time with a
// keyset cursor on (name, id), optionally searched by name (case-insensitive) or organisation
// number (as typed, or normalised when it is one).
import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { OrganizationKind } from '@/generated/prisma/enums';
import { normalizeOrganizationNumber } from '@/modules/accounts/client';
import { db } from '@/server/db/client';

import { encodeNameCursor, type OrganisationsQuery } from './admin-params';

export const ORGANISATIONS_PAGE_SIZE = 25;

export type OrganisationRow = {
  id: string;
  name: string;
  slug: string;
  organizationNumber: string | null;
  kind: OrganizationKind;
  countyCode: string | null;
  scbCode: string | null;
  people: number;
  domains: Array<{ domain: string; verifiedAt: Date | null }>;
};

export async function listOrganisations(
  view: Omit<OrganisationsQuery, 'invalidCursor'>,
  limit = ORGANISATIONS_PAGE_SIZE,
): Promise<{ organisations: OrganisationRow[]; nextCursor: string | null }> {
  const number = view.q ? normalizeOrganizationNumber(view.q) : null;
  const where: Prisma.OrganizationWhereInput = {
    AND: [
      view.q
        ? {
            OR: [
              { name: { contains: view.q, mode: 'insensitive' } },
              { organizationNumber: { contains: view.q } },
              ...(number ? [{ organizationNumber: number }] : []),
            ],
          }
        : {},
      view.cursor ? { OR: [{ name: { gt: view.cursor.name } }, { name: view.cursor.name, id: { gt: view.cursor.id } }] } : {},
    ],
  };
  const rows = await db().organization.findMany({
    where,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: limit + 1,
    select: {
      id: true,
      name: true,
      slug: true,
      organizationNumber: true,
      kind: true,
      countyCode: true,
      scbCode: true,
      _count: { select: { users: true } },
      emailDomains: { orderBy: { domain: 'asc' }, select: { domain: true, verifiedAt: true } },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    nextCursor: rows.length > limit && last ? encodeNameCursor({ name: last.name, id: last.id }) : null,
    organisations: page.map(({ _count, emailDomains, ...row }) => ({ ...row, people: _count.users, domains: emailDomains })),
  };
}
