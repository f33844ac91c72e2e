// What the handover pages read: a need's handovers, the pending ones for a person's own
// organisation (/me) and for a network's dashboard, and who can receive results. A pending
// handover is one nobody in the receiving organisation has acknowledged yet.
import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { OrganizationKind } from '@/generated/prisma/enums';
import { isContractingAuthority } from '@/modules/accounts/client';
import { db } from '@/server/db/client';
import { MEMBER_ORGANIZATION_MEMBERSHIP } from '@/server/member-organizations';

/** A need has few handovers (one per receiver and round); more than this is not shown. */
const HANDOVERS_SHOWN = 50;

const handoverSelect = {
  id: true,
  note: true,
  handedOverAt: true,
  acknowledgedAt: true,
  receivingOrganization: { select: { id: true, name: true } },
  recipient: { select: { id: true, name: true } },
  handedOverBy: { select: { name: true } },
  acknowledgedBy: { select: { name: true } },
  documents: { orderBy: { id: 'asc' }, select: { id: true, kind: true, title: true, url: true } },
} satisfies Prisma.HandoverSelect;

export async function listNeedHandovers(needId: string) {
  return db().handover.findMany({
    where: { needId },
    // Pending first: they are what someone still has to act on.
    orderBy: [{ acknowledgedAt: { sort: 'desc', nulls: 'first' } }, { handedOverAt: 'desc' }, { id: 'asc' }],
    take: HANDOVERS_SHOWN,
    select: {
      ...handoverSelect,
      // What became of it, in the order it happened.
      results: {
        orderBy: [{ occurredOn: 'asc' }, { createdAt: 'asc' }],
        select: { id: true, kind: true, occurredOn: true, reference: true, url: true, supplierName: true, valueSek: true, description: true, organization: { select: { name: true } } },
      },
    },
  });
}

/** The organisations a call-off may come from: the network's member organisations (the receiving one is added by the form). */
export async function listCallOffOrganizations(networkId: string) {
  return db().organization.findMany({
    where: { memberships: { some: { networkId, ...MEMBER_ORGANIZATION_MEMBERSHIP } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true },
  });
}

export type NeedHandover = Prisma.HandoverGetPayload<{ select: typeof handoverSelect }>;

/** A handover on its need's page, with what became of it. */
export type NeedHandoverWithResults = Awaited<ReturnType<typeof listNeedHandovers>>[number];

/** Pending handovers to the person's own organisation (not a membership's), oldest first. */
export async function listPendingHandoversForOrganization(organizationId: string) {
  return db().handover.findMany({
    where: { receivingOrganizationId: organizationId, acknowledgedAt: null },
    orderBy: [{ handedOverAt: 'asc' }, { id: 'asc' }],
    take: HANDOVERS_SHOWN,
    select: { ...handoverSelect, need: { select: { id: true, title: true, network: { select: { id: true, slug: true, name: true } } } } },
  });
}

export type PendingHandover = Awaited<ReturnType<typeof listPendingHandoversForOrganization>>[number];

/** Handovers the organisation acknowledged in the last `days` days, newest first: the receipts just given. */
export async function listRecentlyAcknowledgedHandovers(organizationId: string, days: number) {
  const since = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  return db().handover.findMany({
    where: { receivingOrganizationId: organizationId, acknowledgedAt: { gte: since } },
    orderBy: [{ acknowledgedAt: 'desc' }, { id: 'asc' }],
    take: 10,
    select: { ...handoverSelect, need: { select: { id: true, title: true, network: { select: { id: true, slug: true, name: true } } } } },
  });
}

/** The network's needs with a handover still waiting for acknowledgement, oldest first. */
export async function listPendingHandoversInNetwork(networkId: string) {
  return db().handover.findMany({
    where: { acknowledgedAt: null, need: { networkId } },
    orderBy: [{ handedOverAt: 'asc' }, { id: 'asc' }],
    take: HANDOVERS_SHOWN,
    select: { id: true, handedOverAt: true, receivingOrganization: { select: { name: true } }, need: { select: { id: true, title: true } } },
  });
}

const CONTRACTING_AUTHORITY_KINDS = Object.values(OrganizationKind).filter(isContractingAuthority);

export type Receiver = { id: string; name: string; isMember: boolean };

/**
 * The organisations that can receive results: contracting authorities with at least one open
 * account (someone must be able to acknowledge), the network's member organisations marked.
 */
export async function listReceivers(networkId: string): Promise<Receiver[]> {
  const organizations = await db().organization.findMany({
    where: { kind: { in: CONTRACTING_AUTHORITY_KINDS }, users: { some: { disabledAt: null } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, memberships: { where: { networkId, status: 'ACTIVE' }, select: { id: true }, take: 1 } },
  });
  return organizations.map((organization) => ({ id: organization.id, name: organization.name, isMember: organization.memberships.length > 0 }));
}

/** The open accounts of an organisation: who may be named to acknowledge. */
export async function listRecipients(organizationId: string) {
  return db().user.findMany({
    where: { organizationId, disabledAt: null },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 500,
    select: { id: true, name: true, title: true },
  });
}
