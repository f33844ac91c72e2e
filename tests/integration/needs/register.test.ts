// The need register below the browser: proposals (validation that keeps what was typed, the
// proposer's organisation, the first history row), the coordinator's edits, status moves
// with who, when and why, merging duplicates (organisations and commitments carried over,
// history on both needs), standing behind a need once, and the list: hidden needs never
// shown to the public, filters, orders and pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { answerSharingInvitation, mergeNeed, proposeNeed as proposeNeedAction, shareNeed, transitionNeed, updateNeed } from '@/modules/needs/actions/need-actions';
import { getNeedForViewer } from '@/modules/needs/need-access';
import { organizationField } from '@/modules/needs/need-fields';
import { decodeNeedCursor, parseNeedListParams, type NeedListFilters } from '@/modules/needs/need-list-params';
import { getNeedDetails, listNeeds, listPublicNeeds } from '@/modules/needs/need-queries';

import { createGovernanceFixture } from '../governance/fixture';
import type { Fixture } from '../governance/roles';
import { actAs } from '../support/fake-session';
import { redirected } from '../support/redirected';

// A proposal goes to the new need (?done=proposed).
const proposeNeed = redirected(proposeNeedAction);

const sv = getMessages('sv');

let fixture: Fixture;
let konstgras: { id: string; areaId: string };
let other: { id: string; areaId: string };
const org: Record<string, string> = {};

const prisma = () => fixture.database.prisma;
const asUser = async (email: string) => actAs(await fixture.userId(email));
const refused = sv.refused;
let counter = 0;
const unique = (prefix: string) => `${prefix} ${++counter}`;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  const network = (slug: string) => prisma().network.findUniqueOrThrow({ where: { slug }, select: { id: true, areaId: true } });
  konstgras = await network('konstgras');
  other = await network('avancerad-rening-av-avloppsvatten');
  for (const slug of ['malmo-stad', 'goteborgs-stad', 'umea-kommun', 'linkopings-kommun', 'uppsala-kommun']) {
    org[slug] = (await prisma().organization.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  }
});
afterAll(async () => {
  await fixture.database.drop();
});

/** A need straight in the database (for states the forms would take many steps to reach). */
async function insertNeed(data: { title?: string; networkId?: string; areaId?: string; status?: 'PROPOSED' | 'IN_PREPARATION' | 'ARCHIVED'; isPublic?: boolean; organizations?: string[] } = {}) {
  return prisma().need.create({
    data: {
      networkId: data.networkId ?? konstgras.id,
      areaId: data.areaId ?? konstgras.areaId,
      title: data.title ?? unique('Behov'),
      problem: 'Ett problem.',
      status: data.status ?? 'PROPOSED',
      isPublic: data.isPublic ?? false,
      // Organisations that have confirmed they share it (consent.test.ts covers invitations).
      organizations: { create: (data.organizations ?? []).map((organizationId) => ({ organizationId, status: 'CONFIRMED' as const })) },
    },
  });
}

const transition = (needId: string, toStatus: string, reason = 'Ett skäl.') => transitionNeed({ status: 'idle' }, fixture.form({ needId, toStatus, reason }));

