// Trappan's Prometheus metrics, served at /api/metrics (src/server/metrics.ts). The custom
// server (scripts/serve.mjs) counts and times every request; the route sets the database and
// outbox gauges just before it renders. Both reach one registry through globalThis: Next
// bundles the route's copy of this module apart from the server's.
import client from 'prom-client';

/** Seconds: from a cached API answer (a few ms) to a slow page under load. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function createMetrics() {
  const registry = new client.Registry();
  // The process's own: CPU, memory, event-loop lag, garbage collection, under the names every
  // Node.js dashboard knows (process_*, nodejs_*).
  client.collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new client.Counter({
      name: 'trappan_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    duration: new client.Histogram({
      name: 'trappan_http_request_duration_seconds',
      help: 'Time from the request to the end of its answer, by method and route pattern.',
      labelNames: ['method', 'route'],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    }),
    database: new client.Gauge({
      name: 'trappan_database_info',
      help: 'The database in use: kind="postgres" (a pool) or kind="pglite" (embedded, one connection in the process).',
      labelNames: ['kind'],
      registers: [registry],
    }),
    pool: new client.Gauge({
      name: 'trappan_db_pool_connections',
      help: 'PostgreSQL pool of this process: state="total" open, "idle" unused, "waiting" queries waiting for a connection.',
      labelNames: ['state'],
      registers: [registry],
    }),
    outbox: new client.Gauge({
      name: 'trappan_outbox_messages',
      help: 'Mail in the outbox not yet sent: status="PENDING" waiting, "SENDING" claimed by a sender, "FAILED" refused and waiting for an admin.',
      labelNames: ['status'],
      registers: [registry],
    }),
  };
}

const holder = /** @type {typeof globalThis & { trappanMetrics?: ReturnType<typeof createMetrics> }} */ (globalThis);

/** The process's metrics. */
export function metrics() {
  holder.trappanMetrics ??= createMetrics();
  return holder.trappanMetrics;
}

/**
 * Counts one answered request.
 * @param {{ method: string, route: string, status: number, seconds: number }} request
 */
export function recordRequest({ method, route, status, seconds }) {
  const { requests, duration } = metrics();
  // Methods are a short list; anything else (a scanner's invention) counts as one.
  const knownMethod = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].includes(method) ? method : 'OTHER';
  requests.inc({ method: knownMethod, route, status: String(status) });
  duration.observe({ method: knownMethod, route }, seconds);
}
