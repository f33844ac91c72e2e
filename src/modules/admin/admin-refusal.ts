// A refusal the admin's rules decide on a record read inside the transaction (an admin
// disabling themselves, a person not waiting for confirmation). The answer names the field the
// form shows it at, and the attempt is logged as DENIED, like the runner's own refusals; the
// transaction commits only that audit event.
import 'server-only';

import type { PersonOutcome } from '@/server/actions/person-action';
import type { Tx } from '@/server/actions/network-action';
import { writeAuditEvent } from '@/server/audit';

export async function refuseInForm(
  tx: Tx,
  attempt: { actorId: string; action: string; entity: { type: string; id: string | null }; reason: string },
  field: string,
  message: string,
): Promise<PersonOutcome> {
  await writeAuditEvent(tx, {
    actorId: attempt.actorId,
    action: attempt.action,
    entityType: attempt.entity.type,
    entityId: attempt.entity.id,
    outcome: 'DENIED',
    after: { reason: attempt.reason },
  });
  return { message, fieldError: { [field]: message } };
}