describe('proposing a need', () => {
  it('refuses a proposal without a problem and keeps every field, ticks included', async () => {
    await asUser('buyer@trappan.test');
    const before = await prisma().need.count();
    const result = await proposeNeed(
      { status: 'idle' },
      fixture.form({ networkId: konstgras.id, title: 'Belysning på grusplaner', problem: '  ', areaId: konstgras.areaId, [organizationField(org['umea-kommun']!)]: 'on' }),
    );
    expect(result.status).toBe('error');
    expect(result.fieldErrors).toEqual({ problem: 'Fyll i problem.' });
    expect(result.values).toMatchObject({ title: 'Belysning på grusplaner', [organizationField(org['umea-kommun']!)]: 'on' });
    expect(await prisma().need.count()).toBe(before);
  });

  it('records the proposer as owner, their organisation among those sharing it, and the first history row', async () => {
    await asUser('buyer@trappan.test');
    const buyer = await fixture.userId('buyer@trappan.test');
    const title = unique('Dränering av konstgräsplaner');
    const result = await proposeNeed(
      { status: 'idle' },
      fixture.form({ networkId: konstgras.id, title, problem: 'Planerna står under vatten.', affected: 'Föreningar', areaId: konstgras.areaId, [organizationField(org['goteborgs-stad']!)]: 'on' }),
    );
    expect(result, JSON.stringify(result)).toMatchObject({ status: 'success' });
    const need = await prisma().need.findFirstOrThrow({ where: { title }, include: { organizations: true, transitions: true } });
    expect(result.redirectedTo).toBe(`/sv/networks/konstgras/needs/${need.id}?done=proposed#notice`);
    expect(need).toMatchObject({ status: 'PROPOSED', isPublic: false, ownerId: buyer, proposedById: buyer, affected: 'Föreningar', ladderStep: null });
    expect(need.organizations.map((o) => o.organizationId).sort()).toEqual([org['malmo-stad'], org['goteborgs-stad']].sort());
    expect(need.transitions).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'PROPOSED', reason: sv.needs.proposedReason, actorId: buyer })]);
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { action: 'need.propose', entityId: need.id } });
    expect(audit.outcome).toBe('ALLOWED');
  });

  it('refuses an organisation that is not a member of the network', async () => {
    await asUser('buyer@trappan.test');
    const title = unique('Med främmande organisation');
    const result = await proposeNeed(
      { status: 'idle' },
      fixture.form({ networkId: konstgras.id, title, problem: 'Något.', areaId: konstgras.areaId, [organizationField(org['uppsala-kommun']!)]: 'on' }),
    );
    expect(result).toMatchObject({ status: 'error', message: refused.organizationNotMember });
    expect(await prisma().need.count({ where: { title } })).toBe(0);
  });
});

