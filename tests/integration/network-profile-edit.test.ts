// Keeping a network's profile: its coordinator renames Konstgräs and the old address answers
// with a permanent redirect (page and API); two coordinators saving from the same version get
// one save and one clear refusal; members and other networks' coordinators are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GET as getNetworkRoute } from '@/app/api/v1/networks/[slug]/route';
import { getMessages } from '@/i18n/messages';
import { updateNetworkProfileAction } from '@/modules/networks/actions/network-profile-actions';
import { parseRegistryQuery } from '@/modules/registry/registry-query';
import { searchRegistry } from '@/modules/registry/search';
import type { FormState } from '@/server/actions/network-action';
import { findNetworkView } from '@/server/network-viewer';

import { actAs } from './support/fake-session';
import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';

const sv = getMessages('sv');
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

async function save(fields: Record<string, string>): Promise<{ redirectedTo?: string; state?: FormState }> {
  const network = await fixture.database.prisma.network.findUniqueOrThrow({ where: { id: networkId } });
  const form = fixture.form({
    networkId,
    baseVersion: String(network.profileVersion),
    name: network.name,
    descriptionSv: network.descriptionSv,
    descriptionEn: network.descriptionEn,
    aboutSv: network.aboutSv,
    aboutEn: network.aboutEn,
    areaId: network.areaId,
    arranger: 'current',
    startYear: String(network.startYear ?? 2018),
    contactName: network.contactName ?? '',
    contactEmail: network.contactEmail ?? '',
    ...fields,
  });
  try {
    return { state: await updateNetworkProfileAction({ status: 'idle' }, form) };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? '');
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirectedTo: digest.split(';')[2]! };
  }
}

const apiNetwork = (slug: string) => getNetworkRoute(new Request(`http://localhost/api/v1/networks/${slug}`), { params: Promise.resolve({ slug }) });
const konstgras = () => fixture.database.prisma.network.findUniqueOrThrow({ where: { id: networkId } });

describe('the profile', () => {
  it('saves a coordinator’s changes, audits them, and finds them in the registry’s search at once', async () => {
    actAs(coordinatorId);
    const { redirectedTo } = await save({ descriptionSv: 'Kommuner som ställer gemensamma miljökrav på granulatfria konstgräsplaner.', contactEmail: 'Konstgras@Example.se' });
    expect(redirectedTo).toBe('/sv/networks/konstgras?profileSaved=1');
    expect(await konstgras()).toMatchObject({ profileVersion: 2, contactEmail: 'konstgras@example.se' });
    const parsed = parseRegistryQuery({ q: 'granulatfria' });
    expect((await searchRegistry(parsed.query)).networks.map((n) => n.slug)).toContain('konstgras');
    const audit = await fixture.database.prisma.auditEvent.findFirstOrThrow({ where: { action: 'network.profile.update', networkId }, orderBy: { createdAt: 'desc' } });
    expect(Object.keys(audit.after as object).sort()).toEqual(['contactEmail', 'descriptionSv']);
  });

  it('says so and saves nothing when nothing changed', async () => {
    actAs(coordinatorId);
    expect((await save({})).state).toEqual({ status: 'success', message: sv.networkProfile.unchanged });
    expect((await konstgras()).profileVersion).toBe(2);
  });

  it('moves a renamed network to its new address and redirects the old one, on the page and in the API', async () => {
    actAs(coordinatorId);
    expect((await save({ name: 'Hållbart konstgräs' })).redirectedTo).toBe('/sv/networks/hallbart-konstgras?profileSaved=1');
    expect((await konstgras()).slug).toBe('hallbart-konstgras');
    const old = await apiNetwork('konstgras');
    expect(old.status).toBe(308);
    expect(old.headers.get('location')).toMatch(/\/api\/v1\/networks\/hallbart-konstgras$/);
    actAs(null);
    expect(await findNetworkView('konstgras')).toEqual({ movedTo: 'hallbart-konstgras' });

    // Renaming back takes the old address back; the other one now redirects.
    actAs(coordinatorId);
    expect((await save({ name: 'Konstgräs' })).redirectedTo).toBe('/sv/networks/konstgras?profileSaved=1');
    expect((await apiNetwork('konstgras')).status).toBe(200);
    expect((await apiNetwork('hallbart-konstgras')).status).toBe(308);
    // An address a network had is never given to another.
    const other = await fixture.database.prisma.network.findFirstOrThrow({ where: { id: { not: networkId } } });
    const otherCoordinator = await fixture.newMember({ networkSlug: other.slug, organizationSlug: 'uppsala-kommun', role: 'COORDINATOR' });
    actAs(otherCoordinator.userId);
    const form = fixture.form({
      networkId: other.id,
      baseVersion: String(other.profileVersion),
      name: 'Hållbart konstgräs',
      descriptionSv: other.descriptionSv,
      areaId: other.areaId,
      arranger: 'current',
      startYear: String(other.startYear ?? 2018),
    });
    await expect(updateNetworkProfileAction({ status: 'idle' }, form)).rejects.toMatchObject({ digest: expect.stringContaining(`/sv/networks/hallbart-konstgras-2?profileSaved=1`) });
  });

  it('saves one of two edits from the same version and tells the other, keeping what they typed', async () => {
    const second = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad', role: 'COORDINATOR' });
    const version = String((await konstgras()).profileVersion);
    actAs(coordinatorId);
    await save({ baseVersion: version, aboutSv: 'Först sparad.' });
    actAs(second.userId);
    const { state } = await save({ baseVersion: version, aboutSv: 'Sparad sist, men från samma version.' });
    expect(state).toMatchObject({ status: 'error', message: sv.refused.networkProfileChanged, values: { aboutSv: 'Sparad sist, men från samma version.' } });
    expect((await konstgras()).aboutSv).toBe('Först sparad.');
  });

  it('refuses members, observers, suppliers and another network’s coordinator, and saves nothing', async () => {
    const before = await konstgras();
    for (const email of ['buyer@trappan.test', 'funder@trappan.test', 'supplier@trappan.test', 'vatten@trappan.test', 'agency@trappan.test']) {
      actAs(await fixture.userId(email));
      const { state } = await save({ aboutSv: `Ändrat av ${email}` });
      expect(state?.status, email).toBe('error');
    }
    actAs(null);
    expect((await save({ aboutSv: 'Anonym' })).state).toMatchObject({ status: 'error', message: sv.refused.signedOut });
    expect(await konstgras()).toEqual(before);
  });

  it('refuses an unknown arranger beside its field and an area that does not exist', async () => {
    actAs(coordinatorId);
    expect((await save({ arranger: 'other', arrangerNumber: '212000-0000' })).state).toMatchObject({ status: 'error' });
    expect((await save({ areaId: 'no-such-area' })).state).toMatchObject({ status: 'error', message: sv.refused.networkAreaUnknown });
  });
});
