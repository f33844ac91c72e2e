'use server';

// The coordinators run a network's market dialogues: a draft (created and edited), its moves
// (publish, close, cancel with a reason, the summary), the material, the answers to suppliers'
// questions and the one-to-one slots. Every action goes through runNetworkAction, which finds
// the network from the dialogue (or the form's network) in the database and locks it, so the
// answers, the notifications and the bookings of one dialogue happen one at a time.
import { z } from 'zod';

import type { Prisma } from '@/generated/prisma/client';
import type { Messages } from '@/i18n/messages';
import { parseStockholmInput } from '@/i18n/stockholm-time';
import { localeOf } from '@/server/actions/form-input';
import { FieldRefusal, Refusal, runNetworkAction, type FormState, type Tx } from '@/server/actions/network-action';
import { can } from '@/server/policy';
import { optionalText, requiredText, webAddress } from '@/server/input-rules';

import { DOCUMENT_TITLE_MAX, hasSlots, QUESTION_MAX, SUMMARY_MAX, TEXT_MAX } from '../dialogue-fields';
import { dialogueFormSchema, type DialogueInput } from '../dialogue-form';
import { answerPublishedMail, dialogueChangedMail, type DialogueChange, dialoguePublishedMail } from '../dialogue-mail';
import { equalSlots, nextStatus, overlaps, quotesSecret, slotLength, type DialogueMove } from '../dialogue-rules';
import { showOnPage } from './after-success';
import { locateDialogue, locateQuestion, locateSlot } from './locate';

const id = z.string().min(1).max(40);

const blank = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '');

/** Every need named must be one of this network's needs that is still live. */
async function networkNeeds(tx: Tx, t: Messages, networkId: string, needIds: string[]): Promise<string[]> {
  const found = await tx.need.findMany({ where: { id: { in: needIds }, networkId, status: { not: 'ARCHIVED' } }, select: { id: true } });
  if (found.length !== needIds.length) throw new FieldRefusal({ needs: t.dialogueValidation.needUnknown });
  return found.map((need) => need.id);
}

const dialogueData = (input: DialogueInput) => ({
  title: input.title,
  purpose: input.purpose,
  learningGoals: input.learningGoals,
  form: input.form,
  closesAt: input.closesAt,
  questionsCloseAt: input.questionsCloseAt,
  howToTakePart: input.howToTakePart,
  rfiQuestions: input.rfiQuestions,
  eventStartsAt: input.eventStartsAt,
  eventEndsAt: input.eventEndsAt,
  place: input.place,
  onlineUrl: input.onlineUrl,
  capacity: input.capacity,
  registrationClosesAt: input.registrationClosesAt,
  documentUrl: input.documentUrl,
});

const auditOf = (input: DialogueInput) => ({
  title: input.title,
  form: input.form,
  closesAt: input.closesAt.toISOString(),
  questionsCloseAt: input.questionsCloseAt.toISOString(),
  needs: input.needIds.length,
});

/** A new draft, and then its page: the coordinators add slots and material there and publish. */
export async function createDialogueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runNetworkAction(formData, {
    action: 'dialogue.create',
    schema: (t) => dialogueFormSchema(t, { networkId: id }),
    locate: async (tx, input) => {
      const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
      return network && { networkId: network.id, entityType: 'MarketDialogue', entityId: null };
    },
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, user, t }) => {
      const needIds = await networkNeeds(tx, t, network.id, input.needIds);
      const dialogue = await tx.marketDialogue.create({
        data: { ...dialogueData(input), networkId: network.id, createdById: user.id, needs: { create: needIds.map((needId) => ({ needId })) } },
        select: { id: true },
      });
      return { message: t.dialogueForm.created, entityId: dialogue.id, detail: dialogue.id, audit: { after: auditOf(input) } };
    },
  });
  return showOnPage(result, localeOf(formData), 'created');
}

export async function updateDialogueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runNetworkAction(formData, {
    action: 'dialogue.update',
    schema: (t) => dialogueFormSchema(t, { dialogueId: id }),
    locate: (tx, input) => locateDialogue(tx, input.dialogueId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const dialogue = await tx.marketDialogue.findFirstOrThrow({ where: { id: input.dialogueId, networkId: network.id }, select: { status: true } });
      // Once published, every supplier has read it: what changes after that is new material.
      if (dialogue.status !== 'DRAFT') throw new Refusal('dialogueNotDraft');
      const needIds = await networkNeeds(tx, t, network.id, input.needIds);
      await tx.marketDialogueNeed.deleteMany({ where: { dialogueId: input.dialogueId } });
      await tx.marketDialogue.update({
        where: { id: input.dialogueId },
        data: { ...dialogueData(input), needs: { create: needIds.map((needId) => ({ needId })) } },
      });
      return { message: t.dialogueForm.saved, detail: input.dialogueId, audit: { after: auditOf(input) } };
    },
  });
  return showOnPage(result, localeOf(formData), 'saved');
}

