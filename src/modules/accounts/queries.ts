// Reads about the signed-in person: their networks and roles.
import 'server-only';

import type { MembershipRole } from '@/generated/prisma/enums';
import { db } from '@/server/db/client';

export type MyMembership = { networkSlug: string; networkName: string; role: MembershipRole; joinedAt: string };

export async function listMyMemberships(userId: string): Promise<MyMembership[]> {
  const memberships = await db().membership.findMany({
    where: { userId, status: 'ACTIVE' },
    orderBy: { network: { name: 'asc' } },
    select: { role: true, joinedAt: true, network: { select: { slug: true, name: true } } },
  });
  return memberships.map((m) => ({
    networkSlug: m.network.slug,
    networkName: m.network.name,
    role: m.role,
    joinedAt: m.joinedAt.toISOString().slice(0, 10),
  }));
}
