// Several instances on one PostgreSQL (docs/decisions/0032): a change committed in one clears
// the short-lived caches of public figures in the others through NOTIFY, also after a listener
// lost its connection. PostgreSQL only; the embedded database has a single process.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { CHANGES_CHANNEL, changesCommitted, listenForChanges, type ChangeListener } from '@/server/change-notices';
import { setDatabaseForTests } from '@/server/db/client';
import { forgetShortLivedCaches, shortLivedCache } from '@/server/short-lived-cache';

import { createTestDatabase, type TestDatabase } from './test-database';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onPostgres)('telling the other instances about a change', () => {
  let database: TestDatabase;
  let url: string;
  const listeners: ChangeListener[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    setDatabaseForTests(database);
    if (database.config.kind !== 'postgres') throw new Error('PostgreSQL only');
    url = database.config.url;
  });
  afterAll(async () => {
    await Promise.all(listeners.map((listener) => listener.stop()));
    await database.drop();
  });

  const listen = async (options: Parameters<typeof listenForChanges>[1]) => {
    const listener = listenForChanges(url, options);
    listeners.push(listener);
    await listener.listening;
    return listener;
  };

  it("clears another instance's cached figures when a change is committed here, and not for its own notices", async () => {
    // The other instance's cache, as the registry's facet counts: loads counted.
    let loads = 0;
    const figures = shortLivedCache<{ networks: number }>({ ttlMs: 60_000, max: 1 });
    const read = () => figures('facets', async () => ({ networks: (loads += 1) }));
    await read();
    await read();
    expect(loads).toBe(1);

    const onChange = vi.fn(forgetShortLivedCaches);
    await listen({ onChange, instanceId: 'instance-b' });
    changesCommitted();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 3000, interval: 20 });
    await read();
    expect(loads).toBe(2);

    // A notice from the listening instance itself: it cleared its own caches already.
    await database.prisma.$executeRaw`SELECT pg_notify(${CHANGES_CHANNEL}, 'instance-b')`;
    changesCommitted();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2), { timeout: 3000, interval: 20 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('clears the caches after its connection was lost (it may have missed notices), and hears later notices', async () => {
    const onChange = vi.fn();
    await listen({ onChange, instanceId: 'instance-c', retryMs: 100 });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = $1`, [`LISTEN ${CHANGES_CHANNEL}`]);
    await admin.end();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 5000, interval: 50 });
    // Listening again: wait until the new session has run LISTEN before sending.
    await vi.waitFor(async () => expect(await listenersInDatabase()).toBeGreaterThan(0), { timeout: 5000, interval: 50 });
    changesCommitted();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2), { timeout: 3000, interval: 20 });
  });

  async function listenersInDatabase(): Promise<number> {
    const rows = await database.prisma.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query = ${`LISTEN ${CHANGES_CHANNEL}`} AND state = 'idle'`;
    return rows[0]?.n ?? 0;
  }
});
