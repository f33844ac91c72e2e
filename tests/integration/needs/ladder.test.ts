// The innovation ladder against the database: the server computes the suggested step (a
// suggestion sent by the form is ignored), a different step needs a reason, every assessment
// is kept, the checklist takes only the current step's items, and the ladder board shows the
// public only the needs the network made public.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { assessNeed, updateChecklistItem } from '@/modules/needs/actions/ladder-actions';
import { LadderSection } from '@/modules/needs/components/ladder-section';
import { groupByStep, parseBoardFilters } from '@/modules/needs/ladder-board';
import { listAssessments, listBoardNeeds } from '@/modules/needs/ladder-queries';

import { createGovernanceFixture } from '../governance/fixture';
import type { Fixture } from '../governance/roles';
import { actAs } from '../support/fake-session';
import { createLadderNeed, INTRODUCE_ANSWERS } from './ladder-fixture';

const sv = getMessages('sv');
const refused = sv.refused;
let fixture: Fixture;
let networkId: string;
let coordinatorId: string;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  networkId = await fixture.networkId('konstgras');
  coordinatorId = await fixture.userId('secretariat@trappan.test');
});
afterAll(async () => {
  await fixture.database.drop();
});
beforeEach(() => actAs(coordinatorId));

const assess = (fields: Record<string, string>) => assessNeed({ status: 'idle' }, fixture.form(fields));
const tick = (fields: Record<string, string>) => updateChecklistItem({ status: 'idle' }, fixture.form(fields));
const need = (options: Parameters<typeof createLadderNeed>[2] = {}) => createLadderNeed(fixture.database.prisma, networkId, options);
const assessmentsOf = (needId: string) =>
  fixture.database.prisma.maturityAssessment.findMany({ where: { needId }, orderBy: { createdAt: 'asc' } });
const stepOf = async (needId: string) => (await fixture.database.prisma.need.findUniqueOrThrow({ where: { id: needId } })).ladderStep;

describe('assessing the market maturity', () => {
  it('computes the suggested step on the server and ignores one sent with the form', async () => {
    const { id } = await need();
    const result = await assess({ needId: id, ...INTRODUCE_ANSWERS, suggestedStep: 'IMPLEMENT' });
    expect(result, JSON.stringify(result)).toMatchObject({ status: 'success', message: sv.ladder.assess.saved('Introducera') });
    const [assessment] = await assessmentsOf(id);
    expect(assessment).toMatchObject({ suggestedStep: 'INTRODUCE', chosenStep: 'INTRODUCE', overrideReason: null, assessedById: coordinatorId });
    expect(await stepOf(id)).toBe('INTRODUCE');
  });

  it('takes a step other than the suggestion only with a written reason', async () => {
    const { id } = await need();
    // A forged suggestion that would make the override look like the suggestion is ignored too.
    const without = await assess({ needId: id, ...INTRODUCE_ANSWERS, chosenStep: 'INITIATE', suggestedStep: 'INITIATE' });
    expect(without.status).toBe('error');
    expect(without.fieldErrors).toEqual({ overrideReason: sv.ladder.errors.overrideReason });
    expect(without.values).toMatchObject({ chosenStep: 'INITIATE' });
    expect(await assessmentsOf(id)).toHaveLength(0);

    const reason = 'Marknadsdialogen visade att prototyperna inte klarar vinterförhållanden.';
    const withReason = await assess({ needId: id, ...INTRODUCE_ANSWERS, chosenStep: 'INITIATE', overrideReason: reason });
    expect(withReason.status).toBe('success');
    const [assessment] = await assessmentsOf(id);
    expect(assessment).toMatchObject({ suggestedStep: 'INTRODUCE', chosenStep: 'INITIATE', overrideReason: reason });
    expect(await stepOf(id)).toBe('INITIATE');
  });

  it('keeps every assessment, and the need takes the latest chosen step', async () => {
    const { id } = await need();
    await assess({ needId: id, offersSolutions: 'NO', prioritisedArea: 'NO', understandsNeed: 'PARTLY', evidenceLinks: 'https://example.se/forstudie' });
    expect(await stepOf(id)).toBe('INITIATE');
    await assess({ needId: id, ...INTRODUCE_ANSWERS, understandsNeedEvidence: 'Leverantörsträff i oktober.' });
    const rows = await assessmentsOf(id);
    expect(rows.map((row) => row.chosenStep)).toEqual(['INITIATE', 'INTRODUCE']);
    expect(rows[0]!.evidenceLinks).toEqual(['https://example.se/forstudie']);
    expect(await stepOf(id)).toBe('INTRODUCE');

    // The need's page reads them newest first; the assessor's name only for participants.
    const forParticipants = await listAssessments(id, { withAssessor: true });
    expect(forParticipants.map((row) => row.chosenStep)).toEqual(['INTRODUCE', 'INITIATE']);
    expect(forParticipants[0]!.assessorName).toBe('Sara Nyström');
    expect((await listAssessments(id, { withAssessor: false }))[0]!.assessorName).toBeNull();

    const audit = await fixture.database.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'need.assess', entityId: forParticipants[0]!.id },
      select: { before: true, after: true, outcome: true },
    });
    expect(audit).toMatchObject({ outcome: 'ALLOWED', before: { ladderStep: 'INITIATE' }, after: { ladderStep: 'INTRODUCE', suggestedStep: 'INTRODUCE' } });
  });

  it('refuses an archived need and links that are not web addresses', async () => {
    const archived = await need({ status: 'ARCHIVED' });
    expect(await assess({ needId: archived.id, ...INTRODUCE_ANSWERS })).toMatchObject({ status: 'error', message: refused.needArchived });
    const open = await need();
    const badLinks = await assess({ needId: open.id, ...INTRODUCE_ANSWERS, evidenceLinks: 'https://ok.se\njavascript:alert(1)' });
    expect(Object.keys(badLinks.fieldErrors ?? {})).toEqual(['evidenceLinks']);
    expect(await assessmentsOf(open.id)).toHaveLength(0);
  });
});

