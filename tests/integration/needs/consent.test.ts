// Consent before publishing: an organisation a coordinator ticks on a need is only invited
// until someone of it confirms (or declines), and is named as sharing it, on the page for the
// public and in open data, only after confirming; an organisation's figures are public only
// when it chose so. Observers (funders) are no member organisations: they cannot be ticked,
// cannot share, and do not count among a network's member organisations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GET as getNeedsRoute } from '@/app/api/v1/needs/route';
import { getMessages } from '@/i18n/messages';
import { getNationalOverview } from '@/modules/dashboards/overview-queries';
import { stateCommitment } from '@/modules/needs/actions/business-case-actions';
import { answerSharingInvitation, proposeNeed as proposeNeedAction, shareNeed, updateNeed } from '@/modules/needs/actions/need-actions';
import { getBusinessCase } from '@/modules/needs/business-case-queries';
import { organizationField } from '@/modules/needs/need-fields';
import { getNeedDetails, listMemberOrganizations } from '@/modules/needs/need-queries';
import type { NeedReleasePackage } from '@/modules/open-data/needs-ocds';
import { getNetworkProfile } from '@/modules/networks/queries';

import { createGovernanceFixture } from '../governance/fixture';
import type { Fixture } from '../governance/roles';
import { actAs } from '../support/fake-session';
import { redirected } from '../support/redirected';

// Proposing goes to the new need: its redirect is the success.
const proposeNeed = redirected(proposeNeedAction);
const sv = getMessages('sv');

let fixture: Fixture;
let konstgras: { id: string; areaId: string };
const org: Record<string, string> = {};
const prisma = () => fixture.database.prisma;
const asUser = async (email: string) => actAs(await fixture.userId(email));
let counter = 0;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  konstgras = await prisma().network.findUniqueOrThrow({ where: { slug: 'konstgras' }, select: { id: true, areaId: true } });
  for (const slug of ['malmo-stad', 'goteborgs-stad', 'umea-kommun', 'linkopings-kommun', 'naturvardsverket']) {
    org[slug] = (await prisma().organization.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  }
});
afterAll(async () => {
  await fixture.database.drop();
});

/** A public need Malmö stad proposed (and so shares), straight in the database. */
async function publicNeed() {
  counter += 1;
  return prisma().need.create({
    data: {
      networkId: konstgras.id,
      areaId: konstgras.areaId,
      title: `Samtyckesbehov ${counter}`,
      problem: 'Ett problem.',
      isPublic: true,
      organizations: { create: { organizationId: org['malmo-stad']!, status: 'CONFIRMED', answeredAt: new Date() } },
    },
    select: { id: true, title: true },
  });
}

/** The coordinator's edit form for a need, with the organisations ticked. */
const editForm = (need: { id: string; title: string }, ticked: string[]) =>
  fixture.form({
    needId: need.id,
    title: need.title,
    problem: 'Ett problem.',
    areaId: konstgras.areaId,
    isPublic: 'on',
    ...Object.fromEntries(ticked.map((slug) => [organizationField(org[slug]!), 'on'])),
  });

const sharing = (needId: string, slug: string) =>
  prisma().needOrganization.findUnique({ where: { needId_organizationId: { needId, organizationId: org[slug]! } }, select: { status: true, answeredAt: true } });

/** The release of the need in the open-data API (GET /api/v1/needs). */
async function release(title: string) {
  const response = await getNeedsRoute(new Request('http://localhost/api/v1/needs?network=konstgras&limit=100'));
  expect(response.status).toBe(200);
  const body = (await response.json()) as NeedReleasePackage;
  return body.releases.find((r) => r.tender.title === title)!;
}

const publicNames = async (needId: string) => (await getNeedDetails(needId, false, 'sv')).organizations.map((o) => o.name);

