'use server';

// What a member does about their own membership: leave the network, and choose whether
// their name is shown on the network's public page.
import { z } from 'zod';

import { runNetworkAction, type FormState, type Tx } from '@/server/actions/network-action';
import { can } from '@/server/policy';

import { endMembership } from '../membership-changes';

const locateNetwork = async (tx: Tx, input: { networkId: string }) => {
  const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
  return network && { networkId: network.id, entityType: 'Membership', entityId: null };
};

export async function leaveNetwork(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'membership.leave',
    // Open in an ended network: a person's own place in it, or moderation.
    closedOpen: true,
    // A person's own place in the network, also in a draft (docs/decisions/0017).
    draftOpen: true,
    schema: () => z.object({ networkId: z.string().min(1) }),
    locate: locateNetwork,
    authorize: (actor) => can(actor, 'participate'),
    perform: async ({ tx, actor, network, now, t }) => {
      const membership = await tx.membership.findUniqueOrThrow({
        where: { id: actor.membership!.id },
        select: { id: true, userId: true, networkId: true, role: true },
      });
      const { closedGroupPlaces } = await endMembership(tx, membership, { status: 'LEFT', now });
      return {
        message: t.myMembership.left(network.name),
        entityId: membership.id,
        audit: { before: { status: 'ACTIVE', role: membership.role }, after: { status: 'LEFT', closedGroupPlaces } },
      };
    },
  });
}

export async function setListed(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'membership.setListed',
    // Open in an ended network: a person's own place in it, or moderation.
    closedOpen: true,
    // A person's own place in the network, also in a draft (docs/decisions/0017).
    draftOpen: true,
    schema: () => z.object({ networkId: z.string().min(1), listed: z.enum(['true', 'false']).transform((v) => v === 'true') }),
    locate: locateNetwork,
    authorize: (actor) => can(actor, 'participate'),
    perform: async ({ tx, actor, input, t }) => {
      const before = await tx.membership.findUniqueOrThrow({ where: { id: actor.membership!.id }, select: { isListed: true } });
      await tx.membership.update({ where: { id: actor.membership!.id }, data: { isListed: input.listed } });
      return {
        message: input.listed ? t.myMembership.nowListed : t.myMembership.nowUnlisted,
        entityId: actor.membership!.id,
        audit: { before: { isListed: before.isListed }, after: { isListed: input.listed } },
      };
    },
  });
}
