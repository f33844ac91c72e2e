// Several server instances on one PostgreSQL (docs/decisions/0032) each hold the short-lived
// caches of public figures (short-lived-cache.ts). A committed change clears them in the
// instance that made it, and tells the others through PostgreSQL's NOTIFY on one channel;
// each instance LISTENs on a connection of its own and clears its caches when a notice from
// another instance arrives, milliseconds after the commit. A listener that lost its
// connection clears its caches when it is back, since it may have missed notices. The embedded
// database has a single process, so there is nobody to tell.
import 'server-only';

import { randomUUID } from 'node:crypto';

import pg from 'pg';

import { getDatabase } from '@/server/db/client';
import { logger } from '@/server/log';
import { forgetShortLivedCaches } from '@/server/short-lived-cache';

export const CHANGES_CHANNEL = 'trappan_changes';

/** This process, so that it does not clear its caches twice for its own change. */
const INSTANCE_ID = randomUUID();

/** After a committed change: forget this instance's cached figures and tell the other instances. */
export function changesCommitted(): void {
  forgetShortLivedCaches();
  const database = getDatabase();
  if (database.config.kind !== 'postgres') return;
  // A notice that cannot be sent leaves other instances at most a minute behind: never an error for the person.
  database.prisma.$executeRaw`SELECT pg_notify(${CHANGES_CHANNEL}, ${INSTANCE_ID})`.catch((error: unknown) =>
    logger().warn({ reason: error instanceof Error ? error.message : String(error) }, 'could not tell the other instances about a change'),
  );
}

export type ChangeListener = {
  /** Resolves once the first LISTEN is in place. */
  listening: Promise<void>;
  stop(): Promise<void>;
};

/**
 * Listens for other instances' changes on `url` and calls `onChange` for each (and after every
 * reconnection). Reconnects after a lost connection, waiting `retryMs`.
 */
export function listenForChanges(url: string, { onChange, instanceId = INSTANCE_ID, retryMs = 2000 }: { onChange: () => void; instanceId?: string; retryMs?: number }): ChangeListener {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let connectedBefore = false;
  let markListening: () => void = () => {};
  const listening = new Promise<void>((resolve) => (markListening = resolve));

  const connect = async () => {
    const next = new pg.Client({ connectionString: url, keepAlive: true, connectionTimeoutMillis: 5000 });
    client = next;
    next.on('notification', (notice) => {
      if (notice.channel === CHANGES_CHANNEL && notice.payload !== instanceId) onChange();
    });
    next.on('error', () => reconnect());
    next.on('end', () => reconnect());
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGES_CHANNEL}`);
      // Notices sent while this instance was not listening are lost: start from scratch.
      if (connectedBefore) onChange();
      connectedBefore = true;
      markListening();
    } catch {
      reconnect();
    }
  };
  const reconnect = () => {
    if (stopped || retry) return;
    client?.removeAllListeners('end');
    client?.end().catch(() => {});
    client = null;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, retryMs);
    retry.unref();
  };

  void connect();
  return {
    listening,
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      const last = client;
      client = null;
      last?.removeAllListeners('end');
      await last?.end().catch(() => {});
    },
  };
}

/** Started once per server process (src/instrumentation.ts), on PostgreSQL only. */
export function startChangeListener(): void {
  const { config } = getDatabase();
  if (config.kind !== 'postgres') return;
  listenForChanges(config.url, { onChange: forgetShortLivedCaches });
}
