// A network without a coordinator gets its first one from a platform admin or agency staff:
// an applicant becomes a member with the coordinator role (and is told by mail), or a member's
// role becomes coordinator. Only while the network has none: two people appointing at once
// give one coordinator. The rules of who may coordinate hold as they do for a coordinator's
// own choices. The permission matrix (cases/first-coordinator.ts) covers who may call it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { appointFirstCoordinator } from '@/modules/governance/actions/first-coordinator-actions';
import { listFirstCoordinatorCandidates } from '@/modules/governance/first-coordinator-queries';
import { listMyTasks } from '@/modules/me/my-tasks';
import type { FormState } from '@/server/actions/network-action';

import { actAs } from '../support/fake-session';
import { createGovernanceFixture } from './fixture';
import type { Fixture } from './roles';

const IDLE: FormState = { status: 'idle' };
const refused = getMessages('sv').refused;
const SLUG = 'digitala-tjanster-inom-socialtjansten';

let fixture: Fixture;
const prisma = () => fixture.database.prisma;
let networkId: string;
let agency: string;
let counter = 0;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  networkId = await fixture.networkId(SLUG);
  agency = await fixture.userId('agency@trappan.test');
});
afterAll(async () => {
  await fixture.database.drop();
});

const coordinators = () => prisma().membership.findMany({ where: { networkId, status: 'ACTIVE', role: 'COORDINATOR' }, select: { userId: true } });
/** Makes the network coordinator-less again, so each test starts where the issue does. */
const noCoordinator = () => prisma().membership.updateMany({ where: { networkId, status: 'ACTIVE', role: 'COORDINATOR' }, data: { role: 'MEMBER' } });

async function applicant(organizationSlug: string) {
  counter += 1;
  const organization = await prisma().organization.findUniqueOrThrow({ where: { slug: organizationSlug }, select: { id: true } });
  const user = await prisma().user.create({
    data: { email: `applicant-${counter}@trappan.test`, name: `Sökande ${counter}`, organizationId: organization.id, affiliation: 'CONFIRMED', emailVerifiedAt: new Date() },
  });
  const request = await prisma().joinRequest.create({ data: { userId: user.id, networkId, organizationId: organization.id, motivation: 'Vi vill samordna nätverket.', competence: 'PROJECT_MANAGER' } });
  return { user, request };
}

async function appoint(actorId: string, fields: Record<string, string>) {
  actAs(actorId);
  return appointFirstCoordinator(IDLE, fixture.form(fields));
}

describe('appointing a first coordinator', () => {
  it('makes an applicant a member with the coordinator role, approves the request and mails them, in one step', async () => {
    await noCoordinator();
    const { user, request } = await applicant('uppsala-kommun');
    // Agency staff see the request on their to-do list, pointing to the appointment page.
    const tasks = await listMyTasks(await prisma().user.findUniqueOrThrow({ where: { id: agency }, select: { id: true, platformRole: true, organization: { select: { id: true, name: true, kind: true, countyCode: true } } } }));
    expect(tasks).toContainEqual(expect.objectContaining({ kind: 'firstCoordinator', id: request.id, person: user.name }));

    const result = await appoint(agency, { requestId: request.id });
    expect(result).toMatchObject({ status: 'success', message: `${user.name} är nu samordnare för Digitala tjänster inom socialtjänsten.` });
    expect(await coordinators()).toEqual([{ userId: user.id }]);
    expect(await prisma().joinRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'APPROVED', decidedById: agency });
    const mails = await prisma().notification.findMany({ where: { userId: user.id, kind: 'joinRequest.decided' }, select: { subject: true } });
    expect(mails).toEqual([{ subject: 'Du är samordnare för Digitala tjänster inom socialtjänsten' }]);
    expect(await prisma().auditEvent.findFirst({ where: { action: 'network.appointFirstCoordinator', actorId: agency, outcome: 'ALLOWED' }, orderBy: { createdAt: 'desc' } })).toMatchObject({
      networkId,
      entityId: request.id,
    });
    // The task is gone, and the page has nothing more to offer.
    expect(await listFirstCoordinatorCandidates(networkId)).toEqual({ hasCoordinator: true });
  });

  it('makes a member coordinator, and is refused once the network has one', async () => {
    await noCoordinator();
    const first = await fixture.newMember({ networkSlug: SLUG, organizationSlug: 'malmo-stad' });
    const second = await fixture.newMember({ networkSlug: SLUG, organizationSlug: 'goteborgs-stad' });
    expect(await appoint(agency, { membershipId: first.membershipId })).toMatchObject({ status: 'success' });
    expect(await appoint(agency, { membershipId: second.membershipId })).toMatchObject({ status: 'error', message: refused.networkHasCoordinator });
    expect(await coordinators()).toEqual([{ userId: first.userId }]);
  });

  it('gives one coordinator when two appointments of different people arrive at the same moment', async () => {
    await noCoordinator();
    const one = await fixture.newMember({ networkSlug: SLUG, organizationSlug: 'malmo-stad' });
    const two = await fixture.newMember({ networkSlug: SLUG, organizationSlug: 'uppsala-kommun' });
    actAs(agency);
    const results = await Promise.all([
      appointFirstCoordinator(IDLE, fixture.form({ membershipId: one.membershipId })),
      appointFirstCoordinator(IDLE, fixture.form({ membershipId: two.membershipId })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['error', 'success']);
    expect(await coordinators()).toHaveLength(1);
  });

  it('never appoints a supplier, and leaves their request pending', async () => {
    await noCoordinator();
    const { request } = await applicant('demo-grasytor');
    expect(await appoint(agency, { requestId: request.id })).toMatchObject({ status: 'error', message: refused.supplier });
    expect(await prisma().joinRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'PENDING' });
    expect(await coordinators()).toEqual([]);
    const candidates = await listFirstCoordinatorCandidates(networkId);
    expect(candidates.hasCoordinator === false && candidates.requests.find((r) => r.id === request.id)).toMatchObject({ mayCoordinate: false });
  });

  it('refuses a request already decided and a membership that has ended', async () => {
    await noCoordinator();
    const { request } = await applicant('umea-kommun');
    await prisma().joinRequest.update({ where: { id: request.id }, data: { status: 'WITHDRAWN' } });
    expect(await appoint(agency, { requestId: request.id })).toMatchObject({ status: 'error', message: refused.alreadyDecided });
    const gone = await fixture.newMember({ networkSlug: SLUG, organizationSlug: 'malmo-stad' });
    await prisma().membership.update({ where: { id: gone.membershipId }, data: { status: 'LEFT', leftAt: new Date() } });
    expect(await appoint(agency, { membershipId: gone.membershipId })).toMatchObject({ status: 'error', message: refused.notActiveMember });
    expect(await coordinators()).toEqual([]);
  });

  it('answers a form without a record as a stale page, and an unknown id as not found', async () => {
    const empty = await appoint(agency, {});
    expect(empty).toMatchObject({ status: 'error' });
    expect(await appoint(agency, { membershipId: 'does-not-exist' })).toMatchObject({ status: 'error' });
    expect(await coordinators()).toEqual([]);
  });
});
