'use server';

// What a supplier does in a published dialogue: sign up (and withdraw), ask a question, hand
// in a written answer to a request for information, and book one of the equal one-to-one
// slots. Deadlines are the server's: a question after the question deadline, an answer or a
// booking after the dialogue closes, a slot someone else took: each refused with its reason,
// what was typed kept. The network row lock of runNetworkAction makes bookings of one dialogue
// take turns, so of twenty companies reaching for the same slot exactly one gets it.
import { z } from 'zod';

import { Prisma } from '@/generated/prisma/client';
import type { Messages } from '@/i18n/messages';
import { localeOf } from '@/server/actions/form-input';
import { FieldRefusal, Refusal, runNetworkAction, type FormState, type Tx } from '@/server/actions/network-action';
import type { CurrentUser } from '@/server/auth/current-user';
import { requiredText } from '@/server/input-rules';
import type { Decision } from '@/server/policy';

import { QUESTION_MAX, SECRET_REASON_MAX, TEXT_MAX } from '../dialogue-fields';
import { isSupplier, questionsOpen, takesPart, writtenQuestions } from '../dialogue-rules';
import { showOnPage } from './after-success';
import { locateDialogue, locateSlot } from './locate';

const id = z.string().min(1).max(40);

const blank = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '');

/** Anyone signed in gets to the rules below; they say why a non-supplier is refused. */
const signedIn = (): Decision => ({ allowed: true });

/** The published dialogue a supplier acts on; a draft does not exist for them. */
async function supplierDialogue(tx: Tx, user: CurrentUser, dialogueId: string, networkId: string) {
  if (!isSupplier(user.organization)) throw new Refusal('notSupplier');
  const dialogue = await tx.marketDialogue.findFirst({
    where: { id: dialogueId, networkId, publishedAt: { not: null } },
    select: { id: true, status: true, form: true, closesAt: true, questionsCloseAt: true, rfiQuestions: true, capacity: true, registrationClosesAt: true },
  });
  if (!dialogue) throw new Refusal('notFound');
  return dialogue;
}

async function requireSignUp(tx: Tx, dialogueId: string, userId: string) {
  const signUp = await tx.dialogueSignUp.findUnique({ where: { dialogueId_userId: { dialogueId, userId } }, select: { withdrawnAt: true } });
  if (!signUp || signUp.withdrawnAt) throw new Refusal('notSignedUp');
}

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runNetworkAction(formData, {
    action: 'dialogue.signUp',
    schema: () => z.object({ dialogueId: id }),
    locate: (tx, input) => locateDialogue(tx, input.dialogueId),
    authorize: signedIn,
    perform: async ({ tx, input, network, user, t, now }) => {
      const dialogue = await supplierDialogue(tx, user, input.dialogueId, network.id);
      if (!takesPart(dialogue, now)) throw new Refusal('dialogueNotOpen');
      const existing = await tx.dialogueSignUp.findUnique({ where: { dialogueId_userId: { dialogueId: dialogue.id, userId: user.id } }, select: { id: true, withdrawnAt: true } });
      if (existing && !existing.withdrawnAt) return { message: t.dialogue.signedUp, unchanged: true };
      // For a supplier day the sign-up is the registration: its deadline and its places count.
      if (dialogue.form === 'INFO_MEETING') {
        if (dialogue.registrationClosesAt && now > dialogue.registrationClosesAt) throw new Refusal('dialogueRegistrationClosed');
        if (dialogue.capacity !== null && (await tx.dialogueSignUp.count({ where: { dialogueId: dialogue.id, withdrawnAt: null } })) >= dialogue.capacity) {
          throw new Refusal('dialogueFull');
        }
      }
      const signUp = existing
        ? await tx.dialogueSignUp.update({ where: { id: existing.id }, data: { withdrawnAt: null, organizationId: user.organization!.id }, select: { id: true } })
        : await tx.dialogueSignUp.create({ data: { dialogueId: dialogue.id, userId: user.id, organizationId: user.organization!.id, signedUpAt: now }, select: { id: true } });
      return { message: t.dialogue.signedUp, entityId: signUp.id, detail: dialogue.id, audit: { after: { organisation: user.organization!.name } } };
    },
  });
  return showOnPage(result, localeOf(formData), 'signedUp');
}

