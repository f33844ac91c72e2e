// Keeps a PostgreSQL pool safe when the client stops waiting (query_timeout): the statement
// it gave up on is still on the connection, and may be the middle of a transaction whose
// ROLLBACK never left (pg drops queued statements that time out). Put back in the pool, that
// connection would run the next person's statements inside the old, open transaction, where
// they look saved and are lost when the session ends. Seen with a paused server; the test is
// tests/integration/database-stall.test.ts.
import type pg from 'pg';

/** pg keeps what a connection still waits for in fields of its own; read defensively. */
type ClientInternals = { _activeQuery?: unknown; _queryQueue?: unknown[] };

export function isWaitingOnQuery(client: pg.PoolClient): boolean {
  const internals = client as unknown as ClientInternals;
  return Boolean(internals._activeQuery) || (internals._queryQueue?.length ?? 0) > 0;
}

/**
 * Ends, instead of reusing, a connection handed back while it still waits for an answer.
 * pg-pool emits "release" before it decides whether to keep a client, and removes a client
 * that is ending, so ending it here takes it out of the pool.
 */
export function discardConnectionsLeftWaiting(pool: pg.Pool): void {
  pool.on('release', (error, client) => {
    if (error || !isWaitingOnQuery(client)) return;
    client.end().catch(() => {});
  });
}