describe('an organisation ticked on a need is invited, and shares it once it confirms', () => {
  it('invites the ticked organisation: named to the network as invited, not at all to the public or in open data', async () => {
    const need = await publicNeed();
    await asUser('secretariat@trappan.test');
    expect(await updateNeed({ status: 'idle' }, editForm(need, ['malmo-stad', 'goteborgs-stad']))).toMatchObject({ status: 'success' });
    expect(await sharing(need.id, 'goteborgs-stad')).toEqual({ status: 'INVITED', answeredAt: null });

    const inNetwork = await getNeedDetails(need.id, true, 'sv');
    expect(inNetwork.organizations.map((o) => [o.name, o.status])).toEqual([
      ['Göteborgs Stad', 'INVITED'],
      ['Malmö stad', 'CONFIRMED'],
    ]);
    expect(await publicNames(need.id)).toEqual(['Malmö stad']);
    const parties = (await release(need.title)).parties.map((p) => p.name);
    expect(parties).toContain('Malmö stad');
    expect(parties).not.toContain('Göteborgs Stad');
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { action: 'need.update', entityId: need.id }, orderBy: { createdAt: 'desc' } });
    expect(audit.after).toMatchObject({ invitedOrganizationIds: [org['goteborgs-stad']] });
  });

  it('lets someone of the invited organisation confirm, and then names it publicly and in open data', async () => {
    const need = await publicNeed();
    await asUser('secretariat@trappan.test');
    await updateNeed({ status: 'idle' }, editForm(need, ['malmo-stad', 'goteborgs-stad']));
    await asUser('goteborg@trappan.test');
    const result = await answerSharingInvitation({ status: 'idle' }, fixture.form({ needId: need.id, answer: 'confirm' }));
    expect(result).toMatchObject({ status: 'success', message: sv.needs.done.shared('Göteborgs Stad') });
    expect((await sharing(need.id, 'goteborgs-stad'))?.status).toBe('CONFIRMED');
    expect(await publicNames(need.id)).toEqual(['Göteborgs Stad', 'Malmö stad']);
    expect((await release(need.title)).parties.map((p) => p.name)).toContain('Göteborgs Stad');
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { action: 'need.answerSharing', entityId: need.id, outcome: 'ALLOWED' } });
    expect(audit.after).toEqual({ organizationId: org['goteborgs-stad'], sharing: 'CONFIRMED' });
    // An invitation is answered once.
    expect(await answerSharingInvitation({ status: 'idle' }, fixture.form({ needId: need.id, answer: 'decline' }))).toMatchObject({
      status: 'error',
      message: sv.refused.notInvitedToShare,
    });
  });

  it('lets the invited organisation decline: never named, and the coordinator cannot invite it again', async () => {
    const need = await publicNeed();
    await asUser('secretariat@trappan.test');
    await updateNeed({ status: 'idle' }, editForm(need, ['malmo-stad', 'umea-kommun']));
    await asUser('umea@trappan.test');
    expect(await answerSharingInvitation({ status: 'idle' }, fixture.form({ needId: need.id, answer: 'decline' }))).toMatchObject({
      status: 'success',
      message: sv.needs.done.declined('Umeå kommun'),
    });
    expect((await sharing(need.id, 'umea-kommun'))?.status).toBe('DECLINED');
    expect(await publicNames(need.id)).toEqual(['Malmö stad']);
    // Saving the form again, with or without the tick, keeps the answer.
    await asUser('secretariat@trappan.test');
    expect(await updateNeed({ status: 'idle' }, editForm(need, ['malmo-stad', 'umea-kommun']))).toMatchObject({ status: 'success' });
    expect((await sharing(need.id, 'umea-kommun'))?.status).toBe('DECLINED');
    expect(await updateNeed({ status: 'idle' }, editForm(need, ['malmo-stad']))).toMatchObject({ status: 'success' });
    expect((await sharing(need.id, 'umea-kommun'))?.status).toBe('DECLINED');
    // The organisation may still change its mind itself.
    await asUser('umea@trappan.test');
    expect(await shareNeed({ status: 'idle' }, fixture.form({ needId: need.id }))).toMatchObject({ status: 'success' });
    expect((await sharing(need.id, 'umea-kommun'))?.status).toBe('CONFIRMED');
  });

  it('refuses an answer from someone of another organisation, and logs the attempt', async () => {
    const need = await publicNeed();
    await asUser('secretariat@trappan.test');
    await updateNeed({ status: 'idle' }, editForm(need, ['malmo-stad', 'goteborgs-stad']));
    for (const email of ['buyer@trappan.test', 'secretariat@trappan.test', 'funder@trappan.test']) {
      await asUser(email);
      const result = await answerSharingInvitation({ status: 'idle' }, fixture.form({ needId: need.id, answer: 'confirm' }));
      expect(result, email).toMatchObject({ status: 'error', message: sv.refused.notInvitedToShare });
    }
    expect((await sharing(need.id, 'goteborgs-stad'))?.status).toBe('INVITED');
    expect(await prisma().auditEvent.count({ where: { action: 'need.answerSharing', entityId: need.id, outcome: 'DENIED' } })).toBe(3);
  });

  it('confirms the proposer’s own organisation at once and invites the others it ticks', async () => {
    await asUser('buyer@trappan.test');
    const title = `Föreslaget med inbjudan ${++counter}`;
    const result = await proposeNeed(
      { status: 'idle' },
      fixture.form({ networkId: konstgras.id, title, problem: 'Något.', areaId: konstgras.areaId, [organizationField(org['linkopings-kommun']!)]: 'on' }),
    );
    expect(result).toMatchObject({ status: 'success' });
    const need = await prisma().need.findFirstOrThrow({ where: { title }, select: { id: true } });
    expect((await sharing(need.id, 'malmo-stad'))?.status).toBe('CONFIRMED');
    expect((await sharing(need.id, 'linkopings-kommun'))?.status).toBe('INVITED');
  });

  it('refuses to make a need public when no organisation has confirmed it yet', async () => {
    const need = await prisma().need.create({
      data: { networkId: konstgras.id, areaId: konstgras.areaId, title: `Ingen har bekräftat ${++counter}`, problem: 'Ett problem.' },
      select: { id: true, title: true },
    });
    await asUser('secretariat@trappan.test');
    expect(await updateNeed({ status: 'idle' }, editForm(need, ['goteborgs-stad']))).toMatchObject({
      status: 'error',
      message: sv.refused.publicNeedWithoutOrganization,
    });
  });
});

