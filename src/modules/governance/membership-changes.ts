// Changes to memberships that several actions share, always inside runNetworkAction's
// transaction (the network's row is locked, so the coordinator count cannot change under us).
import 'server-only';

import type { MembershipRole, MembershipStatus } from '@/generated/prisma/enums';
import { Refusal, type Tx } from '@/server/actions/network-action';

import { wouldLeaveNoCoordinator } from './rules';

export async function countActiveCoordinators(tx: Tx, networkId: string): Promise<number> {
  return tx.membership.count({ where: { networkId, status: 'ACTIVE', role: 'COORDINATOR' } });
}

/** Refuses when taking this membership out of the coordinator role would leave none. */
export async function assertNotLastCoordinator(tx: Tx, membership: { networkId: string; role: MembershipRole }): Promise<void> {
  if (membership.role !== 'COORDINATOR') return;
  if (wouldLeaveNoCoordinator(await countActiveCoordinators(tx, membership.networkId), true)) throw new Refusal('lastCoordinator');
}

/**
 * Ends an active membership (the person left, or a coordinator removed them). The row is
 * kept as history. The person also leaves the network's buyer and working groups, which are
 * for members only; reference groups are open to anyone invited, so those places stay.
 */
export async function endMembership(
  tx: Tx,
  membership: { id: string; userId: string; networkId: string; role: MembershipRole },
  change: { status: Exclude<MembershipStatus, 'ACTIVE'>; now: Date; removedById?: string; reason?: string },
): Promise<{ closedGroupPlaces: number }> {
  await assertNotLastCoordinator(tx, membership);
  await tx.membership.update({
    where: { id: membership.id },
    data: {
      status: change.status,
      leftAt: change.now,
      removedById: change.removedById ?? null,
      removedReason: change.reason ?? null,
    },
  });
  const closed = await tx.groupMembership.updateMany({
    where: {
      userId: membership.userId,
      removedAt: null,
      group: { networkId: membership.networkId, kind: { in: ['BUYER', 'WORKING'] } },
    },
    data: { removedAt: change.now, removedReason: change.status === 'LEFT' ? 'left-network' : 'removed-from-network' },
  });
  return { closedGroupPlaces: closed.count };
}