/** The signed-up suppliers who can still be told (not withdrawn, not deleted or disabled). */
async function signedUpRecipients(tx: Tx, dialogueId: string) {
  const signUps = await tx.dialogueSignUp.findMany({
    where: { dialogueId, withdrawnAt: null, user: { deletedAt: null, disabledAt: null } },
    select: { user: { select: { id: true, name: true, email: true, locale: true } } },
  });
  return signUps.map((signUp) => signUp.user);
}

/** Every signed-up supplier is told of the same change at once, in the transaction that made it. */
async function tellSignedUp(tx: Tx, dialogue: { id: string; title: string }, network: { id: string; name: string }, change: DialogueChange): Promise<number> {
  const recipients = await signedUpRecipients(tx, dialogue.id);
  if (recipients.length === 0) return 0;
  const about = { dialogueId: dialogue.id, dialogueTitle: dialogue.title, networkName: network.name };
  await tx.notification.createMany({
    data: recipients.map((user) => ({ ...dialogueChangedMail(user, about, change), userId: user.id, email: user.email, kind: 'dialogue.updated', networkId: network.id })),
  });
  return recipients.length;
}

/** Everyone following the network's thematic area is told of a newly published dialogue, in the same transaction. */
async function tellFollowers(tx: Tx, dialogue: { id: string; title: string; closesAt: Date }, network: { id: string; name: string }): Promise<number> {
  const { area } = await tx.network.findUniqueOrThrow({ where: { id: network.id }, select: { area: { select: { id: true, nameSv: true, nameEn: true } } } });
  const followers = await tx.areaFollow.findMany({
    where: { areaId: area.id, user: { deletedAt: null, disabledAt: null } },
    select: { user: { select: { id: true, name: true, email: true, locale: true } } },
  });
  if (followers.length === 0) return 0;
  const about = { dialogueId: dialogue.id, dialogueTitle: dialogue.title, networkName: network.name, areaName: { sv: area.nameSv, en: area.nameEn }, closesAt: dialogue.closesAt };
  await tx.notification.createMany({
    data: followers.map(({ user }) => ({ ...dialoguePublishedMail(user, about), userId: user.id, email: user.email, kind: 'dialogue.published', networkId: network.id })),
  });
  return followers.length;
}

const MOVE_MESSAGES = { publish: 'published', close: 'closed', cancel: 'cancelled' } as const;

/** Publish, close or cancel (with a reason). The summary has its own action: it needs its text. */
export async function moveDialogueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const move = formData.get('move');
  const schema = (t: Messages) =>
    z.object({ dialogueId: id, move: z.enum(['publish', 'close', 'cancel']), reason: optionalText(t, TEXT_MAX) });
  const result = await runNetworkAction(formData, {
    action: move === 'close' ? 'dialogue.close' : move === 'cancel' ? 'dialogue.cancel' : 'dialogue.publish',
    schema,
    locate: (tx, input) => locateDialogue(tx, input.dialogueId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t, now }) => {
      const dialogue = await tx.marketDialogue.findFirstOrThrow({
        where: { id: input.dialogueId, networkId: network.id },
        select: { status: true, form: true, title: true, closesAt: true, _count: { select: { slots: true } } },
      });
      const to = nextStatus(dialogue.status, input.move as DialogueMove);
      if (!to) throw new Refusal('moveNotAllowed');
      // The market has read a published dialogue: cancelling it says why. A draft is just set aside.
      if (input.move === 'cancel' && dialogue.status !== 'DRAFT' && !blank(input.reason)) throw new FieldRefusal({ reason: t.dialogueValidation.reasonRequired });
      const data: Prisma.MarketDialogueUpdateInput = { status: to };
      let told = 0;
      if (input.move === 'publish') {
        if (dialogue.closesAt <= now) throw new Refusal('publishInPast');
        if (hasSlots(dialogue.form) && dialogue._count.slots === 0) throw new Refusal('noSlots');
        data.publishedAt = now;
        told = await tellFollowers(tx, { id: input.dialogueId, title: dialogue.title, closesAt: dialogue.closesAt }, network);
      }
      if (input.move === 'close') data.closedAt = now;
      if (input.move === 'cancel') Object.assign(data, { cancelledAt: now, cancelledReason: blank(input.reason) });
      await tx.marketDialogue.update({ where: { id: input.dialogueId }, data });
      if (input.move === 'close' || (input.move === 'cancel' && dialogue.status !== 'DRAFT')) {
        const change: DialogueChange = input.move === 'close' ? { kind: 'closed' } : { kind: 'cancelled', reason: blank(input.reason) };
        told = await tellSignedUp(tx, { id: input.dialogueId, title: dialogue.title }, network, change);
      }
      return {
        message: t.dialogue[MOVE_MESSAGES[input.move]],
        detail: input.dialogueId,
        audit: { before: { status: dialogue.status }, after: { status: to, ...(input.move === 'cancel' ? { reason: blank(input.reason) } : {}), ...(told > 0 ? { notified: told } : {}) } },
      };
    },
  });
  return showOnPage(result, localeOf(formData), move === 'close' ? 'closed' : move === 'cancel' ? 'cancelled' : 'published');
}