describe('figures are public only when the organisation chose so', () => {
  const commit = (needId: string, isPublic: boolean) =>
    stateCommitment(
      { status: 'idle' },
      fixture.form({ needId, annualCost: '250 000', costBasis: 'Skötsel av två planer.', expectedVolume: '2', level: 'LETTER_OF_INTENT', ...(isPublic ? { isPublic: 'on' } : {}) }),
    );

  it('keeps figures stated without the choice inside the network, out of the public sums and open data', async () => {
    const need = await publicNeed();
    await asUser('buyer@trappan.test');
    expect(await commit(need.id, false)).toMatchObject({ status: 'success' });
    const row = await prisma().needCommitment.findFirstOrThrow({ where: { needId: need.id }, select: { isPublic: true } });
    expect(row.isPublic).toBe(false);

    const inNetwork = await getBusinessCase(need.id, true);
    expect(inNetwork.commitments).toHaveLength(1);
    expect(inNetwork.market.totalAnnualCostOre).toBe(25_000_000n);
    expect(inNetwork.hiddenFromPublic).toBe(1);
    const forPublic = await getBusinessCase(need.id, false);
    expect(forPublic.commitments).toEqual([]);
    expect(forPublic.market).toMatchObject({ buyers: 0, totalAnnualCostOre: 0n, costStatedBy: 0 });

    const published = await release(need.title);
    expect(published.planning.budget).toBeUndefined();
    expect(JSON.stringify(published)).not.toContain('250000');
    expect(JSON.stringify(published)).not.toContain('Skötsel av två planer');
  });

  it('shows the figures publicly and in open data once the organisation chooses so', async () => {
    const need = await publicNeed();
    await asUser('buyer@trappan.test');
    expect(await commit(need.id, true)).toMatchObject({ status: 'success' });
    const forPublic = await getBusinessCase(need.id, false);
    expect(forPublic.commitments.map((c) => [c.organization.name, c.level, c.costBasis])).toEqual([['Malmö stad', 'LETTER_OF_INTENT', 'Skötsel av två planer.']]);
    expect(forPublic.market.totalAnnualCostOre).toBe(25_000_000n);
    expect((await release(need.title)).planning.budget?.amount).toEqual({ amount: 250_000, currency: 'SEK' });
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { action: 'need.commit', networkId: konstgras.id }, orderBy: { createdAt: 'desc' } });
    expect(audit.after).toMatchObject({ isPublic: true });
  });

  it('counts stating figures as confirming an invitation to share', async () => {
    const need = await publicNeed();
    await asUser('secretariat@trappan.test');
    await updateNeed({ status: 'idle' }, editForm(need, ['malmo-stad', 'goteborgs-stad']));
    await asUser('goteborg@trappan.test');
    expect(await commit(need.id, false)).toMatchObject({ status: 'success' });
    expect((await sharing(need.id, 'goteborgs-stad'))?.status).toBe('CONFIRMED');
  });
});

