// Named (prepared) statements for the few statements that nearly every public request runs.
// PostgreSQL plans an unnamed statement every time it is sent; a named one is parsed once
// per connection and, once its generic plan proves as cheap, planned once. For the
// registry search that was about a third of its database time (ADR 0005). Only statements
// that start with PREPARED_STATEMENT are named: each name stays on every pooled connection
// for its lifetime, so the many other statements of the application stay unnamed.
import { createHash } from 'node:crypto';

import { Prisma } from '@/generated/prisma/client';

const MARK = '/* prepared */';

/** Put first in a raw query to have it prepared. */
export const PREPARED_STATEMENT = Prisma.raw(MARK);

/**
 * The statement name for a query, from a hash of its text: the same text gets the same name on
 * every connection. No name for unmarked statements (the pg driver then sends them unnamed;
 * the adapter's type says string, but it passes the value straight to pg as the name).
 */
export function preparedStatementName(query: { sql: string }): string {
  if (!query.sql.trimStart().startsWith(MARK)) return undefined as unknown as string;
  return `trappan_${createHash('sha256').update(query.sql).digest('base64url').slice(0, 24)}`;
}
