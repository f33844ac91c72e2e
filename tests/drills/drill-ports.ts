// The drill's ports: nginx, then the two instances (DRILL_PORT, else E2E_PORT + 2, so a
// developer's own E2E_PORT keeps the drill off everyone else's ports).
const base = Number(process.env.DRILL_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2);

export const DRILL_PORTS = { nginx: base, a: base + 1, b: base + 2 } as const;
/** The site's public address: nginx. next-auth rewrites 127.0.0.1 to localhost, so localhost. */
export const DRILL_PUBLIC_URL = `http://localhost:${DRILL_PORTS.nginx}`;
