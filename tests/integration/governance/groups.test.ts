// Who may sit in which group: buyer groups take active members with a vote, working groups
// any active participant, reference groups anyone with an account. Leaving the network ends
// the places that need a membership and keeps the reference-group places.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { addGroupMember, createGroup, removeGroupMember } from '@/modules/governance/actions/group-actions';
import { leaveNetwork } from '@/modules/governance/actions/my-membership-actions';
import { GroupsSection } from '@/modules/governance/components/groups-section';
import { getManagedGroups, getPublicGroups } from '@/modules/governance/group-queries';

import { actAs } from '../support/fake-session';
import { createGovernanceFixture } from './fixture';
import type { Fixture } from './roles';

const sv = getMessages('sv');
const refused = sv.refused;
let fixture: Fixture;
let networkId: string;
let coordinatorId: string;
let groupCounter = 0;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  networkId = await fixture.networkId('konstgras');
  coordinatorId = await fixture.userId('secretariat@trappan.test');
});
afterAll(async () => {
  await fixture.database.drop();
});
beforeEach(() => actAs(coordinatorId));

/** Creates a group through the action, as the coordinator does. */
async function group(kind: 'WORKING' | 'BUYER' | 'REFERENCE') {
  groupCounter += 1;
  const name = `${kind} ${groupCounter}`;
  const result = await createGroup({ status: 'idle' }, fixture.form({ networkId, kind, name }));
  expect(result, JSON.stringify(result)).toMatchObject({ status: 'success', message: sv.groups.created(name) });
  return fixture.database.prisma.networkGroup.findFirstOrThrow({ where: { networkId, name }, select: { id: true, name: true } });
}

const add = (groupId: string, person: { userId?: string; email?: string }) =>
  addGroupMember({ status: 'idle' }, fixture.form({ groupId, ...(person.userId ? { userId: person.userId } : {}), ...(person.email ? { email: person.email } : {}) }));

const openPlaces = (groupId: string, userId?: string) =>
  fixture.database.prisma.groupMembership.count({ where: { groupId, removedAt: null, ...(userId ? { userId } : {}) } });

describe('a buyer group', () => {
  it('takes an active member with a vote and the steering group', async () => {
    const buyers = await group('BUYER');
    const member = await fixture.userId('buyer@trappan.test');
    const result = await add(buyers.id, { userId: member });
    expect(result).toMatchObject({ status: 'success', message: sv.groups.added('Johan Ek', buyers.name) });
    expect((await add(buyers.id, { userId: await fixture.userId('goteborg@trappan.test') })).status).toBe('success');
    expect(await openPlaces(buyers.id)).toBe(2);
  });

  it.each([
    ['an observer', 'funder@trappan.test', refused.notBuyingMember],
    ['the coordinator from the arranger (no vote)', 'secretariat@trappan.test', refused.notBuyingMember],
    ['a supplier', 'supplier@trappan.test', refused.notActiveMember],
    ['a buyer who is not a member', 'buyer2@trappan.test', refused.notActiveMember],
    ['the coordinator of another network', 'vatten@trappan.test', refused.notActiveMember],
  ])('refuses %s', async (_who, email, message) => {
    const buyers = await group('BUYER');
    const result = await add(buyers.id, { userId: await fixture.userId(email) });
    expect(result).toMatchObject({ status: 'error', message });
    expect(await openPlaces(buyers.id)).toBe(0);
    const denied = await fixture.database.prisma.auditEvent.findFirst({ where: { action: 'group.addMember', outcome: 'DENIED' }, orderBy: { createdAt: 'desc' } });
    expect(denied?.after).toEqual({ reason: expect.any(String) });
  });

  it('says so when the person already sits in it, and adds no second place', async () => {
    const buyers = await group('BUYER');
    const member = await fixture.userId('buyer@trappan.test');
    expect((await add(buyers.id, { userId: member })).status).toBe('success');
    expect(await add(buyers.id, { userId: member })).toMatchObject({ status: 'error', message: refused.alreadyInGroup });
    expect(await openPlaces(buyers.id, member)).toBe(1);
  });
});

