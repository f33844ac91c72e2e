// Where a dialogue's records live: the network comes from the database, never from the form,
// so a forged id of another network's record is judged by that network's rules.
import 'server-only';

import type { Located, Tx } from '@/server/actions/network-action';

export async function locateDialogue(tx: Tx, dialogueId: string): Promise<Located | null> {
  const dialogue = await tx.marketDialogue.findUnique({ where: { id: dialogueId }, select: { id: true, networkId: true } });
  return dialogue && { networkId: dialogue.networkId, entityType: 'MarketDialogue', entityId: dialogue.id };
}

export async function locateQuestion(tx: Tx, questionId: string): Promise<Located | null> {
  const question = await tx.dialogueQuestion.findUnique({ where: { id: questionId }, select: { id: true, dialogue: { select: { networkId: true } } } });
  return question && { networkId: question.dialogue.networkId, entityType: 'DialogueQuestion', entityId: question.id };
}

export async function locateSlot(tx: Tx, slotId: string): Promise<Located | null> {
  const slot = await tx.dialogueSlot.findUnique({ where: { id: slotId }, select: { id: true, dialogue: { select: { networkId: true } } } });
  return slot && { networkId: slot.dialogue.networkId, entityType: 'DialogueSlot', entityId: slot.id };
}
