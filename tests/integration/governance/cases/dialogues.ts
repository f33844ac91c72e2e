// Market dialogues: the coordinators (and platform admins) run them; suppliers, and only
// suppliers, sign up, ask, answer an RFI and book a slot in a published dialogue. The forged
// ids are records of a dialogue of Avancerad rening av avloppsvatten, aimed at by Konstgräs's
// coordinator. Each attempt gets dialogues of its own.
import { addDocumentAction, addSlotsAction, answerQuestionAction, createDialogueAction, moveDialogueAction, publishSummaryAction, saveSlotNotesAction, updateDialogueAction } from '@/modules/dialogues/actions/coordinator-actions';
import { saveFollowedAreasAction } from '@/modules/dialogues/actions/follow-actions';
import { askQuestionAction, bookSlotAction, cancelBookingAction, signUpAction, submitResponseAction, withdrawAction } from '@/modules/dialogues/actions/supplier-actions';
import type { DialogueForm, DialogueStatus } from '@/generated/prisma/enums';
import { toStockholmInput } from '@/i18n/stockholm-time';

import { MANAGERS_ONLY, ROLE_EMAIL, SIGNED_IN, successOnRedirect, type ActionCase, type Expected, type Fixture, type Role } from '../roles';

const OTHER = 'avancerad-rening-av-avloppsvatten';

/** Only a supplier's person may: no network role, not even an admin's, takes part for a company. */
export const SUPPLIERS_ONLY: Record<Role, Expected> = {
  anonymous: 'deny',
  supplier: 'allow',
  buyerNonMember: 'deny',
  member: 'deny',
  observer: 'deny',
  otherCoordinator: 'deny',
  coordinator: 'deny',
  agencyStaff: 'deny',
  admin: 'deny',
};

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);
let attempt = 0;

export async function newDialogue(
  fixture: Fixture,
  options: { slug?: string; status?: DialogueStatus; form?: DialogueForm; rfiQuestions?: string[] } = {},
): Promise<{ id: string; networkId: string; needId: string }> {
  const prisma = fixture.database.prisma;
  const networkId = await fixture.networkId(options.slug ?? 'konstgras');
  const need = await prisma.need.findFirstOrThrow({ where: { networkId, status: { not: 'ARCHIVED' } }, select: { id: true } });
  const status = options.status ?? 'OPEN';
  const dialogue = await prisma.marketDialogue.create({
    data: {
      networkId,
      title: `Dialog ${++attempt}`,
      purpose: 'Att lära av marknaden.',
      form: options.form ?? 'RFI',
      status,
      rfiQuestions: options.rfiQuestions ?? ['Vad erbjuder ni?', 'Vad kostar det?'],
      questionsCloseAt: inDays(10),
      closesAt: inDays(14),
      publishedAt: status === 'DRAFT' ? null : inDays(-1),
      needs: { create: [{ needId: need.id }] },
    },
    select: { id: true },
  });
  return { id: dialogue.id, networkId, needId: need.id };
}

/** The role's person signed up (whatever their organisation: the action must still refuse a non-supplier). */
async function signUp(fixture: Fixture, dialogueId: string, role: Role) {
  const email = ROLE_EMAIL[role];
  if (!email) return;
  const prisma = fixture.database.prisma;
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, organizationId: true } });
  const organizationId = user.organizationId ?? (await prisma.organization.findFirstOrThrow({ where: { kind: 'COMPANY' }, select: { id: true } })).id;
  await prisma.dialogueSignUp.create({ data: { dialogueId, userId: user.id, organizationId } });
}

async function newQuestion(fixture: Fixture, dialogueId: string) {
  const prisma = fixture.database.prisma;
  const supplier = await prisma.user.findUniqueOrThrow({ where: { email: 'supplier@trappan.test' }, select: { id: true, organizationId: true } });
  return prisma.dialogueQuestion.create({ data: { dialogueId, askedById: supplier.id, organizationId: supplier.organizationId!, text: 'Hur mycket?' }, select: { id: true } });
}

async function newSlot(fixture: Fixture, dialogueId: string, booked: 'free' | 'bySupplier') {
  const prisma = fixture.database.prisma;
  const supplier = await prisma.user.findUniqueOrThrow({ where: { email: 'supplier@trappan.test' }, select: { id: true, organizationId: true } });
  const startsAt = inDays(12 + (++attempt % 100) / 100);
  return prisma.dialogueSlot.create({
    data: {
      dialogueId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 45 * 60_000),
      ...(booked === 'bySupplier' ? { bookedByOrganizationId: supplier.organizationId, bookedById: supplier.id, bookedAt: new Date() } : {}),
    },
    select: { id: true },
  });
}

