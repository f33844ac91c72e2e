// What each form of dialogue asks of the coordinators and of the suppliers, checked on the
// server: the fields each form needs, the lifecycle's refusals, equal slots, a supplier day's
// registration and places, and comments on a consultation's draft requirements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { toStockholmInput } from '@/i18n/stockholm-time';
import { addSlotsAction, createDialogueAction, moveDialogueAction as moveDialogueActionRaw, updateDialogueAction as updateDialogueActionRaw } from '@/modules/dialogues/actions/coordinator-actions';
import { signUpAction as signUpActionRaw, submitResponseAction } from '@/modules/dialogues/actions/supplier-actions';
import { listNetworkDialogues } from '@/modules/dialogues/dialogue-queries';
import type { FormState } from '@/server/actions/network-action';

import { newDialogue } from '../governance/cases/dialogues';
import { createGovernanceFixture } from '../governance/fixture';
import type { Fixture } from '../governance/roles';
import { actAs } from '../support/fake-session';
import { settle } from './settle';

const moveDialogueAction = settle(moveDialogueActionRaw);
const updateDialogueAction = settle(updateDialogueActionRaw);
const signUpAction = settle(signUpActionRaw);

const IDLE: FormState = { status: 'idle' };
const sv = getMessages('sv');
const m = sv.dialogueValidation;
let fixture: Fixture;
let konstgras: string;
let needId: string;

const inDays = (days: number) => toStockholmInput(new Date(Date.now() + days * 86_400_000));
const prisma = () => fixture.database.prisma;

async function as(email: string) {
  actAs(await fixture.userId(email));
}

async function create(fields: Record<string, string>): Promise<FormState | { redirectedTo: string }> {
  try {
    return await createDialogueAction(IDLE, fixture.form({ networkId: konstgras, ...fields }));
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? '');
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirectedTo: digest.split(';')[2]! };
  }
}

const base = () => ({ title: 'Dialog', purpose: 'Att lära.', [`need-${needId}`]: 'on', questionsCloseAt: inDays(5), closesAt: inDays(10) });

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  konstgras = await fixture.networkId('konstgras');
  needId = (await prisma().need.findFirstOrThrow({ where: { networkId: konstgras, status: { not: 'ARCHIVED' } }, select: { id: true } })).id;
});
afterAll(async () => {
  await fixture.database.drop();
});

