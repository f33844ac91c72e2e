'use server';

// Recording what became of a handed-over need: the procurement advertised, the contract, a
// call-off, an effect (src/modules/needs/handover-results.ts). Those who know are the
// receiving organisation's people and the network's coordinators; the receiving organisation
// need not be in the network (a central purchasing body), so its people are told apart by
// their own organisation, checked with the handover loaded. After the network has ended its
// coordinators add nothing, but the receiving organisation still records what its procurement
// became.
import { Refusal, FieldRefusal, runNetworkAction, type FormState } from '@/server/actions/network-action';
import { MEMBER_ORGANIZATION_MEMBERSHIP } from '@/server/member-organizations';
import { can } from '@/server/policy';

import { handoverResultSchema } from '../handover-results';

/** Today's Swedish date, which a result may not be after. */
const swedishToday = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

export async function recordHandoverResult(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'handover.recordResult',
    schema: (t) => handoverResultSchema(t, swedishToday(new Date())),
    locate: async (tx, input) => {
      const handover = await tx.handover.findUnique({ where: { id: input.handoverId }, select: { id: true, need: { select: { networkId: true } } } });
      return handover && { networkId: handover.need.networkId, entityType: 'HandoverResult', entityId: null };
    },
    // Decided below, with the handover loaded: a coordinator of its network, or a person of its receiving organisation.
    authorize: () => ({ allowed: true }),
    closedOpen: true,
    perform: async ({ tx, input, user, actor, network, t }) => {
      const handover = await tx.handover.findUniqueOrThrow({ where: { id: input.handoverId }, select: { id: true, receivingOrganizationId: true, need: { select: { title: true } } } });
      const receiving = user.organization?.id === handover.receivingOrganizationId;
      const coordinating = can(actor, 'manage').allowed && network.status !== 'CLOSED';
      if (!receiving && !coordinating) throw new Refusal(network.status === 'CLOSED' && can(actor, 'manage').allowed ? 'networkEnded' : 'notReceivingOrganization');
      if (input.kind === 'CALL_OFF') {
        // A call-off is made by the receiving organisation or one of the network's member organisations.
        const organizationId = input.organizationId!;
        const known =
          organizationId === handover.receivingOrganizationId ||
          (await tx.membership.count({ where: { networkId: network.id, organizationId, ...MEMBER_ORGANIZATION_MEMBERSHIP } })) > 0;
        if (!known) throw new FieldRefusal({ organizationId: t.handoverResults.errors.organizationRequired });
      }
      const result = await tx.handoverResult.create({
        data: {
          handoverId: handover.id,
          kind: input.kind,
          occurredOn: new Date(`${input.occurredOn}T00:00:00Z`),
          reference: input.reference,
          url: input.url,
          supplierName: input.supplierName,
          valueSek: input.valueSek,
          organizationId: input.organizationId,
          description: input.description,
          recordedById: user.id,
        },
        select: { id: true },
      });
      return {
        message: t.handoverResults.added,
        // The form starts afresh on a new id.
        detail: result.id,
        entityId: result.id,
        audit: { after: { need: handover.need.title, kind: t.handoverResults.kinds[input.kind], occurredOn: input.occurredOn, valueSek: input.valueSek } },
      };
    },
  });
}
