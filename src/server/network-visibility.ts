// Which networks the public sees. A network is a draft until its founders publish it
// (Network.publishedAt); a draft is seen only by those canSeeDraft names (its coordinators and
// platform admins). Every read that shows networks to anyone else filters through the two
// definitions here, one for Prisma and one for SQL, so the rule exists once and not as copies
// (docs/decisions/0017). A network renamed away from a slug answers that slug with a redirect.
import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import type { NetworkStatus } from '@/generated/prisma/enums';
import { db } from '@/server/db/client';

/** A published network, as a Prisma filter: `{ slug, ...PUBLISHED_NETWORK }` or `network: PUBLISHED_NETWORK`. */
export const PUBLISHED_NETWORK = { publishedAt: { not: null } } as const satisfies Prisma.NetworkWhereInput;

/** The same rule in SQL, for the network table under `alias` (the registry's and open data's statements). */
export function publishedNetworkSql(alias: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return Prisma.raw(`${alias}."publishedAt" IS NOT NULL`);
}

export type NetworkAtSlug =
  | { kind: 'found'; network: { id: string; slug: string; name: string; contentLocale: string; publishedAt: Date | null; status: NetworkStatus } }
  /** The slug belonged to the network before it was renamed: answer with a permanent redirect. */
  | { kind: 'moved'; slug: string }
  | { kind: 'none' };

/**
 * The network at `slug`, drafts included (the caller decides who may see one), or the slug
 * it answers on now if it was renamed. One indexed look-up, and a second only for a miss.
 */
export async function findNetworkAtSlug(slug: string): Promise<NetworkAtSlug> {
  const network = await db().network.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, contentLocale: true, publishedAt: true, status: true } });
  if (network) return { kind: 'found', network };
  const moved = await db().networkSlugRedirect.findUnique({ where: { slug }, select: { network: { select: { slug: true } } } });
  return moved ? { kind: 'moved', slug: moved.network.slug } : { kind: 'none' };
}
