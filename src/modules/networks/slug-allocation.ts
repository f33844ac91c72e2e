// Giving a network a free address inside the transaction that starts or renames it. A slug is
// free when no other network has it now and none had it before a rename (those answer with a
// redirect); the network's own current and earlier slugs count as free, so renaming back
// returns the old address. docs/decisions/0017.
import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import { Refusal, type Tx } from '@/server/actions/network-action';

import { firstFreeSlug, slugCandidates } from './network-slug';

/**
 * Every start and rename takes this transaction-scoped advisory lock before it looks for a free
 * slug, so two founders choosing the same name at once take turns and get "name" and "name-2".
 * Starts and renames are rare (a few a day), so the wait costs nothing.
 */
const NETWORK_SLUG_LOCK = 7_426_011_406;

/** How many numbered candidates one look-up checks: "name", "name-2", … "name-50". */
const SLUG_CANDIDATES = 50;

/** The first free candidate for `base`; `ownNetworkId` is the network being renamed. */
async function findFreeSlug(tx: Tx, base: string, ownNetworkId: string | null): Promise<string | null> {
  const candidates = slugCandidates(base, SLUG_CANDIDATES);
  const others = ownNetworkId ? { networkId: { not: ownNetworkId } } : {};
  const [networks, redirects] = await Promise.all([
    tx.network.findMany({ where: { slug: { in: candidates }, ...(ownNetworkId ? { id: { not: ownNetworkId } } : {}) }, select: { slug: true } }),
    tx.networkSlugRedirect.findMany({ where: { slug: { in: candidates }, ...others }, select: { slug: true } }),
  ]);
  return firstFreeSlug(candidates, new Set([...networks, ...redirects].map((row) => row.slug)));
}

/**
 * Runs `write` with the first free slug for `base`. The lock makes a taken slug impossible among
 * starts and renames; a writer without it (an admin's SQL) could still take one between the
 * look-up and the write, so the write runs in a savepoint and is tried once more with a fresh
 * look-up. Two misses give a clear refusal, never an unexpected error.
 */
export async function withFreeSlug<T>(tx: Tx, base: string, ownNetworkId: string | null, write: (slug: string) => Promise<T>): Promise<T> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${NETWORK_SLUG_LOCK}::bigint)`;
  for (let attempt = 0; attempt < 2; attempt++) {
    const slug = await findFreeSlug(tx, base, ownNetworkId);
    if (!slug) break;
    await tx.$executeRawUnsafe('SAVEPOINT network_slug');
    try {
      const written = await write(slug);
      await tx.$executeRawUnsafe('RELEASE SAVEPOINT network_slug');
      return written;
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
      await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT network_slug');
    }
  }
  throw new Refusal('networkSlugTaken');
}
