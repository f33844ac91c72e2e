// The one answer to "may this person do this in this network?". Pure: the server actions
// load the actor and their membership in the target's network, then ask here; pages ask
// the same function to decide what to show.
import type { MembershipRole, PlatformRole } from '@/generated/prisma/enums';

/** The parties a network's rules and actions need: its arranger and its funders. */
export type NetworkParties = { arrangerId: string | null; funderOrganizationIds: readonly string[] };

/** The signed-in person and their active membership in the network the action touches. */
export type Actor = {
  userId: string;
  platformRole: PlatformRole;
  membership: { id: string; role: MembershipRole } | null;
};

/**
 * What can be done in a network. `manage` covers the secretariat's work: deciding join
 * requests, invitations, roles, removals, the charter, groups and the network's audit log.
 */
export type NetworkAction = 'manage' | 'participate';

export type DenialReason = 'signedOut' | 'notCoordinator' | 'notMember';

export type Decision = { allowed: true } | { allowed: false; reason: DenialReason };

const ALLOW: Decision = { allowed: true };

/**
 * Coordinators manage their own network; platform admins may manage any network (they
 * support secretariats and appoint a coordinator when none is left). Agency staff read the
 * registry and the overview but change nothing in a network.
 */
export function can(actor: Actor | null, action: NetworkAction): Decision {
  if (!actor) return { allowed: false, reason: 'signedOut' };
  switch (action) {
    case 'manage':
      if (actor.platformRole === 'ADMIN' || actor.membership?.role === 'COORDINATOR') return ALLOW;
      return { allowed: false, reason: 'notCoordinator' };
    case 'participate':
      return actor.membership ? ALLOW : { allowed: false, reason: 'notMember' };
  }
}

/** Only admins read the audit log of every network. */
export function canReadAllAuditEvents(actor: Pick<Actor, 'platformRole'> | null): boolean {
  return actor?.platformRole === 'ADMIN';
}
