// The arranger a start or profile form names by organisation number: it must be in Trappan and
// be a contracting authority (start-network-rules.ts). Answered as a field error, before the
// action writes anything.
import 'server-only';

import type { Messages } from '@/i18n/messages';
import type { Tx } from '@/server/actions/network-action';

import { mayArrange } from './start-network-rules';

export async function findArrangerByNumber(
  tx: Tx,
  organizationNumber: string,
  t: Messages,
): Promise<{ arrangerId: string } | { fieldError: { arrangerNumber: string } }> {
  const arranger = await tx.organization.findUnique({ where: { organizationNumber }, select: { id: true, kind: true } });
  if (!arranger) return { fieldError: { arrangerNumber: t.startNetwork.errors.arrangerUnknown } };
  if (!mayArrange(arranger.kind)) return { fieldError: { arrangerNumber: t.startNetwork.errors.arrangerNotAuthority } };
  return { arrangerId: arranger.id };
}
