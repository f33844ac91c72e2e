// Tells a database that does not answer (timed out, unreachable, restarting) from other
// failures, so that a page or an action can say "try again in a moment" and keep what was
// typed, and the open-data API can answer 503 instead of 500.

/** Messages and codes of pg, pg-pool and Prisma when the database cannot be reached in time. */
const UNAVAILABLE_MESSAGES = [
  'Query read timeout',
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Connection ended unexpectedly',
  'connect ECONNREFUSED',
  'Client has encountered a connection error',
  'the database system is starting up',
  'the database system is shutting down',
  'Unable to start a transaction in the given time',
];
/** PostgreSQL's SQLSTATE codes: statement or lock timeout, and the server ending the session. */
const UNAVAILABLE_SQLSTATES = new Set(['57014', '55P03', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '25P03']);
/** Prisma's codes for "cannot reach", "timed out", "connection closed", "pool timeout", "transaction could not start". */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);

/**
 * Looks through the error and what it wraps: pg's errors arrive as they are, or inside
 * Prisma's (`meta.driverAdapterError.cause` carries PostgreSQL's SQLSTATE), or as a `cause`.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { message, code, cause, meta } = error as { message?: unknown; code?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_PRISMA_CODES.has(code) || code === 'ECONNREFUSED' || code === 'ETIMEDOUT')) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((known) => message.includes(known))) return true;
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(meta?.driverAdapterError, depth + 1);
}
