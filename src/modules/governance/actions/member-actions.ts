'use server';

// What the secretariat does to other people's memberships: change their role and remove
// them from the network. Both find the network from the membership row itself (never from
// the form), so an id from another network is judged by that network's coordinators.
import { z } from 'zod';

import type { MembershipRole } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { Refusal, runNetworkAction, type FormState, type Tx } from '@/server/actions/network-action';
import { requiredText } from '@/server/input-rules';
import { can } from '@/server/policy';

import { assertNotLastCoordinator, endMembership } from '../membership-changes';
import { REMOVAL_REASON_MAX, roleEligibility } from '../rules';

const ROLES = ['COORDINATOR', 'STEERING', 'MEMBER', 'OBSERVER'] as const satisfies readonly MembershipRole[];

/** Long enough for a sentence or two; the reason is shown in tables and the log. */
const MAX_REASON = REMOVAL_REASON_MAX;

const membershipId = (t: Messages) => z.string({ error: t.members.membershipRequired }).trim().min(1, t.members.membershipRequired);

const locateMembership = async (tx: Tx, input: { membershipId: string }) => {
  const membership = await tx.membership.findUnique({ where: { id: input.membershipId }, select: { id: true, networkId: true } });
  return membership && { networkId: membership.networkId, entityType: 'Membership', entityId: membership.id };
};

/** The membership as the rules need it, read inside the transaction (after the network lock). */
const loadTarget = (tx: Tx, id: string) =>
  tx.membership.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      userId: true,
      networkId: true,
      role: true,
      status: true,
      user: { select: { name: true, organization: { select: { id: true, kind: true } } } },
      organization: { select: { id: true, kind: true } },
    },
  });

export async function changeRole(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'membership.changeRole',
    schema: (t: Messages) => z.object({ membershipId: membershipId(t), role: z.enum(ROLES, { error: t.members.roleRequired }) }),
    locate: locateMembership,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const target = await loadTarget(tx, input.membershipId);
      if (target.status !== 'ACTIVE') throw new Refusal('notActiveMember');
      if (target.role === input.role) throw new Refusal('roleUnchanged');
      // The organisation the person represents here; their account's organisation for
      // older rows that did not record one.
      const organization = target.organization ?? target.user.organization;
      const eligibility = roleEligibility(input.role, { organizationId: organization?.id ?? null, organizationKind: organization?.kind ?? null }, network);
      if (!eligibility.ok) throw new Refusal(eligibility.reason === 'noOrganization' ? 'personNoOrganization' : eligibility.reason);
      if (input.role !== 'COORDINATOR') await assertNotLastCoordinator(tx, target);
      await tx.membership.update({ where: { id: target.id }, data: { role: input.role } });
      return {
        message: t.members.roleChanged(target.user.name, t.enums.role[input.role]),
        audit: { before: { role: target.role }, after: { role: input.role } },
      };
    },
  });
}

export async function removeMember(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'membership.remove',
    schema: (t: Messages) =>
      z.object({
        membershipId: membershipId(t),
        reason: requiredText(t, t.members.reason, MAX_REASON),
      }),
    locate: locateMembership,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, now, t }) => {
      const target = await loadTarget(tx, input.membershipId);
      if (target.status !== 'ACTIVE') throw new Refusal('notActiveMember');
      // endMembership refuses the last coordinator, so a coordinator may remove themselves
      // only while another one remains.
      const { closedGroupPlaces } = await endMembership(tx, target, { status: 'REMOVED', now, removedById: user.id, reason: input.reason });
      return {
        message: t.members.removed(target.user.name),
        audit: {
          before: { status: 'ACTIVE', role: target.role },
          after: { status: 'REMOVED', removedReason: input.reason, closedGroupPlaces },
        },
      };
    },
  });
}
