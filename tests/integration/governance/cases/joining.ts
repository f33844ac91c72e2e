// Joining: asking to join, withdrawing, the secretariat's decisions and invitations.
import {
  acceptInvitation,
  createInvitation,
  decideJoinRequest,
  requestToJoin,
  revokeInvitation,
  withdrawJoinRequest,
} from '@/modules/governance/actions/joining-actions';
import { newInvitationToken } from '@/modules/governance/invitation-token';

import { MANAGERS_ONLY, ROLE_EMAIL, type ActionCase, type Expected, type Fixture, type Role } from '../roles';

const OTHER_NETWORK = 'avancerad-rening-av-avloppsvatten';

/**
 * Only someone of a contracting authority or an association not yet in Konstgräs may ask to
 * join it: suppliers and agency staff are told why not, members already are, and the platform
 * admin has no organisation.
 */
const NON_MEMBERS_WHO_MAY_JOIN: Record<Role, Expected> = {
  anonymous: 'deny',
  supplier: 'deny',
  buyerNonMember: 'allow',
  member: 'deny',
  observer: 'deny',
  // Svenskt Vatten's coordinator, not in Konstgräs: associations may be members (report p. 37).
  otherCoordinator: 'allow',
  coordinator: 'deny',
  agencyStaff: 'deny',
  admin: 'deny',
};

/** The request is buyer2's (Uppsala kommun): only they may withdraw it. */
const REQUESTER_ONLY: Record<Role, Expected> = { ...NON_MEMBERS_WHO_MAY_JOIN, otherCoordinator: 'deny' };

/**
 * Who may accept an invitation to Konstgräs as a member sent to their own address: anyone
 * from a contracting authority or an association not yet in it. Agency staff may not ask to join, but may be
 * invited (Upphandlingsmyndigheten is a state agency).
 */
