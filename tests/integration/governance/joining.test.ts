// Joining a network on the demo data: open networks admit at once, by-approval networks queue
// one request however many are sent, the secretariat decides (a reason to decline), and
// invitation links work once, for one address, until they expire.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import {
  acceptInvitation,
  createInvitation,
  decideJoinRequest,
  requestToJoin,
  revokeInvitation,
  withdrawJoinRequest,
} from '@/modules/governance/actions/joining-actions';
import { createUnlessDuplicate } from '@/modules/governance/create-unless-duplicate';
import { hashInvitationToken } from '@/modules/governance/invitation-token';
import { getJoinContext, listJoinRequests, listMyJoinRequests } from '@/modules/governance/joining-queries';
import { getCurrentUser } from '@/server/auth/current-user';

import { seedDatabase } from '../../../prisma/seed/seed';
import { actAs } from '../support/fake-session';
import { createGovernanceFixture } from './fixture';
import type { Fixture } from './roles';

const t = getMessages('sv');
const IDLE = { status: 'idle' } as const;

let fixture: Fixture;
let counter = 0;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
});
afterAll(async () => {
  await fixture.database.drop();
});

const prisma = () => fixture.database.prisma;

/** A new person of the organisation, in no network, signed in from now on. */
async function signInAsNewPerson(organizationSlug = 'uppsala-kommun'): Promise<{ id: string; email: string; name: string }> {
  counter += 1;
  const organization = await prisma().organization.findUniqueOrThrow({ where: { slug: organizationSlug } });
  const user = await prisma().user.create({
    data: { email: `joiner-${counter}@trappan.test`, name: `Joiner ${counter}`, organizationId: organization.id, affiliation: 'CONFIRMED', emailVerifiedAt: new Date() },
  });
  actAs(user.id);
  return user;
}

async function signInAs(email: string): Promise<string> {
  const id = await fixture.userId(email);
  actAs(id);
  return id;
}

const joinForm = (networkId: string, fields: Record<string, string> = {}) =>
  fixture.form({ networkId, motivation: 'Vi vill ställa gemensamma miljökrav.', competence: 'PROCURER', ...fields });

async function networkWithPolicy(slug: string, membershipPolicy: 'OPEN' | 'APPROVAL' | 'INVITATION', status: 'ACTIVE' | 'CLOSED' = 'ACTIVE') {
  return prisma().network.update({ where: { slug }, data: { membershipPolicy, status }, select: { id: true } });
}

const tokenOf = (detail: string | undefined) => {
  const match = /^\/sv\/invitations\/([A-Za-z0-9_-]{43})$/.exec(detail ?? '');
  expect(match, detail).not.toBeNull();
  return match![1]!;
};

describe('the demo data', () => {
  it('has one pending request for Konstgräs from a demo applicant, and seeding again adds none', async () => {
    const networkId = await fixture.networkId('konstgras');
    const { pending } = await listJoinRequests(networkId);
    expect(pending).toEqual([expect.objectContaining({ person: expect.objectContaining({ email: 'idrott@trappan.test' }), organization: 'Göteborgs Stad' })]);
    await seedDatabase(prisma(), { demo: true });
    expect(await prisma().joinRequest.count()).toBe(1);
  });
});

