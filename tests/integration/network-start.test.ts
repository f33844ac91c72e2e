// Starting a network, as a buyer at Uppsala kommun who is in no network yet: a draft that only
// its founder (and platform admins) can see, published once its charter is in the founders'
// own words, and then in the registry, its search, the overview and open data at once. A
// platform admin can take it down again with a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GET as getNetworkRoute } from '@/app/api/v1/networks/[slug]/route';
import { GET as getNetworksRoute } from '@/app/api/v1/networks/route';
import { GET as getOrganisationsRoute } from '@/app/api/v1/organisations/route';
import { getMessages } from '@/i18n/messages';
import { getCachedNationalOverview, getNationalOverview } from '@/modules/dashboards/overview-queries';
import { updateCharter } from '@/modules/governance/actions/charter-actions';
import { getCurrentCharter } from '@/modules/governance/charter-queries';
import { publishNetworkAction, startNetworkAction, unpublishNetworkAction } from '@/modules/networks/actions/network-lifecycle-actions';
import { parseRegistryQuery } from '@/modules/registry/registry-query';
import { searchRegistry } from '@/modules/registry/search';
import type { FormState } from '@/server/actions/network-action';
import { findNetworkView } from '@/server/network-viewer';

import { actAs } from './support/fake-session';
import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';

const sv = getMessages('sv');
const IDLE: FormState = { status: 'idle' };
const NAME = 'Hållbar välfärdsteknik i Norrbotten';
const SLUG = 'hallbar-valfardsteknik-i-norrbotten';

let fixture: Fixture;
let founderId: string;
let areaId: string;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  founderId = await fixture.userId('buyer2@trappan.test');
  areaId = (await fixture.database.prisma.thematicArea.findFirstOrThrow({ select: { id: true } })).id;
});
afterAll(async () => {
  await fixture.database.drop();
});

/** Runs an action whose success redirects; gives where it went, or the state it returned. */
async function submit(action: (previous: FormState, form: FormData) => Promise<FormState>, form: FormData): Promise<{ redirectedTo?: string; state?: FormState }> {
  try {
    return { state: await action(IDLE, form) };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? '');
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirectedTo: digest.split(';')[2]! };
  }
}

const startForm = (fields: Record<string, string> = {}) =>
  fixture.form({
    name: NAME,
    descriptionSv: 'Kommuner i Norrbotten som vill upphandla välfärdsteknik tillsammans.',
    descriptionEn: 'Municipalities in Norrbotten procuring welfare technology together.',
    aboutSv: '',
    aboutEn: '',
    areaId,
    arranger: 'own',
    startYear: '2026',
    membershipPolicy: 'APPROVAL',
    contactName: 'Eva Berg',
    contactEmail: 'Eva.Berg@Uppsala.se',
    ...fields,
  });

const network = (slug: string) => fixture.database.prisma.network.findUnique({ where: { slug } });
const registrySlugs = async (params: Record<string, string> = {}) => {
  const parsed = parseRegistryQuery(params);
  expect(parsed.invalid).toEqual([]);
  return (await searchRegistry(parsed.query)).networks.map((n) => n.slug);
};
const apiRequest = (path: string) => new Request(`http://localhost/api/v1${path}`);
const apiNetwork = (slug: string) => getNetworkRoute(apiRequest(`/networks/${slug}`), { params: Promise.resolve({ slug }) });
const apiSlugs = async () => ((await (await getNetworksRoute(apiRequest('/networks?limit=100'))).json()) as { data: Array<{ slug: string }> }).data.map((n) => n.slug);
const memberOfUppsala = async () => {
  const body = (await (await getOrganisationsRoute(apiRequest('/organisations?limit=100'))).json()) as { data: Array<{ id: string; name: string; memberOf?: Array<{ slug?: string; id?: string }> }> };
  return JSON.stringify(body.data.find((o) => o.name === 'Uppsala kommun') ?? null);
};
const viewAs = async (userId: string | null, slug: string) => {
  actAs(userId);
  return findNetworkView(slug).then(
    (view) => ('movedTo' in view ? `moved:${view.movedTo}` : 'seen'),
    (error: { digest?: string }) => (String(error.digest).includes('404') ? 'not found' : Promise.reject(error)),
  );
};

