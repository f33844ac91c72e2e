// A founder whose thematic area is missing proposes one when starting a network: the network
// uses it at once, nobody else is offered it (nor can send its id), and a platform admin
// approves it for everyone or merges it into an existing area, moving its networks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { approveArea, mergeArea } from '@/modules/admin/area-actions';
import { startNetworkAction } from '@/modules/networks/actions/network-lifecycle-actions';
import { listThematicAreas } from '@/modules/networks/start-network-queries';
import type { FormState } from '@/server/actions/network-action';

import { actAs } from './support/fake-session';
import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';

const sv = getMessages('sv');
const IDLE: FormState = { status: 'idle' };
let fixture: Fixture;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
});
afterAll(async () => {
  await fixture.database.drop();
});

async function start(fields: Record<string, string>): Promise<{ redirectedTo?: string; state?: FormState }> {
  const form = fixture.form({
    name: `Nätverk ${Date.now()}`,
    descriptionSv: 'Kommuner som vill köpa begagnade möbler tillsammans.',
    arranger: 'own',
    startYear: '2026',
    membershipPolicy: 'APPROVAL',
    ...fields,
  });
  try {
    return { state: await startNetworkAction(IDLE, form) };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? '');
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirectedTo: digest.split(';')[2]! };
  }
}

const areaNamed = (nameSv: string) => fixture.database.prisma.thematicArea.findFirst({ where: { nameSv }, include: { networks: { select: { name: true } } } });
const offered = async (ownAreaId: string | null = null) => (await listThematicAreas('sv', ownAreaId)).map((area) => area.name);

describe('proposing an area', () => {
  it('starts the network with the proposed area, which only that network is offered', async () => {
    actAs(await fixture.userId('buyer2@trappan.test'));
    const { redirectedTo, state } = await start({ name: 'Cirkulära möbler i Uppland', areaId: 'new', newAreaSv: '  Cirkulära   möbler ', newAreaEn: 'Circular furniture' });
    expect(state, JSON.stringify(state)).toBeUndefined();
    expect(redirectedTo).toContain('/sv/networks/cirkulara-mobler-i-uppland');

    const area = await areaNamed('Cirkulära möbler');
    expect(area).toMatchObject({ slug: 'cirkulara-mobler', nameEn: 'Circular furniture', status: 'PROPOSED', proposedById: await fixture.userId('buyer2@trappan.test') });
    expect(area!.networks).toEqual([{ name: 'Cirkulära möbler i Uppland' }]);
    expect(await offered()).not.toContain('Cirkulära möbler');
    expect(await offered(area!.id)).toContain('Cirkulära möbler');
  });

  it('refuses a name that exists, and writes nothing when another field is wrong', async () => {
    actAs(await fixture.userId('buyer2@trappan.test'));
    const existing = await fixture.database.prisma.thematicArea.findFirstOrThrow({ where: { status: 'APPROVED' } });
    const areasBefore = await fixture.database.prisma.thematicArea.count();
    const networksBefore = await fixture.database.prisma.network.count();

    const taken = await start({ areaId: 'new', newAreaSv: existing.nameSv.toUpperCase() });
    expect(taken.state).toMatchObject({ status: 'error', fieldErrors: { newAreaSv: sv.startNetwork.errors.areaExists(existing.nameSv) }, values: { newAreaSv: existing.nameSv.toUpperCase() } });
    const unnamed = await start({ areaId: 'new', newAreaSv: '' });
    expect(unnamed.state).toMatchObject({ status: 'error', fieldErrors: { newAreaSv: sv.startNetwork.errors.newAreaRequired } });
    const badArranger = await start({ areaId: 'new', newAreaSv: 'Hållbara arbetskläder', arranger: 'other', arrangerNumber: '000000-0000' });
    expect(badArranger.state).toMatchObject({ status: 'error', fieldErrors: { arrangerNumber: expect.any(String) } });

    expect(await fixture.database.prisma.thematicArea.count()).toBe(areasBefore);
    expect(await fixture.database.prisma.network.count()).toBe(networksBefore);
  });

  it('refuses another founder the proposal’s id, which their form never offered', async () => {
    const area = await areaNamed('Cirkulära möbler');
    actAs(await fixture.userId('agency@trappan.test'));
    const { state } = await start({ areaId: area!.id });
    expect(state).toMatchObject({ status: 'error', message: sv.refused.networkAreaUnknown });
  });
});

describe('settling a proposal', () => {
  it('is for platform admins only', async () => {
    const area = await areaNamed('Cirkulära möbler');
    actAs(await fixture.userId('secretariat@trappan.test'));
    expect(await approveArea(IDLE, fixture.form({ areaId: area!.id }))).toMatchObject({ status: 'error', message: sv.refused.notAdmin });
    expect((await areaNamed('Cirkulära möbler'))!.status).toBe('PROPOSED');
  });

  it('approves it for everyone, once', async () => {
    const area = await areaNamed('Cirkulära möbler');
    actAs(await fixture.userId('admin@trappan.test'));
    expect(await approveArea(IDLE, fixture.form({ areaId: area!.id }))).toMatchObject({ status: 'success', message: sv.adminAreas.approved('Cirkulära möbler') });
    expect(await offered()).toContain('Cirkulära möbler');
    expect(await approveArea(IDLE, fixture.form({ areaId: area!.id }))).toMatchObject({ status: 'error', message: sv.refused.areaNotProposed });
  });

  it('merges a near duplicate into an existing area: its network moves there and is found by that area’s name', async () => {
    actAs(await fixture.userId('buyer2@trappan.test'));
    await start({ name: 'Möbler i cirkel', areaId: 'new', newAreaSv: 'Återbrukade möbler' });
    const proposal = await areaNamed('Återbrukade möbler');
    const target = await areaNamed('Cirkulära möbler');

    actAs(await fixture.userId('admin@trappan.test'));
    const notApproved = await mergeArea(IDLE, fixture.form({ areaId: target!.id, target: proposal!.id }));
    expect(notApproved).toMatchObject({ status: 'error', message: sv.refused.areaNotProposed });
    const merged = await mergeArea(IDLE, fixture.form({ areaId: proposal!.id, target: target!.id }));
    expect(merged).toMatchObject({ status: 'success', message: sv.adminAreas.merged('Återbrukade möbler', 'Cirkulära möbler') });

    expect(await areaNamed('Återbrukade möbler')).toBeNull();
    const moved = await fixture.database.prisma.network.findFirstOrThrow({ where: { name: 'Möbler i cirkel' }, select: { areaId: true, id: true } });
    expect(moved.areaId).toBe(target!.id);
    const rows = await fixture.database.prisma.$queryRaw<Array<{ hit: boolean }>>`
      SELECT "searchVector" @@ plainto_tsquery('swedish', 'cirkulära') AS hit FROM "Network" WHERE id = ${moved.id}`;
    expect(rows[0]?.hit).toBe(true);
    expect(await fixture.database.prisma.auditEvent.count({ where: { action: 'admin.area.merge', outcome: 'ALLOWED' } })).toBe(1);
  });
});
