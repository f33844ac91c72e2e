'use server';

// Joining a network: asking to join (open networks admit at once, by-approval networks queue
// the request for the coordinators), withdrawing a request, the coordinators' decision, and
// invitations (create, revoke, accept). Every action runs through runNetworkAction, which
// finds the network from the record in the database and locks it, so decisions about one
// network happen one at a time.
import { z } from 'zod';

import type { Competence, OrganizationKind } from '@/generated/prisma/enums';
import { MembershipRole } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { fill } from '@/i18n/template';
import { Refusal, runNetworkAction, type FormState, type Located, type Tx } from '@/server/actions/network-action';
import { optionalText, requiredText } from '@/server/input-rules';
import { enqueuePersonalMails } from '@/server/mail/person-mail';
import { can, type Decision } from '@/server/policy';

import { createUnlessDuplicate } from '../create-unless-duplicate';
import { enqueueInvitationMail } from '../invitation-mail';
import { countActiveCoordinators } from '../membership-changes';
import { hashInvitationToken, invitationPath, newInvitationToken } from '../invitation-token';
import {
  DECISION_REASON_MAX,
  invitationExpiry,
  invitationStatus,
  MOTIVATION_MAX,
  whyCannotAskToJoin,
  whyPersonCannotHold,
} from '../joining-rules';
import { COMPETENCES, type Person } from '../rules';

const ANYONE_SIGNED_IN: Decision = { allowed: true };

const personOf = (user: { organization: { id: string; kind: OrganizationKind } | null }): Person => ({
  organizationId: user.organization?.id ?? null,
  organizationKind: user.organization?.kind ?? null,
});

// Hidden fields the page fills in; a missing one means a stale or hand-made form.
const recordId = (t: Messages) => z.string({ error: t.joining.reloadPage }).trim().min(1, t.joining.reloadPage).max(100, t.joining.reloadPage);
const competenceField = (t: Messages) => z.enum(COMPETENCES as readonly Competence[], { error: t.joining.competenceRequired });

async function findPendingRequest(tx: Tx, userId: string, networkId: string) {
  return tx.joinRequest.findFirst({ where: { userId, networkId, status: 'PENDING' }, select: { id: true } });
}

/**
 * A person who becomes a member by invitation no longer needs their pending request; it is
 * closed as approved by the coordinator who invited them.
 */
async function closePendingRequest(tx: Tx, userId: string, networkId: string, decidedById: string, now: Date): Promise<string | null> {
  const pending = await findPendingRequest(tx, userId, networkId);
  if (!pending) return null;
  await tx.joinRequest.update({ where: { id: pending.id }, data: { status: 'APPROVED', decidedById, decidedAt: now } });
  return pending.id;
}

export async function requestToJoin(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'network.join',
    schema: (t: Messages) =>
      z.object({
        networkId: recordId(t),
        motivation: requiredText(t, t.joining.motivationName, MOTIVATION_MAX),
        competence: competenceField(t),
      }),
    locate: async (tx, input): Promise<Located | null> => {
      const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true, membershipPolicy: true } });
      // An open network admits at once: the record is then a membership, not a request.
      return network && { networkId: network.id, entityType: network.membershipPolicy === 'OPEN' ? 'Membership' : 'JoinRequest', entityId: null };
    },
    // Anyone signed in may ask; whether they may join is the rules' answer, below.
    authorize: () => ANYONE_SIGNED_IN,
    perform: async ({ tx, input, user, actor, network, t }) => {
      if (actor.membership) throw new Refusal('alreadyMember');
      const blocker = whyCannotAskToJoin({ ...personOf(user), platformRole: user.platformRole }, network);
      if (blocker) throw new Refusal(blocker);
      const organizationId = user.organization!.id; // eligible implies an organisation

      if (network.membershipPolicy === 'OPEN') {
        const membership = await tx.membership.create({
          data: { userId: user.id, networkId: network.id, organizationId, role: 'MEMBER', competence: input.competence },
          select: { id: true },
        });
        return {
          message: t.joining.joined(network.name),
          entityId: membership.id,
          audit: { after: { status: 'ACTIVE', role: 'MEMBER', competence: input.competence } },
        };
      }

      const alreadyPending = (id: string) => ({
        message: t.joining.alreadyPending(network.name),
        entityId: id,
        audit: { after: { duplicateOf: id } },
      });
      const pending = await findPendingRequest(tx, user.id, network.id);
      if (pending) return alreadyPending(pending.id);
      const created = await createUnlessDuplicate(tx, () =>
        tx.joinRequest.create({
          data: { userId: user.id, networkId: network.id, organizationId, motivation: input.motivation, competence: input.competence },
          select: { id: true },
        }),
      );
      if (!created) return alreadyPending((await findPendingRequest(tx, user.id, network.id))!.id);
      const hasCoordinator = (await countActiveCoordinators(tx, network.id)) > 0;
      return {
        message: hasCoordinator ? t.joining.requested(network.name) : t.joining.requestedNoCoordinator(network.name),
        entityId: created.id,
        audit: { after: { status: 'PENDING', competence: input.competence } },
      };
    },
  });
}

