// For a confirmed person's /me: the people of their own organisation who wait for someone to
// confirm them (docs/decisions/0014). The organisation is the viewer's own, from the session,
// and the condition is in the where clause, so nobody sees another organisation's people.
import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { CurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';

/** The most the section lists; it says how many there are when there are more. */
export const PENDING_COLLEAGUES_LIMIT = 50;

export type PendingColleague = { id: string; name: string; title: string | null; email: string; signedUpAt: Date };

export type PendingColleagues = { people: PendingColleague[]; total: number };

/** Only a confirmed person may vouch for a colleague (confirmColleague's rule), so only they get the list. */
export function mayConfirmColleagues(viewer: CurrentUser): boolean {
  return viewer.affiliation === 'CONFIRMED' && viewer.organization !== null;
}

/**
 * The viewer's pending colleagues, newest first, or null when the viewer may not confirm
 * anyone. One query; a second counts them only when there are more than the limit. People
 * who have not opened their confirmation link yet are left out: they cannot sign in, and
 * nobody should vouch for an address its owner has not proved.
 */
export async function listPendingColleagues(viewer: CurrentUser, limit = PENDING_COLLEAGUES_LIMIT): Promise<PendingColleagues | null> {
  if (!mayConfirmColleagues(viewer)) return null;
  const where = {
    organizationId: viewer.organization!.id,
    affiliation: 'PENDING',
    emailVerifiedAt: { not: null },
    disabledAt: null,
    deletedAt: null,
  } satisfies Prisma.UserWhereInput;
  const rows = await db().user.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: { id: true, name: true, title: true, email: true, createdAt: true },
  });
  const people = rows.slice(0, limit).map(({ createdAt, ...person }) => ({ ...person, signedUpAt: createdAt }));
  const total = rows.length > limit ? await db().user.count({ where }) : people.length;
  return { people, total };
}
