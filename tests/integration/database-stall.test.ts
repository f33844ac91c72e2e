// A database that stops answering (docs/decisions/0027), on PostgreSQL: the application's
// timeouts turn a hang into a clear answer, an action keeps what was typed, and everything
// works again when the database answers, without a restart. The stall is a proxy that stops
// passing bytes (support/freezable-proxy.ts): to the application, a paused server. The drill
// with a really paused server is tests/e2e/stalled-database-drill.spec.ts.
import { randomUUID } from 'node:crypto';

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { getNetworks } from '@/modules/open-data/endpoints';
import { proposeNeed as proposeNeedAction } from '@/modules/needs/actions/need-actions';
import { setDatabaseForTests } from '@/server/db/client';
import type { DatabaseTimeouts } from '@/server/db/database-config';
import { openDatabase, type Database } from '@/server/db/open-database';
import { isDatabaseUnavailable } from '@/server/db/unavailable';

import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';
import { actAs } from './support/fake-session';
import { startFreezableProxy, type FreezableProxy } from './support/freezable-proxy';
import { redirected } from './support/redirected';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const TIMEOUTS: DatabaseTimeouts = { connectMs: 800, queryMs: 800, statementMs: 400, idleInTransactionMs: 5000 };
const proposeNeed = redirected(proposeNeedAction);

describe.skipIf(!onPostgres)('a database that stops answering', () => {
  let fixture: Fixture;
  let proxy: FreezableProxy;
  let stalling: Database;
  let url: URL;

  beforeAll(async () => {
    fixture = await createGovernanceFixture();
    const config = fixture.database.config;
    if (config.kind !== 'postgres') throw new Error('PostgreSQL only');
    url = new URL(config.url);
    proxy = await startFreezableProxy({ host: url.hostname, port: Number(url.port) });
    const through = new URL(config.url);
    through.port = String(proxy.port);
    stalling = openDatabase({ kind: 'postgres', url: through.toString() }, { timeouts: TIMEOUTS });
    setDatabaseForTests(stalling);
  });
  afterAll(async () => {
    proxy.thaw();
    await stalling.close();
    await proxy.close();
    setDatabaseForTests(fixture.database);
    await fixture.database.drop();
  });

  /** Reads through a connection of its own, straight to the server: what others see. */
  async function seenByOthers(sql: string): Promise<unknown[]> {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it('answers a stalled query with an error the application recognises, within the query timeout', async () => {
    proxy.freeze();
    const started = Date.now();
    const error = await stalling.prisma.$queryRaw`SELECT 1`.catch((e: unknown) => e);
    proxy.thaw();
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(TIMEOUTS.queryMs + 1500);
  });

  it('recognises a statement the server cancelled for running too long', async () => {
    const error = await stalling.prisma.$queryRaw`SELECT pg_sleep(2)`.catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('does not hand a connection left inside a stalled transaction to the next request, whose writes would be lost', async () => {
    await stalling.prisma.$executeRawUnsafe('CREATE TABLE stall_probe (n int)');
    const failed = await stalling.prisma
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe('INSERT INTO stall_probe VALUES (1)');
        proxy.freeze();
        await tx.$executeRawUnsafe('INSERT INTO stall_probe VALUES (2)');
      })
      .catch((e: unknown) => e);
    expect(isDatabaseUnavailable(failed)).toBe(true);
    proxy.thaw();
    // With the stalled connection back in the pool, this write ran inside the open transaction
    // and was never seen by anyone else.
    await stalling.prisma.$executeRawUnsafe('INSERT INTO stall_probe VALUES (3)');
    expect(await seenByOthers('SELECT n FROM stall_probe ORDER BY n')).toEqual([{ n: 3 }]);
  });

  it('answers an action with "try again" and what was typed, and the same form succeeds once the database is back', async () => {
    const network = await fixture.database.prisma.network.findUniqueOrThrow({ where: { slug: 'konstgras' }, select: { id: true, areaId: true } });
    await actAs(await fixture.userId('buyer@trappan.test'));
    const form = () => fixture.form({ networkId: network.id, title: 'Behov under driftstörning', problem: 'Texten ska finnas kvar.', areaId: network.areaId, submissionKey: key });
    const key = randomUUID();

    proxy.freeze();
    const started = Date.now();
    const answer = await proposeNeed({ status: 'idle' }, form());
    const took = Date.now() - started;
    proxy.thaw();

    expect(answer.status).toBe('error');
    expect(answer.message).toBe(getMessages('sv').actions.databaseUnavailable);
    expect(answer.values).toMatchObject({ title: 'Behov under driftstörning', problem: 'Texten ska finnas kvar.' });
    expect(took).toBeLessThan(10_000);

    const again = await proposeNeed({ status: 'idle' }, form());
    expect(again.redirectedTo).toMatch(/\/sv\/networks\/konstgras\/needs\/.+\?done=proposed/);
    expect(await fixture.database.prisma.need.count({ where: { title: 'Behov under driftstörning' } })).toBe(1);
  });

  it('answers the open-data API with 503 and Retry-After while stalled, and 200 after', async () => {
    proxy.freeze();
    const stalled = await getNetworks(new Request('http://localhost/api/v1/networks?q=konstgräs'));
    proxy.thaw();
    expect(stalled.status).toBe(503);
    expect(stalled.headers.get('retry-after')).toBe('5');
    expect(((await stalled.json()) as { error: { code: string } }).error.code).toBe('database_unavailable');

    const after = await getNetworks(new Request('http://localhost/api/v1/networks?q=konstgräs'));
    expect(after.status).toBe(200);
  });
});