const locateJoinRequest = async (tx: Tx, input: { requestId: string }): Promise<Located | null> => {
  const request = await tx.joinRequest.findUnique({ where: { id: input.requestId }, select: { id: true, networkId: true } });
  return request && { networkId: request.networkId, entityType: 'JoinRequest', entityId: request.id };
};

export async function withdrawJoinRequest(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'joinRequest.withdraw',
    // Open in an ended network: a person's own place in it, or moderation.
    closedOpen: true,
    // A person's own place in the network, also in a draft (docs/decisions/0017).
    draftOpen: true,
    schema: (t: Messages) => z.object({ requestId: recordId(t) }),
    locate: locateJoinRequest,
    // Only the person who asked; checked against the record below.
    authorize: () => ANYONE_SIGNED_IN,
    perform: async ({ tx, input, user, network, now, t }) => {
      const request = await tx.joinRequest.findUniqueOrThrow({ where: { id: input.requestId }, select: { userId: true, status: true } });
      // Someone else's request is treated as not existing, so ids reveal nothing.
      if (request.userId !== user.id) throw new Refusal('notFound');
      if (request.status !== 'PENDING') throw new Refusal('alreadyDecided');
      await tx.joinRequest.update({ where: { id: input.requestId }, data: { status: 'WITHDRAWN', decidedAt: now } });
      return { message: t.joining.withdrawn(network.name), audit: { before: { status: 'PENDING' }, after: { status: 'WITHDRAWN' } } };
    },
  });
}

