// Reading the audit log: a network's events for its coordinators and every event for admins,
// newest first, a page at a time, filtered by outcome, in words; and who may open the
// platform-wide log at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AdminAuditPage } from '@/modules/audit/admin-audit-page';
import { listAuditEvents, type AuditScope } from '@/modules/audit/audit-queries';
import { changeRole, removeMember } from '@/modules/governance/actions/member-actions';
import { encodeLogCursor, type LogCursor } from '@/ui/log-view';

import { actAs } from '../support/fake-session';
import { createGovernanceFixture } from './fixture';
import type { Fixture } from './roles';

let fixture: Fixture;
let konstgras: string;
let vatten: string;
let secretariat: string;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  konstgras = await fixture.networkId('konstgras');
  vatten = await fixture.networkId('avancerad-rening-av-avloppsvatten');
  secretariat = await fixture.userId('secretariat@trappan.test');
});

afterAll(async () => {
  await fixture.database.drop();
});

/** Every event of a scope, page by page, following the cursor. */
async function readAll(scope: AuditScope, outcome: 'ALLOWED' | 'DENIED' | null, pageSize: number) {
  const ids: string[] = [];
  let cursor: LogCursor | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page = await listAuditEvents(scope, { outcome, cursor }, 'sv', pageSize);
    ids.push(...page.events.map((e) => e.id));
    if (!page.nextCursor) return ids;
    const last = page.events.at(-1)!;
    cursor = { createdAt: new Date(last.createdAt), id: last.id };
    expect(page.nextCursor).toBe(encodeLogCursor(cursor));
  }
  throw new Error('too many pages');
}

describe('a network’s log', () => {
  it('shows the network’s changes and denied attempts, newest first, in words', async () => {
    const { membershipId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    actAs(secretariat);
    await changeRole({ status: 'idle' }, fixture.form({ membershipId, role: 'STEERING' }));
    actAs(await fixture.userId('buyer@trappan.test'));
    await removeMember({ status: 'idle' }, fixture.form({ membershipId, reason: 'Försök' }));

    const { events } = await listAuditEvents({ networkId: konstgras }, { outcome: null, cursor: null }, 'sv');
    expect(events.slice(0, 2)).toMatchObject([
      {
        actorName: 'Johan Ek',
        actionLabel: 'Nekat försök: Borttagning ur nätverket',
        outcome: 'DENIED',
        subject: expect.stringMatching(/^Person \d+$/),
        entityTypeLabel: 'Medlemskap',
        changes: [{ field: 'Skäl', to: 'Bara nätverkets samordnare kan göra det här.' }],
      },
      {
        actorName: 'Sara Nyström',
        actionLabel: 'Byte av roll',
        outcome: 'ALLOWED',
        network: { slug: 'konstgras', name: 'Konstgräs' },
        changes: [{ field: 'Roll', from: 'Medlem', to: 'Styrgrupp' }],
      },
    ]);

    const english = await listAuditEvents({ networkId: konstgras }, { outcome: 'ALLOWED', cursor: null }, 'en');
    expect(english.events[0]).toMatchObject({ actionLabel: 'Role change', outcome: 'ALLOWED', changes: [{ field: 'Role', from: 'Member', to: 'Steering group' }] });
  });

  it('keeps other networks’ events out, and filters by outcome', async () => {
    const other = await fixture.newMember({ networkSlug: 'avancerad-rening-av-avloppsvatten', organizationSlug: 'malmo-stad' });
    actAs(await fixture.userId('vatten@trappan.test'));
    await changeRole({ status: 'idle' }, fixture.form({ membershipId: other.membershipId, role: 'OBSERVER' }));

    const konstgrasIds = await readAll({ networkId: konstgras }, null, 50);
    const stored = await fixture.database.prisma.auditEvent.findMany({ where: { networkId: konstgras }, select: { id: true } });
    expect(konstgrasIds.sort()).toEqual(stored.map((e) => e.id).sort());

    const denied = await listAuditEvents({ networkId: konstgras }, { outcome: 'DENIED', cursor: null }, 'sv');
    expect(denied.events.length).toBeGreaterThan(0);
    expect(denied.events.every((e) => e.outcome === 'DENIED')).toBe(true);
    const vattenEvents = await listAuditEvents({ networkId: vatten }, { outcome: null, cursor: null }, 'sv');
    expect(vattenEvents.events.map((e) => e.network?.slug)).toEqual(['avancerad-rening-av-avloppsvatten']);
  });
});

describe('paging', () => {
  it('walks through every event exactly once, even when many share the same moment', async () => {
    const prisma = fixture.database.prisma;
    const moment = new Date('2026-01-15T09:00:00.000Z');
    await prisma.auditEvent.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({
        actorId: secretariat,
        action: 'membership.setListed',
        entityType: 'Membership',
        networkId: konstgras,
        outcome: i % 2 === 0 ? ('ALLOWED' as const) : ('DENIED' as const),
        createdAt: moment,
      })),
    });
    for (const outcome of [null, 'ALLOWED', 'DENIED'] as const) {
      const expected = await prisma.auditEvent.findMany({
        where: { networkId: konstgras, ...(outcome ? { outcome } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: { id: true },
      });
      expect(await readAll({ networkId: konstgras }, outcome, 3)).toEqual(expected.map((e) => e.id));
    }
  });
});

describe('the whole platform’s log', () => {
  it('holds every network’s events and those that reached none, with the network named', async () => {
    // A signed-out post is refused before the log: anyone can send them.
    const before = await fixture.database.prisma.auditEvent.count();
    actAs(null);
    await changeRole({ status: 'idle' }, fixture.form({ membershipId: 'whatever', role: 'MEMBER' }));
    expect(await fixture.database.prisma.auditEvent.count()).toBe(before);
    actAs(await fixture.userId('buyer@trappan.test'));
    await changeRole({ status: 'idle' }, fixture.form({ membershipId: 'whatever', role: 'MEMBER' }));
    const all = await readAll('all', null, 20);
    expect(all).toHaveLength(await fixture.database.prisma.auditEvent.count());
    const { events } = await listAuditEvents('all', { outcome: null, cursor: null }, 'sv');
    expect(events[0]).toMatchObject({ actorName: 'Johan Ek', network: null, outcome: 'DENIED' });
    expect(events.some((e) => e.network?.slug === 'avancerad-rening-av-avloppsvatten')).toBe(true);
  });

  it('opens for admins, is a 404 for everyone else, and asks the signed-out to sign in', async () => {
    actAs(await fixture.userId('admin@trappan.test'));
    await expect(AdminAuditPage({ locale: 'sv', searchParams: {} })).resolves.toBeTruthy();

    for (const email of ['secretariat@trappan.test', 'agency@trappan.test', 'buyer@trappan.test']) {
      actAs(await fixture.userId(email));
      await expect(AdminAuditPage({ locale: 'sv', searchParams: {} })).rejects.toMatchObject({ digest: expect.stringContaining('404') });
    }

    actAs(null);
    await expect(AdminAuditPage({ locale: 'sv', searchParams: { outcome: 'denied' } })).rejects.toMatchObject({
      digest: expect.stringContaining('/sv/sign-in?callbackUrl=%2Fsv%2Fadmin%2Faudit%3Foutcome%3Ddenied'),
    });
  });
});
