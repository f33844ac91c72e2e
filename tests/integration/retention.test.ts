// The retention purge against a real database: what is older than its period goes and what is
// newer stays, pending mail stays whatever its age, the configured periods are the ones used,
// batches repeat until nothing is left, and a network's dashboard, member counts and
// past-members list keep their history when its ended memberships lose their details.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getNetworkDashboard } from '@/modules/dashboards/network-dashboard-queries';
import { getMemberOverview } from '@/modules/governance/member-queries';
import { setDatabaseForTests } from '@/server/db/client';
import { describePurge, purgeExpired } from '@/server/purge';
import { RETENTION_DEFAULTS, type RetentionPeriods } from '@/server/retention';

import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
const prisma = () => database.prisma;

const NOW = new Date('2026-12-07T10:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY_MS);
const hoursAgo = (n: number) => new Date(NOW.getTime() - n * 60 * 60 * 1000);
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

beforeAll(async () => {
  database = await createTestDatabase();
  setDatabaseForTests(database);
});
afterAll(async () => {
  await database.drop();
});

let serial = 0;
const person = async (name = 'Person') => {
  serial += 1;
  return prisma().user.create({ data: { email: `retention-${serial}@trappan.test`, name: `${name} ${serial}`, emailVerifiedAt: daysAgo(3000), createdAt: daysAgo(3000) } });
};
const mail = (status: 'PENDING' | 'SENDING' | 'SENT' | 'MUTED' | 'FAILED', createdAt: Date, sentAt: Date | null = null) => ({
  email: 'mottagare@trappan.test',
  subject: `${status} ${createdAt.toISOString()}`,
  body: 'Hej',
  kind: 'agenda.published',
  status,
  createdAt,
  sentAt,
});

async function clearPurgedTables() {
  await prisma().auditEvent.deleteMany();
  await prisma().notification.deleteMany();
  await prisma().signInThrottle.deleteMany();
  await prisma().rateLimitBucket.deleteMany();
}

describe('the retention periods', () => {
  it('purges audit events, sent mail and counters older than the defaults, and keeps newer rows and every pending mail', async () => {
    await clearPurgedTables();
    const actor = await person();
    await prisma().auditEvent.createMany({
      data: [
        { actorId: actor.id, action: 'network.update', entityType: 'Network', entityId: 'elva-år', createdAt: at('2015-12-01') },
        { actorId: actor.id, action: 'network.update', entityType: 'Network', entityId: 'nio-år', createdAt: at('2017-12-08') },
      ],
    });
    await prisma().notification.createMany({
      data: [
        mail('SENT', daysAgo(91), daysAgo(91)),
        mail('MUTED', daysAgo(100)),
        mail('FAILED', daysAgo(100)),
        mail('SENT', daysAgo(89), daysAgo(89)),
        // Waited long in the outbox and left only lately: counted from when it was sent.
        mail('SENT', daysAgo(200), daysAgo(10)),
        // Not sent yet, however old: never purged.
        mail('PENDING', daysAgo(400)),
        mail('SENDING', daysAgo(400)),
      ],
    });
    await prisma().signInThrottle.createMany({ data: [{ email: 'gammal@trappan.test', failures: 4, lastFailureAt: hoursAgo(25) }, { email: 'ny@trappan.test', failures: 4, lastFailureAt: hoursAgo(23) }] });
    await prisma().rateLimitBucket.createMany({ data: [{ key: 'sign-in:ip:192.0.2.1', hits: 3, windowStartedAt: hoursAgo(25) }, { key: 'sign-in:ip:192.0.2.2', hits: 3, windowStartedAt: hoursAgo(23) }] });

    const result = await purgeExpired(prisma(), NOW, { periods: RETENTION_DEFAULTS });

    expect(result).toMatchObject({ auditEvents: 1, mails: 3, throttles: 1, rateLimits: 1 });
    expect(await prisma().auditEvent.findMany({ select: { entityId: true } })).toEqual([{ entityId: 'nio-år' }]);
    const left = await prisma().notification.findMany({ select: { status: true, createdAt: true }, orderBy: { createdAt: 'asc' } });
    expect(left).toEqual([
      { status: 'PENDING', createdAt: daysAgo(400) },
      { status: 'SENDING', createdAt: daysAgo(400) },
      { status: 'SENT', createdAt: daysAgo(200) },
      { status: 'SENT', createdAt: daysAgo(89) },
    ]);
    expect(await prisma().signInThrottle.findMany({ select: { email: true } })).toEqual([{ email: 'ny@trappan.test' }]);
    expect(await prisma().rateLimitBucket.findMany({ select: { key: true } })).toEqual([{ key: 'sign-in:ip:192.0.2.2' }]);
    expect(describePurge(result)).toMatch(/^Purged .*auditEvents=1 mails=3 /);
  });

  it('uses the configured periods instead of the defaults', async () => {
    await clearPurgedTables();
    const actor = await person();
    await prisma().auditEvent.createMany({
      data: [
        { actorId: actor.id, action: 'network.update', entityType: 'Network', entityId: 'två-år', createdAt: at('2024-12-01') },
        { actorId: actor.id, action: 'network.update', entityType: 'Network', entityId: 'halvår', createdAt: at('2026-06-01') },
      ],
    });
    await prisma().notification.createMany({ data: [mail('SENT', daysAgo(11), daysAgo(11)), mail('SENT', daysAgo(9), daysAgo(9))] });
    await prisma().signInThrottle.createMany({ data: [{ email: 'tre@trappan.test', failures: 4, lastFailureAt: hoursAgo(3) }, { email: 'en@trappan.test', failures: 4, lastFailureAt: hoursAgo(1) }] });
    const periods: RetentionPeriods = { auditYears: 1, mailDays: 10, throttleHours: 2, endedMembershipDays: 30 };

    expect(await purgeExpired(prisma(), NOW, { periods })).toMatchObject({ auditEvents: 1, mails: 1, throttles: 1 });
    expect(await prisma().auditEvent.findMany({ select: { entityId: true } })).toEqual([{ entityId: 'halvår' }]);
    expect(await prisma().notification.count()).toBe(1);
    expect(await prisma().signInThrottle.findMany({ select: { email: true } })).toEqual([{ email: 'en@trappan.test' }]);

    // "never" keeps the log whatever its age.
    await prisma().auditEvent.create({ data: { action: 'network.update', entityType: 'Network', entityId: 'uråldrig', createdAt: at('1990-01-01') } });
    expect(await purgeExpired(prisma(), NOW, { periods: { ...periods, auditYears: null } })).toMatchObject({ auditEvents: 0 });
    expect(await prisma().auditEvent.count()).toBe(2);
  });

  it('repeats bounded batches until everything past its period is gone', async () => {
    await clearPurgedTables();
    await prisma().auditEvent.createMany({ data: Array.from({ length: 23 }, (_, i) => ({ action: 'network.update', entityType: 'Network', entityId: `gammal-${i}`, createdAt: at('2010-01-01') })) });
    await prisma().auditEvent.create({ data: { action: 'network.update', entityType: 'Network', entityId: 'ny', createdAt: daysAgo(1) } });

    expect(await purgeExpired(prisma(), NOW, { periods: RETENTION_DEFAULTS, batchSize: 5 })).toMatchObject({ auditEvents: 23 });
    expect(await prisma().auditEvent.findMany({ select: { entityId: true } })).toEqual([{ entityId: 'ny' }]);
  });
});

describe('a first purge of a long-kept database', () => {
  it('clears a backlog of 50,000 rows a table in batches of a thousand, and keeps the rows still within their periods', async () => {
    await clearPurgedTables();
    const backlog = 50_000;
    // Years of log and of mail that nothing purged yet, and a day of each that stays.
    await prisma().$executeRaw`
      INSERT INTO "AuditEvent" (id, action, "entityType", "entityId", outcome, "createdAt")
      SELECT 'backlog-' || i, 'network.update', 'Network', 'n' || i, 'ALLOWED', ${at('2005-01-01')}::timestamp + i * interval '2 hours'
        FROM generate_series(1, ${backlog}) AS i`;
    await prisma().$executeRaw`
      INSERT INTO "Notification" (id, email, subject, body, kind, status, "createdAt", "sentAt")
      SELECT 'backlog-' || i, 'mottagare@trappan.test', 'Ämne', 'Text', 'agenda.published', 'SENT', ${daysAgo(400)}::timestamp + i * interval '1 minute', ${daysAgo(400)}::timestamp + i * interval '1 minute'
        FROM generate_series(1, ${backlog}) AS i`;
    await prisma().auditEvent.createMany({ data: Array.from({ length: 50 }, (_, i) => ({ action: 'network.update', entityType: 'Network', entityId: `ny-${i}`, createdAt: daysAgo(1) })) });
    await prisma().notification.createMany({ data: Array.from({ length: 50 }, () => mail('SENT', daysAgo(1), daysAgo(1))) });

    const startedAt = performance.now();
    const result = await purgeExpired(prisma(), NOW, { periods: RETENTION_DEFAULTS });
    const seconds = (performance.now() - startedAt) / 1000;

    // The log of 2005 to 2016 and mail sent more than a year ago: all of it past its period.
    expect(result).toMatchObject({ mails: backlog, auditEvents: backlog });
    expect(await prisma().notification.count()).toBe(50);
    expect(await prisma().auditEvent.count()).toBe(50);
    // The figure for the closing note of issue 17.
    console.log(`Retention drill (${database.kind}): purged ${result.auditEvents} audit events and ${result.mails} mails in ${seconds.toFixed(1)} s, ${Math.ceil(result.auditEvents / 1000) + Math.ceil(result.mails / 1000)} statements of at most 1000 rows`);
  });
});

describe('ended memberships', () => {
  let networkId: string;
  let leaver: { id: string; name: string };
  let removed: { id: string; name: string };

  beforeAll(async () => {
    const area = await prisma().thematicArea.create({ data: { slug: 'retention-area', nameSv: 'Gallring', nameEn: 'Retention' } });
    const network = await prisma().network.create({
      data: { slug: 'gallring-test', name: 'Gallring (test)', descriptionSv: '.', descriptionEn: '.', areaId: area.id, initiator: 'BUYER', status: 'ACTIVE', publishedAt: at('2024-01-01') },
    });
    networkId = network.id;
    const organization = (slug: string, countyCode: string) => prisma().organization.create({ data: { slug, name: slug, kind: 'MUNICIPALITY', countyCode } });
    const [lund, kiruna, visby] = await Promise.all([organization('lund-retention', '12'), organization('kiruna-retention', '25'), organization('visby-retention', '09')]);
    const coordinator = await person('Samordnare');
    leaver = await person('Lämnade');
    removed = await person('Borttagen');
    const recent = await person('Nyss');
    await prisma().membership.createMany({
      data: [
        { userId: coordinator.id, networkId, organizationId: lund.id, role: 'COORDINATOR', competence: 'PROCURER', joinedAt: at('2024-02-01') },
        // Ended more than the period (30 days, below) ago, within the dashboard's eight quarters.
        { userId: leaver.id, networkId, organizationId: kiruna.id, role: 'MEMBER', competence: 'LAWYER', isListed: true, joinedAt: at('2025-03-01'), status: 'LEFT', leftAt: at('2026-06-15') },
        { userId: removed.id, networkId, organizationId: visby.id, role: 'MEMBER', competence: 'IT', joinedAt: at('2025-05-01'), status: 'REMOVED', leftAt: at('2026-02-10'), removedById: coordinator.id, removedReason: 'Slutade på kommunen' },
        // Ended a week ago: keeps its details.
        { userId: recent.id, networkId, organizationId: visby.id, role: 'MEMBER', competence: 'ECONOMIST', joinedAt: at('2026-06-01'), status: 'LEFT', leftAt: daysAgo(7) },
      ],
    });
    // Held while the leaver was a member: the attendance rate maps people to organisations.
    const meeting = await prisma().meeting.create({ data: { networkId, title: 'Vårmöte', startsAt: at('2026-03-10'), endsAt: new Date(at('2026-03-10').getTime() + 2 * 60 * 60 * 1000), format: 'DIGITAL', status: 'PLANNED' } });
    await prisma().meetingAttendance.createMany({
      data: [coordinator, leaver].map((p) => ({ meetingId: meeting.id, userId: p.id, role: 'MEMBER' as const, hasVote: true, arrivedAt: at('2026-03-10') })),
    });
  });

  it('keeps the dashboard, the member counts and the past members when the details of old ended memberships go', async () => {
    const countsBefore = await prisma().network.findUniqueOrThrow({ where: { id: networkId }, select: { memberCount: true, memberOrganizationCount: true, lastActivityAt: true } });
    const dashboardBefore = await getNetworkDashboard(networkId, true, NOW);
    const publicBefore = await getNetworkDashboard(networkId, false, NOW);
    const membersBefore = await getMemberOverview(networkId);
    // The figures the history is made of, so an empty dashboard could not pass.
    expect(dashboardBefore.quarters.some((q) => q.organizationsAtEnd === 3)).toBe(true);
    expect(dashboardBefore.quarters.some((q) => q.organizationsLeft > 0)).toBe(true);
    expect(dashboardBefore.meetings.attendance?.[0]).toMatchObject({ present: 2 });

    const result = await purgeExpired(prisma(), NOW, { periods: { ...RETENTION_DEFAULTS, endedMembershipDays: 30 } });

    expect(result.endedMemberships).toBe(2);
    expect(await getNetworkDashboard(networkId, true, NOW)).toEqual(dashboardBefore);
    expect(await getNetworkDashboard(networkId, false, NOW)).toEqual(publicBefore);
    expect(await prisma().network.findUniqueOrThrow({ where: { id: networkId }, select: { memberCount: true, memberOrganizationCount: true, lastActivityAt: true } })).toEqual(countsBefore);

    // The past members are still there, with names and dates, but no longer why or by whom.
    const membersAfter = await getMemberOverview(networkId);
    expect(membersAfter.pastTotal).toBe(membersBefore.pastTotal);
    const pastOf = (name: string) => membersAfter.past.find((m) => m.name === name);
    expect(pastOf(removed.name)).toMatchObject({ status: 'REMOVED', leftAt: '2026-02-10', removedReason: null, removedByName: null });
    expect(pastOf(leaver.name)).toMatchObject({ status: 'LEFT', leftAt: '2026-06-15' });
    const details = await prisma().membership.findMany({ where: { networkId, status: { not: 'ACTIVE' } }, select: { userId: true, competence: true, isListed: true }, orderBy: { joinedAt: 'asc' } });
    expect(details.map((d) => d.competence)).toEqual([null, null, 'ECONOMIST']);
    expect(details.every((d) => !d.isListed)).toBe(true);

    // A second run has nothing left to do.
    expect((await purgeExpired(prisma(), NOW, { periods: { ...RETENTION_DEFAULTS, endedMembershipDays: 30 } })).endedMemberships).toBe(0);
  });

  it('still recounts the network when a membership changes what the counts read (its role)', async () => {
    const counts = () => prisma().network.findUniqueOrThrow({ where: { id: networkId }, select: { memberCount: true, memberOrganizationCount: true } });
    expect(await counts()).toEqual({ memberCount: 1, memberOrganizationCount: 1 });
    await prisma().membership.updateMany({ where: { networkId, status: 'ACTIVE' }, data: { role: 'OBSERVER' } });
    expect(await counts()).toEqual({ memberCount: 1, memberOrganizationCount: 0 });
    await prisma().membership.updateMany({ where: { networkId, status: 'ACTIVE' }, data: { role: 'COORDINATOR' } });
    expect(await counts()).toEqual({ memberCount: 1, memberOrganizationCount: 1 });
  });
});

describe('npm run db:purge', () => {
  it('refuses a wrong period before it opens the database, naming the variable', async () => {
    const run = promisify(execFile)('npx', ['tsx', 'scripts/purge.ts'], {
      env: { ...process.env, TRAPPAN_RETAIN_AUDIT_YEARS: '10y', DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' },
    });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('TRAPPAN_RETAIN_AUDIT_YEARS="10y" is not a whole number') });
  });
});