describe('asking to join', () => {
  it('admits at once to an open network, with the competence and the organisation', async () => {
    const { id: networkId } = await networkWithPolicy('belok', 'OPEN');
    const user = await signInAsNewPerson();
    const result = await requestToJoin(IDLE, joinForm(networkId, { competence: 'LAWYER' }));
    expect(result).toMatchObject({ status: 'success', message: t.joining.joined('Belok') });
    const membership = await prisma().membership.findFirstOrThrow({ where: { userId: user.id, networkId }, include: { organization: true } });
    expect(membership).toMatchObject({ status: 'ACTIVE', role: 'MEMBER', competence: 'LAWYER' });
    expect(membership.organization?.slug).toBe('uppsala-kommun');
    expect(await prisma().joinRequest.count({ where: { userId: user.id } })).toBe(0);
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { actorId: user.id, action: 'network.join' } });
    expect(audit).toMatchObject({ outcome: 'ALLOWED', entityType: 'Membership', entityId: membership.id, networkId });
  });

  it('queues a request for approval, and a second request while it is pending makes no duplicate', async () => {
    const networkId = await fixture.networkId('konstgras');
    const user = await signInAsNewPerson();
    const first = await requestToJoin(IDLE, joinForm(networkId));
    expect(first).toMatchObject({ status: 'success', message: t.joining.requested('Konstgräs') });
    const second = await requestToJoin(IDLE, joinForm(networkId, { motivation: 'Ett nytt försök.' }));
    expect(second).toMatchObject({ status: 'success', message: t.joining.alreadyPending('Konstgräs') });
    const requests = await prisma().joinRequest.findMany({ where: { userId: user.id } });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ status: 'PENDING', motivation: 'Vi vill ställa gemensamma miljökrav.', competence: 'PROCURER' });
    expect(await prisma().membership.count({ where: { userId: user.id } })).toBe(0);

    const context = await getJoinContext('konstgras', (await getCurrentUser())!);
    expect(context?.standing).toMatchObject({ kind: 'pending', requestId: requests[0]!.id });
    expect(await listMyJoinRequests(user.id)).toEqual([
      expect.objectContaining({ id: requests[0]!.id, status: 'PENDING', network: { slug: 'konstgras', name: 'Konstgräs' } }),
    ]);
  });

  it('makes exactly one pending request of twenty identical ones sent at once', async () => {
    const networkId = await fixture.networkId('konstgras');
    const user = await signInAsNewPerson();
    const results = await Promise.all(Array.from({ length: 20 }, () => requestToJoin(IDLE, joinForm(networkId))));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill('success'));
    expect(await prisma().joinRequest.count({ where: { userId: user.id, networkId, status: 'PENDING' } })).toBe(1);
    expect(results.filter((r) => r.message === t.joining.requested('Konstgräs'))).toHaveLength(1);
  });

  it('keeps the typed values and names the fields when the form is incomplete', async () => {
    const networkId = await fixture.networkId('konstgras');
    const user = await signInAsNewPerson();
    const result = await requestToJoin(IDLE, joinForm(networkId, { motivation: '   ', competence: '' }));
    expect(result).toMatchObject({
      status: 'error',
      message: t.actions.fixErrors,
      fieldErrors: { motivation: 'Fyll i motivering.', competence: t.joining.competenceRequired },
      values: { motivation: '   ', competence: '' },
    });
    const tooLong = await requestToJoin(IDLE, joinForm(networkId, { motivation: 'x'.repeat(1001) }));
    expect(tooLong.fieldErrors).toEqual({ motivation: t.input.tooLong(1000, 1001) });
    expect(await prisma().joinRequest.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses a supplier with the reason the network page shows, and logs the attempt', async () => {
    const networkId = await fixture.networkId('konstgras');
    const supplierId = await signInAs('supplier@trappan.test');
    const context = await getJoinContext('konstgras', (await getCurrentUser())!);
    expect(context?.standing).toEqual({ kind: 'blocked', reason: 'supplier' });
    const result = await requestToJoin(IDLE, joinForm(networkId));
    expect(result).toMatchObject({ status: 'error', message: t.refused.supplier });
    expect(result.message).toContain('marknadsdialoger och referensgrupper');
    expect(await prisma().joinRequest.count({ where: { userId: supplierId } })).toBe(0);
    const denied = await prisma().auditEvent.findFirstOrThrow({ where: { actorId: supplierId, action: 'network.join' } });
    expect(denied).toMatchObject({ outcome: 'DENIED', networkId, after: { reason: 'supplier' } });
  });

  it('tells agency staff, members and invitation-only and closed networks apart', async () => {
    const konstgras = await fixture.networkId('konstgras');
    await signInAs('agency@trappan.test');
    expect((await requestToJoin(IDLE, joinForm(konstgras))).message).toBe(t.refused.agencyStaff);
    await signInAs('buyer@trappan.test');
    expect((await requestToJoin(IDLE, joinForm(konstgras))).message).toBe(t.refused.alreadyMember);

    const { id: invitationOnly } = await networkWithPolicy('bebo', 'INVITATION');
    const { id: closed } = await networkWithPolicy('raddningstjanst', 'APPROVAL', 'CLOSED');
    const user = await signInAsNewPerson();
    expect((await requestToJoin(IDLE, joinForm(invitationOnly))).message).toBe(t.refused.invitationOnly);
    // An ended network is read-only for every action (runNetworkAction), joining included.
    expect((await requestToJoin(IDLE, joinForm(closed))).message).toBe(t.refused.networkEnded);
    expect(await prisma().joinRequest.count({ where: { userId: user.id } })).toBe(0);
    const current = (await getCurrentUser())!;
    expect((await getJoinContext('bebo', current))?.standing).toEqual({ kind: 'blocked', reason: 'invitationOnly' });
    expect((await getJoinContext('raddningstjanst', current))?.standing).toEqual({ kind: 'blocked', reason: 'networkClosed' });
  });

  it('lets the person withdraw and ask again, but not withdraw twice', async () => {
    const networkId = await fixture.networkId('konstgras');
    const user = await signInAsNewPerson();
    await requestToJoin(IDLE, joinForm(networkId));
    const request = await prisma().joinRequest.findFirstOrThrow({ where: { userId: user.id } });
    expect(await withdrawJoinRequest(IDLE, fixture.form({ requestId: request.id }))).toMatchObject({ status: 'success', message: t.joining.withdrawn('Konstgräs') });
    expect(await withdrawJoinRequest(IDLE, fixture.form({ requestId: request.id }))).toMatchObject({ status: 'error', message: t.refused.alreadyDecided });
    expect(await requestToJoin(IDLE, joinForm(networkId))).toMatchObject({ status: 'success', message: t.joining.requested('Konstgräs') });
    expect(await prisma().joinRequest.count({ where: { userId: user.id, status: 'PENDING' } })).toBe(1);
  });
});