/** The founders' charter: the template's questions answered in their own words. */
async function rewriteCharter(networkId: string) {
  const current = await getCurrentCharter(networkId);
  if (!current) throw new Error('a started network has a charter');
  return submit(
    updateCharter,
    fixture.form({
      networkId,
      baseVersion: String(current.version),
      mission: 'Norrbottens kommuner ska kunna erbjuda trygg välfärdsteknik i glesbygd.',
      shortTermGoals: 'En gemensam behovskartläggning under 2027.',
      longTermGoals: 'Upphandlade och införda lösningar i alla medlemskommuner.',
      memberBenefit: 'Färdiga krav och en starkare röst mot marknaden.',
      stakeholderRelations: 'Leverantörer deltar i marknadsdialoger, inte som medlemmar.',
      membershipPolicy: current.membershipPolicy,
      decisionRule: current.decisionRule,
      qualifiedMajorityPercent: '',
      quorumPercent: String(current.quorumPercent),
      physicalMeetingsPerYear: String(current.physicalMeetingsPerYear),
      meetingFormat: current.meetingFormat,
      associationsVote: String(current.associationsVote),
    }),
  );
}

describe('starting a network', () => {
  it('creates a draft with the founder as its first coordinator and the charter template, and audits it', async () => {
    const before = await getNationalOverview();
    actAs(founderId);
    expect(await submit(startNetworkAction, startForm())).toEqual({ redirectedTo: `/sv/networks/${SLUG}?started=1` });

    const started = await network(SLUG);
    expect(started).toMatchObject({ name: NAME, status: 'FORMING', initiator: 'BUYER', publishedAt: null, contactEmail: 'eva.berg@uppsala.se', startYear: 2026 });
    const uppsala = await fixture.database.prisma.organization.findUniqueOrThrow({ where: { slug: 'uppsala-kommun' } });
    expect(started!.arrangerId).toBe(uppsala.id);
    const memberships = await fixture.database.prisma.membership.findMany({ where: { networkId: started!.id } });
    expect(memberships).toMatchObject([{ userId: founderId, organizationId: uppsala.id, role: 'COORDINATOR', status: 'ACTIVE' }]);
    const charter = await getCurrentCharter(started!.id);
    expect(charter).toMatchObject({ version: 1, membershipPolicy: 'APPROVAL', decisionRule: 'SIMPLE_MAJORITY' });
    expect(charter!.stakeholderRelations).toMatch(/leverantörer/);
    const audit = await fixture.database.prisma.auditEvent.findFirstOrThrow({ where: { action: 'network.start', networkId: started!.id } });
    expect(audit).toMatchObject({ outcome: 'ALLOWED', actorId: founderId });

    // A draft is nowhere public: not in the registry or its search, the overview or open data.
    expect(await registrySlugs()).not.toContain(SLUG);
    expect(await registrySlugs({ q: 'välfärdsteknik Norrbotten' })).not.toContain(SLUG);
    expect((await getNationalOverview()).networkCount).toBe(before.networkCount);
    expect(await apiSlugs()).not.toContain(SLUG);
    expect((await apiNetwork(SLUG)).status).toBe(404);
    expect(await memberOfUppsala()).not.toContain(SLUG);
  });

  it('shows the draft to its founder and platform admins, and to nobody else', async () => {
    expect(await viewAs(founderId, SLUG)).toBe('seen');
    expect(await viewAs(await fixture.userId('admin@trappan.test'), SLUG)).toBe('seen');
    expect(await viewAs(null, SLUG)).toBe('not found');
    for (const email of ['buyer@trappan.test', 'secretariat@trappan.test', 'agency@trappan.test', 'supplier@trappan.test']) {
      expect(await viewAs(await fixture.userId(email), SLUG), email).toBe('not found');
    }
  });

  it('numbers the address of a second network with the same name, and refuses names that give no address', async () => {
    actAs(await fixture.userId('buyer@trappan.test'));
    expect(await submit(startNetworkAction, startForm())).toEqual({ redirectedTo: `/sv/networks/${SLUG}-2?started=1` });

    const count = await fixture.database.prisma.network.count();
    for (const [name, message] of [
      ['New', sv.startNetwork.errors.nameReserved],
      ['!!! ???', sv.startNetwork.errors.nameNoLetters],
      ['', 'Fyll i nätverkets namn.'],
    ] as const) {
      const { state } = await submit(startNetworkAction, startForm({ name }));
      expect(state, name).toMatchObject({ status: 'error', fieldErrors: { name: message } });
    }
    expect(await fixture.database.prisma.network.count()).toBe(count);
  });

  it('gives two founders who start the same name at the same moment two addresses', async () => {
    const [first, second] = await Promise.all([
      (async () => {
        actAs(founderId);
        return submit(startNetworkAction, startForm({ name: 'Samtidigt nätverk' }));
      })(),
      (async () => {
        actAs(founderId);
        return submit(startNetworkAction, startForm({ name: 'Samtidigt nätverk' }));
      })(),
    ]);
    expect([first.redirectedTo, second.redirectedTo].sort()).toEqual(['/sv/networks/samtidigt-natverk-2?started=1', '/sv/networks/samtidigt-natverk?started=1']);
  });

  it('refuses an arranger that is not a contracting authority, keeping the other fields', async () => {
    actAs(founderId);
    const supplierNumber = '556012-5790';
    await fixture.database.prisma.organization.create({ data: { slug: 'leverantoren-ab', name: 'Leverantören AB', kind: 'COMPANY', organizationNumber: supplierNumber } });
    const { state } = await submit(startNetworkAction, startForm({ name: 'Fel arrangör', arranger: 'other', arrangerNumber: supplierNumber }));
    expect(state).toMatchObject({ status: 'error', fieldErrors: { arrangerNumber: sv.startNetwork.errors.arrangerNotAuthority }, values: { name: 'Fel arrangör' } });
    expect(await network('fel-arrangor')).toBeNull();
  });
});

