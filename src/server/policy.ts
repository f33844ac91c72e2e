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

export type DenialReason = 'signedOut' | 'notCoordinator' | 'notMember' | 'notAdmin' | 'notAdminOrAgency';

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

/**
 * A draft network (not yet published) is seen by its active coordinators, who founded it, and
 * by platform admins; for everyone else it does not exist (docs/decisions/0017). The same
 * people who manage a network, on purpose: publishing is the secretariat's decision.
 */
export function canSeeDraft(actor: Actor | null): boolean {
  return can(actor, 'manage').allowed;
}

/** Taking a network off the registry (spam, a duplicate) is for platform admins only. */
export function canModerate(actor: Actor | null): Decision {
  if (!actor) return { allowed: false, reason: 'signedOut' };
  return actor.platformRole === 'ADMIN' ? ALLOW : { allowed: false, reason: 'notAdmin' };
}

/**
 * A network with no active coordinator cannot decide its join requests or plan anything, so a
 * platform admin or agency staff may appoint its first coordinator (docs/decisions/0023). Only
 * that: agency staff gain no other rights in the network, and the action itself refuses once
 * the network has a coordinator.
 */
export function canAppointFirstCoordinator(actor: Pick<Actor, 'platformRole'> | null): Decision {
  if (!actor) return { allowed: false, reason: 'signedOut' };
  return actor.platformRole === 'ADMIN' || actor.platformRole === 'AGENCY_STAFF' ? ALLOW : { allowed: false, reason: 'notAdminOrAgency' };
}

/** Only admins read the audit log of every network. */
export function canReadAllAuditEvents(actor: Pick<Actor, 'platformRole'> | null): boolean {
  return actor?.platformRole === 'ADMIN';
}
