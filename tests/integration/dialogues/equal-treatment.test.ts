// Market dialogues with equal treatment, against a demo database: answers reach every
// supplier at once and no one before; no supplier learns another's identity from any page,
// feed or mail; deadlines hold on the server; twenty companies reaching for one slot get one
// booking; business secrets stay out of what the public reads.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { addDocumentAction, answerQuestionAction as answerQuestionActionRaw, publishSummaryAction as publishSummaryActionRaw } from '@/modules/dialogues/actions/coordinator-actions';
import { askQuestionAction, bookSlotAction as bookSlotActionRaw, signUpAction as signUpActionRaw, submitResponseAction, withdrawAction as withdrawActionRaw } from '@/modules/dialogues/actions/supplier-actions';
import { dialoguesFeed, involvementCsv } from '@/modules/dialogues/dialogue-endpoints';
import { DialoguePage } from '@/modules/dialogues/dialogue-page';
import { DialoguesPage } from '@/modules/dialogues/dialogues-page';
import type { FormState } from '@/server/actions/network-action';

import { createGovernanceFixture } from '../governance/fixture';
import type { Fixture } from '../governance/roles';
import { actAs } from '../support/fake-session';
import { settle } from './settle';

const answerQuestionAction = settle(answerQuestionActionRaw);
const publishSummaryAction = settle(publishSummaryActionRaw);
const bookSlotAction = settle(bookSlotActionRaw);
const signUpAction = settle(signUpActionRaw);
const withdrawAction = settle(withdrawActionRaw);

const IDLE: FormState = { status: 'idle' };
const sv = getMessages('sv');
let fixture: Fixture;
let rfiId: string;

const RFI_TITLE = 'Skriftlig dialog: hållbart fyllnadsmaterial för konstgräsplaner';
/** What would tell another supplier who asked the waiting question: Gräsytor Syd AB's name and its person. */
const ASKER = ['Gräsytor Syd AB', 'Erik Sand', 'supplier@trappan.test'];

async function as(email: string | null) {
  actAs(email ? await fixture.userId(email) : null);
}

async function pageFor(email: string | null, dialogueId = rfiId): Promise<string> {
  await as(email);
  return renderToStaticMarkup(await DialoguePage({ locale: 'sv', dialogueId }));
}

const prisma = () => fixture.database.prisma;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  rfiId = (await prisma().marketDialogue.findFirstOrThrow({ where: { title: RFI_TITLE }, select: { id: true } })).id;
});
afterAll(async () => {
  await fixture.database.drop();
});