describe('links typed without https://', () => {
  it('stores the assessment’s evidence links and a checklist item’s evidence as https', async () => {
    const { id } = await need({ step: 'INTRODUCE' });
    expect(await assess({ needId: id, ...INTRODUCE_ANSWERS, evidenceLinks: 'www.example.se\nhttps://example.se/forstudie' })).toMatchObject({ status: 'success' });
    expect((await assessmentsOf(id)).at(-1)!.evidenceLinks).toEqual(['https://www.example.se', 'https://example.se/forstudie']);
    expect(await tick({ needId: id, itemKey: 'topic.businessModels', evidenceUrl: 'www.example.se' })).toMatchObject({ status: 'success' });
    expect(await fixture.database.prisma.ladderChecklistEntry.findFirstOrThrow({ where: { needId: id } })).toMatchObject({ evidenceUrl: 'https://www.example.se' });
  });
});

describe('the checklist of the need’s step', () => {
  it('records an item of the current step once, and updates it after that', async () => {
    const { id } = await need({ step: 'INTRODUCE' });
    const memberId = await fixture.userId('buyer@trappan.test');
    actAs(memberId);
    expect(await tick({ needId: id, itemKey: 'topic.businessModels', covered: 'on', notes: 'Leasing diskuterades.' })).toMatchObject({ status: 'success' });
    actAs(coordinatorId);
    expect(await tick({ needId: id, itemKey: 'topic.businessModels', notes: 'Leasing och tjänst.', evidenceUrl: 'https://example.se/minnesanteckningar' })).toMatchObject({
      status: 'success',
    });
    const entries = await fixture.database.prisma.ladderChecklistEntry.findMany({ where: { needId: id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      step: 'INTRODUCE',
      itemKey: 'topic.businessModels',
      covered: false,
      notes: 'Leasing och tjänst.',
      evidenceUrl: 'https://example.se/minnesanteckningar',
      updatedById: coordinatorId,
    });
  });

  it('refuses an item of another step, and a need without a step', async () => {
    const introduce = await need({ step: 'INTRODUCE' });
    // "Framework agreement" is a method of implement, not of introduce.
    expect(await tick({ needId: introduce.id, itemKey: 'method.frameworkAgreement', covered: 'on' })).toMatchObject({
      status: 'error',
      message: refused.checklistItemUnknown,
    });
    expect(await tick({ needId: introduce.id, itemKey: 'method.nonsense', covered: 'on' })).toMatchObject({ message: refused.checklistItemUnknown });
    const unassessed = await need();
    expect(await tick({ needId: unassessed.id, itemKey: 'method.testbed', covered: 'on' })).toMatchObject({ status: 'error', message: refused.noLadderStep });
    expect(await fixture.database.prisma.ladderChecklistEntry.count({ where: { needId: { in: [introduce.id, unassessed.id] } } })).toBe(0);
    const denied = await fixture.database.prisma.auditEvent.count({ where: { action: 'need.checklist', outcome: 'DENIED' } });
    expect(denied).toBeGreaterThanOrEqual(3);
  });
});

describe('the ladder board', () => {
  it('shows the public only public needs, grouped by step', async () => {
    const other = await fixture.networkId('avancerad-rening-av-avloppsvatten');
    const board = await createLadderNeed(fixture.database.prisma, other, { step: 'INTRODUCE', isPublic: true, title: 'Publikt introducera' });
    const hidden = await createLadderNeed(fixture.database.prisma, other, { step: 'INTRODUCE', title: 'Internt introducera' });
    const unassessed = await createLadderNeed(fixture.database.prisma, other, { isPublic: true, title: 'Publikt obedömt' });
    const initiate = await createLadderNeed(fixture.database.prisma, other, { step: 'INITIATE', isPublic: true, title: 'Publikt initiera' });
    const archived = await createLadderNeed(fixture.database.prisma, other, { step: 'INITIATE', isPublic: true, status: 'ARCHIVED', title: 'Publikt arkiverat' });
    const filters = parseBoardFilters({}, { ownersVisible: false });

    const publicBoard = await listBoardNeeds(other, { publicOnly: true, filters });
    const ids = publicBoard.needs.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([board.id, unassessed.id, initiate.id]));
    expect(ids).not.toContain(hidden.id);
    expect(ids).not.toContain(archived.id);
    expect(publicBoard.needs.every((n) => n.isPublic && n.owner === null)).toBe(true);

    const columns = groupByStep(publicBoard.needs);
    const column = (step: string) => columns.steps.find((c) => c.step === step)!.needs.map((n) => n.id);
    expect(column('INTRODUCE')).toContain(board.id);
    expect(column('INITIATE')).toContain(initiate.id);
    expect(columns.unassessed.map((n) => n.id)).toContain(unassessed.id);

    const insiders = await listBoardNeeds(other, { publicOnly: false, filters: parseBoardFilters({ closed: '1' }, { ownersVisible: true }) });
    expect(insiders.needs.map((n) => n.id)).toEqual(expect.arrayContaining([hidden.id, archived.id]));
  });
});

