// Where a needs action's target lives: the need named by the form, and its network, read from
// the database (the only trusted source of the network; a forged id of another network's need
// is refused as that network's business).
import type { Located, Tx } from '@/server/actions/network-action';

/**
 * The need and its network. `entityType` names the audited record when the action creates
 * something under the need (an assessment, a checklist entry); its id comes from the outcome.
 */
export async function locateNeed(tx: Tx, needId: string, entityType = 'Need'): Promise<Located | null> {
  const need = await tx.need.findUnique({ where: { id: needId }, select: { id: true, networkId: true } });
  return need && { networkId: need.networkId, entityType, entityId: entityType === 'Need' ? need.id : null };
}