/**
 * Withdrawing keeps the sign-up row (the register of prior involvement), the questions (still
 * anonymous) and the written answer (a public record). The company's booked slot is freed once
 * no one of the company is signed up any more.
 */
export async function withdrawAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runNetworkAction(formData, {
    action: 'dialogue.withdraw',
    schema: () => z.object({ dialogueId: id }),
    locate: (tx, input) => locateDialogue(tx, input.dialogueId),
    authorize: signedIn,
    perform: async ({ tx, input, network, user, t, now }) => {
      const dialogue = await supplierDialogue(tx, user, input.dialogueId, network.id);
      // Once the dialogue has closed, who took part is settled: the register must not change after the end.
      if (!takesPart(dialogue, now)) throw new Refusal('dialogueNotOpen');
      await requireSignUp(tx, dialogue.id, user.id);
      await tx.dialogueSignUp.update({ where: { dialogueId_userId: { dialogueId: dialogue.id, userId: user.id } }, data: { withdrawnAt: now } });
      const colleagues = await tx.dialogueSignUp.count({ where: { dialogueId: dialogue.id, organizationId: user.organization!.id, withdrawnAt: null } });
      let freedSlot = false;
      if (colleagues === 0) {
        const freed = await tx.dialogueSlot.updateMany({
          where: { dialogueId: dialogue.id, bookedByOrganizationId: user.organization!.id, startsAt: { gt: now } },
          data: { bookedByOrganizationId: null, bookedById: null, bookedAt: null },
        });
        freedSlot = freed.count > 0;
      }
      return { message: t.dialogue.withdrawn, detail: dialogue.id, audit: { after: { withdrawn: true, freedSlot } } };
    },
  });
  return showOnPage(result, localeOf(formData), 'withdrawn');
}

export async function askQuestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'dialogue.ask',
    schema: (t) =>
      z.object({
        dialogueId: id,
        question: requiredText(t, t.dialogue.question, QUESTION_MAX),
      }),
    locate: (tx, input) => locateDialogue(tx, input.dialogueId),
    authorize: signedIn,
    perform: async ({ tx, input, network, user, t, now }) => {
      const dialogue = await supplierDialogue(tx, user, input.dialogueId, network.id);
      if (!questionsOpen(dialogue, now)) throw new Refusal('questionsClosed');
      await requireSignUp(tx, dialogue.id, user.id);
      const question = await tx.dialogueQuestion.create({
        data: { dialogueId: dialogue.id, askedById: user.id, organizationId: user.organization!.id, text: input.question, askedAt: now },
        select: { id: true },
      });
      return { message: t.dialogue.asked, entityId: question.id, audit: { after: { length: input.question.length } } };
    },
  });
}

type ResponsePart = { position: number; text: string; secret: boolean; secretReason: string };

/** The parts of an RFI answer as typed: `answer-N`, `secret-N` and `secretReason-N` per question N. */
function responseParts(t: Messages, raw: Record<string, unknown>, questionCount: number): ResponsePart[] {
  const m = t.dialogueValidation;
  const errors: Record<string, string> = {};
  const parts: ResponsePart[] = [];
  for (let position = 0; position < questionCount; position++) {
    const text = blank(raw[`answer-${position}`]);
    const secret = raw[`secret-${position}`] === 'on' || raw[`secret-${position}`] === 'true';
    const secretReason = blank(raw[`secretReason-${position}`]);
    if (text.length > TEXT_MAX) errors[`answer-${position}`] = t.input.tooLong(TEXT_MAX, text.length);
    if (secretReason.length > SECRET_REASON_MAX) errors[`secretReason-${position}`] = t.input.tooLong(SECRET_REASON_MAX, secretReason.length);
    if (text && secret && !secretReason) errors[`secretReason-${position}`] = m.secretReasonRequired;
    if (text) parts.push({ position, text, secret, secretReason: secret ? secretReason : '' });
  }
  if (parts.length === 0 && Object.keys(errors).length === 0) errors['answer-0'] = m.responseRequired;
  if (Object.keys(errors).length > 0) throw new FieldRefusal(errors);
  return parts;
}

/**
 * One written answer per company (to an RFI's questions, or comments on a consultation's draft);
 * a colleague who hands in again replaces it, until the deadline.
 */