const statusOf = async (fixture: Fixture, id: string) => (await fixture.database.prisma.marketDialogue.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

const editorFields = (needId: string) => ({
  title: 'Skriftlig dialog om fyllnadsmaterial',
  purpose: 'Att lära av marknaden.',
  form: 'RFI',
  [`need-${needId}`]: 'on',
  questionsCloseAt: toStockholmInput(inDays(10)),
  closesAt: toStockholmInput(inDays(14)),
  rfiQuestions: 'Vad erbjuder ni?\nVad kostar det?',
});

export const cases: ActionCase[] = [
  {
    name: 'start a market dialogue',
    run: successOnRedirect(createDialogueAction),
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const networkId = await fixture.networkId('konstgras');
      const need = await fixture.database.prisma.need.findFirstOrThrow({ where: { networkId }, select: { id: true } });
      const title = `Ny dialog ${++attempt}`;
      return {
        form: fixture.form({ ...editorFields(need.id), title, networkId }),
        applied: async () => (await fixture.database.prisma.marketDialogue.count({ where: { title } })) === 1,
      };
    },
    forged: async (fixture) => {
      // Konstgräs's coordinator names another network, or links another network's need.
      const networkId = await fixture.networkId('konstgras');
      const foreignNeed = await fixture.database.prisma.need.findFirstOrThrow({ where: { network: { slug: OTHER } }, select: { id: true } });
      const title = `Lånat behov ${++attempt}`;
      return {
        form: fixture.form({ ...editorFields(foreignNeed.id), title, networkId }),
        applied: async () => (await fixture.database.prisma.marketDialogue.count({ where: { title } })) > 0,
      };
    },
  },
  {
    name: 'edit a dialogue draft',
    run: successOnRedirect(updateDialogueAction),
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const dialogue = await newDialogue(fixture, { status: 'DRAFT' });
      const title = `Ändrad dialog ${++attempt}`;
      return {
        form: fixture.form({ ...editorFields(dialogue.needId), title, dialogueId: dialogue.id }),
        applied: async () => (await fixture.database.prisma.marketDialogue.findUniqueOrThrow({ where: { id: dialogue.id } })).title === title,
      };
    },
    forged: async (fixture) => {
      const dialogue = await newDialogue(fixture, { slug: OTHER, status: 'DRAFT' });
      const title = `Kapad dialog ${++attempt}`;
      return {
        form: fixture.form({ ...editorFields(dialogue.needId), title, dialogueId: dialogue.id }),
        applied: async () => (await fixture.database.prisma.marketDialogue.findUniqueOrThrow({ where: { id: dialogue.id } })).title === title,
      };
    },
  },
  {
    name: 'publish a dialogue',
    run: successOnRedirect(moveDialogueAction),
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const dialogue = await newDialogue(fixture, { status: 'DRAFT' });
      return { form: fixture.form({ dialogueId: dialogue.id, move: 'publish' }), applied: async () => (await statusOf(fixture, dialogue.id)) === 'OPEN' };
    },
    forged: async (fixture) => {
      const dialogue = await newDialogue(fixture, { slug: OTHER, status: 'DRAFT' });
      return { form: fixture.form({ dialogueId: dialogue.id, move: 'publish' }), applied: async () => (await statusOf(fixture, dialogue.id)) === 'OPEN' };
    },
  },
  {
    name: 'cancel a dialogue',
    run: successOnRedirect(moveDialogueAction),
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const dialogue = await newDialogue(fixture);
      return { form: fixture.form({ dialogueId: dialogue.id, move: 'cancel', reason: 'Behovet har ändrats.' }), applied: async () => (await statusOf(fixture, dialogue.id)) === 'CANCELLED' };
    },
    forged: async (fixture) => {
      const dialogue = await newDialogue(fixture, { slug: OTHER });
      return { form: fixture.form({ dialogueId: dialogue.id, move: 'cancel', reason: 'Kapad.' }), applied: async () => (await statusOf(fixture, dialogue.id)) === 'CANCELLED' };
    },
  },
  {
    name: 'publish a dialogue summary',
    run: successOnRedirect(publishSummaryAction),
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const dialogue = await newDialogue(fixture, { status: 'CLOSED' });
      return { form: fixture.form({ dialogueId: dialogue.id, summary: 'Vi lärde oss mycket.' }), applied: async () => (await statusOf(fixture, dialogue.id)) === 'SUMMARY_PUBLISHED' };
    },
    forged: async (fixture) => {
      const dialogue = await newDialogue(fixture, { slug: OTHER, status: 'CLOSED' });
      return { form: fixture.form({ dialogueId: dialogue.id, summary: 'Kapad.' }), applied: async () => (await statusOf(fixture, dialogue.id)) === 'SUMMARY_PUBLISHED' };
    },
  },
  {
    name: 'add material to a dialogue',
    run: addDocumentAction,
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const dialogue = await newDialogue(fixture);
      return {
        form: fixture.form({ dialogueId: dialogue.id, title: 'Bilder från träffen', url: 'https://example.org/bilder.pdf' }),
        applied: async () => (await fixture.database.prisma.dialogueDocument.count({ where: { dialogueId: dialogue.id } })) === 1,
      };
    },
    forged: async (fixture) => {
      const dialogue = await newDialogue(fixture, { slug: OTHER });
      return {
        form: fixture.form({ dialogueId: dialogue.id, title: 'Kapat', url: 'https://example.org/kapat.pdf' }),
        applied: async () => (await fixture.database.prisma.dialogueDocument.count({ where: { dialogueId: dialogue.id } })) > 0,
      };
    },
  },
  {
    name: 'answer a supplier question',
    run: successOnRedirect(answerQuestionAction),
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const dialogue = await newDialogue(fixture);
      const question = await newQuestion(fixture, dialogue.id);
      return {
        form: fixture.form({ questionId: question.id, answer: 'Så här.' }),
        applied: async () => (await fixture.database.prisma.dialogueAnswer.count({ where: { questionId: question.id } })) === 1,
      };
    },
    forged: async (fixture) => {
      const dialogue = await newDialogue(fixture, { slug: OTHER });
      const question = await newQuestion(fixture, dialogue.id);
      return {
        form: fixture.form({ questionId: question.id, answer: 'Kapat.' }),
        applied: async () => (await fixture.database.prisma.dialogueAnswer.count({ where: { questionId: question.id } })) > 0,
      };
    },
  },
  {
    name: 'add one-to-one slots',
    run: addSlotsAction,
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const dialogue = await newDialogue(fixture, { form: 'ONE_TO_ONE', status: 'DRAFT' });
      return {
        form: fixture.form({ dialogueId: dialogue.id, firstSlot: toStockholmInput(inDays(12)), slotMinutes: '45', slotCount: '3', breakMinutes: '15' }),
        applied: async () => (await fixture.database.prisma.dialogueSlot.count({ where: { dialogueId: dialogue.id } })) === 3,
      };
    },
    forged: async (fixture) => {
      const dialogue = await newDialogue(fixture, { slug: OTHER, form: 'ONE_TO_ONE', status: 'DRAFT' });
      return {
        form: fixture.form({ dialogueId: dialogue.id, firstSlot: toStockholmInput(inDays(12)), slotMinutes: '45', slotCount: '3' }),
        applied: async () => (await fixture.database.prisma.dialogueSlot.count({ where: { dialogueId: dialogue.id } })) > 0,
      };
    },
  },
  {
    name: 'write notes from a one-to-one meeting',
    run: saveSlotNotesAction,
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const dialogue = await newDialogue(fixture, { form: 'ONE_TO_ONE' });
      const slot = await newSlot(fixture, dialogue.id, 'bySupplier');
      return {
        form: fixture.form({ slotId: slot.id, notes: 'De visade en prototyp.' }),
        applied: async () => (await fixture.database.prisma.dialogueSlot.findUniqueOrThrow({ where: { id: slot.id } })).notes === 'De visade en prototyp.',
      };
    },
    forged: async (fixture) => {
      const dialogue = await newDialogue(fixture, { slug: OTHER, form: 'ONE_TO_ONE' });
      const slot = await newSlot(fixture, dialogue.id, 'bySupplier');
      return {
        form: fixture.form({ slotId: slot.id, notes: 'Kapat.' }),
        applied: async () => (await fixture.database.prisma.dialogueSlot.findUniqueOrThrow({ where: { id: slot.id } })).notes === 'Kapat.',
      };
    },
  },
  {
    name: 'sign up for a dialogue',
    run: successOnRedirect(signUpAction),
    expected: SUPPLIERS_ONLY,
    prepare: async (fixture) => {
      const dialogue = await newDialogue(fixture);
      return { form: fixture.form({ dialogueId: dialogue.id }), applied: async () => (await fixture.database.prisma.dialogueSignUp.count({ where: { dialogueId: dialogue.id } })) === 1 };
    },
  },
  {
    name: 'withdraw from a dialogue',
    run: successOnRedirect(withdrawAction),
    expected: SUPPLIERS_ONLY,
    prepare: async (fixture, role) => {
      const dialogue = await newDialogue(fixture);
      await signUp(fixture, dialogue.id, role);
      return {
        form: fixture.form({ dialogueId: dialogue.id }),
        applied: async () => (await fixture.database.prisma.dialogueSignUp.count({ where: { dialogueId: dialogue.id, withdrawnAt: { not: null } } })) === 1,
      };
    },
  },
  {
    name: 'ask a question in a dialogue',
    run: askQuestionAction,
    expected: SUPPLIERS_ONLY,
    prepare: async (fixture, role) => {
      const dialogue = await newDialogue(fixture);
      await signUp(fixture, dialogue.id, role);
      return {
        form: fixture.form({ dialogueId: dialogue.id, question: 'Ingår drift?' }),
        applied: async () => (await fixture.database.prisma.dialogueQuestion.count({ where: { dialogueId: dialogue.id } })) === 1,
      };
    },
  },
  {
    name: 'hand in a written RFI answer',
    run: submitResponseAction,
    expected: SUPPLIERS_ONLY,
    prepare: async (fixture, role) => {
      const dialogue = await newDialogue(fixture);
      await signUp(fixture, dialogue.id, role);
      return {
        form: fixture.form({ dialogueId: dialogue.id, 'answer-0': 'Vi erbjuder kork.', 'answer-1': '100 000 kr', 'secret-1': 'on', 'secretReason-1': 'Prissättning.' }),
        applied: async () => (await fixture.database.prisma.dialogueResponse.count({ where: { dialogueId: dialogue.id } })) === 1,
      };
    },
  },
  {
    name: 'book a one-to-one slot',
    run: successOnRedirect(bookSlotAction),
    expected: SUPPLIERS_ONLY,
    prepare: async (fixture, role) => {
      const dialogue = await newDialogue(fixture, { form: 'ONE_TO_ONE' });
      await signUp(fixture, dialogue.id, role);
      const slot = await newSlot(fixture, dialogue.id, 'free');
      return {
        form: fixture.form({ slotId: slot.id }),
        applied: async () => (await fixture.database.prisma.dialogueSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedByOrganizationId !== null,
      };
    },
  },
  {
    name: 'cancel a one-to-one booking',
    run: successOnRedirect(cancelBookingAction),
    expected: SUPPLIERS_ONLY,
    prepare: async (fixture, role) => {
      const dialogue = await newDialogue(fixture, { form: 'ONE_TO_ONE' });
      await signUp(fixture, dialogue.id, role);
      const slot = await newSlot(fixture, dialogue.id, 'bySupplier');
      return {
        form: fixture.form({ slotId: slot.id }),
        applied: async () => (await fixture.database.prisma.dialogueSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedByOrganizationId === null,
      };
    },
  },
  {
    name: 'follow thematic areas',
    run: saveFollowedAreasAction,
    expected: SIGNED_IN,
    // About the person alone, not about a network or speaking for an organisation.
    pending: 'allow',
    whenEnded: 'open',
    prepare: async (fixture, role) => {
      const prisma = fixture.database.prisma;
      const area = await prisma.thematicArea.findFirstOrThrow({ where: { status: 'APPROVED' }, orderBy: { slug: 'desc' }, select: { id: true } });
      const email = ROLE_EMAIL[role];
      const userId = email ? await fixture.userId(email) : null;
      if (userId) await prisma.areaFollow.deleteMany({ where: { userId } });
      const followers = await prisma.areaFollow.count({ where: { areaId: area.id } });
      return {
        form: fixture.form({ [`area-${area.id}`]: 'on' }),
        applied: async () => (userId ? (await prisma.areaFollow.count({ where: { userId, areaId: area.id } })) === 1 : (await prisma.areaFollow.count({ where: { areaId: area.id } })) > followers),
      };
    },
  },
];