describe('status transitions', () => {
  it('moves a need along the allowed path and records who, when and why', async () => {
    const need = await insertNeed();
    await asUser('secretariat@trappan.test');
    const coordinator = await fixture.userId('secretariat@trappan.test');
    const startedAt = new Date();
    expect(await transition(need.id, 'PRIORITISED', 'Fick flest poäng i vårens runda.')).toMatchObject({
      status: 'success',
      message: sv.needs.done.transitioned(sv.needEnums.status.PRIORITISED),
    });
    expect(await transition(need.id, 'MARKET_TESTED', 'Marknadsdialog i mars.')).toMatchObject({ status: 'success' });
    // Back one step when the dialogue shows the need moved too early.
    expect(await transition(need.id, 'PRIORITISED', 'Marknaden förstod inte behovet.')).toMatchObject({ status: 'success' });
    const history = await prisma().needTransition.findMany({ where: { needId: need.id }, orderBy: { createdAt: 'asc' } });
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.reason])).toEqual([
      ['PROPOSED', 'PRIORITISED', 'Fick flest poäng i vårens runda.'],
      ['PRIORITISED', 'MARKET_TESTED', 'Marknadsdialog i mars.'],
      ['MARKET_TESTED', 'PRIORITISED', 'Marknaden förstod inte behovet.'],
    ]);
    expect(history.every((h) => h.actorId === coordinator && h.createdAt >= new Date(startedAt.getTime() - 1000))).toBe(true);
    expect((await prisma().need.findUniqueOrThrow({ where: { id: need.id } })).status).toBe('PRIORITISED');
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { action: 'need.transition', entityId: need.id }, orderBy: { createdAt: 'asc' } });
    expect(audit).toMatchObject({ outcome: 'ALLOWED', before: { status: 'PROPOSED' }, after: { status: 'PRIORITISED', reason: 'Fick flest poäng i vårens runda.' } });
    // The page's history shows who only to participants.
    const forMembers = await getNeedDetails(need.id, true, 'sv');
    expect(forMembers.transitions[0]).toMatchObject({ actor: 'Sara Nyström', toStatus: 'PRIORITISED' });
    const forPublic = await getNeedDetails(need.id, false, 'sv');
    expect(forPublic.transitions.every((t) => t.actor === null)).toBe(true);
  });

  it('requires a reason and refuses a move that skips steps', async () => {
    const need = await insertNeed();
    await asUser('secretariat@trappan.test');
    const blank = await transition(need.id, 'PRIORITISED', '   ');
    expect(blank.status).toBe('error');
    expect(blank.fieldErrors).toEqual({ reason: 'Fyll i skäl.' });
    const tooLong = await transition(need.id, 'PRIORITISED', 'x'.repeat(1001));
    expect(tooLong.fieldErrors).toEqual({ reason: sv.input.tooLong(1000, 1001) });
    expect(await transition(need.id, 'IN_PROCUREMENT')).toMatchObject({ status: 'error', message: refused.transitionNotAllowed });
    expect(await prisma().needTransition.count({ where: { needId: need.id } })).toBe(0);
    const denied = await prisma().auditEvent.findFirstOrThrow({ where: { action: 'need.transition', entityId: need.id, outcome: 'DENIED' } });
    expect(denied.after).toEqual({ reason: 'transitionNotAllowed' });
  });

  it('never sets Handed over by hand, even where a handover could lead there', async () => {
    const need = await insertNeed({ status: 'IN_PREPARATION' });
    await asUser('secretariat@trappan.test');
    expect(await transition(need.id, 'HANDED_OVER')).toMatchObject({ status: 'error', message: refused.handoverRequired });
    expect((await prisma().need.findUniqueOrThrow({ where: { id: need.id } })).status).toBe('IN_PREPARATION');
  });

  it('archives with a reason, refuses edits and sharing while archived, and reopens as a proposal', async () => {
    const need = await insertNeed();
    await asUser('secretariat@trappan.test');
    expect(await transition(need.id, 'ARCHIVED', 'Dubblett av ett äldre behov.')).toMatchObject({ status: 'success' });
    const edit = await updateNeed({ status: 'idle' }, fixture.form({ needId: need.id, title: 'Nytt', problem: 'Nytt.', areaId: konstgras.areaId }));
    expect(edit).toMatchObject({ status: 'error', message: refused.needArchived });
    await asUser('umea@trappan.test');
    expect(await shareNeed({ status: 'idle' }, fixture.form({ needId: need.id }))).toMatchObject({ status: 'error', message: refused.needArchived });
    await asUser('secretariat@trappan.test');
    expect(await transition(need.id, 'IN_PREPARATION')).toMatchObject({ status: 'error', message: refused.transitionNotAllowed });
    expect(await transition(need.id, 'PROPOSED', 'Behovet är aktuellt igen.')).toMatchObject({ status: 'success' });
  });
});

