// Approved (justerat) minutes are the meeting's record: nothing they describe may change after,
// through any action. The agenda's items are the minutes' sections, the attendance is who was
// there, and the meeting's title, time and status head them; each action that changes one of
// those asks here first, inside its transaction.
import 'server-only';

import { Refusal, type Tx } from '@/server/actions/network-action';

export async function assertMinutesNotApproved(tx: Tx, meetingId: string): Promise<void> {
  const minutes = await tx.minutes.findUnique({ where: { meetingId }, select: { status: true } });
  if (minutes?.status === 'APPROVED') throw new Refusal('minutesApproved');
}
