'use server';

// The need register's actions: members propose needs and stand behind them for their
// organisation; coordinators curate them (edit, move the status with a reason, merge
// duplicates). Each runs through runNetworkAction: a need's network comes from the need's
// record, never from the form, and a proposal's from the network's own row. Every status move
// is a NeedTransition row with who, when and why, so the history is never an edit.
import { isContractingAuthority } from '@/modules/accounts/client';
import { donePath, goToCreated } from '@/server/actions/after-success';
import { runNetworkAction, Refusal, type FormState, type Tx } from '@/server/actions/network-action';
import { can, type Actor } from '@/server/policy';

import { locateNeed } from '../locate-need';
import { needPath } from '../need-paths';
import { areasOpenTo, memberOrganizationsOf } from '../need-queries';
import { answerSharingSchema, mergeNeedSchema, proposeNeedSchema, shareNeedSchema, transitionNeedSchema, updateNeedSchema } from '../need-form';
import { isOpen, manualTransitions, mayBePublic } from '../need-status';

/**
 * The organisations that can share a need: contracting authorities with an active membership
 * of the network (a need is shared by those who would buy the solution, not by the arranger).
 */
async function memberOrganizationIds(tx: Tx, networkId: string): Promise<Set<string>> {
  const organizations = await tx.organization.findMany({
    where: memberOrganizationsOf(networkId),
    select: { id: true },
  });
  return new Set(organizations.map((o) => o.id));
}

/** Refuses organisations that are not members of the network (only a forged form names one). */
async function checkMemberOrganizations(tx: Tx, networkId: string, organizationIds: readonly string[]) {
  const members = await memberOrganizationIds(tx, networkId);
  if (organizationIds.some((id) => !members.has(id))) throw new Refusal('organizationNotMember');
  return members;
}

async function checkArea(tx: Tx, areaId: string, networkId: string) {
  const area = await tx.thematicArea.findFirst({ where: { id: areaId, ...areasOpenTo(networkId) }, select: { id: true } });
  if (!area) throw new Refusal('notFound');
}

/** The organisation the actor's membership names: the one "we" stands for. */
async function actorOrganization(tx: Tx, actor: Actor) {
  if (!actor.membership) return null;
  const membership = await tx.membership.findUnique({ where: { id: actor.membership.id }, select: { organization: { select: { id: true, name: true, kind: true } } } });
  return membership?.organization ?? null;
}

export async function proposeNeed(_previous: FormState, formData: FormData): Promise<FormState> {
  return goToCreated(await runNetworkAction(formData, {
    action: 'need.propose',
    oncePerSubmission: true,
    schema: proposeNeedSchema,
    locate: async (tx, input) => {
      const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
      return network && { networkId: network.id, entityType: 'Need', entityId: null };
    },
    authorize: (actor) => can(actor, 'participate'),
    perform: async ({ tx, input, actor, user, network, locale, now, t }) => {
      await checkArea(tx, input.areaId, network.id);
      await checkMemberOrganizations(tx, network.id, input.organizationIds);
      // The proposer's own organisation always shares the need it proposes; the others ticked
      // are invited, and named as sharing once someone of them confirms.
      const own = await actorOrganization(tx, actor);
      const ownShares = own !== null && isContractingAuthority(own.kind);
      const organizationIds = [...new Set([...(ownShares ? [own.id] : []), ...input.organizationIds])];
      const statusOf = (organizationId: string) => (ownShares && organizationId === own.id ? 'CONFIRMED' : 'INVITED');
      const need = await tx.need.create({
        data: {
          networkId: network.id,
          title: input.title,
          problem: input.problem,
          affected: input.affected,
          currentPractice: input.currentPractice,
          desiredEffect: input.desiredEffect,
          areaId: input.areaId,
          proposedById: user.id,
          ownerId: user.id,
          organizations: {
            create: organizationIds.map((organizationId) => ({ organizationId, status: statusOf(organizationId), answeredAt: statusOf(organizationId) === 'CONFIRMED' ? now : null })),
          },
          transitions: { create: { fromStatus: null, toStatus: 'PROPOSED', reason: t.needs.proposedReason, actorId: user.id } },
        },
        select: { id: true },
      });
      return {
        message: t.needs.done.proposed(input.title),
        // The browser goes to the new need, which confirms the proposal.
        detail: donePath(needPath(locale, network.slug, need.id), 'proposed'),
        entityId: need.id,
        audit: { after: { title: input.title, status: 'PROPOSED', areaId: input.areaId, organizationIds, invitedOrganizationIds: organizationIds.filter((id) => statusOf(id) === 'INVITED') } },
      };
    },
  }));
}

