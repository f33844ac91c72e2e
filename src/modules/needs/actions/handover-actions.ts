'use server';

// Handing the results over to the organisations that will procure, and their receipt (the
// agency's report, p. 44: this is where networks lose their work today). The coordinator names
// a contracting authority (a member municipality, or a central purchasing body for a framework
// agreement) and a person there; the first handover moves the need to HANDED_OVER with a
// recorded transition, and the person is told through the outbox, all in one transaction.
// Until that person's organisation acknowledges, the handover shows as pending everywhere.
import { z } from 'zod';

import { HandoverDocumentKind } from '@/generated/prisma/enums';
import { getMessages, type Messages } from '@/i18n/messages';
import { isContractingAuthority } from '@/modules/accounts/client';
import { donePath, goToCreated } from '@/server/actions/after-success';
import { Refusal, runNetworkAction, type FormState } from '@/server/actions/network-action';
import { can } from '@/server/policy';
import { optionalText, textProblem } from '@/server/input-rules';
import { typedWebAddress } from '@/server/web-address';

import { HANDOVER_LIMITS } from '../form-limits';
import { handoverMail } from '../handover-mail';
import { locateNeed } from '../locate-need';
import { needPath } from '../need-paths';
import { canTransition, mayHandOver } from '../need-status';

/** The form has four document rows; at least one must be filled in. */
const DOCUMENT_ROWS = [1, 2, 3, 4] as const;

const handOverSchema = (messages: Messages) => {
  const t = messages.businessCase.errors;
  const label = messages.businessCase.handoverPage;
  return (
    z
      // The document rows come as flat fields (documentKind1, documentTitle1, documentUrl1, …
      // documentUrl4), so each field's error stands next to it; they are read below.
      .looseObject({
        needId: z.string().min(1),
        receivingOrganizationId: z.string(t.organizationRequired).trim().min(1, t.organizationRequired),
        recipientId: z.string(t.recipientRequired).trim().min(1, t.recipientRequired),
        note: optionalText(messages, HANDOVER_LIMITS.note),
      })
      .transform((input, ctx) => {
        const field = (name: string) => {
          const value = input[name];
          return typeof value === 'string' ? value.trim() : '';
        };
        const documents: Array<{ kind: HandoverDocumentKind; title: string; url: string }> = [];
        let begun = 0;
        for (const n of DOCUMENT_ROWS) {
          const [kindText, title, url] = [field(`documentKind${n}`), field(`documentTitle${n}`), field(`documentUrl${n}`)];
          // An empty row is left out; a row begun must be complete.
          if (!kindText && !title && !url) continue;
          begun += 1;
          const kind = Object.values(HandoverDocumentKind).find((k) => k === kindText);
          const problems: Array<[string, string]> = [];
          if (!kind) problems.push([`documentKind${n}`, t.kindRequired]);
          // The shared rules: "Fyll i titel", and a link typed as www.example.se read as https.
          const titleProblem = textProblem(title, HANDOVER_LIMITS.documentTitle, { required: label.documentTitle, t: messages.input });
          if (titleProblem) problems.push([`documentTitle${n}`, titleProblem]);
          const link = typedWebAddress(url);
          if (!link) problems.push([`documentUrl${n}`, url ? messages.input.webAddress : messages.input.required(label.documentUrl)]);
          else if (link.length > HANDOVER_LIMITS.documentUrl) problems.push([`documentUrl${n}`, messages.input.tooLong(HANDOVER_LIMITS.documentUrl, link.length)]);
          for (const [path, message] of problems) ctx.addIssue({ code: 'custom', path: [path], message });
          if (kind && link && problems.length === 0) documents.push({ kind, title, url: link });
        }
        if (begun === 0) ctx.addIssue({ code: 'custom', path: ['documents'], message: t.documentsRequired });
        return { needId: input.needId, receivingOrganizationId: input.receivingOrganizationId, recipientId: input.recipientId, note: input.note, documents };
      })
  );
};

