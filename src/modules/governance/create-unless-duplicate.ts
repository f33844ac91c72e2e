// Inserting a row that a partial unique index allows only once (one pending join request per
// person and network), without failing the surrounding transaction when it already exists.
import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import type { Tx } from '@/server/actions/network-action';

/**
 * Creates the row unless a unique index says it already exists, and then returns null. The
 * network's row lock already serialises the actions that create join requests; this is the
 * backstop for a writer that does not take the lock. A failed statement would abort the whole
 * PostgreSQL transaction, so it runs inside a savepoint that can be rolled back alone.
 */
export async function createUnlessDuplicate<T>(tx: Tx, create: () => Promise<T>): Promise<T | null> {
  await tx.$executeRawUnsafe('SAVEPOINT create_unless_duplicate');
  try {
    const created = await create();
    await tx.$executeRawUnsafe('RELEASE SAVEPOINT create_unless_duplicate');
    return created;
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT create_unless_duplicate');
    return null;
  }
}