describe('a working group', () => {
  it('takes an observer', async () => {
    const working = await group('WORKING');
    expect((await add(working.id, { userId: await fixture.userId('funder@trappan.test') })).status).toBe('success');
  });

  it('refuses someone who is not a member', async () => {
    const working = await group('WORKING');
    expect(await add(working.id, { userId: await fixture.userId('buyer2@trappan.test') })).toMatchObject({ status: 'error', message: refused.notActiveMember });
    expect(await openPlaces(working.id)).toBe(0);
  });
});

describe('a reference group', () => {
  it('takes a supplier, found by email in any letter case', async () => {
    const reference = await group('REFERENCE');
    const result = await add(reference.id, { email: '  Supplier@Trappan.test ' });
    expect(result).toMatchObject({ status: 'success', message: sv.groups.added('Erik Sand', reference.name) });
    expect(await openPlaces(reference.id, await fixture.userId('supplier@trappan.test'))).toBe(1);
  });

  it('says when nobody has that email', async () => {
    const reference = await group('REFERENCE');
    expect(await add(reference.id, { email: 'ingen@example.se' })).toMatchObject({ status: 'error', message: refused.userNotFound });
  });
});

describe('the forms', () => {
  it('need a kind and a name for a group, with errors at the fields', async () => {
    const result = await createGroup({ status: 'idle' }, fixture.form({ networkId, name: '  ', description: 'Kvar' }));
    expect(result.fieldErrors).toEqual({ kind: sv.groups.errors.kind, name: 'Fyll i namn.' });
    expect(result.values).toMatchObject({ description: 'Kvar' });
  });

  it('refuse a second group with the same name', async () => {
    const existing = await group('WORKING');
    const result = await createGroup({ status: 'idle' }, fixture.form({ networkId, kind: 'BUYER', name: existing.name.toUpperCase() }));
    expect(result).toMatchObject({ status: 'error', message: refused.groupNameTaken });
  });

  it('need a person or a valid email to add someone', async () => {
    const reference = await group('REFERENCE');
    expect((await add(reference.id, {})).fieldErrors).toEqual({ userId: sv.groups.errors.personRequired, email: sv.groups.errors.emailRequired });
    expect((await add(reference.id, { email: 'inte-en-adress' })).fieldErrors).toEqual({ email: sv.groups.errors.emailInvalid });
  });
});

describe('removing someone', () => {
  it('keeps the place as history, with when and why, and cannot be done twice', async () => {
    const working = await group('WORKING');
    const member = await fixture.userId('buyer@trappan.test');
    await add(working.id, { userId: member });
    const place = await fixture.database.prisma.groupMembership.findFirstOrThrow({ where: { groupId: working.id, userId: member } });

    const result = await removeGroupMember({ status: 'idle' }, fixture.form({ groupMembershipId: place.id, reason: 'Projektet är klart' }));
    expect(result).toMatchObject({ status: 'success', message: sv.groups.removed('Johan Ek', working.name) });
    expect(await fixture.database.prisma.groupMembership.findUniqueOrThrow({ where: { id: place.id } })).toMatchObject({
      removedAt: expect.any(Date),
      removedReason: 'Projektet är klart',
    });
    expect(await removeGroupMember({ status: 'idle' }, fixture.form({ groupMembershipId: place.id }))).toMatchObject({ status: 'error', message: refused.notInGroup });

    // They can be added again later: a new place, the old one stays.
    expect((await add(working.id, { userId: member })).status).toBe('success');
    expect(await fixture.database.prisma.groupMembership.count({ where: { groupId: working.id, userId: member } })).toBe(2);
  });

  it('refuses a reason over its limit whole, leaving the person in the group and the text to correct', async () => {
    const working = await group('WORKING');
    const member = await fixture.userId('buyer@trappan.test');
    await add(working.id, { userId: member });
    const place = await fixture.database.prisma.groupMembership.findFirstOrThrow({ where: { groupId: working.id, userId: member, removedAt: null } });
    const reason = 'Projektet är klart och gruppen har lämnat över. '.repeat(11).trim();
    expect(reason.length).toBeGreaterThan(500);

    const result = await removeGroupMember({ status: 'idle' }, fixture.form({ groupMembershipId: place.id, reason }));
    expect(result).toMatchObject({
      status: 'error',
      fieldErrors: { reason: sv.input.tooLong(500, reason.length) },
      values: { groupMembershipId: place.id, reason },
    });
    expect(await fixture.database.prisma.groupMembership.findUniqueOrThrow({ where: { id: place.id } })).toMatchObject({ removedAt: null, removedReason: null });
  });
});