export async function handOver(_previous: FormState, formData: FormData): Promise<FormState> {
  return goToCreated(await runNetworkAction(formData, {
    action: 'need.handOver',
    oncePerSubmission: true,
    schema: handOverSchema,
    locate: (tx, input) => locateNeed(tx, input.needId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, network, now, locale, t }) => {
      const need = await tx.need.findUniqueOrThrow({ where: { id: input.needId }, select: { id: true, title: true, status: true } });
      if (!mayHandOver(need.status)) throw new Refusal('handoverNotReady');
      const organization = await tx.organization.findUnique({ where: { id: input.receivingOrganizationId }, select: { id: true, name: true, kind: true } });
      if (!organization || !isContractingAuthority(organization.kind)) throw new Refusal('receiverNotProcuring');
      const recipient = await tx.user.findFirst({
        where: { id: input.recipientId, organizationId: organization.id, disabledAt: null },
        select: { id: true, name: true, email: true },
      });
      if (!recipient) throw new Refusal('recipientNotInOrganization');
      // One pending handover per need and receiver (also a partial unique index); the network's
      // row lock makes this check safe against a simultaneous handover.
      const pending = await tx.handover.findFirst({
        where: { needId: need.id, receivingOrganizationId: organization.id, acknowledgedAt: null },
        select: { id: true },
      });
      if (pending) throw new Refusal('handoverAlreadyPending');

      const handover = await tx.handover.create({
        data: {
          needId: need.id,
          receivingOrganizationId: organization.id,
          recipientId: recipient.id,
          note: input.note,
          handedOverById: user.id,
          handedOverAt: now,
          documents: { create: input.documents },
        },
        select: { id: true },
      });

      // The first handover is what makes the need "handed over" (never a bare status change).
      const moved = need.status !== 'HANDED_OVER';
      if (moved) {
        if (!canTransition(need.status, 'HANDED_OVER')) throw new Refusal('transitionNotAllowed');
        await tx.need.update({ where: { id: need.id }, data: { status: 'HANDED_OVER' } });
        await tx.needTransition.create({
          data: {
            needId: need.id,
            fromStatus: need.status,
            toStatus: 'HANDED_OVER',
            // Recorded in Swedish, like the reasons coordinators write.
            reason: getMessages('sv').businessCase.handoverPage.transitionReason(organization.name),
            actorId: user.id,
            createdAt: now,
          },
        });
      }

      // The outbox, in the same transaction: the recipient is told if and only if the handover exists.
      const mail = handoverMail(getMessages('sv'), getMessages('en'), {
        recipientName: recipient.name,
        networkName: network.name,
        needTitle: need.title,
        organizationName: organization.name,
        documents: input.documents,
        note: input.note,
      });
      await tx.notification.create({ data: { ...mail, userId: recipient.id, email: recipient.email, kind: 'need.handedOver', networkId: network.id } });

      return {
        message: t.businessCase.handoverPage.handedOver(organization.name, recipient.name),
        // The browser goes to the need, where the handover stands as pending.
        detail: donePath(needPath(locale, network.slug, need.id), 'handedOver'),
        entityId: handover.id,
        audit: {
          ...(moved ? { before: { status: need.status } } : {}),
          after: {
            need: need.title,
            receivingOrganization: organization.name,
            recipient: recipient.name,
            documents: input.documents.map((document) => document.title),
            ...(moved ? { status: 'HANDED_OVER' } : {}),
          },
        },
      };
    },
  }));
}

const acknowledgeSchema = () => z.object({ handoverId: z.string().min(1) });

export async function acknowledgeHandover(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'handover.acknowledge',
    schema: acknowledgeSchema,
    locate: async (tx, input) => {
      const handover = await tx.handover.findUnique({ where: { id: input.handoverId }, select: { id: true, need: { select: { networkId: true } } } });
      return handover && { networkId: handover.need.networkId, entityType: 'Handover', entityId: handover.id };
    },
    // The receiving organisation need not be in the network (a central purchasing body), so
    // membership says nothing here: the person's own organisation decides, checked below with
    // the handover loaded. Signed-out people never get this far.
    authorize: () => ({ allowed: true }),
    // Results handed over before the network ended are still received: the receiving
    // organisation's acknowledgement is about its own receipt, not new work in the network.
    closedOpen: true,
    perform: async ({ tx, input, user, now, t }) => {
      const handover = await tx.handover.findUniqueOrThrow({
        where: { id: input.handoverId },
        select: { id: true, receivingOrganizationId: true, acknowledgedAt: true, receivingOrganization: { select: { name: true } }, need: { select: { title: true } } },
      });
      if (user.organization?.id !== handover.receivingOrganizationId) throw new Refusal('notReceivingOrganization');
      if (handover.acknowledgedAt) throw new Refusal('alreadyAcknowledged');
      // Only the first of two simultaneous clicks acknowledges.
      const { count } = await tx.handover.updateMany({ where: { id: handover.id, acknowledgedAt: null }, data: { acknowledgedById: user.id, acknowledgedAt: now } });
      if (count === 0) throw new Refusal('alreadyAcknowledged');
      return {
        message: t.businessCase.handover.acknowledgedMessage,
        audit: { after: { need: handover.need.title, receivingOrganization: handover.receivingOrganization.name, acknowledgedAt: now.toISOString() } },
      };
    },
  });
}