describe('a network without a coordinator', () => {
  it('says so before and after asking, and the request goes to the administrators, who may decide it', async () => {
    const { id: networkId } = await networkWithPolicy('belok', 'APPROVAL');
    expect(await prisma().membership.count({ where: { networkId, role: 'COORDINATOR', status: 'ACTIVE' } })).toBe(0);
    const user = await signInAsNewPerson();
    const before = await getJoinContext('belok', await getCurrentUser());
    expect(before?.standing).toMatchObject({ kind: 'canAsk', hasCoordinator: false });

    const asked = await requestToJoin(IDLE, joinForm(networkId));
    expect(asked).toMatchObject({ status: 'success', message: t.joining.requestedNoCoordinator('Belok') });
    expect((await getJoinContext('belok', await getCurrentUser()))?.standing).toMatchObject({ kind: 'pending', hasCoordinator: false });

    // A platform admin decides it; the person is a member, and a coordinator can then be appointed.
    const request = await prisma().joinRequest.findFirstOrThrow({ where: { userId: user.id, networkId, status: 'PENDING' } });
    await signInAs('admin@trappan.test');
    expect(await decideJoinRequest(IDLE, fixture.form({ requestId: request.id, decision: 'approve' }))).toMatchObject({ status: 'success' });
    expect(await prisma().membership.count({ where: { userId: user.id, networkId, status: 'ACTIVE' } })).toBe(1);
  });

  it('tells the coordinator decides where there is one', async () => {
    await signInAsNewPerson();
    expect((await getJoinContext('konstgras', await getCurrentUser()))?.standing).toMatchObject({ kind: 'canAsk', hasCoordinator: true });
  });
});

