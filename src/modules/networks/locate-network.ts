// For actions on a network itself (publish, the profile): the network the form names, as the
// database has it. A forged or unknown id finds nothing; a draft the person may not see is
// turned away by runNetworkAction.
import 'server-only';

import type { Located, Tx } from '@/server/actions/network-action';

export async function locateNetwork(tx: Tx, input: { networkId: string }): Promise<Located | null> {
  const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
  return network && { networkId: network.id, entityType: 'Network', entityId: network.id };
}
