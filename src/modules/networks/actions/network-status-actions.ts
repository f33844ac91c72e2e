'use server';

// Moving a network's status (forming → active → paused → ended), with the date the move
// took effect and a reason, kept as history (NetworkStatusChange). The allowed moves are a
// pure rule (network-status-rules.ts). Open in an ended network, so an admin can reopen one;
// the rule refuses everyone else.
import { z } from 'zod';

import { NetworkStatus } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { FieldRefusal, Refusal, runNetworkAction, type FormState, type Tx } from '@/server/actions/network-action';
import { requiredText } from '@/server/input-rules';
import { can } from '@/server/policy';

import { effectiveDateBlocker, STATUS_REASON_MAX, statusMoveBlocker } from '../network-status-rules';

const REASON_MAX = STATUS_REASON_MAX;

const schema = (messages: Messages) => {
  const t = messages.networkStatus.errors;
  return z.object({
    networkId: z.string().min(1).max(40),
    status: z.enum(NetworkStatus, t.statusRequired),
    effectiveOn: z
      .string(t.dateRequired)
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, t.dateRequired)
      .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), t.dateRequired),
    reason: requiredText(messages, messages.networkStatus.reason, REASON_MAX),
  });
};

export async function changeNetworkStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'network.changeStatus',
    schema,
    locate: async (tx: Tx, input) => {
      const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
      return network && { networkId: network.id, entityType: 'NetworkStatusChange', entityId: null };
    },
    authorize: (actor) => can(actor, 'manage'),
    closedOpen: true,
    perform: async ({ tx, input, network, actor, user, t, now }) => {
      const blocker = statusMoveBlocker(network.status, input.status, { isAdmin: actor.platformRole === 'ADMIN' });
      if (blocker) throw new Refusal(blocker);
      const last = await tx.networkStatusChange.findFirst({ where: { networkId: network.id }, orderBy: [{ effectiveOn: 'desc' }, { createdAt: 'desc' }], select: { effectiveOn: true } });
      const dateBlocker = effectiveDateBlocker(input.effectiveOn, now.toISOString().slice(0, 10), last ? last.effectiveOn.toISOString().slice(0, 10) : null);
      if (dateBlocker) throw new FieldRefusal({ effectiveOn: t.networkStatus.errors[dateBlocker] });
      const change = await tx.networkStatusChange.create({
        data: { networkId: network.id, fromStatus: network.status, toStatus: input.status, effectiveOn: new Date(`${input.effectiveOn}T00:00:00Z`), reason: input.reason, changedById: user.id },
        select: { id: true },
      });
      await tx.network.update({ where: { id: network.id }, data: { status: input.status } });
      return {
        message: t.networkStatus.changed(t.enums.status[input.status]),
        entityId: change.id,
        audit: { before: { status: network.status }, after: { status: input.status, effectiveOn: input.effectiveOn, reason: input.reason } },
      };
    },
  });
}
