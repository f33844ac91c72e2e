// Managing members: who may hold which role, the network's last coordinator, two coordinators
// removing each other at once, changes that count on the very next request, history that is
// never deleted, and the audit trail of it all. The permission matrix (cases/members.ts)
// covers who may call the actions at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { changeRole, removeMember } from '@/modules/governance/actions/member-actions';
import { leaveNetwork, setListed } from '@/modules/governance/actions/my-membership-actions';
import { getMemberOverview } from '@/modules/governance/member-queries';
import type { FormState } from '@/server/actions/network-action';

import { actAs } from '../support/fake-session';
import { createGovernanceFixture } from './fixture';
import type { Fixture } from './roles';

const IDLE: FormState = { status: 'idle' };
const refused = getMessages('sv').refused;

let fixture: Fixture;
let prisma: Fixture['database']['prisma'];
let konstgras: string;
let secretariat: string;
let admin: string;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  prisma = fixture.database.prisma;
  konstgras = await fixture.networkId('konstgras');
  secretariat = await fixture.userId('secretariat@trappan.test');
  admin = await fixture.userId('admin@trappan.test');
});

afterAll(async () => {
  await fixture.database.drop();
});

const membership = (id: string) => prisma.membership.findUniqueOrThrow({ where: { id } });
const activeCoordinators = (networkId: string) => prisma.membership.count({ where: { networkId, status: 'ACTIVE', role: 'COORDINATOR' } });

async function changeRoleAs(userId: string, membershipId: string, role: string) {
  actAs(userId);
  return changeRole(IDLE, fixture.form({ membershipId, role }));
}

async function removeAs(userId: string, membershipId: string, reason = 'Har gått vidare till en annan tjänst.') {
  actAs(userId);
  return removeMember(IDLE, fixture.form({ membershipId, reason }));
}

const secretariatMembership = async () =>
  (await prisma.membership.findFirstOrThrow({ where: { userId: secretariat, networkId: konstgras, status: 'ACTIVE' } })).id;

