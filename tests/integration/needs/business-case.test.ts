// The good innovative deal: each buying member organisation states its figures once (a new
// statement replaces it), the need's page sums them exactly in öre, and only members who buy
// for a contracting authority may state them. The buyer group takes only members who buy,
// with a lead organisation among theirs, and only once the need is in preparation.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { formBuyerGroup, setValueOffer, stateCommitment } from '@/modules/needs/actions/business-case-actions';
import { getBusinessCase } from '@/modules/needs/business-case-queries';
import { BusinessCaseSection } from '@/modules/needs/components/business-case-section';
import { BuyerGroupSection } from '@/modules/needs/components/buyer-group-section';
import { formatKronor } from '@/modules/needs/money';

import { createGovernanceFixture } from '../governance/fixture';
import type { Fixture } from '../governance/roles';
import { actAs } from '../support/fake-session';

const sv = getMessages('sv');
const refused = sv.refused;
const errors = sv.businessCase.errors;
let fixture: Fixture;
let counter = 0;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
});
afterAll(async () => {
  await fixture.database.drop();
});

const as = async (email: string) => actAs(await fixture.userId(email));

async function newNeed(status: 'PROPOSED' | 'IN_PREPARATION' | 'ARCHIVED' = 'IN_PREPARATION') {
  counter += 1;
  const network = await fixture.database.prisma.network.findUniqueOrThrow({ where: { slug: 'konstgras' }, select: { id: true, areaId: true } });
  return fixture.database.prisma.need.create({
    data: { networkId: network.id, areaId: network.areaId, title: `Hållbara konstgräsplaner ${counter}`, problem: 'Mikroplaster sprids från planerna.', status },
    select: { id: true, title: true },
  });
}