describe('questions and answers', () => {
  it('are seen by the network only until answered, then by everyone at once, never with the asker', async () => {
    const waiting = await prisma().dialogueQuestion.findFirstOrThrow({ where: { dialogueId: rfiId, answers: { none: {} } }, select: { id: true, text: true } });

    // Before the answer: the other supplier and the public do not see the question at all.
    for (const viewer of ['supplier2@trappan.test', 'agency@trappan.test', null]) {
      expect(await pageFor(viewer), String(viewer)).not.toContain(waiting.text);
    }
    // The network sees it, and who asked.
    const member = await pageFor('buyer@trappan.test');
    expect(member).toContain(waiting.text);
    expect(member).toContain('Gräsytor Syd AB');

    const mailsBefore = await prisma().notification.count({ where: { kind: 'dialogue.answerPublished' } });
    await as('secretariat@trappan.test');
    const answer = 'Ja, en visning ordnas i Malmö under dialogen. Tid och plats läggs upp som material.';
    expect(await answerQuestionAction(IDLE, fixture.form({ questionId: waiting.id, answer }))).toMatchObject({ status: 'success', message: sv.dialogue.answerPublished });

    // Every signed-up supplier is told, in the transaction that published the answer.
    const mails = await prisma().notification.findMany({ where: { kind: 'dialogue.answerPublished' }, orderBy: { createdAt: 'asc' }, skip: mailsBefore });
    expect(mails.map((mail) => mail.email).sort()).toEqual(['supplier2@trappan.test', 'supplier@trappan.test']);
    for (const mail of mails) for (const name of ASKER.slice(0, 1)) expect(mail.body).not.toContain(name);

    for (const viewer of ['supplier2@trappan.test', 'agency@trappan.test', 'buyer2@trappan.test', null]) {
      const html = await pageFor(viewer);
      expect(html, String(viewer)).toContain(waiting.text);
      expect(html, String(viewer)).toContain(answer);
      for (const identity of ASKER) expect(html, `${viewer} learns ${identity}`).not.toContain(identity);
    }
  });

  it('can be reworded by the network before they are published, so the question does not give away who asked', async () => {
    await as('supplier@trappan.test');
    const own = 'Klarar vår GräsytorFlex-matta 20 minusgrader?';
    await askQuestionAction(IDLE, fixture.form({ dialogueId: rfiId, question: own }));
    const question = await prisma().dialogueQuestion.findFirstOrThrow({ where: { text: own }, select: { id: true } });
    await as('secretariat@trappan.test');
    const reworded = 'Vilka krav på köldtålighet bör gälla?';
    expect(await answerQuestionAction(IDLE, fixture.form({ questionId: question.id, publicQuestion: reworded, answer: 'Minus 20 grader.' }))).toMatchObject({ status: 'success' });
    const html = await pageFor('supplier2@trappan.test');
    expect(html).toContain(reworded);
    expect(html).not.toContain('GräsytorFlex');
    // The network keeps the supplier's own words beside the published ones.
    const member = await pageFor('secretariat@trappan.test');
    expect(member).toContain(own);
    expect(member).toContain(`Publicerad som: ${reworded}`);
  });

  it('tells every signed-up supplier of new material at once', async () => {
    const before = await prisma().notification.count({ where: { kind: 'dialogue.updated' } });
    await as('secretariat@trappan.test');
    expect(await addDocumentAction(IDLE, fixture.form({ dialogueId: rfiId, title: 'Bilder från visningen', url: 'https://example.org/visning.pdf' }))).toMatchObject({ status: 'success' });
    const mails = await prisma().notification.findMany({ where: { kind: 'dialogue.updated' }, orderBy: { createdAt: 'asc' }, skip: before, select: { email: true, body: true } });
    expect(mails.map((mail) => mail.email).sort()).toEqual(['supplier2@trappan.test', 'supplier@trappan.test']);
    expect(mails[0]!.body).toContain('Bilder från visningen');
  });

  it('stores material linked without https:// as https, and asks for its title', async () => {
    await as('secretariat@trappan.test');
    expect(await addDocumentAction(IDLE, fixture.form({ dialogueId: rfiId, title: '', url: 'www.example.se' }))).toMatchObject({ fieldErrors: { title: 'Fyll i rubrik.' } });
    expect(await addDocumentAction(IDLE, fixture.form({ dialogueId: rfiId, title: 'Material utan https', url: 'www.example.se' }))).toMatchObject({ status: 'success' });
    expect(await prisma().dialogueDocument.findFirstOrThrow({ where: { dialogueId: rfiId, title: 'Material utan https' } })).toMatchObject({ url: 'https://www.example.se' });
  });

  it('are corrected only by a new version that says when it changed', async () => {
    const answered = await prisma().dialogueQuestion.findFirstOrThrow({ where: { dialogueId: rfiId, answers: { some: {} } }, select: { id: true } });
    await as('secretariat@trappan.test');
    expect(await answerQuestionAction(IDLE, fixture.form({ questionId: answered.id, answer: 'Rättat svar: båda slagen är välkomna.' }))).toMatchObject({
      status: 'success',
      message: sv.dialogue.correctionPublished,
    });
    const versions = await prisma().dialogueAnswer.findMany({ where: { questionId: answered.id }, orderBy: { version: 'asc' }, select: { version: true } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    const html = await pageFor(null);
    expect(html).toContain('Rättat svar: båda slagen är välkomna.');
    expect(html).toContain('ändrad');
    expect(html).toContain(sv.dialogue.earlierVersions);
  });

  it('hides every supplier from every other in the list, the feed and the register download', async () => {
    await as('supplier2@trappan.test');
    const list = renderToStaticMarkup(await DialoguesPage({ locale: 'sv', searchParams: {} }));
    expect(list).toContain(RFI_TITLE);
    const feed = await (await dialoguesFeed(new Request('http://localhost/sv/dialogues/feed.atom'), { params: Promise.resolve({ locale: 'sv' }) })).text();
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed).toContain('hållbart fyllnadsmaterial');
    for (const output of [list, feed]) for (const identity of ASKER) expect(output).not.toContain(identity);

    // The register of prior involvement names the companies, for the network only.
    const csv = (email: string | null) => as(email).then(() => involvementCsv(new Request('http://localhost/x'), { params: Promise.resolve({ locale: 'sv', dialogueId: rfiId }) }));
    expect((await csv('supplier2@trappan.test')).status).toBe(404);
    expect((await csv(null)).status).toBe(404);
    const register = await csv('buyer@trappan.test');
    expect(register.status).toBe(200);
    const text = await register.text();
    expect(text).toContain('Företag;Organisationsnummer;Hur;När (svensk tid);Mötestid');
    expect(text).toContain('Gräsytor Syd AB (demoföretag);;anmälan;');
    expect(text).toContain('Reningsteknik Nord AB (demoföretag);;fråga;');
  });
});

describe('deadlines on the server', () => {
  it('refuses a question after the question deadline and keeps what was typed', async () => {
    await prisma().marketDialogue.update({ where: { id: rfiId }, data: { questionsCloseAt: new Date(Date.now() - 60_000) } });
    await as('supplier@trappan.test');
    const typed = 'En fråga som kom en minut för sent.';
    const result = await askQuestionAction(IDLE, fixture.form({ dialogueId: rfiId, question: typed }));
    expect(result).toMatchObject({ status: 'error', message: sv.refused.questionsClosed });
    expect(result.values?.question).toBe(typed);
    expect(await prisma().dialogueQuestion.count({ where: { text: typed } })).toBe(0);
    // Written answers are still taken until the dialogue closes.
    expect(await submitResponseAction(IDLE, fixture.form({ dialogueId: rfiId, 'answer-0': 'Kork och kokos.' }))).toMatchObject({ status: 'success' });
  });

  it('refuses an answer after the dialogue closes, and a sign-up', async () => {
    await prisma().marketDialogue.update({ where: { id: rfiId }, data: { closesAt: new Date(Date.now() - 60_000) } });
    try {
      await as('supplier@trappan.test');
      const result = await submitResponseAction(IDLE, fixture.form({ dialogueId: rfiId, 'answer-0': 'För sent.' }));
      expect(result).toMatchObject({ status: 'error', message: sv.refused.responsesClosed, values: { 'answer-0': 'För sent.' } });
      await as('supplier3@trappan.test');
      expect(await signUpAction(IDLE, fixture.form({ dialogueId: rfiId }))).toMatchObject({ status: 'error', message: sv.refused.dialogueNotOpen });
      // Who took part is settled once the dialogue has closed: no one withdraws afterwards.
      await as('supplier@trappan.test');
      expect(await withdrawAction(IDLE, fixture.form({ dialogueId: rfiId }))).toMatchObject({ status: 'error', message: sv.refused.dialogueNotOpen });
    } finally {
      await prisma().marketDialogue.update({ where: { id: rfiId }, data: { closesAt: new Date(Date.now() + 14 * 86_400_000), questionsCloseAt: new Date(Date.now() + 10 * 86_400_000) } });
    }
  });

  it('refuses a question too long, with the field error and the text kept', async () => {
    await as('supplier@trappan.test');
    const long = 'x'.repeat(2001);
    const result = await askQuestionAction(IDLE, fixture.form({ dialogueId: rfiId, question: long }));
    expect(result).toMatchObject({ status: 'error', fieldErrors: { question: sv.input.tooLong(2000, 2001) } });
    expect(result.values?.question).toBe(long);
  });
});

describe('one-to-one slots', () => {
  it('gives one slot to exactly one of twenty companies booking it at once, and nothing half-written', async () => {
    const networkId = await fixture.networkId('konstgras');
    const need = await prisma().need.findFirstOrThrow({ where: { networkId }, select: { id: true } });
    const startsAt = new Date(Date.now() + 5 * 86_400_000);
    const dialogue = await prisma().marketDialogue.create({
      data: {
        networkId,
        title: 'Dialogmöten om kork',
        purpose: 'Att lära.',
        form: 'ONE_TO_ONE',
        status: 'OPEN',
        publishedAt: new Date(),
        questionsCloseAt: new Date(Date.now() + 6 * 86_400_000),
        closesAt: new Date(Date.now() + 7 * 86_400_000),
        needs: { create: [{ needId: need.id }] },
        slots: { create: [{ startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000) }] },
      },
      select: { id: true, slots: { select: { id: true } } },
    });
    const slotId = dialogue.slots[0]!.id;
    const companies = await Promise.all(
      Array.from({ length: 20 }, async (_, index) => {
        const organization = await prisma().organization.create({ data: { slug: `foretag-${index}-${Date.now()}`, name: `Företag ${index} AB`, kind: 'COMPANY' } });
        const user = await prisma().user.create({
          data: { email: `saljare-${index}-${Date.now()}@foretag.test`, name: `Säljare ${index}`, organizationId: organization.id, affiliation: 'CONFIRMED', emailVerifiedAt: new Date() },
        });
        await prisma().dialogueSignUp.create({ data: { dialogueId: dialogue.id, userId: user.id, organizationId: organization.id } });
        return user.id;
      }),
    );

    // Each request as its own person: the session is read per call, so the calls start together.
    const results = await Promise.all(
      companies.map(async (userId) => {
        actAs(userId);
        return bookSlotAction(IDLE, fixture.form({ slotId }));
      }),
    );
    expect(results.filter((r) => r.status === 'success')).toHaveLength(1);
    const refused = results.filter((r) => r.status === 'error');
    expect(refused).toHaveLength(19);
    for (const result of refused) expect(result.message).toBe(sv.refused.slotTaken);
    const slot = await prisma().dialogueSlot.findUniqueOrThrow({ where: { id: slotId } });
    expect(slot.bookedByOrganizationId).not.toBeNull();
    expect(await prisma().auditEvent.count({ where: { action: 'dialogue.book', outcome: 'ALLOWED', entityId: slotId } })).toBe(1);
  });

  it('lets a company book one slot only, and shows other suppliers only that a slot is taken', async () => {
    const dialogue = await prisma().marketDialogue.findFirstOrThrow({ where: { form: 'ONE_TO_ONE', title: { startsWith: 'Enskilda dialogmöten' } }, select: { id: true } });
    const free = await prisma().dialogueSlot.findMany({ where: { dialogueId: dialogue.id, bookedByOrganizationId: null }, orderBy: { startsAt: 'asc' } });
    await as('supplier2@trappan.test');
    expect(await bookSlotAction(IDLE, fixture.form({ slotId: free[0]!.id }))).toMatchObject({ status: 'error', message: sv.refused.alreadyBooked });

    // Gräsytor signs up and sees that two slots are taken, not by whom.
    await as('supplier@trappan.test');
    expect(await signUpAction(IDLE, fixture.form({ dialogueId: dialogue.id }))).toMatchObject({ status: 'success' });
    const html = await pageFor('supplier@trappan.test', dialogue.id);
    expect(html.split(sv.dialogue.slotTaken).length - 1).toBe(2);
    for (const other of ['Reningsteknik Nord AB', 'Ozonteknik Väst AB', 'Nora Fjäll', 'Viktor Dahl']) expect(html).not.toContain(other);
    // The network sees who booked.
    expect(await pageFor('vatten@trappan.test', dialogue.id)).toContain('Reningsteknik Nord AB');
  });
});