describe('publishing a draft', () => {
  it('waits until the charter is in the founders own words', async () => {
    const draft = (await network(SLUG))!;
    actAs(founderId);
    const { state } = await submit(publishNetworkAction, fixture.form({ networkId: draft.id }));
    expect(state).toMatchObject({ status: 'error', message: sv.refused.charterIsTemplate });
    expect((await network(SLUG))!.publishedAt).toBeNull();
  });

  it('puts the network in the registry, its search, the overview and open data at once', async () => {
    const draft = (await network(SLUG))!;
    // The overview page's cached figures, read before: publishing must not wait for them to expire.
    const before = await getCachedNationalOverview();
    actAs(founderId);
    expect((await rewriteCharter(draft.id)).state).toMatchObject({ status: 'success' });
    expect(await submit(publishNetworkAction, fixture.form({ networkId: draft.id }))).toEqual({ redirectedTo: `/sv/networks/${SLUG}?published=1` });

    expect((await network(SLUG))!.publishedAt).toBeInstanceOf(Date);
    expect(await registrySlugs()).toContain(SLUG);
    expect(await registrySlugs({ q: 'välfärdsteknik Norrbotten' })).toContain(SLUG);
    expect((await getCachedNationalOverview()).networkCount).toBe(before.networkCount + 1);
    expect(await apiSlugs()).toContain(SLUG);
    expect((await apiNetwork(SLUG)).status).toBe(200);
    expect(await memberOfUppsala()).toContain(SLUG);
    expect(await viewAs(null, SLUG)).toBe('seen');
    // Publishing twice is refused, not a second event.
    actAs(founderId);
    expect((await submit(publishNetworkAction, fixture.form({ networkId: draft.id }))).state).toMatchObject({ message: sv.refused.networkAlreadyPublished });
  });
});

describe('taking a network off the registry', () => {
  it('is for a platform admin, with a reason; the founders cannot publish it again, an admin can', async () => {
    const published = (await network(SLUG))!;
    actAs(founderId);
    expect((await submit(unpublishNetworkAction, fixture.form({ networkId: published.id, reason: 'Dubblett' }))).state).toMatchObject({ status: 'error' });
    expect((await network(SLUG))!.publishedAt).not.toBeNull();

    const adminId = await fixture.userId('admin@trappan.test');
    actAs(adminId);
    expect((await submit(unpublishNetworkAction, fixture.form({ networkId: published.id, reason: '   ' }))).state).toMatchObject({
      status: 'error',
      fieldErrors: { reason: 'Fyll i motivering.' },
    });
    expect(await submit(unpublishNetworkAction, fixture.form({ networkId: published.id, reason: 'Dubblett av ett annat nätverk' }))).toEqual({
      redirectedTo: `/sv/networks/${SLUG}?unpublished=1`,
    });
    expect(await network(SLUG)).toMatchObject({ publishedAt: null, unpublishedReason: 'Dubblett av ett annat nätverk' });
    expect(await registrySlugs()).not.toContain(SLUG);
    expect((await apiNetwork(SLUG)).status).toBe(404);

    actAs(founderId);
    expect((await submit(publishNetworkAction, fixture.form({ networkId: published.id }))).state).toMatchObject({ message: sv.refused.networkTakenDown });
    actAs(adminId);
    expect((await submit(publishNetworkAction, fixture.form({ networkId: published.id }))).redirectedTo).toBe(`/sv/networks/${SLUG}?published=1`);
    expect(await network(SLUG)).toMatchObject({ unpublishedReason: null });
  });
});