export async function updateNeed(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'need.update',
    schema: updateNeedSchema,
    locate: (tx, input) => locateNeed(tx, input.needId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, actor, network, now, t }) => {
      const before = await tx.need.findUniqueOrThrow({
        where: { id: input.needId },
        select: {
          title: true,
          areaId: true,
          ownerId: true,
          isPublic: true,
          status: true,
          leadOrganizationId: true,
          organizations: { select: { organizationId: true, status: true } },
          commitments: { select: { organizationId: true } },
        },
      });
      if (before.status === 'ARCHIVED') throw new Refusal('needArchived');
      await checkArea(tx, input.areaId, network.id);
      const members = await checkMemberOrganizations(tx, network.id, input.organizationIds);
      // A new owner is an active member; the current one may stay even after leaving.
      if (input.ownerId && input.ownerId !== before.ownerId) {
        const owner = await tx.membership.findFirst({ where: { userId: input.ownerId, networkId: network.id, status: 'ACTIVE', user: { disabledAt: null } }, select: { id: true } });
        if (!owner) throw new Refusal('notActiveMember');
      }
      const current = before.organizations.map((o) => o.organizationId);
      const statusBefore = new Map(before.organizations.map((o) => [o.organizationId, o.status]));
      // Unticking never removes what others built on: an organisation that stated a cost or a
      // commitment, or leads the buyer group, stays; so does one that has since left the
      // network (the form cannot show it, and its part in the need is history), and one that
      // declined (its answer stands: the coordinator cannot invite it again and again).
      const kept = new Set([
        ...input.organizationIds,
        ...current.filter((id) => !members.has(id) || statusBefore.get(id) === 'DECLINED'),
        ...before.commitments.map((c) => c.organizationId),
        ...(before.leadOrganizationId ? [before.leadOrganizationId] : []),
      ]);
      const removed = current.filter((id) => !kept.has(id));
      const added = [...kept].filter((id) => !current.includes(id));
      // A coordinator's tick invites; only their own organisation shares at once.
      const own = await actorOrganization(tx, actor);
      const confirmedAfter = [...kept].filter((id) => statusBefore.get(id) === 'CONFIRMED' || (!statusBefore.has(id) && id === own?.id));
      // A public need names the organisations behind it: its open-data release needs a party
      // that has confirmed it shares the need.
      if (input.isPublic && !mayBePublic(confirmedAfter.length)) throw new Refusal('publicNeedWithoutOrganization');
      if (removed.length > 0) await tx.needOrganization.deleteMany({ where: { needId: input.needId, organizationId: { in: removed } } });
      if (added.length > 0) {
        await tx.needOrganization.createMany({
          data: added.map((organizationId) =>
            organizationId === own?.id ? { needId: input.needId, organizationId, status: 'CONFIRMED' as const, answeredAt: now } : { needId: input.needId, organizationId },
          ),
        });
      }
      await tx.need.update({
        where: { id: input.needId },
        data: {
          title: input.title,
          problem: input.problem,
          affected: input.affected,
          currentPractice: input.currentPractice,
          desiredEffect: input.desiredEffect,
          areaId: input.areaId,
          ownerId: input.ownerId,
          isPublic: input.isPublic,
        },
      });
      return {
        message: t.needs.done.updated,
        audit: {
          before: { title: before.title, areaId: before.areaId, ownerId: before.ownerId, isPublic: before.isPublic, organizationIds: current },
          after: {
            title: input.title,
            areaId: input.areaId,
            ownerId: input.ownerId,
            isPublic: input.isPublic,
            organizationIds: [...kept],
            invitedOrganizationIds: added.filter((id) => id !== own?.id),
          },
        },
      };
    },
  });
}

