// Who may be what in a network: pure rules with no database, so every server action and
// every page asks the same questions and gets the same answers (the agency's report,
// BRIEF §1-3). Suppliers are never members; members and the steering group come from
// contracting authorities; a coordinator may come from the arranger without a vote;
// funders may observe.
import type { Competence, GroupKind, MembershipRole, OrganizationKind } from '@/generated/prisma/enums';
import { isContractingAuthority } from '@/modules/accounts/client';
import type { NetworkParties } from '@/server/policy';

/** The person asking, as far as the rules care: the organisation they represent. */
export type Person = { organizationId: string | null; organizationKind: OrganizationKind | null };

/** Why a person cannot hold a role or join a group; each has a sentence in the messages. */
export type IneligibleReason =
  | 'noOrganization'
  | 'supplier'
  | 'notContractingAuthority'
  | 'notArrangerOrAuthority'
  | 'notFunderOrAuthority'
  | 'notActiveMember'
  | 'notVotingMember';

export type Eligibility = { ok: true } | { ok: false; reason: IneligibleReason };

const OK: Eligibility = { ok: true };
const no = (reason: IneligibleReason): Eligibility => ({ ok: false, reason });

/** Whether a person may hold a role in a network. */
export function roleEligibility(role: MembershipRole, person: Person, network: NetworkParties): Eligibility {
  if (!person.organizationId || !person.organizationKind) return no('noOrganization');
  // Suppliers take part through market dialogues and reference groups, never as members.
  if (person.organizationKind === 'COMPANY') return no('supplier');
  const authority = isContractingAuthority(person.organizationKind);
  switch (role) {
    case 'MEMBER':
    case 'STEERING':
      return authority ? OK : no('notContractingAuthority');
    case 'COORDINATOR':
      // The secretariat may be engaged from the arranger (an association or a firm engaged
      // as secretariat), but a supplier never (above).
      return authority || person.organizationId === network.arrangerId ? OK : no('notArrangerOrAuthority');
    case 'OBSERVER':
      return authority || network.funderOrganizationIds.includes(person.organizationId) ? OK : no('notFunderOrAuthority');
  }
}

/** Asking to join means asking to become a member. */
export function joinEligibility(person: Person, network: NetworkParties): Eligibility {
  return roleEligibility('MEMBER', person, network);
}

/**
 * Whether a membership carries a vote: members and the steering group do; a coordinator only
 * when their organisation is a contracting authority; observers never.
 */
export function hasVote(role: MembershipRole, organizationKind: OrganizationKind | null): boolean {
  if (role === 'OBSERVER') return false;
  if (!organizationKind || !isContractingAuthority(organizationKind)) return false;
  return true;
}

/** A person's standing in the network, for group rules. */
export type Standing = { role: MembershipRole } | null;

/**
 * Who may sit in a group. Buyer groups: active members who buy (a vote); working groups:
 * anyone with an active membership, observers included; reference groups: anyone invited,
 * suppliers included.
 */
export function groupEligibility(kind: GroupKind, person: Person, standing: Standing): Eligibility {
  if (kind === 'REFERENCE') return OK;
  if (!standing) return no('notActiveMember');
  if (kind === 'WORKING') return OK;
  return hasVote(standing.role, person.organizationKind) ? OK : no('notVotingMember');
}

/**
 * A network must always have an active coordinator. True when taking `targetIsCoordinator`
 * out of the coordinator role (leaving, removal, another role) would leave none.
 */
export function wouldLeaveNoCoordinator(activeCoordinators: number, targetIsCoordinator: boolean): boolean {
  return targetIsCoordinator && activeCoordinators <= 1;
}

/** The competences a network should have (report p. 31), in the order they are shown. */
export const RECOMMENDED_COMPETENCES: readonly Competence[] = [
  'NEED_OWNER',
  'SUBJECT_EXPERT',
  'PROCURER',
  'LAWYER',
  'IT',
  'ECONOMIST',
  'INNOVATION_LEAD',
  'PROJECT_MANAGER',
];

export const COMPETENCES: readonly Competence[] = [...RECOMMENDED_COMPETENCES, 'OTHER'];

/** The recommended competences no active member brings. */
export function missingCompetences(present: Iterable<Competence | null>): Competence[] {
  const have = new Set(present);
  return RECOMMENDED_COMPETENCES.filter((competence) => !have.has(competence));
}