describe('the ladder section of the need page', () => {
  it('shows the public the step and its history, not the checklist or who assessed', async () => {
    const { id } = await need({ isPublic: true });
    await assess({ needId: id, ...INTRODUCE_ANSWERS, offersSolutionsEvidence: 'Två leverantörer har prototyper.' });
    await tick({ needId: id, itemKey: 'method.testbed', covered: 'on', notes: 'Intern anteckning om testbädden.' });

    const insider = renderToStaticMarkup(await LadderSection({ locale: 'sv', slug: 'konstgras', needId: id }));
    expect(insider).toContain('Intern anteckning om testbädden.');
    expect(insider).toContain(sv.ladder.checklist.progress(1, 11));
    expect(insider).toContain('Sara Nyström');
    expect(insider).toContain(sv.ladder.section.reassessLink);

    actAs(null);
    const visitor = renderToStaticMarkup(await LadderSection({ locale: 'sv', slug: 'konstgras', needId: id }));
    expect(visitor).toContain('Introducera');
    expect(visitor).toContain('Två leverantörer har prototyper.');
    expect(visitor).not.toContain('Intern anteckning om testbädden.');
    expect(visitor).not.toContain(sv.ladder.checklist.heading('Introducera'));
    expect(visitor).not.toContain('Sara Nyström');
    expect(visitor).not.toContain(sv.ladder.section.reassessLink);
  });
});