export async function decideJoinRequest(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'joinRequest.decide',
    schema: (t: Messages) =>
      z
        .object({
          requestId: recordId(t),
          decision: z.enum(['approve', 'decline'], { error: t.joining.reloadPage }),
          // Required only to decline, so optional here and checked below.
          reason: optionalText(t, DECISION_REASON_MAX).transform((value) => value || null),
        })
        .refine((input) => input.decision === 'approve' || input.reason !== null, { path: ['reason'], message: t.joining.reasonRequired }),
    locate: locateJoinRequest,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, network, now, t }) => {
      const request = await tx.joinRequest.findUniqueOrThrow({
        where: { id: input.requestId },
        select: {
          id: true,
          status: true,
          userId: true,
          competence: true,
          user: { select: { id: true, name: true, email: true, locale: true, disabledAt: true, organization: { select: { id: true, kind: true } } } },
        },
      });
      if (request.status !== 'PENDING') throw new Refusal('alreadyDecided');
      const decided = { decidedById: user.id, decidedAt: now, decisionReason: input.reason };
      // The applicant learns the decision by mail, written with it (their choices permitting).
      const tellApplicant = (approved: boolean) =>
        enqueuePersonalMails(tx, {
          kind: 'joinRequest.decided',
          networkId: network.id,
          recipients: request.user.disabledAt ? [] : [request.user],
          compose: (m, locale, origin, person) => {
            const mail = m.joining.decisionMail;
            const values = { name: person.name, network: network.name, url: `${origin}/${locale}/networks/${encodeURIComponent(network.slug)}`, reason: input.reason ?? '' };
            return approved
              ? { subject: fill(mail.approvedSubject, values), body: fill(mail.approvedBody, values) }
              : { subject: fill(mail.declinedSubject, values), body: fill(mail.declinedBody, values) };
          },
        });

      if (input.decision === 'decline') {
        await tx.joinRequest.update({ where: { id: request.id }, data: { status: 'DECLINED', ...decided } });
        await tellApplicant(false);
        return {
          message: t.joining.declined(request.user.name),
          audit: { before: { status: 'PENDING' }, after: { status: 'DECLINED', reason: input.reason } },
        };
      }

      // The request may be weeks old: the person may have changed organisation, been
      // disabled, or joined by invitation since. Check again as of now.
      if (request.user.disabledAt) throw new Refusal('personAccountClosed');
      if (network.status === 'CLOSED') throw new Refusal('networkClosed');
      const active = await tx.membership.findFirst({ where: { userId: request.userId, networkId: network.id, status: 'ACTIVE' }, select: { id: true } });
      if (active) throw new Refusal('personAlreadyMember');
      const person = personOf(request.user);
      const ineligible = whyPersonCannotHold('MEMBER', person, network);
      if (ineligible) throw new Refusal(ineligible);

      const membership = await tx.membership.create({
        data: { userId: request.userId, networkId: network.id, organizationId: person.organizationId, role: 'MEMBER', competence: request.competence },
        select: { id: true },
      });
      await tx.joinRequest.update({ where: { id: request.id }, data: { status: 'APPROVED', ...decided } });
      await tellApplicant(true);
      return {
        message: t.joining.approved(request.user.name, network.name),
        audit: { before: { status: 'PENDING' }, after: { status: 'APPROVED', membershipId: membership.id, reason: input.reason } },
      };
    },
  });
}

const locateNetwork = async (tx: Tx, input: { networkId: string }): Promise<Located | null> => {
  const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
  return network && { networkId: network.id, entityType: 'Invitation', entityId: null };
};

export async function createInvitation(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'invitation.create',
    schema: (t: Messages) =>
      z.object({
        networkId: recordId(t),
        email: z
          .string({ error: t.joining.emailRequired })
          .trim()
          .min(1, t.joining.emailRequired)
          .toLowerCase()
          .pipe(z.email(t.joining.emailInvalid).max(254, t.joining.emailInvalid)),
        role: z.enum(MembershipRole, { error: t.joining.roleRequired }),
      }),
    locate: locateNetwork,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, network, locale, now, t }) => {
      if (network.status === 'CLOSED') throw new Refusal('networkClosed');
      // When the person already has an account, refuse now what acceptance would refuse
      // later (e.g. a supplier invited as a member); acceptance checks again anyway.
      const invitee = await tx.user.findUnique({
        where: { email: input.email },
        select: { id: true, locale: true, organization: { select: { id: true, kind: true } } },
      });
      if (invitee) {
        const active = await tx.membership.findFirst({ where: { userId: invitee.id, networkId: network.id, status: 'ACTIVE' }, select: { id: true } });
        if (active) throw new Refusal('personAlreadyMember');
        const ineligible = whyPersonCannotHold(input.role, personOf(invitee), network);
        if (ineligible) throw new Refusal(ineligible);
      }
      // One working link per person and network: a new invitation replaces unused ones.
      const replaced = await tx.invitation.updateMany({
        where: { networkId: network.id, email: input.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { revokedAt: now },
      });
      const { token, tokenHash } = newInvitationToken();
      const invitation = await tx.invitation.create({
        data: { networkId: network.id, email: input.email, role: input.role, tokenHash, expiresAt: invitationExpiry(now), invitedById: user.id },
        select: { id: true, expiresAt: true },
      });
      await enqueueInvitationMail(tx, {
        email: input.email,
        role: input.role,
        token,
        expiresAt: invitation.expiresAt,
        networkId: network.id,
        networkName: network.name,
        inviterName: user.name,
        invitee: invitee && { id: invitee.id, locale: invitee.locale },
      });
      return {
        message: replaced.count > 0 ? `${t.joining.invitationCreated(input.email)} ${t.joining.invitationReplaced}` : t.joining.invitationCreated(input.email),
        detail: invitationPath(locale, token),
        entityId: invitation.id,
        audit: { after: { email: input.email, role: input.role, expiresAt: invitation.expiresAt.toISOString(), replaced: replaced.count } },
      };
    },
  });
}

