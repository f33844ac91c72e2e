// /api/metrics: Prometheus' text format, for an operator's scraper only. Off (404) unless
// TRAPPAN_METRICS_TOKEN is set; then only `Authorization: Bearer <that token>` reads it (401
// otherwise, compared in constant time). Request counts and durations come from the custom
// server (scripts/lib/observe-request.mjs); the database and outbox gauges are read here, at
// each scrape.
import 'server-only';

import { createHash, timingSafeEqual } from 'node:crypto';

import type { NotificationStatus } from '@/generated/prisma/enums';

import { metrics } from '../../scripts/lib/metrics.mjs';

import { db, getDatabase } from './db/client';

/** The outbox's backlog: mail not (yet) sent. SENT and MUTED are done. */
const BACKLOG: NotificationStatus[] = ['PENDING', 'SENDING', 'FAILED'];

type Env = Readonly<Record<string, string | undefined>>;

export type MetricsAccess = 'off' | 'refused' | 'allowed';

// Hashing first gives both sides one length, so that timingSafeEqual can compare them and the
// time taken says nothing about the token's length or its first characters.
function sameToken(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Whether this request may read the metrics. */
export function metricsAccess(authorization: string | null, env: Env = process.env): MetricsAccess {
  const expected = env.TRAPPAN_METRICS_TOKEN?.trim();
  if (!expected) return 'off';
  const given = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  return given !== undefined && sameToken(given, expected) ? 'allowed' : 'refused';
}

async function setGauges(): Promise<void> {
  const { database, pool, outbox } = metrics();
  const current = getDatabase();
  database.reset();
  database.set({ kind: current.config.kind }, 1);
  pool.reset();
  const stats = current.poolStats();
  if (stats) {
    pool.set({ state: 'total' }, stats.total);
    pool.set({ state: 'idle' }, stats.idle);
    pool.set({ state: 'waiting' }, stats.waiting);
  }
  const counts = await db().notification.groupBy({ by: ['status'], where: { status: { in: BACKLOG } }, _count: { _all: true } });
  for (const status of BACKLOG) {
    outbox.set({ status }, counts.find((row) => row.status === status)?._count._all ?? 0);
  }
}

export async function metricsResponse(request: Request): Promise<Response> {
  const access = metricsAccess(request.headers.get('authorization'));
  const noStore = { 'Cache-Control': 'no-store' };
  if (access === 'off') return new Response('Not found\n', { status: 404, headers: noStore });
  if (access === 'refused') {
    return new Response('Unauthorized\n', { status: 401, headers: { ...noStore, 'WWW-Authenticate': 'Bearer realm="metrics"' } });
  }
  await setGauges();
  const { registry } = metrics();
  return new Response(await registry.metrics(), { status: 200, headers: { ...noStore, 'Content-Type': registry.contentType } });
}
