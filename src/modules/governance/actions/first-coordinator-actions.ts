'use server';

// Appointing the first coordinator of a network that has none (docs/decisions/0023): a
// platform admin or agency staff picks a person who asked to join (who becomes a member with
// the coordinator role) or an active member (whose role becomes coordinator). Only while the
// network has no active coordinator: runNetworkAction locks the network's row, so two people
// appointing at once give one coordinator and one refusal, never two appointments.
import { z } from 'zod';

import type { Messages } from '@/i18n/messages';
import { fill } from '@/i18n/template';
import { Refusal, runNetworkAction, type FormState, type Located, type Tx } from '@/server/actions/network-action';
import { enqueuePersonalMails } from '@/server/mail/person-mail';
import { canAppointFirstCoordinator } from '@/server/policy';

import { whyPersonCannotHold } from '../joining-rules';
import { countActiveCoordinators } from '../membership-changes';

const recordId = (t: Messages) => z.string({ error: t.firstCoordinator.reloadPage }).trim().min(1, t.firstCoordinator.reloadPage).max(100, t.firstCoordinator.reloadPage);

/** Either a pending join request or an active membership; the page sends one of the two. */
const schema = (t: Messages) =>
  z.union([z.object({ requestId: recordId(t) }), z.object({ membershipId: recordId(t) })], { error: t.firstCoordinator.reloadPage });

type Input = z.output<ReturnType<typeof schema>>;

const locate = async (tx: Tx, input: Input): Promise<Located | null> => {
  if ('requestId' in input) {
    const request = await tx.joinRequest.findUnique({ where: { id: input.requestId }, select: { id: true, networkId: true } });
    return request && { networkId: request.networkId, entityType: 'JoinRequest', entityId: request.id };
  }
  const membership = await tx.membership.findUnique({ where: { id: input.membershipId }, select: { id: true, networkId: true } });
  return membership && { networkId: membership.networkId, entityType: 'Membership', entityId: membership.id };
};

export async function appointFirstCoordinator(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'network.appointFirstCoordinator',
    schema,
    locate,
    authorize: (actor) => canAppointFirstCoordinator(actor),
    perform: async ({ tx, input, user, network, now, t }) => {
      // Under the network's lock: a coordinator appointed a moment ago counts.
      if ((await countActiveCoordinators(tx, network.id)) > 0) throw new Refusal('networkHasCoordinator');

      if ('membershipId' in input) {
        const membership = await tx.membership.findUniqueOrThrow({
          where: { id: input.membershipId },
          select: { id: true, status: true, role: true, user: { select: { name: true, organization: { select: { id: true, kind: true } } } }, organization: { select: { id: true, kind: true } } },
        });
        if (membership.status !== 'ACTIVE') throw new Refusal('notActiveMember');
        // The organisation the person represents here; their account's for older rows without one.
        const organization = membership.organization ?? membership.user.organization;
        const ineligible = whyPersonCannotHold('COORDINATOR', { organizationId: organization?.id ?? null, organizationKind: organization?.kind ?? null }, network);
        if (ineligible) throw new Refusal(ineligible);
        await tx.membership.update({ where: { id: membership.id }, data: { role: 'COORDINATOR' } });
        return {
          message: t.firstCoordinator.appointed(membership.user.name, network.name),
          audit: { before: { role: membership.role }, after: { role: 'COORDINATOR' } },
        };
      }

      const request = await tx.joinRequest.findUniqueOrThrow({
        where: { id: input.requestId },
        select: {
          id: true,
          status: true,
          userId: true,
          competence: true,
          user: { select: { id: true, name: true, email: true, locale: true, disabledAt: true, organization: { select: { id: true, kind: true } } } },
        },
      });
      if (request.status !== 'PENDING') throw new Refusal('alreadyDecided');
      if (request.user.disabledAt) throw new Refusal('personAccountClosed');
      const active = await tx.membership.findFirst({ where: { userId: request.userId, networkId: network.id, status: 'ACTIVE' }, select: { id: true } });
      if (active) throw new Refusal('personAlreadyMember');
      // The person's organisation as of now: the request may be weeks old.
      const organization = request.user.organization;
      const ineligible = whyPersonCannotHold('COORDINATOR', { organizationId: organization?.id ?? null, organizationKind: organization?.kind ?? null }, network);
      if (ineligible) throw new Refusal(ineligible);

      const membership = await tx.membership.create({
        data: { userId: request.userId, networkId: network.id, organizationId: organization!.id, role: 'COORDINATOR', competence: request.competence },
        select: { id: true },
      });
      await tx.joinRequest.update({ where: { id: request.id }, data: { status: 'APPROVED', decidedById: user.id, decidedAt: now } });
      // The applicant learns the decision as any approved applicant does (their choices permitting).
      await enqueuePersonalMails(tx, {
        kind: 'joinRequest.decided',
        networkId: network.id,
        recipients: [request.user],
        compose: (m, locale, origin, person) => {
          const values = { name: person.name, network: network.name, url: `${origin}/${locale}/networks/${encodeURIComponent(network.slug)}` };
          return { subject: fill(m.joining.decisionMail.coordinatorSubject, values), body: fill(m.joining.decisionMail.coordinatorBody, values) };
        },
      });
      return {
        message: t.firstCoordinator.appointed(request.user.name, network.name),
        audit: { before: { status: 'PENDING' }, after: { status: 'APPROVED', role: 'COORDINATOR', membershipId: membership.id } },
      };
    },
  });
}