export async function shareNeed(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'need.share',
    schema: shareNeedSchema,
    locate: (tx, input) => locateNeed(tx, input.needId),
    authorize: (actor) => can(actor, 'participate'),
    perform: async ({ tx, input, actor, now, t }) => {
      const need = await tx.need.findUniqueOrThrow({ where: { id: input.needId }, select: { status: true } });
      if (need.status === 'ARCHIVED') throw new Refusal('needArchived');
      const organization = await sharingOrganization(tx, actor);
      const key = { needId_organizationId: { needId: input.needId, organizationId: organization.id } };
      const sharing = await tx.needOrganization.findUnique({ where: key, select: { status: true } });
      if (sharing?.status === 'CONFIRMED') throw new Refusal('alreadySharing');
      // Saying so oneself is consent: an invitation (or an earlier no) becomes a yes.
      await tx.needOrganization.upsert({
        where: key,
        create: { needId: input.needId, organizationId: organization.id, status: 'CONFIRMED', answeredAt: now },
        update: { status: 'CONFIRMED', answeredAt: now },
      });
      return {
        message: t.needs.done.shared(organization.name),
        audit: { ...(sharing ? { before: { organizationId: organization.id, sharing: sharing.status } } : {}), after: { organizationId: organization.id, sharing: 'CONFIRMED' } },
      };
    },
  });
}

/**
 * The organisation a member acts for when saying whether it shares a need: the one the
 * membership names, a contracting authority, and not as an observer (a funder watching the
 * network shares no need).
 */
async function sharingOrganization(tx: Tx, actor: Actor) {
  if (actor.membership?.role === 'OBSERVER') throw new Refusal('sharerNotBuyer');
  const organization = await actorOrganization(tx, actor);
  if (!organization) throw new Refusal('noOrganization');
  if (!isContractingAuthority(organization.kind)) throw new Refusal('sharerNotBuyer');
  return organization;
}

/**
 * An invited organisation answers: someone of it (a member of the network from it) confirms
 * that it shares the need, and from then on it is named as sharing it, publicly too when the
 * need is public; or declines, and it is not named. Only an open invitation can be answered.
 */
export async function answerSharingInvitation(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'need.answerSharing',
    schema: answerSharingSchema,
    locate: (tx, input) => locateNeed(tx, input.needId),
    authorize: (actor) => can(actor, 'participate'),
    perform: async ({ tx, input, actor, now, t }) => {
      const need = await tx.need.findUniqueOrThrow({ where: { id: input.needId }, select: { status: true } });
      if (need.status === 'ARCHIVED') throw new Refusal('needArchived');
      const organization = await actorOrganization(tx, actor);
      const invitation =
        organization && actor.membership?.role !== 'OBSERVER'
          ? await tx.needOrganization.findUnique({ where: { needId_organizationId: { needId: input.needId, organizationId: organization.id } }, select: { status: true } })
          : null;
      if (!organization || invitation?.status !== 'INVITED') throw new Refusal('notInvitedToShare');
      const status = input.answer === 'confirm' ? 'CONFIRMED' : 'DECLINED';
      await tx.needOrganization.update({ where: { needId_organizationId: { needId: input.needId, organizationId: organization.id } }, data: { status, answeredAt: now } });
      return {
        message: status === 'CONFIRMED' ? t.needs.done.shared(organization.name) : t.needs.done.declined(organization.name),
        audit: { before: { organizationId: organization.id, sharing: 'INVITED' }, after: { organizationId: organization.id, sharing: status } },
      };
    },
  });
}