const locateInvitation = async (tx: Tx, input: { invitationId: string }): Promise<Located | null> => {
  const invitation = await tx.invitation.findUnique({ where: { id: input.invitationId }, select: { id: true, networkId: true } });
  return invitation && { networkId: invitation.networkId, entityType: 'Invitation', entityId: invitation.id };
};

export async function revokeInvitation(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'invitation.revoke',
    schema: (t: Messages) => z.object({ invitationId: recordId(t) }),
    locate: locateInvitation,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, now, t }) => {
      const invitation = await tx.invitation.findUniqueOrThrow({
        where: { id: input.invitationId },
        select: { email: true, acceptedAt: true, revokedAt: true, expiresAt: true },
      });
      if (invitationStatus(invitation, now) !== 'PENDING') throw new Refusal('invitationInvalid');
      await tx.invitation.update({ where: { id: input.invitationId }, data: { revokedAt: now } });
      return { message: t.joining.revoked(invitation.email), audit: { before: { status: 'PENDING' }, after: { status: 'REVOKED' } } };
    },
  });
}

export async function acceptInvitation(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'invitation.accept',
    // A person's own place in the network, also in a draft (docs/decisions/0017).
    draftOpen: true,
    schema: (t: Messages) =>
      z.object({
        token: z.string({ error: t.joining.reloadPage }).trim().min(1, t.joining.reloadPage).max(200, t.joining.reloadPage),
        competence: competenceField(t),
      }),
    locate: async (tx, input) => {
      const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(input.token) }, select: { id: true, networkId: true } });
      return invitation && { networkId: invitation.networkId, entityType: 'Invitation', entityId: invitation.id };
    },
    // The link is the permission; who may use it is checked against the invitation below.
    authorize: () => ANYONE_SIGNED_IN,
    perform: async ({ tx, input, user, actor, network, now, t }) => {
      // Read after the network's lock: of two clicks at once, the second sees the first's use.
      const invitation = await tx.invitation.findUniqueOrThrow({
        where: { tokenHash: hashInvitationToken(input.token) },
        select: { id: true, email: true, role: true, invitedById: true, acceptedAt: true, revokedAt: true, expiresAt: true },
      });
      if (invitationStatus(invitation, now) !== 'PENDING') throw new Refusal('invitationInvalid');
      if (invitation.email !== user.email.toLowerCase()) throw new Refusal('invitationOtherEmail');
      if (actor.membership) throw new Refusal('alreadyMember');
      if (network.status === 'CLOSED') throw new Refusal('networkClosed');
      const person = personOf(user);
      const ineligible = whyPersonCannotHold(invitation.role, person, network);
      // Addressed to the person themself here: "your account has no organisation".
      if (ineligible) throw new Refusal(ineligible === 'personNoOrganization' ? 'noOrganization' : ineligible);

      const membership = await tx.membership.create({
        data: { userId: user.id, networkId: network.id, organizationId: person.organizationId, role: invitation.role, competence: input.competence },
        select: { id: true },
      });
      await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: now, acceptedById: user.id } });
      const closedRequest = await closePendingRequest(tx, user.id, network.id, invitation.invitedById, now);
      return {
        message: t.joining.accepted(network.name),
        audit: { before: { status: 'PENDING' }, after: { status: 'ACCEPTED', membershipId: membership.id, role: invitation.role, closedRequest } },
      };
    },
  });
}