export async function publishSummaryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runNetworkAction(formData, {
    action: 'dialogue.publishSummary',
    schema: (t) =>
      z.object({
        dialogueId: id,
        summary: requiredText(t, t.dialogue.summaryHeading, SUMMARY_MAX),
      }),
    locate: (tx, input) => locateDialogue(tx, input.dialogueId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t, now }) => {
      const dialogue = await tx.marketDialogue.findFirstOrThrow({ where: { id: input.dialogueId, networkId: network.id }, select: { status: true } });
      if (!nextStatus(dialogue.status, 'publishSummary')) throw new Refusal('moveNotAllowed');
      // What a supplier marked as a business secret is never quoted in what the public reads.
      const secrets = await tx.dialogueResponsePart.findMany({ where: { secret: true, response: { dialogueId: input.dialogueId } }, select: { text: true } });
      if (quotesSecret(input.summary, secrets.map((part) => part.text))) throw new FieldRefusal({ summary: t.dialogueValidation.summaryQuotesSecret });
      await tx.marketDialogue.update({ where: { id: input.dialogueId }, data: { status: 'SUMMARY_PUBLISHED', summary: input.summary, summaryPublishedAt: now } });
      return { message: t.dialogue.summaryDone, detail: input.dialogueId, audit: { before: { status: dialogue.status }, after: { status: 'SUMMARY_PUBLISHED' } } };
    },
  });
  return showOnPage(result, localeOf(formData), 'summaryDone');
}

export async function addDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'dialogue.addDocument',
    schema: (t) =>
      z.object({
        dialogueId: id,
        title: requiredText(t, t.dialogue.documentTitle, DOCUMENT_TITLE_MAX),
        url: webAddress(t, { required: t.dialogue.documentUrlLabel }).pipe(z.string()),
      }),
    locate: (tx, input) => locateDialogue(tx, input.dialogueId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, user, t }) => {
      const dialogue = await tx.marketDialogue.findFirstOrThrow({ where: { id: input.dialogueId, networkId: network.id }, select: { status: true, title: true } });
      if (dialogue.status === 'CANCELLED') throw new Refusal('dialogueNotOpen');
      const document = await tx.dialogueDocument.create({ data: { dialogueId: input.dialogueId, title: input.title, url: input.url, addedById: user.id }, select: { id: true } });
      // Material given to one is given to all: everyone signed up hears of it at once.
      const told = dialogue.status === 'DRAFT' ? 0 : await tellSignedUp(tx, { id: input.dialogueId, title: dialogue.title }, network, { kind: 'document', title: input.title });
      return { message: t.dialogue.documentAdded, entityId: document.id, audit: { after: { title: input.title, url: input.url, notified: told } } };
    },
  });
}

/**
 * Publishes an answer (or a correction, as a new version) to everyone at once: the question
 * and the answer become public together, and every signed-up supplier is told in the same
 * transaction. The asker is never named outside the network.
 */
export async function answerQuestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let version = 0;
  const result = await runNetworkAction(formData, {
    action: 'dialogue.answer',
    schema: (t) =>
      z.object({
        questionId: id,
        answer: requiredText(t, t.dialogue.answer, TEXT_MAX),
        // The question as published; left out or empty, the supplier's own words.
        publicQuestion: optionalText(t, QUESTION_MAX),
      }),
    locate: (tx, input) => locateQuestion(tx, input.questionId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, user, t, now }) => {
      const question = await tx.dialogueQuestion.findFirstOrThrow({
        where: { id: input.questionId, dialogue: { networkId: network.id } },
        select: {
          text: true,
          publicText: true,
          dialogue: { select: { id: true, title: true, status: true } },
          answers: { orderBy: { version: 'desc' }, take: 1, select: { version: true } },
        },
      });
      const dialogue = question.dialogue;
      if (dialogue.status === 'DRAFT' || dialogue.status === 'CANCELLED') throw new Refusal('dialogueNotOpen');
      version = (question.answers[0]?.version ?? 0) + 1;
      await tx.dialogueAnswer.create({ data: { questionId: input.questionId, version, text: input.answer, publishedAt: now, authorId: user.id } });
      const publicText = input.publicQuestion && input.publicQuestion !== question.text ? input.publicQuestion : null;
      if (publicText !== question.publicText) await tx.dialogueQuestion.update({ where: { id: input.questionId }, data: { publicText } });
      const recipients = await signedUpRecipients(tx, dialogue.id);
      if (recipients.length > 0) {
        await tx.notification.createMany({
          data: recipients.map((recipient) => ({
            ...answerPublishedMail(recipient, { dialogueId: dialogue.id, dialogueTitle: dialogue.title, networkName: network.name, correction: version > 1 }),
            userId: recipient.id,
            email: recipient.email,
            kind: 'dialogue.answerPublished',
            networkId: network.id,
          })),
        });
      }
      return {
        message: version === 1 ? t.dialogue.answerPublished : t.dialogue.correctionPublished,
        detail: dialogue.id,
        audit: { after: { version, notified: recipients.length, reworded: publicText !== null } },
      };
    },
  });
  return showOnPage(result, localeOf(formData), version > 1 ? 'correctionPublished' : 'answerPublished');
}