describe('the draft form', () => {
  it('shows every missing field at once and keeps what was typed', async () => {
    await as('secretariat@trappan.test');
    const result = (await create({ title: '  ', form: 'INFO_MEETING', learningGoals: 'Vad finns?' })) as FormState;
    expect(result.status).toBe('error');
    expect(result.fieldErrors).toMatchObject({
      title: 'Fyll i rubrik.',
      purpose: 'Fyll i syfte.',
      needs: m.needsRequired,
      closesAt: m.timeRequired,
      questionsCloseAt: m.timeRequired,
      eventStartsAt: m.timeRequired,
      eventEndsAt: m.timeRequired,
      place: m.placeOrLinkRequired,
    });
    expect(result.values).toMatchObject({ learningGoals: 'Vad finns?', form: 'INFO_MEETING' });
  });

  it('asks each form for its own fields, and checks the times against each other in Swedish time', async () => {
    await as('secretariat@trappan.test');
    expect(((await create({ ...base(), form: 'RFI' })) as FormState).fieldErrors).toEqual({ rfiQuestions: m.rfiQuestionsRequired });
    expect(((await create({ ...base(), form: 'CONSULTATION', documentUrl: 'javascript:alert(1)' })) as FormState).fieldErrors).toEqual({ documentUrl: sv.input.webAddress });
    expect(((await create({ ...base(), form: 'RFI', rfiQuestions: 'En?', questionsCloseAt: inDays(11) })) as FormState).fieldErrors).toEqual({
      questionsCloseAt: m.questionsAfterClose,
    });
    // 02:30 on the last Sunday of March does not exist in Swedish time.
    expect(((await create({ ...base(), form: 'RFI', rfiQuestions: 'En?', closesAt: '2027-03-28T02:30' })) as FormState).fieldErrors).toEqual({ closesAt: m.invalidTime });
    expect(((await create({ ...base(), form: 'INFO_MEETING', eventStartsAt: inDays(3), eventEndsAt: inDays(2), onlineUrl: 'https://example.org/webbinarium' })) as FormState).fieldErrors).toEqual({
      eventEndsAt: m.eventEndBeforeStart,
    });
  });

  it('refuses a need of another network as a field error, writing nothing', async () => {
    await as('secretariat@trappan.test');
    const foreign = await prisma().need.findFirstOrThrow({ where: { network: { slug: 'avancerad-rening-av-avloppsvatten' } }, select: { id: true } });
    const before = await prisma().marketDialogue.count();
    const result = (await create({ ...base(), [`need-${needId}`]: 'on', [`need-${foreign.id}`]: 'on', form: 'RFI', rfiQuestions: 'En?' })) as FormState;
    expect(result).toMatchObject({ status: 'error', fieldErrors: { needs: m.needUnknown } });
    expect(await prisma().marketDialogue.count()).toBe(before);
  });

  it('saves a draft and opens its page; once published it is no longer edited', async () => {
    await as('secretariat@trappan.test');
    const created = await create({ ...base(), title: 'Remiss av miljökrav', form: 'CONSULTATION', documentUrl: 'https://example.org/krav.pdf' });
    expect(created).toMatchObject({ redirectedTo: expect.stringMatching(/^\/sv\/dialogues\/\w+\?done=created#notice$/) });
    const dialogue = await prisma().marketDialogue.findFirstOrThrow({ where: { title: 'Remiss av miljökrav' }, include: { needs: true } });
    expect(dialogue).toMatchObject({ status: 'DRAFT', publishedAt: null, form: 'CONSULTATION', documentUrl: 'https://example.org/krav.pdf' });
    expect(dialogue.needs.map((link) => link.needId)).toEqual([needId]);

    expect(await moveDialogueAction(IDLE, fixture.form({ dialogueId: dialogue.id, move: 'publish' }))).toMatchObject({ status: 'success' });
    const edit = await updateDialogueAction(IDLE, fixture.form({ ...base(), dialogueId: dialogue.id, form: 'CONSULTATION', documentUrl: 'https://example.org/annat.pdf' }));
    expect(edit).toMatchObject({ status: 'error', message: sv.refused.dialogueNotDraft });
    expect(await moveDialogueAction(IDLE, fixture.form({ dialogueId: dialogue.id, move: 'publish' }))).toMatchObject({ status: 'error', message: sv.refused.moveNotAllowed });
    // Cancelling needs its reason.
    expect(await moveDialogueAction(IDLE, fixture.form({ dialogueId: dialogue.id, move: 'cancel' }))).toMatchObject({ fieldErrors: { reason: m.reasonRequired } });
  });
});

describe('links typed without https://', () => {
  it('stores the draft requirements and the webinar link as https', async () => {
    await as('secretariat@trappan.test');
    await create({ ...base(), title: 'Remiss utan https', form: 'CONSULTATION', documentUrl: 'www.example.se' });
    expect(await prisma().marketDialogue.findFirstOrThrow({ where: { title: 'Remiss utan https' } })).toMatchObject({ documentUrl: 'https://www.example.se' });
    await create({ ...base(), title: 'Webbinarium utan https', form: 'INFO_MEETING', eventStartsAt: inDays(6), eventEndsAt: inDays(7), onlineUrl: 'www.example.se' });
    expect(await prisma().marketDialogue.findFirstOrThrow({ where: { title: 'Webbinarium utan https' } })).toMatchObject({ onlineUrl: 'https://www.example.se' });
  });
});

describe('publishing', () => {
  it('refuses one-to-one meetings without slots, and a dialogue that has already closed', async () => {
    await as('secretariat@trappan.test');
    const meetings = await newDialogue(fixture, { status: 'DRAFT', form: 'ONE_TO_ONE' });
    expect(await moveDialogueAction(IDLE, fixture.form({ dialogueId: meetings.id, move: 'publish' }))).toMatchObject({ status: 'error', message: sv.refused.noSlots });
    const late = await newDialogue(fixture, { status: 'DRAFT' });
    await prisma().marketDialogue.update({ where: { id: late.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    expect(await moveDialogueAction(IDLE, fixture.form({ dialogueId: late.id, move: 'publish' }))).toMatchObject({ status: 'error', message: sv.refused.publishInPast });
  });
});

describe('a discarded draft', () => {
  it('needs no reason and leaves the network’s list, even for its coordinators', async () => {
    await as('secretariat@trappan.test');
    const draft = await newDialogue(fixture, { status: 'DRAFT' });
    expect(await moveDialogueAction(IDLE, fixture.form({ dialogueId: draft.id, move: 'cancel' }))).toMatchObject({ status: 'success' });
    expect(await prisma().marketDialogue.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, publishedAt: true } })).toEqual({ status: 'CANCELLED', publishedAt: null });
    expect((await listNetworkDialogues(konstgras, true)).map((d) => d.id)).not.toContain(draft.id);
  });
});

describe('one-to-one slots', () => {
  it('are equal in length, never overlap and end before the dialogue closes', async () => {
    await as('secretariat@trappan.test');
    const dialogue = await newDialogue(fixture, { status: 'DRAFT', form: 'ONE_TO_ONE' });
    const add = (fields: Record<string, string>) => addSlotsAction(IDLE, fixture.form({ dialogueId: dialogue.id, ...fields }));
    expect(await add({ firstSlot: inDays(12), slotMinutes: '45', slotCount: '3', breakMinutes: '15' })).toMatchObject({ status: 'success', message: sv.dialogue.slotsAdded(3) });
    expect(await add({ firstSlot: inDays(13), slotMinutes: '60', slotCount: '1' })).toMatchObject({ fieldErrors: { slotMinutes: m.slotsUnequal(45) } });
    expect(await add({ firstSlot: inDays(12), slotMinutes: '45', slotCount: '1' })).toMatchObject({ fieldErrors: { firstSlot: m.slotsOverlap } });
    expect(await add({ firstSlot: inDays(15), slotMinutes: '45', slotCount: '1' })).toMatchObject({ fieldErrors: { firstSlot: m.slotsAfterClose } });
    expect(await add({ firstSlot: 'i morgon', slotMinutes: '0', slotCount: '500', breakMinutes: '-5' })).toMatchObject({
      fieldErrors: { firstSlot: m.invalidTime, slotMinutes: m.slotMinutesInvalid, slotCount: m.slotCountInvalid, breakMinutes: m.breakMinutesInvalid },
    });
    expect(await prisma().dialogueSlot.count({ where: { dialogueId: dialogue.id } })).toBe(3);
    // A request for information has no slots.
    const rfi = await newDialogue(fixture, { status: 'DRAFT' });
    expect(await addSlotsAction(IDLE, fixture.form({ dialogueId: rfi.id, firstSlot: inDays(12), slotMinutes: '45', slotCount: '1' }))).toMatchObject({ message: sv.refused.notOneToOne });
  });
});

describe('a supplier day', () => {
  it('takes sign-ups as registrations, up to its places and its registration deadline', async () => {
    const day = await newDialogue(fixture, { form: 'INFO_MEETING' });
    await prisma().marketDialogue.update({ where: { id: day.id }, data: { capacity: 1 } });
    await as('supplier@trappan.test');
    expect(await signUpAction(IDLE, fixture.form({ dialogueId: day.id }))).toMatchObject({ status: 'success' });
    await as('supplier2@trappan.test');
    expect(await signUpAction(IDLE, fixture.form({ dialogueId: day.id }))).toMatchObject({ status: 'error', message: sv.refused.dialogueFull });
    await prisma().marketDialogue.update({ where: { id: day.id }, data: { capacity: null, registrationClosesAt: new Date(Date.now() - 1000) } });
    expect(await signUpAction(IDLE, fixture.form({ dialogueId: day.id }))).toMatchObject({ status: 'error', message: sv.refused.dialogueRegistrationClosed });
  });
});

describe('a consultation', () => {
  it('takes one set of written comments per company, with a business secret marked', async () => {
    const consultation = await newDialogue(fixture, { form: 'CONSULTATION', rfiQuestions: [] });
    await as('supplier@trappan.test');
    expect(await signUpAction(IDLE, fixture.form({ dialogueId: consultation.id }))).toMatchObject({ status: 'success' });
    expect(await submitResponseAction(IDLE, fixture.form({ dialogueId: consultation.id }))).toMatchObject({ fieldErrors: { 'answer-0': m.responseRequired } });
    expect(
      await submitResponseAction(IDLE, fixture.form({ dialogueId: consultation.id, 'answer-0': 'Kravet på 15 år är för strängt.', 'secret-0': 'on', 'secretReason-0': 'Visar vår produktplan.' })),
    ).toMatchObject({ status: 'success' });
    // Handing in again replaces the company's comments; the extra fields of an RFI are ignored.
    expect(await submitResponseAction(IDLE, fixture.form({ dialogueId: consultation.id, 'answer-0': 'Tio år räcker.', 'answer-1': 'Ignoreras.' }))).toMatchObject({ status: 'success' });
    const responses = await prisma().dialogueResponse.findMany({ where: { dialogueId: consultation.id }, include: { parts: true } });
    expect(responses).toHaveLength(1);
    expect(responses[0]!.parts).toEqual([expect.objectContaining({ position: 0, text: 'Tio år räcker.', secret: false })]);
    // One-to-one meetings take no written answers.
    const meetings = await newDialogue(fixture, { form: 'ONE_TO_ONE' });
    await prisma().dialogueSignUp.create({ data: { dialogueId: meetings.id, userId: await fixture.userId('supplier@trappan.test'), organizationId: responses[0]!.organizationId } });
    expect(await submitResponseAction(IDLE, fixture.form({ dialogueId: meetings.id, 'answer-0': 'Svar.' }))).toMatchObject({ message: sv.refused.notRfi });
  });
});
