// Where `npm start` listens. Demo mode has accounts with a published password (an admin among
// them), so it must never be reachable from the network by accident: it listens on the loopback
// address unless HOST names an address explicitly. Outside demo mode it listens everywhere
// (or on HOST).

export const LOOPBACK = '127.0.0.1';

// The same rule as isDemoMode in src/server/db/database-config.ts, which the app itself uses;
// written again here because this runs before any TypeScript is loaded, and a unit test
// (listen-address.test.ts) keeps the two in step.
export function isDemoMode(env) {
  if (env.TRAPPAN_DEMO === 'true' || env.TRAPPAN_DEMO === '1') return true;
  if (env.TRAPPAN_DEMO === 'false' || env.TRAPPAN_DEMO === '0') return false;
  return !env.DATABASE_URL?.trim();
}

/** The address to listen on; undefined means every interface. */
export function listenAddress(env) {
  const host = env.HOST?.trim();
  if (host) return host;
  return isDemoMode(env) ? LOOPBACK : undefined;
}

export const DEMO_WARNING = `
================================================================================
  DEMO MODE: the demo accounts (an administrator among them) share the published
  password "trappan-demo". Trappan listens on ${LOOPBACK} only, so that nobody on
  the network can sign in with them. To listen elsewhere, set HOST explicitly; for
  real use, set DATABASE_URL (PostgreSQL) or TRAPPAN_DEMO=false.
================================================================================
`;
