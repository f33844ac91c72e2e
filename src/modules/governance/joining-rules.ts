// Who may ask to join a network, and what state an invitation is in: pure rules, so the
// network page shows the very reason the server action would give (a visitor learns why
// before asking, and a crafted request is refused the same way).
import type { MembershipPolicy, MembershipRole, NetworkStatus, PlatformRole } from '@/generated/prisma/enums';

import type { NetworkParties } from '@/server/policy';

import { joinEligibility, roleEligibility, type IneligibleReason, type Person } from './rules';

export const MOTIVATION_MAX = 1000;
export const DECISION_REASON_MAX = 1000;
/** How long an invitation link works. */
export const INVITATION_DAYS = 14;

export type JoinBlocker = IneligibleReason | 'agencyStaff' | 'networkClosed' | 'invitationOnly';

export type JoinableNetwork = NetworkParties & { status: NetworkStatus; membershipPolicy: MembershipPolicy };

/**
 * Why this person may not ask to join (they are not a member yet), or null when they may.
 * The person's own eligibility comes first: it is the reason that holds for every network.
 */
export function whyCannotAskToJoin(person: Person & { platformRole: PlatformRole }, network: JoinableNetwork): JoinBlocker | null {
  const eligibility = joinEligibility(person, network);
  if (!eligibility.ok) return eligibility.reason;
  // Agency staff follow all networks for the national overview; a network may still invite
  // them (acceptInvitation checks only the role's eligibility).
  if (person.platformRole === 'AGENCY_STAFF') return 'agencyStaff';
  if (network.status === 'CLOSED') return 'networkClosed';
  if (network.membershipPolicy === 'INVITATION') return 'invitationOnly';
  return null;
}

/**
 * Why another person (an applicant being approved, an invitee) may not hold the role, in
 * words addressed to the coordinator; null when they may.
 */
export function whyPersonCannotHold(
  role: MembershipRole,
  person: Person,
  network: NetworkParties,
): Exclude<IneligibleReason, 'noOrganization'> | 'personNoOrganization' | null {
  const eligibility = roleEligibility(role, person, network);
  if (eligibility.ok) return null;
  return eligibility.reason === 'noOrganization' ? 'personNoOrganization' : eligibility.reason;
}

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';

/** An accepted invitation stays accepted; a revoked one never expires into something else. */
export function invitationStatus(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.revokedAt) return 'REVOKED';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'PENDING';
}

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
}