const INVITED_ELIGIBLE: Record<Role, Expected> = { ...NON_MEMBERS_WHO_MAY_JOIN, agencyStaff: 'allow' };

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Date.now()}`;

/** A new person from Uppsala kommun with a pending request to join the network. */
async function newApplicant(fixture: Fixture, networkSlug: string): Promise<{ userId: string; requestId: string }> {
  const prisma = fixture.database.prisma;
  const organization = await prisma.organization.findUniqueOrThrow({ where: { slug: 'uppsala-kommun' }, select: { id: true } });
  const user = await prisma.user.create({
    data: { email: `${unique('applicant')}@trappan.test`, name: 'Sökande Person', organizationId: organization.id, affiliation: 'CONFIRMED', emailVerifiedAt: new Date() },
  });
  const request = await prisma.joinRequest.create({
    data: {
      userId: user.id,
      networkId: await fixture.networkId(networkSlug),
      organizationId: organization.id,
      motivation: 'Vi bygger nya planer.',
      competence: 'PROCURER',
    },
  });
  return { userId: user.id, requestId: request.id };
}

/** buyer2's pending request to join the network, made now unless there is one. */
async function buyer2Request(fixture: Fixture, networkSlug: string): Promise<string> {
  const prisma = fixture.database.prisma;
  const userId = await fixture.userId(ROLE_EMAIL.buyerNonMember!);
  const networkId = await fixture.networkId(networkSlug);
  const pending = await prisma.joinRequest.findFirst({ where: { userId, networkId, status: 'PENDING' } });
  if (pending) return pending.id;
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const request = await prisma.joinRequest.create({
    data: { userId, networkId, organizationId: user.organizationId, motivation: 'Uppsala planerar nya planer.', competence: 'PROCURER' },
  });
  return request.id;
}

async function newInvitation(fixture: Fixture, options: { networkSlug: string; email: string; role?: 'MEMBER' | 'OBSERVER' }) {
  const { token, tokenHash } = newInvitationToken();
  const invitation = await fixture.database.prisma.invitation.create({
    data: {
      networkId: await fixture.networkId(options.networkSlug),
      email: options.email,
      role: options.role ?? 'MEMBER',
      tokenHash,
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
      invitedById: await fixture.userId(ROLE_EMAIL.coordinator!),
    },
  });
  return { id: invitation.id, token };
}

const requestStatus = async (fixture: Fixture, id: string) =>
  (await fixture.database.prisma.joinRequest.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

const isActiveMember = async (fixture: Fixture, userId: string, networkSlug: string) =>
  Boolean(await fixture.database.prisma.membership.findFirst({ where: { userId, networkId: await fixture.networkId(networkSlug), status: 'ACTIVE' } }));

const decide = (decision: 'approve' | 'decline') => async (fixture: Fixture, networkSlug: string) => {
  const { userId, requestId } = await newApplicant(fixture, networkSlug);
  return {
    form: fixture.form({ requestId, decision, reason: decision === 'decline' ? 'Nätverket är fullt just nu.' : '' }),
    applied: async () => {
      const status = await requestStatus(fixture, requestId);
      return decision === 'approve' ? status === 'APPROVED' && (await isActiveMember(fixture, userId, networkSlug)) : status === 'DECLINED';
    },
  };
};

export const cases: ActionCase[] = [
  {
    name: 'ask to join',
    run: requestToJoin,
    expected: NON_MEMBERS_WHO_MAY_JOIN,
    prepare: async (fixture, role) => {
      const prisma = fixture.database.prisma;
      const networkId = await fixture.networkId('konstgras');
      const email = ROLE_EMAIL[role];
      const userId = email ? await fixture.userId(email) : null;
      // A fresh start for every attempt: an earlier attempt's request would make this one a duplicate.
      if (userId) await prisma.joinRequest.updateMany({ where: { userId, networkId, status: 'PENDING' }, data: { status: 'WITHDRAWN' } });
      return {
        form: fixture.form({ networkId, motivation: 'Vi vill ställa gemensamma miljökrav.', competence: 'PROCURER' }),
        applied: async () => Boolean(userId && (await prisma.joinRequest.findFirst({ where: { userId, networkId, status: 'PENDING' } }))),
      };
    },
  },
  {
    name: "withdraw one's join request",
    whenEnded: 'open',
    run: withdrawJoinRequest,
    expected: REQUESTER_ONLY,
    prepare: async (fixture) => {
      const requestId = await buyer2Request(fixture, 'konstgras');
      return { form: fixture.form({ requestId }), applied: async () => (await requestStatus(fixture, requestId)) === 'WITHDRAWN' };
    },
    forged: async (fixture) => {
      const requestId = await buyer2Request(fixture, OTHER_NETWORK);
      return { form: fixture.form({ requestId }), applied: async () => (await requestStatus(fixture, requestId)) === 'WITHDRAWN' };
    },
  },
  {
    name: 'approve a join request',
    run: decideJoinRequest,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => decide('approve')(fixture, 'konstgras'),
    forged: (fixture) => decide('approve')(fixture, OTHER_NETWORK),
  },
  {
    name: 'decline a join request',
    run: decideJoinRequest,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => decide('decline')(fixture, 'konstgras'),
    forged: (fixture) => decide('decline')(fixture, OTHER_NETWORK),
  },
  {
    name: 'invite a person',
    run: createInvitation,
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const email = `${unique('invitee')}@example.se`;
      const networkId = await fixture.networkId('konstgras');
      return {
        form: fixture.form({ networkId, email, role: 'MEMBER' }),
        applied: async () => (await fixture.database.prisma.invitation.count({ where: { email, networkId } })) === 1,
      };
    },
    forged: async (fixture) => {
      const email = `${unique('invitee')}@example.se`;
      return {
        form: fixture.form({ networkId: await fixture.networkId(OTHER_NETWORK), email, role: 'MEMBER' }),
        applied: async () => (await fixture.database.prisma.invitation.count({ where: { email } })) > 0,
      };
    },
  },
  {
    name: 'withdraw an invitation',
    run: revokeInvitation,
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const { id } = await newInvitation(fixture, { networkSlug: 'konstgras', email: `${unique('invitee')}@example.se` });
      return {
        form: fixture.form({ invitationId: id }),
        applied: async () => Boolean((await fixture.database.prisma.invitation.findUniqueOrThrow({ where: { id } })).revokedAt),
      };
    },
    forged: async (fixture) => {
      const { id } = await newInvitation(fixture, { networkSlug: OTHER_NETWORK, email: `${unique('invitee')}@example.se` });
      return {
        form: fixture.form({ invitationId: id }),
        applied: async () => Boolean((await fixture.database.prisma.invitation.findUniqueOrThrow({ where: { id } })).revokedAt),
      };
    },
  },
  {
    name: 'accept an invitation sent to oneself',
    run: acceptInvitation,
    expected: INVITED_ELIGIBLE,
    prepare: async (fixture, role) => {
      const email = ROLE_EMAIL[role] ?? `${unique('nobody')}@example.se`;
      const { id, token } = await newInvitation(fixture, { networkSlug: 'konstgras', email });
      return {
        form: fixture.form({ token, competence: 'PROCURER' }),
        applied: async () => Boolean((await fixture.database.prisma.invitation.findUniqueOrThrow({ where: { id } })).acceptedAt),
      };
    },
    // Someone else's invitation to another network: the link does not work for the coordinator.
    forged: async (fixture) => {
      const { id, token } = await newInvitation(fixture, { networkSlug: OTHER_NETWORK, email: ROLE_EMAIL.buyerNonMember! });
      return {
        form: fixture.form({ token, competence: 'PROCURER' }),
        applied: async () => Boolean((await fixture.database.prisma.invitation.findUniqueOrThrow({ where: { id } })).acceptedAt),
      };
    },
  },
];
