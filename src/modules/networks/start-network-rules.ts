// Who may start a buyer network, and what kind of network they start (pure). The report names
// two kinds of initiator (p. 6 and 28): buyers themselves, most often municipalities
// ("beställarinitierade"), and state agencies that see purchasing as a way to reach their
// national goals ("myndighetsinitierade"). A network never buys (p. 44), so a supplier never
// starts one (p. 33). docs/decisions/0017.
import type { AffiliationStatus, NetworkInitiator, OrganizationKind, PlatformRole } from '@/generated/prisma/enums';
import { stockholmYear } from '@/i18n/stockholm-time';
import { isContractingAuthority } from '@/modules/accounts/client';

export type Starter = {
  platformRole: PlatformRole;
  affiliation: AffiliationStatus;
  organization: { id: string; kind: OrganizationKind } | null;
};

/** Why a person may not start a network: each has its own explanation on the start page. */
export type StartBlocker = 'signedOut' | 'notAffiliated' | 'noOrganization' | 'supplier' | 'notContractingAuthority';

export type StartStanding =
  | {
      may: true;
      /** What the network will be, from who starts it. */
      initiator: NetworkInitiator;
      /** Platform admins may correct it (they start networks on others' behalf). */
      mayChooseInitiator: boolean;
      /**
       * The person's own organisation, a contracting authority that has confirmed them: it
       * arranges the network unless another is named, and the person becomes the network's
       * first coordinator for it. Null only for a platform admin without one, who starts the
       * network for others and invites its coordinator.
       */
      ownOrganizationId: string | null;
    }
  | { may: false; reason: StartBlocker };

/** Only contracting authorities arrange a network that starts here (report p. 28, 36). */
export function mayArrange(kind: OrganizationKind): boolean {
  return isContractingAuthority(kind);
}

/**
 * A confirmed person of a contracting authority starts a buyer-initiated network, unless that
 * authority is a state agency: then it is agency-initiated, as the report defines it. The
 * platform's agency staff start agency-initiated networks; platform admins may start either.
 * Everyone but an admin becomes the first coordinator, so they must be able to be one.
 */
export function startStanding(person: Starter | null): StartStanding {
  if (!person) return { may: false, reason: 'signedOut' };
  const organization = person.organization;
  const ownOrganizationId = organization && person.affiliation === 'CONFIRMED' && mayArrange(organization.kind) ? organization.id : null;
  const kindInitiator: NetworkInitiator = organization?.kind === 'STATE_AGENCY' ? 'AGENCY' : 'BUYER';
  if (person.platformRole === 'ADMIN') {
    return { may: true, initiator: ownOrganizationId ? kindInitiator : 'AGENCY', mayChooseInitiator: true, ownOrganizationId };
  }
  if (!organization) return { may: false, reason: 'noOrganization' };
  if (person.affiliation !== 'CONFIRMED') return { may: false, reason: 'notAffiliated' };
  if (organization.kind === 'COMPANY') return { may: false, reason: 'supplier' };
  if (!ownOrganizationId) return { may: false, reason: 'notContractingAuthority' };
  return { may: true, initiator: person.platformRole === 'AGENCY_STAFF' ? 'AGENCY' : kindInitiator, mayChooseInitiator: false, ownOrganizationId };
}

/** The start year a form accepts: from 1950 (BeBo began in 1989) to next year, as the year goes in Sweden. */
export function startYearRange(now: Date): { min: number; max: number; current: number } {
  const current = stockholmYear(now);
  return { min: 1950, max: current + 1, current };
}

export type PublishBlocker = 'networkAlreadyPublished' | 'networkTakenDown' | 'charterIsTemplate';

/**
 * Why the secretariat may not publish the network now, or null. A network a platform admin took
 * down stays down until an admin publishes it; a charter must be in the founders' own words.
 */
export function publishBlocker(
  network: { publishedAt: Date | null; unpublishedReason: string | null },
  options: { isAdmin: boolean; templateTextsLeft: number },
): PublishBlocker | null {
  if (network.publishedAt) return 'networkAlreadyPublished';
  if (network.unpublishedReason && !options.isAdmin) return 'networkTakenDown';
  if (options.templateTextsLeft > 0) return 'charterIsTemplate';
  return null;
}