describe('what suppliers hand in', () => {
  const secretText = 'Vår kork kommer från en egen odling i Alentejo och kostar 82 kronor per kvadratmeter.';

  it('keeps a business secret out of the public page and refuses a summary that quotes it', async () => {
    await as('supplier2@trappan.test');
    const saved = await submitResponseAction(
      IDLE,
      fixture.form({ dialogueId: rfiId, 'answer-0': 'Kork från Portugal.', 'answer-1': secretText, 'secret-1': 'on', 'secretReason-1': 'Leverantör och pris är affärshemligheter.' }),
    );
    expect(saved).toMatchObject({ status: 'success' });
    // A secret part needs its reason.
    const noReason = await submitResponseAction(IDLE, fixture.form({ dialogueId: rfiId, 'answer-1': secretText, 'secret-1': 'on' }));
    expect(noReason).toMatchObject({ status: 'error', fieldErrors: { 'secretReason-1': sv.dialogueValidation.secretReasonRequired } });

    for (const viewer of [null, 'supplier@trappan.test', 'agency@trappan.test']) expect(await pageFor(viewer), String(viewer)).not.toContain('Alentejo');
    const member = await pageFor('buyer@trappan.test');
    expect(member).toContain('Alentejo');
    expect(member).toContain('Leverantör och pris är affärshemligheter.');

    await prisma().marketDialogue.update({ where: { id: rfiId }, data: { status: 'CLOSED' } });
    await as('secretariat@trappan.test');
    const quoting = `Vi lärde oss mycket. En leverantör skrev: ${secretText}`;
    const refused = await publishSummaryAction(IDLE, fixture.form({ dialogueId: rfiId, summary: quoting }));
    expect(refused).toMatchObject({ status: 'error', fieldErrors: { summary: sv.dialogueValidation.summaryQuotesSecret }, values: { summary: quoting } });
    expect(await publishSummaryAction(IDLE, fixture.form({ dialogueId: rfiId, summary: 'Flera leverantörer erbjuder organiska material; priserna varierar.' }))).toMatchObject({
      status: 'success',
    });
    const html = await pageFor(null);
    expect(html).toContain('Flera leverantörer erbjuder organiska material');
    expect(html).not.toContain('Alentejo');
  });

  it('keeps the questions and the written answer when a company withdraws', async () => {
    const before = await prisma().dialogueQuestion.count({ where: { dialogueId: rfiId } });
    await prisma().marketDialogue.update({ where: { id: rfiId }, data: { status: 'OPEN' } });
    await as('supplier2@trappan.test');
    expect(await withdrawAction(IDLE, fixture.form({ dialogueId: rfiId }))).toMatchObject({ status: 'success', message: sv.dialogue.withdrawn });
    expect(await prisma().dialogueQuestion.count({ where: { dialogueId: rfiId } })).toBe(before);
    expect(await prisma().dialogueResponse.count({ where: { dialogueId: rfiId, organization: { name: { startsWith: 'Reningsteknik' } } } })).toBe(1);
    // Withdrawn, the company asks no more.
    expect(await askQuestionAction(IDLE, fixture.form({ dialogueId: rfiId, question: 'En till?' }))).toMatchObject({ status: 'error', message: sv.refused.notSignedUp });
  });
});