describe('changing a need', () => {
  it('saves texts, owner and publicity, and keeps organisations that stated a commitment', async () => {
    const need = await insertNeed({ organizations: [org['malmo-stad']!, org['goteborgs-stad']!, org['umea-kommun']!] });
    await prisma().needCommitment.create({ data: { needId: need.id, organizationId: org['goteborgs-stad']!, level: 'LETTER_OF_INTENT', annualCostOre: 120_000_000n } });
    await asUser('secretariat@trappan.test');
    const owner = await fixture.userId('linkoping@trappan.test');
    const result = await updateNeed(
      { status: 'idle' },
      fixture.form({
        needId: need.id,
        title: 'Hållbara konstgräsplaner',
        problem: 'Mikroplaster sprids från planerna.',
        desiredEffect: 'Inget granulat i dagvattnet.',
        areaId: konstgras.areaId,
        ownerId: owner,
        isPublic: 'on',
        // Göteborg is unticked but stated a commitment; Umeå is unticked; Linköping is new.
        [organizationField(org['malmo-stad']!)]: 'on',
        [organizationField(org['linkopings-kommun']!)]: 'on',
      }),
    );
    expect(result, JSON.stringify(result)).toMatchObject({ status: 'success', message: sv.needs.done.updated });
    const after = await prisma().need.findUniqueOrThrow({ where: { id: need.id }, include: { organizations: true } });
    expect(after).toMatchObject({ title: 'Hållbara konstgräsplaner', desiredEffect: 'Inget granulat i dagvattnet.', ownerId: owner, isPublic: true });
    expect(after.organizations.map((o) => o.organizationId).sort()).toEqual([org['malmo-stad'], org['goteborgs-stad'], org['linkopings-kommun']].sort());
  });

  it('refuses to make a need public that no organisation stands behind, and keeps it hidden', async () => {
    const need = await insertNeed();
    await asUser('secretariat@trappan.test');
    const form = { needId: need.id, title: 'Belysning vid planerna', problem: 'Belysningen står på hela kvällen.', areaId: konstgras.areaId, isPublic: 'on' };
    const refusal = await updateNeed({ status: 'idle' }, fixture.form(form));
    expect(refusal).toMatchObject({ status: 'error', message: refused.publicNeedWithoutOrganization });
    expect(getMessages('en').refused.publicNeedWithoutOrganization).toMatch(/at least one organisation/);
    expect(await prisma().need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({ isPublic: false, title: need.title });

    // A ticked organisation is only invited: the need stays hidden until it confirms.
    const ticked = { ...form, [organizationField(org['umea-kommun']!)]: 'on' };
    expect(await updateNeed({ status: 'idle' }, fixture.form(ticked))).toMatchObject({ status: 'error', message: refused.publicNeedWithoutOrganization });
    const { isPublic: _hiddenYet, ...invite } = ticked;
    expect(await updateNeed({ status: 'idle' }, fixture.form(invite))).toMatchObject({ status: 'success' });
    await asUser('umea@trappan.test');
    expect(await answerSharingInvitation({ status: 'idle' }, fixture.form({ needId: need.id, answer: 'confirm' }))).toMatchObject({ status: 'success' });
    await asUser('secretariat@trappan.test');
    const saved = await updateNeed({ status: 'idle' }, fixture.form(ticked));
    expect(saved, JSON.stringify(saved)).toMatchObject({ status: 'success' });
    expect(await prisma().need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({ isPublic: true, title: 'Belysning vid planerna' });

    // Unticking the last organisation of a public need is refused alike; hiding it without one is not.
    expect(await updateNeed({ status: 'idle' }, fixture.form(form))).toMatchObject({ status: 'error', message: refused.publicNeedWithoutOrganization });
    expect(await prisma().needOrganization.count({ where: { needId: need.id } })).toBe(1);
    const { isPublic: _public, ...hidden } = form;
    expect(await updateNeed({ status: 'idle' }, fixture.form(hidden))).toMatchObject({ status: 'success' });
    expect(await prisma().need.findUniqueOrThrow({ where: { id: need.id }, include: { organizations: true } })).toMatchObject({ isPublic: false, organizations: [] });
  });

  it('refuses an owner who is not an active member of the network', async () => {
    const need = await insertNeed();
    await asUser('secretariat@trappan.test');
    const outsider = await fixture.userId('buyer2@trappan.test');
    const result = await updateNeed({ status: 'idle' }, fixture.form({ needId: need.id, title: 'X', problem: 'Y', areaId: konstgras.areaId, ownerId: outsider }));
    expect(result).toMatchObject({ status: 'error', message: refused.notActiveMember });
    expect((await prisma().need.findUniqueOrThrow({ where: { id: need.id } })).ownerId).toBeNull();
  });
});

describe('standing behind a need', () => {
  it('adds the member’s organisation once', async () => {
    const need = await insertNeed({ organizations: [org['malmo-stad']!] });
    await asUser('umea@trappan.test');
    expect(await shareNeed({ status: 'idle' }, fixture.form({ needId: need.id }))).toMatchObject({ status: 'success', message: sv.needs.done.shared('Umeå kommun') });
    expect(await shareNeed({ status: 'idle' }, fixture.form({ needId: need.id }))).toMatchObject({ status: 'error', message: refused.alreadySharing });
    await asUser('buyer@trappan.test');
    expect(await shareNeed({ status: 'idle' }, fixture.form({ needId: need.id }))).toMatchObject({ status: 'error', message: refused.alreadySharing });
    expect(await prisma().needOrganization.count({ where: { needId: need.id } })).toBe(2);
  });

  it('refuses a member with no organisation: nobody to speak for', async () => {
    const need = await insertNeed();
    const user = await prisma().user.create({ data: { email: 'utan-organisation@trappan.test', name: 'Utan Organisation', emailVerifiedAt: new Date() } });
    await prisma().membership.create({ data: { userId: user.id, networkId: konstgras.id, role: 'OBSERVER' } });
    actAs(user.id);
    expect(await shareNeed({ status: 'idle' }, fixture.form({ needId: need.id }))).toMatchObject({ status: 'error', message: refused.notAffiliated });
    expect(await prisma().needOrganization.count({ where: { needId: need.id } })).toBe(0);
  });
});

describe('merging needs', () => {
  it('unites the organisations, moves commitments the target lacks and archives the source with history on both', async () => {
    const source = await insertNeed({ title: 'Konstgräs utan granulat', organizations: [org['malmo-stad']!, org['umea-kommun']!] });
    const target = await insertNeed({ title: 'Hållbara konstgräsplaner utan mikroplast', organizations: [org['goteborgs-stad']!, org['umea-kommun']!] });
    const moving = await prisma().needCommitment.create({ data: { needId: source.id, organizationId: org['malmo-stad']!, level: 'INTERESTED', annualCostOre: 50_000_000n } });
    const staying = await prisma().needCommitment.create({ data: { needId: source.id, organizationId: org['umea-kommun']!, level: 'INTERESTED' } });
    const targets = await prisma().needCommitment.create({ data: { needId: target.id, organizationId: org['umea-kommun']!, level: 'COMMITTED' } });
    await asUser('secretariat@trappan.test');
    const result = await mergeNeed({ status: 'idle' }, fixture.form({ sourceNeedId: source.id, targetNeedId: target.id, note: 'Samma behov, två förslag.' }));
    expect(result, JSON.stringify(result)).toMatchObject({ status: 'success', message: sv.needs.done.merged(target.title) });

    const archived = await prisma().need.findUniqueOrThrow({ where: { id: source.id }, include: { transitions: true } });
    expect(archived).toMatchObject({ status: 'ARCHIVED', mergedIntoId: target.id });
    expect(archived.transitions).toEqual([
      expect.objectContaining({ fromStatus: 'PROPOSED', toStatus: 'ARCHIVED', reason: 'Sammanslaget med: Hållbara konstgräsplaner utan mikroplast. Samma behov, två förslag.' }),
    ]);
    const united = await prisma().needOrganization.findMany({ where: { needId: target.id } });
    expect(united.map((o) => o.organizationId).sort()).toEqual([org['malmo-stad'], org['goteborgs-stad'], org['umea-kommun']].sort());
    expect((await prisma().needCommitment.findUniqueOrThrow({ where: { id: moving.id } })).needId).toBe(target.id);
    expect((await prisma().needCommitment.findUniqueOrThrow({ where: { id: staying.id } })).needId).toBe(source.id);
    expect((await prisma().needCommitment.findUniqueOrThrow({ where: { id: targets.id } })).level).toBe('COMMITTED');

    const targetPage = await getNeedDetails(target.id, true, 'sv');
    expect(targetPage.mergedNeeds).toEqual([{ id: source.id, title: 'Konstgräs utan granulat' }]);
    const sourcePage = await getNeedDetails(source.id, true, 'sv');
    expect(sourcePage.mergedInto).toEqual({ id: target.id, title: target.title, visible: true });
    // The public sees neither the hidden target's title nor the hidden source.
    expect((await getNeedDetails(source.id, false, 'sv')).mergedInto?.visible).toBe(false);
    expect((await getNeedDetails(target.id, false, 'sv')).mergedNeeds).toEqual([]);

    // A merged need stays where it is: no reopening, no second merge.
    expect(await transition(source.id, 'PROPOSED')).toMatchObject({ status: 'error', message: refused.needMerged });
    const again = await insertNeed();
    expect(await mergeNeed({ status: 'idle' }, fixture.form({ sourceNeedId: source.id, targetNeedId: again.id }))).toMatchObject({ status: 'error', message: refused.needArchived });
  });

  it('refuses a target in another network, the need itself, an archived target or one merged away', async () => {
    const source = await insertNeed();
    const elsewhere = await insertNeed({ networkId: other.id, areaId: other.areaId });
    const archived = await insertNeed({ status: 'ARCHIVED' });
    await asUser('secretariat@trappan.test');
    for (const targetNeedId of [elsewhere.id, source.id, archived.id, 'no-such-need']) {
      const result = await mergeNeed({ status: 'idle' }, fixture.form({ sourceNeedId: source.id, targetNeedId }));
      expect(result).toMatchObject({ status: 'error', message: refused.mergeTargetInvalid });
    }
    expect(await mergeNeed({ status: 'idle' }, fixture.form({ sourceNeedId: source.id, targetNeedId: '' }))).toMatchObject({
      status: 'error',
      fieldErrors: { targetNeedId: sv.needs.validation.targetRequired },
    });
    expect((await prisma().need.findUniqueOrThrow({ where: { id: source.id } })).status).toBe('PROPOSED');
  });
});

describe('the register list', () => {
  const filters = (overrides: Partial<NeedListFilters> = {}): NeedListFilters => ({ status: '', step: '', areaId: '', q: '', sort: 'newest', ...overrides });
  let listNetwork: { id: string; areaId: string };
  let otherArea: string;

  beforeAll(async () => {
    // A network of its own, so the demo needs and other tests' needs do not change the counts.
    listNetwork = await prisma().network.create({
      data: { slug: 'behovsregistret-test', name: 'Behovsregistret (test)', descriptionSv: '.', descriptionEn: '.', areaId: konstgras.areaId, initiator: 'BUYER', status: 'ACTIVE' },
      select: { id: true, areaId: true },
    });
    otherArea = other.areaId === listNetwork.areaId ? konstgras.areaId : other.areaId;
    const make = (title: string, data: Partial<{ status: 'PROPOSED' | 'PRIORITISED' | 'ARCHIVED'; ladderStep: 'INITIATE' | 'INTRODUCE'; isPublic: boolean; areaId: string }>) =>
      prisma().need.create({ data: { networkId: listNetwork.id, areaId: data.areaId ?? listNetwork.areaId, title, problem: '.', ...data } });
    await make('Belysning som tänds vid närvaro', { isPublic: true, ladderStep: 'INITIATE', status: 'PRIORITISED' });
    await make('Avloppsrening av läkemedelsrester', { isPublic: true, ladderStep: 'INTRODUCE', areaId: otherArea });
    await make('Dold: intern kartläggning', { isPublic: false });
    await make('Arkiverad belysning', { isPublic: true, status: 'ARCHIVED' });
    await make('Cykelparkering vid stationer', { isPublic: true });
  });

  const titles = async (options: { seesAll: boolean; filters?: Partial<NeedListFilters>; take?: number }) =>
    (await listNeeds({ networkId: listNetwork.id, seesAll: options.seesAll, filters: filters(options.filters), take: options.take })).rows.map((r) => r.title);

  it('never lists a hidden need for the public, and 404s its page', async () => {
    expect(await titles({ seesAll: false, filters: { status: 'ALL' } })).not.toContain('Dold: intern kartläggning');
    expect(await titles({ seesAll: true })).toContain('Dold: intern kartläggning');
    expect((await listPublicNeeds(listNetwork.id)).map((n) => n.title)).not.toContain('Dold: intern kartläggning');
    const publicPage = await listNeeds({ networkId: listNetwork.id, seesAll: false, filters: filters() });
    expect(publicPage.rows.every((row) => row.owner === null)).toBe(true);

    const hidden = await insertNeed({ title: 'Dold i Konstgräs' });
    actAs(null);
    await expect(getNeedForViewer('konstgras', hidden.id)).rejects.toThrow();
    await asUser('supplier@trappan.test');
    await expect(getNeedForViewer('konstgras', hidden.id)).rejects.toThrow();
    await asUser('funder@trappan.test');
    await expect(getNeedForViewer('konstgras', hidden.id)).resolves.toMatchObject({ need: { id: hidden.id } });
  });

  it('filters by status, step, area and title words, and leaves archived needs out unless asked', async () => {
    expect(await titles({ seesAll: false })).not.toContain('Arkiverad belysning');
    expect(await titles({ seesAll: false, filters: { status: 'ARCHIVED' } })).toEqual(['Arkiverad belysning']);
    expect(await titles({ seesAll: false, filters: { status: 'PRIORITISED' } })).toEqual(['Belysning som tänds vid närvaro']);
    expect(await titles({ seesAll: false, filters: { step: 'INTRODUCE' } })).toEqual(['Avloppsrening av läkemedelsrester']);
    expect(await titles({ seesAll: false, filters: { step: 'NONE' } })).toEqual(['Cykelparkering vid stationer']);
    expect(await titles({ seesAll: false, filters: { areaId: otherArea } })).toEqual(['Avloppsrening av läkemedelsrester']);
    expect(await titles({ seesAll: false, filters: { q: 'BELYSNING', status: 'ALL' } })).toEqual(expect.arrayContaining(['Belysning som tänds vid närvaro', 'Arkiverad belysning']));
    const page = await listNeeds({ networkId: listNetwork.id, seesAll: false, filters: filters() });
    expect(page.total).toBe(3);
    expect(page.statusCounts).toMatchObject({ PROPOSED: 2, PRIORITISED: 1, ARCHIVED: 1 });
  });

  it('sorts by title and by status, a page at a time, without repeating or skipping', async () => {
    for (const sort of ['newest', 'title', 'status'] as const) {
      const all = await titles({ seesAll: true, filters: { sort, status: 'ALL' } });
      const paged: string[] = [];
      let cursor = null;
      do {
        const page = await listNeeds({ networkId: listNetwork.id, seesAll: true, filters: filters({ sort, status: 'ALL' }), take: 2, cursor });
        paged.push(...page.rows.map((r) => r.title));
        cursor = page.nextCursor ? decodeNeedCursor(page.nextCursor) : null;
      } while (cursor);
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(all.length);
    }
    const byStatus = await titles({ seesAll: true, filters: { sort: 'status', status: 'ALL' } });
    expect(byStatus.at(-1)).toBe('Arkiverad belysning');
    expect(byStatus.at(-2)).toBe('Belysning som tänds vid närvaro');
    expect(await titles({ seesAll: true, filters: { sort: 'title' } })).toEqual([
      'Avloppsrening av läkemedelsrester',
      'Belysning som tänds vid närvaro',
      'Cykelparkering vid stationer',
      'Dold: intern kartläggning',
    ]);
  });

  it('reads the filters from the address and ignores what is not a choice', () => {
    const parsed = parseNeedListParams({ status: 'BOGUS', step: 'NONE', sort: 'title', q: '  belysning ', cursor: 'not-a-cursor' });
    expect(parsed.filters).toEqual({ status: '', step: 'NONE', areaId: '', q: 'belysning', sort: 'title' });
    expect(parsed.cursor).toBeNull();
    expect(parsed.rawCursor).toBe('not-a-cursor');
  });
});
