// Whether a person may speak for their organisation. An address at one of the
// organisation's verified email domains confirms it at once; anyone else waits for a
// platform admin or a confirmed colleague. No one becomes "Malmö stad" by typing it.
import 'server-only';

import type { AffiliationStatus } from '@/generated/prisma/enums';
import type { Tx } from '@/server/actions/network-action';

import { affiliationByDomain, emailDomain } from './affiliation-rules';

export async function affiliationFor(tx: Tx, email: string, organizationId: string | null): Promise<AffiliationStatus> {
  if (!organizationId) return 'NONE';
  const verified = await tx.organizationDomain.findMany({ where: { organizationId, verifiedAt: { not: null } }, select: { domain: true } });
  return affiliationByDomain(email, verified.map((d) => d.domain));
}

/** The organisation whose verified domain the address is at, if any (a first sign-in through OpenID Connect). */
export async function organizationByVerifiedDomain(tx: Tx, email: string): Promise<string | null> {
  const domain = await tx.organizationDomain.findFirst({ where: { domain: emailDomain(email), verifiedAt: { not: null } }, select: { organizationId: true } });
  return domain?.organizationId ?? null;
}