export async function transitionNeed(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'need.transition',
    schema: transitionNeedSchema,
    locate: (tx, input) => locateNeed(tx, input.needId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, t }) => {
      const need = await tx.need.findUniqueOrThrow({ where: { id: input.needId }, select: { status: true, mergedIntoId: true } });
      // Handed over is written by the handover itself, with its receiver: never by hand.
      if (input.toStatus === 'HANDED_OVER') throw new Refusal('handoverRequired');
      // A merged need lives on in the need it was merged into; reopening it would split them again.
      if (need.mergedIntoId) throw new Refusal('needMerged');
      if (!manualTransitions(need.status).includes(input.toStatus)) throw new Refusal('transitionNotAllowed');
      await tx.need.update({ where: { id: input.needId }, data: { status: input.toStatus } });
      await tx.needTransition.create({
        data: { needId: input.needId, fromStatus: need.status, toStatus: input.toStatus, reason: input.reason, actorId: user.id },
      });
      return {
        message: t.needs.done.transitioned(t.needEnums.status[input.toStatus]),
        audit: { before: { status: need.status }, after: { status: input.toStatus, reason: input.reason } },
      };
    },
  });
}

export async function mergeNeed(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'need.merge',
    schema: mergeNeedSchema,
    locate: (tx, input) => locateNeed(tx, input.sourceNeedId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, network, now, t }) => {
      const source = await tx.need.findUniqueOrThrow({
        where: { id: input.sourceNeedId },
        select: { id: true, status: true, organizations: { select: { organizationId: true, status: true } }, commitments: { select: { id: true, organizationId: true } } },
      });
      if (source.status === 'ARCHIVED') throw new Refusal('needArchived');
      // The target is checked here, inside the network's lock: the same network, open, not
      // itself merged away, and not the need itself. A target elsewhere is refused alike.
      const target = await tx.need.findUnique({
        where: { id: input.targetNeedId },
        select: { id: true, networkId: true, title: true, status: true, mergedIntoId: true, commitments: { select: { organizationId: true } } },
      });
      if (!target || target.networkId !== network.id || target.id === source.id || !isOpen(target.status) || target.mergedIntoId) {
        throw new Refusal('mergeTargetInvalid');
      }
      // An organisation's statement moves along unless it already made one for the target;
      // then the source's stays on the archived need as history.
      const stated = new Set(target.commitments.map((c) => c.organizationId));
      const moving = source.commitments.filter((c) => !stated.has(c.organizationId));
      if (moving.length > 0) await tx.needCommitment.updateMany({ where: { id: { in: moving.map((c) => c.id) } }, data: { needId: target.id } });
      // Each organisation moves with its answer: an invited one is still only invited there,
      // and one that stated figures has confirmed by doing so.
      const statuses = new Map(source.organizations.map((o) => [o.organizationId, o.status]));
      for (const c of moving) statuses.set(c.organizationId, 'CONFIRMED');
      const added = await tx.needOrganization.createMany({
        data: [...statuses].map(([organizationId, status]) => ({ needId: target.id, organizationId, status, answeredAt: status === 'INVITED' ? null : now })),
        skipDuplicates: true,
      });
      // A yes given on either need stands on the merged one.
      const confirmed = [...statuses].filter(([, status]) => status === 'CONFIRMED').map(([organizationId]) => organizationId);
      if (confirmed.length > 0) {
        await tx.needOrganization.updateMany({ where: { needId: target.id, organizationId: { in: confirmed }, status: { not: 'CONFIRMED' } }, data: { status: 'CONFIRMED', answeredAt: now } });
      }
      await tx.need.update({ where: { id: source.id }, data: { status: 'ARCHIVED', mergedIntoId: target.id } });
      await tx.needTransition.create({
        data: { needId: source.id, fromStatus: source.status, toStatus: 'ARCHIVED', reason: t.needs.mergedReason(target.title, input.note), actorId: user.id },
      });
      return {
        message: t.needs.done.merged(target.title),
        audit: {
          before: { status: source.status },
          after: { status: 'ARCHIVED', mergedIntoId: target.id, organizationsAdded: added.count, commitmentsMoved: moving.length },
        },
      };
    },
  });
}