describe('deciding a request', () => {
  async function pendingRequest(organizationSlug = 'uppsala-kommun') {
    const user = await signInAsNewPerson(organizationSlug);
    await requestToJoin(IDLE, joinForm(await fixture.networkId('konstgras')));
    const request = await prisma().joinRequest.findFirstOrThrow({ where: { userId: user.id, status: 'PENDING' } });
    await signInAs('secretariat@trappan.test');
    return { user, request };
  }

  it('mails the applicant the decision with it, with the reason for a decline, and nothing for a refused decision', async () => {
    const mailsTo = (userId: string) => prisma().notification.findMany({ where: { userId, kind: 'joinRequest.decided' }, select: { subject: true, body: true } });
    const first = await pendingRequest();
    await decideJoinRequest(IDLE, fixture.form({ requestId: first.request.id, decision: 'approve' }));
    expect(await mailsTo(first.user.id)).toEqual([expect.objectContaining({ subject: 'Välkommen till Konstgräs' })]);

    const second = await pendingRequest();
    await decideJoinRequest(IDLE, fixture.form({ requestId: second.request.id, decision: 'decline', reason: 'Nätverket tar bara in kommuner i Skåne.' }));
    const [declined] = await mailsTo(second.user.id);
    expect(declined!.body).toContain('Skäl: Nätverket tar bara in kommuner i Skåne.');

    // Deciding again is refused, and writes no second mail.
    expect((await decideJoinRequest(IDLE, fixture.form({ requestId: second.request.id, decision: 'approve' }))).status).toBe('error');
    expect(await mailsTo(second.user.id)).toHaveLength(1);
  });

  it('shows the queue to the secretariat and approves into a membership', async () => {
    const { user, request } = await pendingRequest();
    const { pending } = await listJoinRequests(await fixture.networkId('konstgras'));
    expect(pending.find((r) => r.id === request.id)).toMatchObject({ person: { name: user.name, email: user.email }, organization: 'Uppsala kommun', competence: 'PROCURER' });

    const result = await decideJoinRequest(IDLE, fixture.form({ requestId: request.id, decision: 'approve' }));
    expect(result).toMatchObject({ status: 'success', message: t.joining.approved(user.name, 'Konstgräs') });
    expect(await prisma().joinRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'APPROVED', decidedById: await fixture.userId('secretariat@trappan.test') });
    expect(await prisma().membership.findFirst({ where: { userId: user.id, status: 'ACTIVE' } })).toMatchObject({ role: 'MEMBER', competence: 'PROCURER' });
    expect(await decideJoinRequest(IDLE, fixture.form({ requestId: request.id, decision: 'decline', reason: 'För sent.' }))).toMatchObject({
      status: 'error',
      message: t.refused.alreadyDecided,
    });
  });

  it('needs a reason to decline, keeps it, and shows it to the person', async () => {
    const { user, request } = await pendingRequest();
    const withoutReason = await decideJoinRequest(IDLE, fixture.form({ requestId: request.id, decision: 'decline', reason: ' ' }));
    expect(withoutReason).toMatchObject({ status: 'error', fieldErrors: { reason: t.joining.reasonRequired }, values: { requestId: request.id } });
    expect((await prisma().joinRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('PENDING');

    const declined = await decideJoinRequest(IDLE, fixture.form({ requestId: request.id, decision: 'decline', reason: 'Nätverket tar in nya medlemmar i januari.' }));
    expect(declined).toMatchObject({ status: 'success', message: t.joining.declined(user.name) });
    expect(await listMyJoinRequests(user.id)).toEqual([
      expect.objectContaining({ status: 'DECLINED', decisionReason: 'Nätverket tar in nya medlemmar i januari.' }),
    ]);
    expect(await prisma().membership.count({ where: { userId: user.id } })).toBe(0);
    actAs(user.id);
    expect((await getJoinContext('konstgras', (await getCurrentUser())!))?.standing).toMatchObject({
      kind: 'canAsk',
      lastDeclined: { reason: 'Nätverket tar in nya medlemmar i januari.' },
    });
  });

  it('checks eligibility again when approving: a person who moved to a supplier is refused', async () => {
    const { user, request } = await pendingRequest();
    const company = await prisma().organization.findUniqueOrThrow({ where: { slug: 'demo-grasytor' } });
    await prisma().user.update({ where: { id: user.id }, data: { organizationId: company.id } });
    const result = await decideJoinRequest(IDLE, fixture.form({ requestId: request.id, decision: 'approve' }));
    expect(result).toMatchObject({ status: 'error', message: t.refused.supplier });
    expect((await prisma().joinRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('PENDING');
    expect(await prisma().membership.count({ where: { userId: user.id } })).toBe(0);

    await prisma().user.update({ where: { id: user.id }, data: { organizationId: null, affiliation: 'NONE' } });
    expect((await decideJoinRequest(IDLE, fixture.form({ requestId: request.id, decision: 'approve' }))).message).toBe(t.refused.personNoOrganization);
    await prisma().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await decideJoinRequest(IDLE, fixture.form({ requestId: request.id, decision: 'approve' }))).message).toBe(t.refused.personAccountClosed);
  });

  it('refuses a coordinator of another network', async () => {
    const { request } = await pendingRequest();
    await signInAs('vatten@trappan.test');
    expect(await decideJoinRequest(IDLE, fixture.form({ requestId: request.id, decision: 'approve' }))).toMatchObject({
      status: 'error',
      message: t.refused.notCoordinator,
    });
  });
});

describe('invitations', () => {
  async function invite(email: string, role = 'MEMBER', slug = 'konstgras') {
    await signInAs('secretariat@trappan.test');
    const result = await createInvitation(IDLE, fixture.form({ networkId: await fixture.networkId(slug), email, role }));
    expect(result, JSON.stringify(result)).toMatchObject({ status: 'success' });
    return tokenOf(result.detail);
  }

  it('stores only a hash of the token, and the link works once', async () => {
    const user = await signInAsNewPerson();
    const token = await invite(user.email.toUpperCase(), 'OBSERVER');
    const stored = await prisma().invitation.findFirstOrThrow({ where: { email: user.email } });
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(14 * 24 * 60 * 60 * 1000, -4);

    actAs(user.id);
    const accepted = await acceptInvitation(IDLE, fixture.form({ token, competence: 'ECONOMIST' }));
    expect(accepted).toMatchObject({ status: 'success', message: t.joining.accepted('Konstgräs') });
    expect(await prisma().membership.findFirst({ where: { userId: user.id, status: 'ACTIVE' } })).toMatchObject({ role: 'OBSERVER', competence: 'ECONOMIST' });
    expect(await prisma().invitation.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ acceptedById: user.id });

    // Leaving and using the link again does not work: it was used.
    await prisma().membership.updateMany({ where: { userId: user.id }, data: { status: 'LEFT', leftAt: new Date() } });
    expect(await acceptInvitation(IDLE, fixture.form({ token, competence: 'ECONOMIST' }))).toMatchObject({
      status: 'error',
      message: t.refused.invitationInvalid,
    });
  });

  it('lets two clicks at once make one membership', async () => {
    const user = await signInAsNewPerson();
    const token = await invite(user.email);
    actAs(user.id);
    const results = await Promise.all([1, 2, 3].map(() => acceptInvitation(IDLE, fixture.form({ token, competence: 'IT' }))));
    expect(results.filter((r) => r.status === 'success')).toHaveLength(1);
    expect(await prisma().membership.count({ where: { userId: user.id, status: 'ACTIVE' } })).toBe(1);
  });

  it('refuses an expired, a withdrawn, a replaced or an unknown link', async () => {
    const user = await signInAsNewPerson();
    const expired = await invite(user.email);
    await prisma().invitation.update({ where: { tokenHash: hashInvitationToken(expired) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await invite(user.email);
    const revokedRow = await prisma().invitation.findUniqueOrThrow({ where: { tokenHash: hashInvitationToken(revoked) } });
    expect(await revokeInvitation(IDLE, fixture.form({ invitationId: revokedRow.id }))).toMatchObject({ status: 'success', message: t.joining.revoked(user.email) });
    expect(await revokeInvitation(IDLE, fixture.form({ invitationId: revokedRow.id }))).toMatchObject({ status: 'error', message: t.refused.invitationInvalid });
    const replaced = await invite(user.email);
    await invite(user.email);

    actAs(user.id);
    for (const token of [expired, revoked, replaced]) {
      expect(await acceptInvitation(IDLE, fixture.form({ token, competence: 'IT' }))).toMatchObject({
        status: 'error',
        message: t.refused.invitationInvalid,
      });
    }
    expect(await acceptInvitation(IDLE, fixture.form({ token: 'not-a-real-token', competence: 'IT' }))).toMatchObject({
      status: 'error',
      message: t.refused.notFound,
    });
    expect(await prisma().membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses a link used by someone signed in with another email', async () => {
    const invited = await signInAsNewPerson();
    const token = await invite(invited.email);
    await signInAs('umea@trappan.test');
    await prisma().membership.updateMany({ where: { user: { email: 'umea@trappan.test' } }, data: { status: 'LEFT' } });
    expect(await acceptInvitation(IDLE, fixture.form({ token, competence: 'IT' }))).toMatchObject({
      status: 'error',
      message: t.refused.invitationOtherEmail,
    });
    expect(await prisma().invitation.findUniqueOrThrow({ where: { tokenHash: hashInvitationToken(token) } })).toMatchObject({ acceptedAt: null });
  });

  it('refuses a supplier invited as a member, when inviting and when accepting', async () => {
    await signInAs('secretariat@trappan.test');
    const networkId = await fixture.networkId('konstgras');
    expect(await createInvitation(IDLE, fixture.form({ networkId, email: 'supplier@trappan.test', role: 'MEMBER' }))).toMatchObject({
      status: 'error',
      message: t.refused.supplier,
    });
    expect(await prisma().invitation.count({ where: { email: 'supplier@trappan.test' } })).toBe(0);

    // An invitation made before the person's account was linked to a company.
    const supplier = await signInAsNewPerson();
    const token = await invite(supplier.email);
    const company = await prisma().organization.findUniqueOrThrow({ where: { slug: 'demo-grasytor' } });
    await prisma().user.update({ where: { id: supplier.id }, data: { organizationId: company.id } });
    actAs(supplier.id);
    expect(await acceptInvitation(IDLE, fixture.form({ token, competence: 'OTHER' }))).toMatchObject({ status: 'error', message: t.refused.supplier });
    expect(await prisma().membership.count({ where: { userId: supplier.id } })).toBe(0);
  });

  it('validates the form and refuses inviting an active member', async () => {
    await signInAs('secretariat@trappan.test');
    const networkId = await fixture.networkId('konstgras');
    expect(await createInvitation(IDLE, fixture.form({ networkId, email: 'inte-en-adress', role: 'CHAIR' }))).toMatchObject({
      status: 'error',
      fieldErrors: { email: t.joining.emailInvalid, role: t.joining.roleRequired },
      values: { email: 'inte-en-adress', role: 'CHAIR' },
    });
    expect(await createInvitation(IDLE, fixture.form({ networkId, email: 'buyer@trappan.test', role: 'STEERING' }))).toMatchObject({
      status: 'error',
      message: t.refused.personAlreadyMember,
    });
  });

  it('mails the link to the address with the invitation, in the person’s language or in both when Trappan does not know them', async () => {
    const user = await signInAsNewPerson();
    await prisma().user.update({ where: { id: user.id }, data: { locale: 'en' } });
    const token = await invite(user.email, 'OBSERVER');
    const known = await prisma().notification.findFirstOrThrow({ where: { email: user.email, kind: 'invitation.sent' } });
    expect(known).toMatchObject({ userId: user.id, subject: 'Invitation to Konstgräs in Trappan', status: 'PENDING' });
    expect(known.body).toContain(`/en/invitations/${token}`);
    expect(known.body).toContain('as observer');

    const stranger = `ny.person.${counter}@uppsala.se`;
    const strangersToken = await invite(stranger);
    const unknown = await prisma().notification.findFirstOrThrow({ where: { email: stranger, kind: 'invitation.sent' } });
    expect(unknown).toMatchObject({ userId: null, subject: 'Inbjudan till Konstgräs i Trappan / Invitation to Konstgräs in Trappan' });
    expect(unknown.body).toContain(`/sv/invitations/${strangersToken}`);
    expect(unknown.body).toContain(`/en/invitations/${strangersToken}`);
    expect(unknown.body).toContain('som medlem');
  });

  it('writes no mail when the invitation is refused', async () => {
    await signInAs('secretariat@trappan.test');
    const before = await prisma().notification.count({ where: { kind: 'invitation.sent' } });
    const result = await createInvitation(IDLE, fixture.form({ networkId: await fixture.networkId('konstgras'), email: 'buyer@trappan.test', role: 'MEMBER' }));
    expect(result).toMatchObject({ status: 'error', message: t.refused.personAlreadyMember });
    expect(await prisma().notification.count({ where: { kind: 'invitation.sent' } })).toBe(before);
  });

  it('closes a pending request when the person joins by invitation', async () => {
    const user = await signInAsNewPerson();
    await requestToJoin(IDLE, joinForm(await fixture.networkId('konstgras')));
    const token = await invite(user.email);
    actAs(user.id);
    expect(await acceptInvitation(IDLE, fixture.form({ token, competence: 'IT' }))).toMatchObject({ status: 'success' });
    expect(await prisma().joinRequest.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ status: 'APPROVED' });
  });
});

describe('the unique-index backstop', () => {
  it('returns null for a duplicate pending request and leaves the transaction usable', async () => {
    const user = await signInAsNewPerson();
    const networkId = await fixture.networkId('konstgras');
    const data = { userId: user.id, networkId, motivation: 'x', competence: 'IT' as const };
    await prisma().joinRequest.create({ data });
    const outcome = await prisma().$transaction(async (tx) => {
      const duplicate = await createUnlessDuplicate(tx, () => tx.joinRequest.create({ data }));
      return { duplicate, count: await tx.joinRequest.count({ where: { userId: user.id } }) };
    });
    expect(outcome).toEqual({ duplicate: null, count: 1 });
  });
});