describe('an observer (funder) is no member organisation', () => {
  it('is not offered as sharing a need, and ticking it anyway is refused', async () => {
    // Naturvårdsverket, a state agency, observes Konstgräs as a funder.
    const offered = (await listMemberOrganizations(konstgras.id)).map((o) => o.name);
    expect(offered).toContain('Malmö stad');
    expect(offered).not.toContain('Naturvårdsverket');
    const need = await publicNeed();
    await asUser('secretariat@trappan.test');
    expect(await updateNeed({ status: 'idle' }, editForm(need, ['malmo-stad', 'naturvardsverket']))).toMatchObject({
      status: 'error',
      message: sv.refused.organizationNotMember,
    });
  });

  it('cannot stand behind a need for its organisation', async () => {
    const need = await publicNeed();
    await asUser('funder@trappan.test');
    expect(await shareNeed({ status: 'idle' }, fixture.form({ needId: need.id }))).toMatchObject({ status: 'error', message: sv.refused.sharerNotBuyer });
    expect(await sharing(need.id, 'naturvardsverket')).toBeNull();
  });

  it('is not counted among the network’s member organisations, on its page, in the registry or the overview', async () => {
    const profile = await getNetworkProfile('konstgras', 'sv', null);
    const names = profile!.memberOrganizations.map((o) => o.name);
    expect(names).toContain('Malmö stad');
    expect(names).not.toContain('Naturvårdsverket');
    const { memberOrganizationCount } = await prisma().network.findUniqueOrThrow({ where: { id: konstgras.id }, select: { memberOrganizationCount: true } });
    expect(memberOrganizationCount).toBe(names.length);

    // Making the funder a member makes it a member organisation; an observer again, it is not.
    const membership = await prisma().membership.findFirstOrThrow({ where: { networkId: konstgras.id, organizationId: org['naturvardsverket']!, status: 'ACTIVE' } });
    expect(membership.role).toBe('OBSERVER');
    await prisma().membership.update({ where: { id: membership.id }, data: { role: 'MEMBER' } });
    const count = async () => (await prisma().network.findUniqueOrThrow({ where: { id: konstgras.id }, select: { memberOrganizationCount: true } })).memberOrganizationCount;
    expect(await count()).toBe(names.length + 1);
    await prisma().membership.update({ where: { id: membership.id }, data: { role: 'OBSERVER' } });
    expect(await count()).toBe(names.length);
  });

  it('lists no company among the kinds of member organisations in the overview', async () => {
    const overview = await getNationalOverview();
    expect(overview.memberOrganizationsByKind.map((row) => row.kind)).not.toContain('COMPANY');
    const total = overview.memberOrganizationsByKind.reduce((sum, row) => sum + row.count, 0);
    expect(total).toBe(overview.memberOrganizationCount);
  });
});