describe('drafts', () => {
  it('do not exist for anyone but the coordinators', async () => {
    const networkId = await fixture.networkId('konstgras');
    const need = await prisma().need.findFirstOrThrow({ where: { networkId }, select: { id: true } });
    const draft = await prisma().marketDialogue.create({
      data: {
        networkId,
        title: 'Hemligt utkast om granulat',
        purpose: 'Utkast.',
        form: 'RFI',
        questionsCloseAt: new Date(Date.now() + 86_400_000),
        closesAt: new Date(Date.now() + 2 * 86_400_000),
        needs: { create: [{ needId: need.id }] },
      },
      select: { id: true },
    });
    for (const viewer of [null, 'supplier@trappan.test', 'buyer@trappan.test', 'vatten@trappan.test']) {
      await as(viewer);
      await expect(DialoguePage({ locale: 'sv', dialogueId: draft.id }), String(viewer)).rejects.toThrow('NEXT_HTTP_ERROR_FALLBACK;404');
    }
    expect(await pageFor('secretariat@trappan.test', draft.id)).toContain(sv.dialogue.draftNotice);
    await as('supplier@trappan.test');
    expect(await signUpAction(IDLE, fixture.form({ dialogueId: draft.id }))).toMatchObject({ status: 'error', message: sv.refused.notFound });
    expect(renderToStaticMarkup(await DialoguesPage({ locale: 'sv', searchParams: {} }))).not.toContain('Hemligt utkast');
  });
});