const SLOT_FIELDS = { firstSlot: 'firstSlot', slotMinutes: 'slotMinutes', slotCount: 'slotCount', breakMinutes: 'breakMinutes' } as const;

function slotsSchema(t: Messages) {
  const m = t.dialogueValidation;
  const whole = (value: unknown) => (/^\d+$/.test(blank(value)) ? Number(blank(value)) : NaN);
  return z.looseObject({ dialogueId: id }).transform((raw, ctx) => {
    const f = raw as Record<string, unknown>;
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const first = blank(f.firstSlot) ? parseStockholmInput(blank(f.firstSlot)) : null;
    if (!blank(f.firstSlot)) issue(SLOT_FIELDS.firstSlot, m.timeRequired);
    else if (!first) issue(SLOT_FIELDS.firstSlot, m.invalidTime);
    const minutes = whole(f.slotMinutes);
    if (!(minutes >= 10 && minutes <= 240)) issue(SLOT_FIELDS.slotMinutes, m.slotMinutesInvalid);
    const count = whole(f.slotCount);
    if (!(count >= 1 && count <= 40)) issue(SLOT_FIELDS.slotCount, m.slotCountInvalid);
    const pause = blank(f.breakMinutes) === '' ? 0 : whole(f.breakMinutes);
    if (!(pause >= 0 && pause <= 120)) issue(SLOT_FIELDS.breakMinutes, m.breakMinutesInvalid);
    return { dialogueId: String(f.dialogueId), first: first ?? new Date(0), minutes, count, pause };
  });
}

export async function addSlotsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'dialogue.addSlots',
    schema: slotsSchema,
    locate: (tx, input) => locateDialogue(tx, input.dialogueId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const dialogue = await tx.marketDialogue.findFirstOrThrow({
        where: { id: input.dialogueId, networkId: network.id },
        select: { form: true, status: true, closesAt: true, slots: { select: { startsAt: true, endsAt: true }, orderBy: { startsAt: 'asc' } } },
      });
      if (!hasSlots(dialogue.form)) throw new Refusal('notOneToOne');
      if (dialogue.status !== 'DRAFT' && dialogue.status !== 'OPEN') throw new Refusal('dialogueNotOpen');
      const slots = equalSlots(input.first, input.minutes, input.count, input.pause);
      const m = t.dialogueValidation;
      // Equal treatment: every company gets a meeting of the same length.
      const existing = slotLength(dialogue.slots);
      if (existing !== null && existing !== input.minutes) throw new FieldRefusal({ slotMinutes: m.slotsUnequal(existing) });
      if (slots.at(-1)!.endsAt > dialogue.closesAt) throw new FieldRefusal({ firstSlot: m.slotsAfterClose });
      if (overlaps(slots, dialogue.slots)) throw new FieldRefusal({ firstSlot: m.slotsOverlap });
      await tx.dialogueSlot.createMany({ data: slots.map((slot) => ({ dialogueId: input.dialogueId, ...slot })) });
      return { message: t.dialogue.slotsAdded(slots.length), audit: { after: { slots: slots.length, minutes: input.minutes, first: input.first.toISOString() } } };
    },
  });
}

export async function saveSlotNotesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'dialogue.saveNotes',
    schema: (t) => z.object({ slotId: id, notes: optionalText(t, TEXT_MAX) }),
    locate: (tx, input) => locateSlot(tx, input.slotId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const slot = await tx.dialogueSlot.findFirstOrThrow({ where: { id: input.slotId, dialogue: { networkId: network.id } }, select: { notes: true } });
      if (slot.notes === input.notes) return { message: t.dialogue.notesSaved, unchanged: true };
      await tx.dialogueSlot.update({ where: { id: input.slotId }, data: { notes: input.notes } });
      return { message: t.dialogue.notesSaved, audit: { after: { notesLength: input.notes.length } } };
    },
  });
}