describe('who may hold which role', () => {
  it('never makes a person from a company a member, steering member or coordinator, whatever the request', async () => {
    // A crafted situation: a supplier's person somehow holds a membership row.
    const { membershipId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'demo-grasytor', role: 'OBSERVER' });
    for (const actor of [secretariat, admin]) {
      for (const role of ['MEMBER', 'STEERING', 'COORDINATOR']) {
        const result = await changeRoleAs(actor, membershipId, role);
        expect(result).toMatchObject({ status: 'error', message: refused.supplier });
      }
    }
    expect((await membership(membershipId)).role).toBe('OBSERVER');
  });

  it('lets a person from the arranging association coordinate without a vote, and be a member or sit in the steering group', async () => {
    const { membershipId, userId } = await fixture.newMember({
      networkSlug: 'konstgras',
      organizationSlug: 'sveriges-kultur-och-fritidschefsforening',
      role: 'OBSERVER',
    });
    // An association may be a member (Konstgräs, report p. 37); without a vote under the demo charter.
    expect(await changeRoleAs(secretariat, membershipId, 'STEERING')).toMatchObject({ status: 'success' });
    expect((await getMemberOverview(konstgras)).active.find((m) => m.userId === userId)).toMatchObject({ role: 'STEERING', hasVote: false });

    const result = await changeRoleAs(secretariat, membershipId, 'COORDINATOR');
    expect(result).toMatchObject({ status: 'success', message: expect.stringMatching(/^Person \d+ har nu rollen samordnare\.$/) });
    const row = (await getMemberOverview(konstgras)).active.find((m) => m.userId === userId);
    expect(row).toMatchObject({ role: 'COORDINATOR', hasVote: false, assignableRoles: ['COORDINATOR', 'STEERING', 'MEMBER', 'OBSERVER'] });
    // The demo secretariat is the arranger's too: a coordinator without a vote.
    expect((await getMemberOverview(konstgras)).active.find((m) => m.userId === secretariat)).toMatchObject({ hasVote: false });
  });

  it('lets a person from the funder be an observer', async () => {
    const { membershipId, userId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'naturvardsverket', role: 'MEMBER' });
    expect(await changeRoleAs(secretariat, membershipId, 'OBSERVER')).toMatchObject({ status: 'success' });
    expect((await getMemberOverview(konstgras)).active.find((m) => m.userId === userId)).toMatchObject({ role: 'OBSERVER', hasVote: false });
  });

  it('refuses an observer from an organisation that neither funds the network, procures nor is an association', async () => {
    await prisma.organization.create({ data: { slug: 'demo-hogskola', name: 'Demohögskolan', kind: 'ACADEMIA' } });
    const { membershipId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'demo-hogskola', role: 'COORDINATOR' });
    expect(await changeRoleAs(secretariat, membershipId, 'OBSERVER')).toMatchObject({ status: 'error', message: refused.notFunderOrAuthority });
  });

  it('gives a member of a municipality a vote in every role but observer', async () => {
    const { membershipId, userId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    expect(await changeRoleAs(secretariat, membershipId, 'STEERING')).toMatchObject({ status: 'success' });
    expect((await getMemberOverview(konstgras)).active.find((m) => m.userId === userId)).toMatchObject({
      hasVote: true,
      assignableRoles: ['COORDINATOR', 'STEERING', 'MEMBER', 'OBSERVER'],
    });
  });

  it('says so when the role is already the one asked for, and changes nothing', async () => {
    const { membershipId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    expect(await changeRoleAs(secretariat, membershipId, 'MEMBER')).toMatchObject({ status: 'error', message: refused.roleUnchanged });
  });

  it('validates the form in the person’s language and keeps what they typed', async () => {
    const { membershipId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    const deniedBefore = await prisma.auditEvent.count({ where: { outcome: 'DENIED' } });
    actAs(secretariat);
    const badRole = await changeRole(IDLE, fixture.form({ membershipId, role: 'OWNER' }));
    expect(badRole).toMatchObject({ status: 'error', fieldErrors: { role: 'Välj en av rollerna i listan.' }, values: { membershipId, role: 'OWNER' } });

    const english = fixture.form({ membershipId, reason: '   ' });
    english.set('locale', 'en');
    const noReason = await removeMember(IDLE, english);
    expect(noReason).toMatchObject({ status: 'error', message: 'Correct the errors below and try again.', fieldErrors: { reason: 'Fill in reason.' } });

    const tooLong = await removeMember(IDLE, fixture.form({ membershipId, reason: 'x'.repeat(501) }));
    expect(tooLong.fieldErrors).toEqual({ reason: 'Texten är 501 tecken, högst 500 får plats. Korta den med 1 tecken.' });
    expect(tooLong.values?.reason).toHaveLength(501);

    expect((await membership(membershipId)).status).toBe('ACTIVE');
    // A form that does not validate is no attempt on a record: nothing is logged.
    expect(await prisma.auditEvent.count({ where: { outcome: 'DENIED' } })).toBe(deniedBefore);
  });

  it('refuses to change or remove a membership that has already ended', async () => {
    const { membershipId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    expect(await removeAs(secretariat, membershipId)).toMatchObject({ status: 'success' });
    expect(await removeAs(secretariat, membershipId)).toMatchObject({ status: 'error', message: refused.notActiveMember });
    expect(await changeRoleAs(secretariat, membershipId, 'STEERING')).toMatchObject({ status: 'error', message: refused.notActiveMember });
  });

  it('refuses an id that does not exist', async () => {
    expect(await changeRoleAs(secretariat, 'no-such-membership', 'STEERING')).toMatchObject({ status: 'error', message: refused.notFound });
  });
});

describe('the last coordinator', () => {
  it('cannot be removed, by themselves or by an admin', async () => {
    const own = await secretariatMembership();
    // Make the secretariat the only coordinator again (earlier tests appointed others).
    await prisma.membership.updateMany({
      where: { networkId: konstgras, status: 'ACTIVE', role: 'COORDINATOR', id: { not: own } },
      data: { role: 'OBSERVER' },
    });
    expect(await removeAs(secretariat, own)).toMatchObject({ status: 'error', message: refused.lastCoordinator });
    expect(await removeAs(admin, own)).toMatchObject({ status: 'error', message: refused.lastCoordinator });
    expect(await membership(own)).toMatchObject({ status: 'ACTIVE', role: 'COORDINATOR' });
    expect((await getMemberOverview(konstgras)).active.find((m) => m.membershipId === own)?.isLastCoordinator).toBe(true);
  });

  it('cannot be given another role', async () => {
    // A coordinator from a municipality, who could hold any role, alone in a network of their own.
    const network = await prisma.network.findFirstOrThrow({ where: { memberships: { none: {} } }, select: { slug: true } });
    const only = await fixture.newMember({ networkSlug: network.slug, organizationSlug: 'malmo-stad', role: 'COORDINATOR' });
    for (const actor of [only.userId, admin]) {
      for (const role of ['STEERING', 'MEMBER', 'OBSERVER']) {
        expect(await changeRoleAs(actor, only.membershipId, role)).toMatchObject({ status: 'error', message: refused.lastCoordinator });
      }
    }
    expect(await membership(only.membershipId)).toMatchObject({ status: 'ACTIVE', role: 'COORDINATOR' });
  });

  it('can step down or remove themselves once another coordinator is appointed', async () => {
    const colleague = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    expect(await changeRoleAs(secretariat, colleague.membershipId, 'COORDINATOR')).toMatchObject({ status: 'success' });
    expect((await getMemberOverview(konstgras)).active.some((m) => m.isLastCoordinator)).toBe(false);

    // The new coordinator removes themselves; the secretariat remains.
    expect(await removeAs(colleague.userId, colleague.membershipId, 'Lämnar sekretariatet.')).toMatchObject({ status: 'success' });
    expect(await activeCoordinators(konstgras)).toBe(1);
    expect(await removeAs(secretariat, await secretariatMembership())).toMatchObject({ status: 'error', message: refused.lastCoordinator });
  });
});

describe('two coordinators removing each other at the same moment', () => {
  it('removes exactly one of them, and the network keeps a coordinator', async () => {
    // A network of its own, where these two are the only coordinators.
    const network = await prisma.network.findFirstOrThrow({ where: { memberships: { none: {} } }, select: { id: true, slug: true } });
    const coordinator = () => fixture.newMember({ networkSlug: network.slug, organizationSlug: 'malmo-stad', role: 'COORDINATOR' });
    let survivor = await coordinator();
    for (let round = 0; round < 6; round++) {
      const other = await coordinator();
      expect(await activeCoordinators(network.id)).toBe(2);
      // Each call reads the session when it starts, so the two run as different people.
      actAs(survivor.userId);
      const first = removeMember(IDLE, fixture.form({ membershipId: other.membershipId, reason: 'Samtidigt försök' }));
      actAs(other.userId);
      const second = removeMember(IDLE, fixture.form({ membershipId: survivor.membershipId, reason: 'Samtidigt försök' }));
      const results = await Promise.all([first, second]);

      expect(results.filter((r) => r.status === 'success'), JSON.stringify(results)).toHaveLength(1);
      const loser = results.find((r) => r.status === 'error');
      // The loser was removed first, so they are no longer a coordinator when their turn comes.
      expect([refused.notCoordinator, refused.lastCoordinator]).toContain(loser?.message);
      expect(await activeCoordinators(network.id)).toBe(1);
      survivor = results[0]!.status === 'success' ? survivor : other;
      expect(await membership(survivor.membershipId)).toMatchObject({ status: 'ACTIVE', role: 'COORDINATOR' });
    }
  });
});

describe('changes count on the very next request', () => {
  it('refuses a removed coordinator at once', async () => {
    const removed = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad', role: 'COORDINATOR' });
    const target = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    expect(await removeAs(secretariat, removed.membershipId)).toMatchObject({ status: 'success' });

    expect(await removeAs(removed.userId, target.membershipId)).toMatchObject({ status: 'error', message: refused.notCoordinator });
    expect(await changeRoleAs(removed.userId, target.membershipId, 'STEERING')).toMatchObject({ status: 'error', message: refused.notCoordinator });
    // Nor may they act as a member any more.
    actAs(removed.userId);
    expect(await leaveNetwork(IDLE, fixture.form({ networkId: konstgras }))).toMatchObject({ status: 'error', message: refused.notMember });
    expect(await setListed(IDLE, fixture.form({ networkId: konstgras, listed: 'true' }))).toMatchObject({ status: 'error', message: refused.notMember });
    expect(await membership(target.membershipId)).toMatchObject({ status: 'ACTIVE', role: 'MEMBER' });
  });

  it('refuses a coordinator who was given another role at once', async () => {
    const demoted = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad', role: 'COORDINATOR' });
    const target = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    expect(await changeRoleAs(secretariat, demoted.membershipId, 'MEMBER')).toMatchObject({ status: 'success' });
    expect(await removeAs(demoted.userId, target.membershipId)).toMatchObject({ status: 'error', message: refused.notCoordinator });
    expect((await membership(target.membershipId)).status).toBe('ACTIVE');
  });

  it('refuses a disabled account at once', async () => {
    const disabled = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad', role: 'COORDINATOR' });
    const target = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    await prisma.user.update({ where: { id: disabled.userId }, data: { disabledAt: new Date() } });
    expect(await removeAs(disabled.userId, target.membershipId)).toMatchObject({ status: 'error', message: refused.signedOut });
    expect(await changeRoleAs(disabled.userId, target.membershipId, 'STEERING')).toMatchObject({ status: 'error', message: refused.signedOut });
    expect(await membership(target.membershipId)).toMatchObject({ status: 'ACTIVE', role: 'MEMBER' });
  });
});

describe('history', () => {
  it('keeps every membership: a removal records who, when and why, and shows among former members', async () => {
    const rowsBefore = await prisma.membership.count();
    const { membershipId, userId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    // The removed member also loses their place in the network's working group.
    const group = await prisma.networkGroup.create({ data: { networkId: konstgras, kind: 'WORKING', name: 'Underlag för upphandling' } });
    await prisma.groupMembership.create({ data: { groupId: group.id, userId } });

    const result = await removeAs(secretariat, membershipId, 'Representerar inte längre kommunen.');
    expect(result).toMatchObject({ status: 'success', message: expect.stringContaining('är borttagen ur nätverket') });

    expect(await prisma.membership.count()).toBe(rowsBefore + 1);
    const row = await membership(membershipId);
    expect(row).toMatchObject({ status: 'REMOVED', removedById: secretariat, removedReason: 'Representerar inte längre kommunen.' });
    expect(row.leftAt).toBeInstanceOf(Date);
    expect(await prisma.groupMembership.findFirstOrThrow({ where: { groupId: group.id, userId } })).toMatchObject({ removedReason: 'removed-from-network' });

    const overview = await getMemberOverview(konstgras);
    expect(overview.active.some((m) => m.membershipId === membershipId)).toBe(false);
    expect(overview.past.find((m) => m.membershipId === membershipId)).toMatchObject({
      status: 'REMOVED',
      removedByName: 'Sara Nyström',
      removedReason: 'Representerar inte längre kommunen.',
      organizationName: 'Malmö stad',
    });
    expect(overview.pastTotal).toBe(await prisma.membership.count({ where: { networkId: konstgras, status: { not: 'ACTIVE' } } }));
  });

  it('counts the competences of active members and names the missing ones', async () => {
    const overview = await getMemberOverview(konstgras);
    const active = await prisma.membership.findMany({ where: { networkId: konstgras, status: 'ACTIVE' }, select: { competence: true } });
    const total = overview.coverage.counts.reduce((sum, c) => sum + c.count, 0) + overview.coverage.notStated;
    expect(total).toBe(active.length);
    // The demo network has no lawyer, IT person, economist or innovation lead.
    expect(overview.coverage.missing).toEqual(expect.arrayContaining(['LAWYER', 'IT', 'ECONOMIST', 'INNOVATION_LEAD']));
    expect(overview.coverage.missing).not.toContain('PROCURER');
  });
});

describe('audit events', () => {
  it('records an allowed change with the role before and after, in the same network', async () => {
    const { membershipId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    await changeRoleAs(secretariat, membershipId, 'STEERING');
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: membershipId }, orderBy: { createdAt: 'desc' } });
    expect(event).toMatchObject({
      actorId: secretariat,
      action: 'membership.changeRole',
      entityType: 'Membership',
      networkId: konstgras,
      outcome: 'ALLOWED',
      before: { role: 'MEMBER' },
      after: { role: 'STEERING' },
    });
  });

  it('records a removal with the reason', async () => {
    const { membershipId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    await removeAs(admin, membershipId, 'Dubbelt konto.');
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: membershipId } });
    expect(event).toMatchObject({
      actorId: admin,
      action: 'membership.remove',
      networkId: konstgras,
      outcome: 'ALLOWED',
      before: { status: 'ACTIVE', role: 'MEMBER' },
      after: { status: 'REMOVED', removedReason: 'Dubbelt konto.', closedGroupPlaces: 0 },
    });
  });

  it('records denied attempts, with the reason, in the network they aimed at', async () => {
    const { membershipId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    const buyer = await fixture.userId('buyer@trappan.test');
    await removeAs(buyer, membershipId);
    await changeRoleAs(secretariat, membershipId, 'MEMBER');
    const events = await prisma.auditEvent.findMany({ where: { entityId: membershipId }, orderBy: { createdAt: 'asc' } });
    expect(events).toMatchObject([
      { actorId: buyer, action: 'membership.remove', networkId: konstgras, outcome: 'DENIED', after: { reason: 'notCoordinator' } },
      { actorId: secretariat, action: 'membership.changeRole', networkId: konstgras, outcome: 'DENIED', after: { reason: 'roleUnchanged' } },
    ]);
    expect((await membership(membershipId)).status).toBe('ACTIVE');
  });
});
