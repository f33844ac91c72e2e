// Observability against a real database: an audit event keeps the id of the request that
// caused it (the X-Request-Id the custom server puts on every request), and /api/metrics
// answers only its scraper, with the outbox's backlog and the database in use.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { GET as readMetrics } from '@/app/api/metrics/route';
import { updateProfileAction } from '@/modules/accounts/account-actions';

import { createGovernanceFixture } from './governance/fixture';
import { fakeRequest } from './support/fake-request';
import { actAs } from './support/fake-session';

type Fixture = Awaited<ReturnType<typeof createGovernanceFixture>>;

const IDLE = { status: 'idle' } as const;
const TOKEN = 'scrape-token-0123456789abcdef';
let fixture: Fixture;
const prisma = () => fixture.database.prisma;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
});
afterAll(async () => {
  await fixture.database.drop();
});
afterEach(() => {
  delete fakeRequest.headers['x-request-id'];
  vi.unstubAllEnvs();
});

async function lastProfileEvent(userId: string) {
  return prisma().auditEvent.findFirstOrThrow({ where: { actorId: userId, action: 'account.profile.update' }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
}

describe('the request id in audit events', () => {
  it('is the X-Request-Id of the request that made the change', async () => {
    const userId = await fixture.userId('umea@trappan.test');
    actAs(userId);
    fakeRequest.headers['x-request-id'] = 'nginx-4b1f0c9e2d';
    expect(await updateProfileAction(IDLE, fixture.form({ name: 'Maria Lund', title: 'Strateg', language: 'sv' }))).toMatchObject({ status: 'success' });
    expect((await lastProfileEvent(userId)).requestId).toBe('nginx-4b1f0c9e2d');
  });

  it('is empty rather than a value that was not checked (no custom server in front)', async () => {
    const userId = await fixture.userId('umea@trappan.test');
    actAs(userId);
    fakeRequest.headers['x-request-id'] = 'forged id\nwith a line break';
    expect(await updateProfileAction(IDLE, fixture.form({ name: 'Maria Lund-Berg', title: '', language: 'sv' }))).toMatchObject({ status: 'success' });
    expect((await lastProfileEvent(userId)).requestId).toBeNull();
  });
});

const scrape = (authorization?: string) => readMetrics(new Request('http://localhost/api/metrics', { headers: authorization ? { Authorization: authorization } : {} }));

/** The value of one series in Prometheus' text format, e.g. trappan_outbox_messages{status="PENDING"}. */
function valueOf(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/api/metrics', () => {
  it('does not exist while no token is set', async () => {
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(404);
  });

  it('refuses a scrape without the token or with another one', async () => {
    vi.stubEnv('TRAPPAN_METRICS_TOKEN', TOKEN);
    expect((await scrape()).status).toBe(401);
    const wrong = await scrape('Bearer not-the-token');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await wrong.text()).not.toContain('trappan_');
  });

  it('counts the outbox backlog by status and names the database', async () => {
    vi.stubEnv('TRAPPAN_METRICS_TOKEN', TOKEN);
    const before = await (await scrape(`Bearer ${TOKEN}`)).text();
    const pending = valueOf(before, 'trappan_outbox_messages{status="PENDING"}') ?? 0;
    const failed = valueOf(before, 'trappan_outbox_messages{status="FAILED"}') ?? 0;
    const message = (status: 'PENDING' | 'FAILED' | 'SENT') =>
      prisma().notification.create({ data: { email: 'anna@malmo.se', subject: 'Dagordning', body: 'Hej!', kind: 'agenda.published', status } });
    await message('PENDING');
    await message('PENDING');
    await message('FAILED');
    await message('SENT');

    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(valueOf(text, 'trappan_outbox_messages{status="PENDING"}')).toBe(pending + 2);
    expect(valueOf(text, 'trappan_outbox_messages{status="FAILED"}')).toBe(failed + 1);
    expect(valueOf(text, 'trappan_outbox_messages{status="SENDING"}')).toBe(0);
    expect(valueOf(text, `trappan_database_info{kind="${fixture.database.kind}"}`)).toBe(1);
    expect(text).toContain('# TYPE trappan_http_request_duration_seconds histogram');
    if (fixture.database.kind === 'postgres') {
      // This file's pool has opened at least the connection the scrape used, and none waits.
      expect(valueOf(text, 'trappan_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
      expect(valueOf(text, 'trappan_db_pool_connections{state="waiting"}')).toBe(0);
    } else {
      // The embedded database has no pool: no pool series rather than made-up zeros.
      expect(text).not.toContain('trappan_db_pool_connections{');
    }
  });
});