const organizationId = async (slug: string) => (await fixture.database.prisma.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

const commit = (needId: string, fields: Record<string, string>) =>
  stateCommitment({ status: 'idle' }, fixture.form({ needId, annualCost: '', costBasis: '', expectedVolume: '', level: 'INTERESTED', conditions: '', ...fields }));

const section = async (needId: string) => renderToStaticMarkup(await BusinessCaseSection({ locale: 'sv', slug: 'konstgras', needId }));

describe('the potential market', () => {
  it('sums every organisation’s cost exactly in öre, far beyond what a float holds', async () => {
    const need = await newNeed();
    await as('buyer@trappan.test');
    expect(await commit(need.id, { annualCost: '999 999 999 999 999,99', costBasis: 'Alla planer i kommunen', expectedVolume: '12' })).toMatchObject({
      status: 'success',
      message: sv.businessCase.committed('Malmö stad'),
    });
    await as('goteborg@trappan.test');
    expect((await commit(need.id, { annualCost: '999999999999999.99 kr', costBasis: 'Driftbudget', expectedVolume: '30', level: 'COMMITTED', conditions: 'Om testet i verklig miljö visar att inget granulat sprids.' })).status).toBe('success');
    await as('umea@trappan.test');
    expect((await commit(need.id, { annualCost: '0,01', costBasis: 'Ett öre' })).status).toBe('success');
    // A statement without a cost counts as a buyer but adds nothing to the sum.
    await as('linkoping@trappan.test');
    expect((await commit(need.id, { expectedVolume: '1 200' })).status).toBe('success');

    const { market } = await getBusinessCase(need.id, true);
    expect(market).toEqual({ buyers: 4, totalAnnualCostOre: 199_999_999_999_999_999n, costStatedBy: 3, totalVolume: 1242, volumeStatedBy: 3 });
    const stored = await fixture.database.prisma.needCommitment.findMany({ where: { needId: need.id }, select: { annualCostOre: true } });
    expect(stored.map((c) => c.annualCostOre).sort()).toEqual([null, 1n, 99_999_999_999_999_999n, 99_999_999_999_999_999n].sort());

    const html = await section(need.id);
    expect(html).toContain(formatKronor(199_999_999_999_999_999n)); // "1 999 999 999 999 999,99 kr"
    expect(formatKronor(199_999_999_999_999_999n)).toBe('1\u00a0999\u00a0999\u00a0999\u00a0999\u00a0999,99\u00a0kr');
    expect(html).toContain('enligt 3 organisationer');
    // The statements table names the person for participants.
    expect(html).toContain('Anders Holm');
  });

  it('shows the volume in the need’s unit and names nobody to the public', async () => {
    const need = await newNeed();
    await fixture.database.prisma.need.update({ where: { id: need.id }, data: { isPublic: true } });
    await as('secretariat@trappan.test');
    expect(await setValueOffer({ status: 'idle' }, fixture.form({ needId: need.id, valueOffers: ['EXPERTISE', 'TESTBED'], volumeUnit: 'konstgräsplaner' }))).toMatchObject({
      status: 'success',
    });
    // Stored in the catalogue's order, whatever order the browser sent.
    expect((await fixture.database.prisma.need.findUniqueOrThrow({ where: { id: need.id } })).valueOffers).toEqual(['TESTBED', 'EXPERTISE']);
    // Both chose to show their figures publicly; Umeå's, not shown, stays out of the public sums.
    await as('buyer@trappan.test');
    await commit(need.id, { annualCost: '1 250 000', costBasis: 'Skötsel', expectedVolume: '3', isPublic: 'on' });
    await as('goteborg@trappan.test');
    await commit(need.id, { annualCost: '2 000 000,50', costBasis: 'Skötsel', expectedVolume: '4', isPublic: 'on' });
    await as('umea@trappan.test');
    await commit(need.id, { annualCost: '400 000', costBasis: 'Hemlig budget', expectedVolume: '1' });

    actAs(null);
    const html = await section(need.id);
    expect(html).not.toContain('Umeå kommun');
    expect(html).not.toContain('Hemlig budget');
    expect(html).toContain(formatKronor(325_000_050n));
    expect(html).toContain('7 konstgräsplaner');
    expect(html).toContain(sv.needEnums.valueOffer.TESTBED);
    expect(html).not.toContain('Johan Ek');
    expect(html).not.toContain('Anders Holm');
    // No form for the public.
    expect(html).not.toContain('name="annualCost"');
    const english = renderToStaticMarkup(await BusinessCaseSection({ locale: 'en', slug: 'konstgras', needId: need.id }));
    expect(english).toContain(getMessages('en').businessCase.marketHeading);
    expect(english).toContain(formatKronor(325_000_050n, 'en'));
  });
});

describe('a statement', () => {
  it('is one row per organisation: a second statement replaces the first', async () => {
    const need = await newNeed();
    const malmo = await organizationId('malmo-stad');
    await as('buyer@trappan.test');
    await commit(need.id, { annualCost: '100 000', costBasis: 'Första uppskattningen', expectedVolume: '2' });
    const first = await fixture.database.prisma.needCommitment.findFirstOrThrow({ where: { needId: need.id, organizationId: malmo } });
    // Another person of the same organisation states again.
    const colleague = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    actAs(colleague.userId);
    expect((await commit(need.id, { annualCost: '250 000,75', costBasis: 'Budget 2027', expectedVolume: '5', level: 'LETTER_OF_INTENT' })).status).toBe('success');

    const rows = await fixture.database.prisma.needCommitment.findMany({ where: { needId: need.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: first.id,
      organizationId: malmo,
      annualCostOre: 25_000_075n,
      costBasis: 'Budget 2027',
      expectedVolume: 5,
      level: 'LETTER_OF_INTENT',
      statedById: colleague.userId,
    });
    expect(rows[0]!.statedAt.getTime()).toBeGreaterThanOrEqual(first.statedAt.getTime());
    // The organisation now shares the need, once.
    expect(await fixture.database.prisma.needOrganization.count({ where: { needId: need.id, organizationId: malmo } })).toBe(1);
    // The earlier statement is in the audit log.
    const audit = await fixture.database.prisma.auditEvent.findFirstOrThrow({ where: { action: 'need.commit', entityId: first.id }, orderBy: { createdAt: 'desc' } });
    expect(audit.before).toMatchObject({ annualCost: formatKronor(10_000_000n), costBasis: 'Första uppskattningen' });
  });

  it('keeps what was typed and says what to fix', async () => {
    const need = await newNeed();
    await as('buyer@trappan.test');
    const unparseable = await commit(need.id, { annualCost: 'tolv miljoner', costBasis: '', expectedVolume: '-3', level: 'COMMITTED', conditions: '' });
    expect(unparseable).toMatchObject({
      status: 'error',
      fieldErrors: { annualCost: errors.costInvalid, expectedVolume: errors.volumeInvalid, conditions: errors.conditionsRequired },
      values: { annualCost: 'tolv miljoner', expectedVolume: '-3', level: 'COMMITTED' },
    });
    const noBasis = await commit(need.id, { annualCost: '1 000 000', costBasis: '  ', expectedVolume: '2,5' });
    expect(noBasis).toMatchObject({ status: 'error', fieldErrors: { costBasis: errors.costBasisRequired, expectedVolume: errors.volumeInvalid }, values: { annualCost: '1 000 000' } });
    const noLevel = await stateCommitment({ status: 'idle' }, fixture.form({ needId: need.id, annualCost: '' }));
    expect(noLevel).toMatchObject({ status: 'error', fieldErrors: { level: errors.levelRequired } });
    expect(await fixture.database.prisma.needCommitment.count({ where: { needId: need.id } })).toBe(0);
  });

  it.each([
    ['the coordinator from the arranger association', 'secretariat@trappan.test', refused.notBuyingOrganization],
    ['an observer', 'funder@trappan.test', refused.notBuyingOrganization],
    ['an admin, who is no member', 'admin@trappan.test', refused.notMember],
    ['a buyer who is not a member', 'buyer2@trappan.test', refused.notMember],
  ])('is refused to %s', async (_who, email, message) => {
    const need = await newNeed();
    await as(email);
    expect(await commit(need.id, { annualCost: '500 000', costBasis: 'Uppskattning' })).toMatchObject({ status: 'error', message });
    expect(await fixture.database.prisma.needCommitment.count({ where: { needId: need.id } })).toBe(0);
  });

  it('is refused on an archived need', async () => {
    const need = await newNeed('ARCHIVED');
    await as('buyer@trappan.test');
    expect(await commit(need.id, {})).toMatchObject({ status: 'error', message: refused.needArchived });
  });

  it('shows the buying member a pre-filled form, and the observer why there is none', async () => {
    const need = await newNeed();
    await as('buyer@trappan.test');
    await commit(need.id, { annualCost: '1 234 567,50', costBasis: 'Skötsel', expectedVolume: '3' });
    const html = await section(need.id);
    expect(html).toContain('value="1234567,50"');
    expect(html).toContain(sv.businessCase.commitHeading('Malmö stad'));
    await as('funder@trappan.test');
    const observer = await section(need.id);
    expect(observer).not.toContain('name="annualCost"');
    expect(observer).toContain(sv.businessCase.commitNotEligible);
  });
});

describe('the buyer group', () => {
  const form = (needId: string, memberIds: string[], leadOrganizationId: string) =>
    formBuyerGroup({ status: 'idle' }, fixture.form({ needId, memberIds, leadOrganizationId }));

  it('is formed once, then changed: new places added, removed ones closed with history', async () => {
    const need = await newNeed();
    // A group of the network already has the name the buyer group would get.
    const networkId = await fixture.networkId('konstgras');
    await fixture.database.prisma.networkGroup.create({ data: { networkId, kind: 'WORKING', name: `BESTÄLLARGRUPP: ${need.title}` } });
    const [buyer, goteborg, umea] = await Promise.all(['buyer@trappan.test', 'goteborg@trappan.test', 'umea@trappan.test'].map((e) => fixture.userId(e)));
    const [gbg, umeaKommun] = await Promise.all([organizationId('goteborgs-stad'), organizationId('umea-kommun')]);
    await as('secretariat@trappan.test');

    const formed = await form(need.id, [buyer!, goteborg!], gbg);
    const name = `Beställargrupp: ${need.title} (2)`;
    expect(formed).toMatchObject({ status: 'success', message: sv.businessCase.buyerGroupPage.formed(name) });
    const stored = await fixture.database.prisma.need.findUniqueOrThrow({ where: { id: need.id }, select: { buyerGroupId: true, leadOrganizationId: true, buyerGroup: { select: { kind: true, name: true } } } });
    expect(stored).toMatchObject({ leadOrganizationId: gbg, buyerGroup: { kind: 'BUYER', name } });

    const changed = await form(need.id, [goteborg!, umea!], umeaKommun);
    expect(changed).toMatchObject({ status: 'success', message: sv.businessCase.buyerGroupPage.changed(1, 1) });
    const places = await fixture.database.prisma.groupMembership.findMany({ where: { groupId: stored.buyerGroupId! }, orderBy: { addedAt: 'asc' } });
    expect(places).toHaveLength(3);
    expect(places.find((p) => p.userId === buyer)).toMatchObject({ removedAt: expect.any(Date), removedReason: sv.businessCase.buyerGroup.removedReason });
    expect(places.filter((p) => p.removedAt === null).map((p) => p.userId).sort()).toEqual([goteborg, umea].sort());
    // Still one group for the need, now led by Umeå.
    expect(await fixture.database.prisma.need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({ buyerGroupId: stored.buyerGroupId, leadOrganizationId: umeaKommun });

    const html = renderToStaticMarkup(await BuyerGroupSection({ locale: 'sv', slug: 'konstgras', needId: need.id }));
    expect(html).toContain('Maria Lund');
    expect(html).not.toContain('Johan Ek');
    expect(html).toContain('Göteborgs Stad');
    expect(html).toContain(sv.businessCase.buyerGroup.change);
  });

  it.each([
    ['an observer', 'funder@trappan.test', refused.notBuyingMember],
    ['the coordinator from the arranger (no vote)', 'secretariat@trappan.test', refused.notBuyingMember],
    ['a buyer who is not a member', 'buyer2@trappan.test', refused.notActiveMember],
  ])('refuses %s', async (_who, email, message) => {
    const need = await newNeed();
    await as('secretariat@trappan.test');
    const result = await form(need.id, [await fixture.userId('buyer@trappan.test'), await fixture.userId(email)], await organizationId('malmo-stad'));
    expect(result).toMatchObject({ status: 'error', message });
    expect((await fixture.database.prisma.need.findUniqueOrThrow({ where: { id: need.id } })).buyerGroupId).toBeNull();
  });

  it('refuses a lead organisation that is not in the group', async () => {
    const need = await newNeed();
    await as('secretariat@trappan.test');
    const result = await form(need.id, [await fixture.userId('buyer@trappan.test')], await organizationId('goteborgs-stad'));
    expect(result).toMatchObject({ status: 'error', message: refused.leadNotInGroup });
    expect(await fixture.database.prisma.networkGroup.count({ where: { name: `Beställargrupp: ${need.title}` } })).toBe(0);
  });

  it('needs at least one person and a lead', async () => {
    const need = await newNeed();
    await as('secretariat@trappan.test');
    const result = await formBuyerGroup({ status: 'idle' }, fixture.form({ needId: need.id }));
    expect(result).toMatchObject({ status: 'error', fieldErrors: { memberIds: errors.membersRequired, leadOrganizationId: errors.leadRequired } });
  });

  it('is not formed before the need is in preparation', async () => {
    const need = await newNeed('PROPOSED');
    await as('secretariat@trappan.test');
    const result = await form(need.id, [await fixture.userId('buyer@trappan.test')], await organizationId('malmo-stad'));
    expect(result).toMatchObject({ status: 'error', message: refused.buyerGroupNotReady });
    const html = renderToStaticMarkup(await BuyerGroupSection({ locale: 'sv', slug: 'konstgras', needId: need.id }));
    expect(html).toContain(sv.businessCase.buyerGroup.empty);
    expect(html).not.toContain(sv.businessCase.buyerGroup.form);
  });

  it('is changed by the coordinator only', async () => {
    const need = await newNeed();
    await as('buyer@trappan.test');
    const result = await form(need.id, [await fixture.userId('buyer@trappan.test')], await organizationId('malmo-stad'));
    expect(result).toMatchObject({ status: 'error', message: refused.notCoordinator });
  });
});
