// Who may be what in a network: pure rules with no database, so every server action and
// every page asks the same questions and gets the same answers (the agency's report,
// BRIEF §1-3). What keeps an organisation out is selling into the network's market: a
// supplier is never a member (p. 31, 33). Contracting authorities and associations may be
// members (Konstgräs has SKL, Svenska Fotbollförbundet and Sveriges Fritids- och
// kulturchefsförening beside the municipalities, p. 37); associations vote when the charter
// says so. The arranger's secretariat, even from a firm (Table 1, p. 36), may
// coordinate without a vote; funders may observe. Only organisations that buy for their own
// operations cast prioritisation ballots and state costs; a central purchasing body or an
// association may still run a buyer group (SKL runs Konstgräs's, p. 37).
import type { Competence, GroupKind, MembershipRole, OrganizationKind } from '@/generated/prisma/enums';
import { isContractingAuthority } from '@/modules/accounts/client';
import type { NetworkParties } from '@/server/policy';

/** The person asking, as far as the rules care: the organisation they represent. */
/** The longest texts the group and member forms take (group-actions.ts, member-actions.ts). */
export const GROUP_LIMITS = { name: 120, description: 2000, reason: 500 } as const;
export const REMOVAL_REASON_MAX = 500;

export type Person = { organizationId: string | null; organizationKind: OrganizationKind | null };

/** Why a person cannot hold a role or join a group; each has a sentence in the messages. */
export type IneligibleReason =
  | 'noOrganization'
  | 'supplier'
  | 'notAuthorityOrAssociation'
  | 'notArrangerOrAuthority'
  | 'notFunderOrAuthority'
  | 'notActiveMember'
  | 'notBuyingMember';

export type Eligibility = { ok: true } | { ok: false; reason: IneligibleReason };

const OK: Eligibility = { ok: true };
const no = (reason: IneligibleReason): Eligibility => ({ ok: false, reason });

/** What the charter decides about votes; a network without a charter has the defaults. */
export type VotingRules = { associationsVote: boolean };

export const DEFAULT_VOTING_RULES: VotingRules = { associationsVote: false };

/**
 * Whether an organisation of this kind buys for its own operations: municipalities, regions,
 * state agencies and publicly owned companies. A central purchasing body procures on behalf of
 * others (SKL Kommentus, p. 37) and an association not at all.
 */
export function buysForItself(kind: OrganizationKind): boolean {
  return isContractingAuthority(kind) && kind !== 'CENTRAL_PURCHASING_BODY';
}

/** Whether a person may hold a role in a network. */
export function roleEligibility(role: MembershipRole, person: Person, network: NetworkParties): Eligibility {
  if (!person.organizationId || !person.organizationKind) return no('noOrganization');
  // The arranger's own secretariat may coordinate whatever kind of organisation the arranger
  // is, a firm included: Table 1 (p. 36) names the firm WinGuard as arranger of
  // Räddningstjänst and WSP beside Byggherrarna for BeBo. Arranging the network is not
  // selling into its market. It has no vote (hasVote).
  if (role === 'COORDINATOR' && person.organizationId === network.arrangerId) return OK;
  // Suppliers take part through market dialogues and reference groups, never as members.
  if (person.organizationKind === 'COMPANY') return no('supplier');
  const authority = isContractingAuthority(person.organizationKind);
  const association = person.organizationKind === 'ASSOCIATION';
  switch (role) {
    case 'MEMBER':
    case 'STEERING':
      return authority || association ? OK : no('notAuthorityOrAssociation');
    case 'COORDINATOR':
      return authority ? OK : no('notArrangerOrAuthority');
    case 'OBSERVER':
      return authority || association || network.funderOrganizationIds.includes(person.organizationId) ? OK : no('notFunderOrAuthority');
  }
}

/** Asking to join means asking to become a member. */
export function joinEligibility(person: Person, network: NetworkParties): Eligibility {
  return roleEligibility('MEMBER', person, network);
}

/**
 * Whether a membership carries a vote in the network's decisions: members and the steering
 * group from contracting authorities always; from associations when the charter says so; a
 * coordinator only when their organisation is a contracting authority (a secretariat from an
 * association or an engaged firm runs the meeting, it does not vote); observers never.
 */
export function hasVote(role: MembershipRole, organizationKind: OrganizationKind | null, rules: VotingRules): boolean {
  if (role === 'OBSERVER' || !organizationKind) return false;
  if (isContractingAuthority(organizationKind)) return true;
  return organizationKind === 'ASSOCIATION' && rules.associationsVote && (role === 'MEMBER' || role === 'STEERING');
}

/**
 * Whether a membership buys for its organisation: it casts the organisation's prioritisation
 * ballot and states what the unmet need costs it. Not an observer, and the organisation buys
 * for its own operations (buysForItself); a vote the charter gives an association does not
 * make it a buyer.
 */
export function buysFor(role: MembershipRole, organizationKind: OrganizationKind | null): boolean {
  return role !== 'OBSERVER' && organizationKind !== null && buysForItself(organizationKind);
}

/**
 * Whether an organisation may run a buyer group: one that buys, or a central purchasing body
 * or an association that runs the procurement for the buyers (SKL runs Konstgräs's buyer
 * group, p. 37; the analysis went on to SKL Kommentus). Such a lead is not counted as a buyer.
 */
export function mayRunBuyerGroup(organizationKind: OrganizationKind | null): boolean {
  if (!organizationKind) return false;
  return buysForItself(organizationKind) || organizationKind === 'CENTRAL_PURCHASING_BODY' || organizationKind === 'ASSOCIATION';
}

/** A person's standing in the network, for group rules. */
export type Standing = { role: MembershipRole } | null;

/**
 * Who may sit in a group. Buyer groups: active members who buy (buysFor), and members or the
 * steering group from a central purchasing body or an association that runs the group for
 * them (mayRunBuyerGroup); not observers, and not a secretariat from outside the buyers (it
 * coordinates the network, not the procurement). Working groups: anyone with an active
 * membership, observers included. Reference groups: anyone invited, suppliers included.
 */
export function groupEligibility(kind: GroupKind, person: Person, standing: Standing): Eligibility {
  if (kind === 'REFERENCE') return OK;
  if (!standing) return no('notActiveMember');
  if (kind === 'WORKING') return OK;
  if (buysFor(standing.role, person.organizationKind)) return OK;
  const runs = (standing.role === 'MEMBER' || standing.role === 'STEERING') && mayRunBuyerGroup(person.organizationKind);
  return runs ? OK : no('notBuyingMember');
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
  'TECHNICIAN',
  'PROCURER',
  'LAWYER',
  'IT',
  'BUSINESS_DEVELOPER',
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