describe('leaving the network', () => {
  it('ends the buyer-group place and keeps the reference-group place', async () => {
    const person = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'malmo-stad' });
    const buyers = await group('BUYER');
    const reference = await group('REFERENCE');
    expect((await add(buyers.id, { userId: person.userId })).status).toBe('success');
    const email = (await fixture.database.prisma.user.findUniqueOrThrow({ where: { id: person.userId } })).email;
    expect((await add(reference.id, { email })).status).toBe('success');

    actAs(person.userId);
    expect((await leaveNetwork({ status: 'idle' }, fixture.form({ networkId }))).status).toBe('success');

    const buyerPlace = await fixture.database.prisma.groupMembership.findFirstOrThrow({ where: { groupId: buyers.id, userId: person.userId } });
    expect(buyerPlace).toMatchObject({ removedAt: expect.any(Date), removedReason: 'left-network' });
    expect(await openPlaces(reference.id, person.userId)).toBe(1);

    // The secretariat's page shows them in the reference group as no longer in the network.
    const managed = await getManagedGroups(networkId);
    const inReference = managed.find((g) => g.id === reference.id)?.members.find((m) => m.userId === person.userId);
    expect(inReference).toMatchObject({ role: null, organization: 'Malmö stad' });
    expect(managed.find((g) => g.id === buyers.id)?.members.some((m) => m.userId === person.userId)).toBe(false);
  });
});

describe('what the pages read', () => {
  it('offers each group the members the rules let in, and nobody already in it', async () => {
    const groups = await getManagedGroups(networkId);
    const seededBuyers = groups.find((g) => g.name === 'Beställargrupp miljökrav för konstgräs')!;
    const seededWorking = groups.find((g) => g.name === 'Arbetsgrupp alternativa fyllnadsmaterial')!;
    expect(seededBuyers.members.map((m) => m.name).sort()).toEqual(['Anders Holm', 'Johan Ek']);
    const buyerCandidates = seededBuyers.candidates.map((c) => c.name);
    expect(buyerCandidates).toEqual(expect.arrayContaining(['Maria Lund', 'Per Olsson']));
    expect(buyerCandidates).not.toContain('Lena Ström');
    expect(buyerCandidates).not.toContain('Sara Nyström');
    expect(buyerCandidates).not.toContain('Johan Ek');
    expect(seededWorking.members.map((m) => m.name)).toContain('Lena Ström');
    expect(seededWorking.candidates.map((c) => c.name)).toContain('Sara Nyström');
    // Buyer groups come first.
    expect(groups[0]?.kind).toBe('BUYER');
  });

  it('shows the public only names, kinds and counts', async () => {
    const groups = await getPublicGroups(networkId);
    expect(groups.find((g) => g.name === 'Beställargrupp miljökrav för konstgräs')).toEqual({ id: expect.any(String), kind: 'BUYER', name: 'Beställargrupp miljökrav för konstgräs', memberCount: 2 });
    expect(JSON.stringify(groups)).not.toContain('Johan Ek');

    const html = renderToStaticMarkup(await GroupsSection({ locale: 'sv', networkId, contentLocale: 'sv' }));
    expect(html).toContain('Beställargrupp miljökrav för konstgräs');
    expect(html).toContain('Beställargrupp</td>');
    expect(html).not.toContain('Johan Ek');
    const empty = renderToStaticMarkup(await GroupsSection({ locale: 'en', networkId: await fixture.networkId('avancerad-rening-av-avloppsvatten'), contentLocale: 'sv' }));
    expect(empty).toContain(getMessages('en').groups.section.empty);
  });
});