export async function submitResponseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'dialogue.respond',
    schema: () => z.looseObject({ dialogueId: id }),
    locate: (tx, input) => locateDialogue(tx, input.dialogueId),
    authorize: signedIn,
    perform: async ({ tx, input, network, user, t, now }) => {
      const dialogue = await supplierDialogue(tx, user, input.dialogueId, network.id);
      const questions = writtenQuestions(dialogue);
      if (questions === null) throw new Refusal('notRfi');
      if (!takesPart(dialogue, now)) throw new Refusal('responsesClosed');
      await requireSignUp(tx, dialogue.id, user.id);
      const parts = responseParts(t, input as Record<string, unknown>, questions);
      const organizationId = user.organization!.id;
      const response = await tx.dialogueResponse.upsert({
        where: { dialogueId_organizationId: { dialogueId: dialogue.id, organizationId } },
        create: { dialogueId: dialogue.id, organizationId, submittedById: user.id, submittedAt: now },
        update: { submittedById: user.id, submittedAt: now },
        select: { id: true },
      });
      await tx.dialogueResponsePart.deleteMany({ where: { responseId: response.id } });
      await tx.dialogueResponsePart.createMany({ data: parts.map((part) => ({ ...part, responseId: response.id })) });
      return { message: t.dialogue.responseSaved, entityId: response.id, audit: { after: { parts: parts.length, secretParts: parts.filter((part) => part.secret).length } } };
    },
  });
}

export async function bookSlotAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runNetworkAction(formData, {
    action: 'dialogue.book',
    schema: () => z.object({ slotId: id }),
    locate: (tx, input) => locateSlot(tx, input.slotId),
    authorize: signedIn,
    perform: async ({ tx, input, network, user, t, now }) => {
      const slot = await tx.dialogueSlot.findFirstOrThrow({ where: { id: input.slotId, dialogue: { networkId: network.id } }, select: { dialogueId: true, startsAt: true } });
      const dialogue = await supplierDialogue(tx, user, slot.dialogueId, network.id);
      if (!takesPart(dialogue, now) || slot.startsAt <= now) throw new Refusal('dialogueNotOpen');
      await requireSignUp(tx, dialogue.id, user.id);
      const organizationId = user.organization!.id;
      const own = await tx.dialogueSlot.findFirst({ where: { dialogueId: dialogue.id, bookedByOrganizationId: organizationId }, select: { id: true } });
      if (own) throw new Refusal('alreadyBooked');
      try {
        // Only a free slot is taken; the unique index on (dialogue, company) is the last guard.
        const taken = await tx.dialogueSlot.updateMany({
          where: { id: input.slotId, bookedByOrganizationId: null },
          data: { bookedByOrganizationId: organizationId, bookedById: user.id, bookedAt: now },
        });
        if (taken.count === 0) throw new Refusal('slotTaken');
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new Refusal('alreadyBooked');
        throw error;
      }
      return { message: t.dialogue.booked, detail: dialogue.id, audit: { after: { startsAt: slot.startsAt.toISOString() } } };
    },
  });
  return showOnPage(result, localeOf(formData), 'booked');
}

export async function cancelBookingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runNetworkAction(formData, {
    action: 'dialogue.cancelBooking',
    schema: () => z.object({ slotId: id }),
    locate: (tx, input) => locateSlot(tx, input.slotId),
    authorize: signedIn,
    perform: async ({ tx, input, network, user, t, now }) => {
      const slot = await tx.dialogueSlot.findFirstOrThrow({
        where: { id: input.slotId, dialogue: { networkId: network.id } },
        select: { dialogueId: true, startsAt: true, bookedByOrganizationId: true },
      });
      const dialogue = await supplierDialogue(tx, user, slot.dialogueId, network.id);
      // Another company's booking is, to this supplier, a slot like any other: not theirs.
      if (slot.bookedByOrganizationId !== user.organization!.id) throw new Refusal('notFound');
      if (!takesPart(dialogue, now) || slot.startsAt <= now) throw new Refusal('dialogueNotOpen');
      await tx.dialogueSlot.update({ where: { id: input.slotId }, data: { bookedByOrganizationId: null, bookedById: null, bookedAt: null } });
      return { message: t.dialogue.bookingCancelled, detail: dialogue.id, audit: { after: { startsAt: slot.startsAt.toISOString() } } };
    },
  });
  return showOnPage(result, localeOf(formData), 'bookingCancelled');
}
