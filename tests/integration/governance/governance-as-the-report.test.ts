// The governance rules as the agency's report describes them (ADR 0018), through the real
// actions against a real database: associations join and vote only when the charter says so,
// the firm engaged as a network's secretariat coordinates without a vote, a supplier is still
// refused, SKL leads a buyer group without counting as a buyer, and open data's memberOf
// shows the associations the report names as members of Konstgräs (p. 37).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GET as getOrganisationsRoute } from '@/app/api/v1/organisations/route';
import { getMessages } from '@/i18n/messages';
import { updateCharter } from '@/modules/governance/actions/charter-actions';
import { acceptInvitation, createInvitation, decideJoinRequest, requestToJoin } from '@/modules/governance/actions/joining-actions';
import { changeRole } from '@/modules/governance/actions/member-actions';
import { getCurrentCharter } from '@/modules/governance/charter-queries';
import { getMemberOverview } from '@/modules/governance/member-queries';
import { recordAttendance } from '@/modules/meetings/actions/meeting-actions';
import { getAttendanceSheet } from '@/modules/meetings/meeting-queries';
import { formBuyerGroup, stateCommitment } from '@/modules/needs/actions/business-case-actions';
import { castBallot } from '@/modules/needs/actions/round-actions';
import { getBusinessCase } from '@/modules/needs/business-case-queries';
import { pointsField } from '@/modules/needs/prioritisation';
import type { ApiOrganisation } from '@/modules/open-data/serialize';
import type { FormState } from '@/server/actions/network-action';

import { createNeeds, createRound } from '../needs/round-fixture';
import { actAs } from '../support/fake-session';
import { createGovernanceFixture } from './fixture';
import type { Fixture } from './roles';

const IDLE: FormState = { status: 'idle' };
const sv = getMessages('sv');
const refused = sv.refused;

let fixture: Fixture;
let konstgras: string;
let raddningstjanst: string;
let counter = 0;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  konstgras = await fixture.networkId('konstgras');
  raddningstjanst = await fixture.networkId('raddningstjanst');
});
afterAll(async () => {
  await fixture.database.drop();
});

const prisma = () => fixture.database.prisma;
const as = async (email: string) => {
  const id = await fixture.userId(email);
  actAs(id);
  return id;
};
const organizationId = async (slug: string) => (await prisma().organization.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

/** A new confirmed person of the organisation, in no network, signed in from now on. */
async function signInAsNewPerson(organizationSlug: string) {
  counter += 1;
  const user = await prisma().user.create({
    data: {
      email: `report-${counter}@trappan.test`,
      name: `Deltagare ${counter}`,
      organizationId: await organizationId(organizationSlug),
      affiliation: 'CONFIRMED',
      emailVerifiedAt: new Date(),
    },
  });
  actAs(user.id);
  return user;
}

const joinForm = (networkId: string) => fixture.form({ networkId, motivation: 'Vi bygger och sköter konstgräsplaner.', competence: 'TECHNICIAN' });

/** The current charter as the form sends it, with some fields changed. */
async function charterForm(networkId: string, changes: Record<string, string>) {
  const current = await getCurrentCharter(networkId);
  if (!current) throw new Error('Konstgräs has a demo charter');
  return fixture.form({
    networkId,
    baseVersion: String(current.version),
    mission: current.mission,
    shortTermGoals: current.shortTermGoals,
    longTermGoals: current.longTermGoals,
    memberBenefit: current.memberBenefit,
    stakeholderRelations: current.stakeholderRelations,
    membershipPolicy: current.membershipPolicy,
    associationsVote: String(current.associationsVote),
    decisionRule: current.decisionRule,
    qualifiedMajorityPercent: current.qualifiedMajorityPercent === null ? '' : String(current.qualifiedMajorityPercent),
    quorumPercent: String(current.quorumPercent),
    physicalMeetingsPerYear: String(current.physicalMeetingsPerYear),
    meetingFormat: current.meetingFormat,
    ...changes,
  });
}

const voteOf = async (networkId: string, userId: string) => (await getMemberOverview(networkId)).active.find((m) => m.userId === userId)?.hasVote;

describe('the demo data', () => {
  it('gives Konstgräs the associations the report names as members, beside the municipalities', async () => {
    const memberships = await prisma().membership.findMany({
      where: { networkId: konstgras, status: 'ACTIVE' },
      select: { role: true, organization: { select: { slug: true, kind: true } } },
    });
    const associations = new Set(memberships.filter((m) => m.organization?.kind === 'ASSOCIATION').map((m) => m.organization!.slug));
    expect([...associations].sort()).toEqual(['skl', 'svenska-fotbollforbundet', 'sveriges-kultur-och-fritidschefsforening']);
    expect(memberships.filter((m) => m.organization?.kind === 'MUNICIPALITY').length).toBeGreaterThanOrEqual(3);
    expect(memberships.some((m) => m.organization?.kind === 'COMPANY')).toBe(false);
  });

  it('puts SKL on the steering group of Digitala tjänster and WinGuard’s secretariat in charge of Räddningstjänst, both without a vote', async () => {
    const digitala = await fixture.networkId('digitala-tjanster-inom-socialtjansten');
    const skl = await fixture.userId('skl@trappan.test');
    expect((await getMemberOverview(digitala)).active.find((m) => m.userId === skl)).toMatchObject({ role: 'STEERING', hasVote: false });
    const winguard = await fixture.userId('winguard@trappan.test');
    expect((await getMemberOverview(raddningstjanst)).active.find((m) => m.userId === winguard)).toMatchObject({ role: 'COORDINATOR', hasVote: false });
  });

  it('has SKL lead Konstgräs’s buyer group without stating any costs', async () => {
    const need = await prisma().need.findFirstOrThrow({
      where: { networkId: konstgras, buyerGroupId: { not: null } },
      select: { id: true, leadOrganization: { select: { slug: true } }, commitments: { select: { organization: { select: { slug: true } } } } },
    });
    expect(need.leadOrganization?.slug).toBe('skl');
    expect(need.commitments.map((c) => c.organization.slug)).not.toContain('skl');
  });

  it('shows the associations’ Konstgräs membership in open data’s memberOf', async () => {
    const response = await getOrganisationsRoute(new Request('http://localhost/api/v1/organisations?kind=association&limit=100'));
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: ApiOrganisation[] };
    const memberOf = (id: string) => data.find((org) => org.id === id)?.memberOf.map((network) => network.id);
    expect(memberOf('skl')).toEqual(expect.arrayContaining(['konstgras', 'digitala-tjanster-inom-socialtjansten']));
    expect(memberOf('svenska-fotbollforbundet')).toEqual(['konstgras']);
    expect(memberOf('sveriges-kultur-och-fritidschefsforening')).toEqual(['konstgras']);
  });
});

describe('a supplier', () => {
  it('is still refused when asking to join, and as coordinator of a network it does not arrange', async () => {
    await as('supplier@trappan.test');
    expect(await requestToJoin(IDLE, joinForm(konstgras))).toMatchObject({ status: 'error', message: refused.supplier });
    expect(await prisma().joinRequest.count({ where: { user: { email: 'supplier@trappan.test' } } })).toBe(0);

    // A crafted situation: the supplier's person holds a row in a network WinGuard arranges.
    const { membershipId } = await fixture.newMember({ networkSlug: 'raddningstjanst', organizationSlug: 'demo-grasytor', role: 'OBSERVER' });
    await as('winguard@trappan.test');
    for (const role of ['COORDINATOR', 'MEMBER', 'STEERING']) {
      expect(await changeRole(IDLE, fixture.form({ membershipId, role }))).toMatchObject({ status: 'error', message: refused.supplier });
    }
  });
});

describe('the firm engaged as secretariat', () => {
  it('brings a colleague in as coordinator by invitation, who has no vote and may hold no other role', async () => {
    await as('winguard@trappan.test');
    counter += 1;
    const email = `winguard-${counter}@trappan.test`;
    const invited = await createInvitation(IDLE, fixture.form({ networkId: raddningstjanst, email, role: 'COORDINATOR' }));
    expect(invited, JSON.stringify(invited)).toMatchObject({ status: 'success' });
    const token = /\/invitations\/([A-Za-z0-9_-]{43})$/.exec(invited.detail ?? '')![1]!;

    const colleague = await prisma().user.create({
      data: { email, name: 'Kollega WinGuard', organizationId: await organizationId('winguard'), affiliation: 'CONFIRMED', emailVerifiedAt: new Date() },
    });
    actAs(colleague.id);
    expect(await acceptInvitation(IDLE, fixture.form({ token, competence: 'PROJECT_MANAGER' }))).toMatchObject({ status: 'success' });
    const row = (await getMemberOverview(raddningstjanst)).active.find((m) => m.userId === colleague.id);
    expect(row).toMatchObject({ role: 'COORDINATOR', hasVote: false, assignableRoles: ['COORDINATOR'] });

    await as('winguard@trappan.test');
    expect(await changeRole(IDLE, fixture.form({ membershipId: row!.membershipId, role: 'MEMBER' }))).toMatchObject({ status: 'error', message: refused.supplier });
  });

  it('may not coordinate a network it does not arrange', async () => {
    await as('secretariat@trappan.test');
    const { membershipId } = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'winguard', role: 'OBSERVER' });
    expect(await changeRole(IDLE, fixture.form({ membershipId, role: 'COORDINATOR' }))).toMatchObject({ status: 'error', message: refused.supplier });
  });
});

describe('an SKL-led buyer group', () => {
  it('takes SKL as lead beside the buyers, and refuses a lead outside the group', async () => {
    const [needId] = await createNeeds(prisma(), konstgras, 1, 'IN_PREPARATION');
    await as('secretariat@trappan.test');
    const members = [await fixture.userId('skl@trappan.test'), await fixture.userId('buyer@trappan.test'), await fixture.userId('goteborg@trappan.test')];
    const skl = await organizationId('skl');
    const result = await formBuyerGroup(IDLE, fixture.form({ needId: needId!, memberIds: members, leadOrganizationId: skl }));
    expect(result, JSON.stringify(result)).toMatchObject({ status: 'success' });
    const need = await prisma().need.findUniqueOrThrow({ where: { id: needId! }, select: { leadOrganizationId: true, buyerGroupId: true } });
    expect(need.leadOrganizationId).toBe(skl);
    expect(await prisma().groupMembership.count({ where: { groupId: need.buyerGroupId!, removedAt: null } })).toBe(3);

    // The lead must still be one of the group's organisations.
    const [other] = await createNeeds(prisma(), konstgras, 1, 'IN_PREPARATION');
    expect(await formBuyerGroup(IDLE, fixture.form({ needId: other!, memberIds: members.slice(1), leadOrganizationId: skl }))).toMatchObject({
      status: 'error',
      message: refused.leadNotInGroup,
    });
  });

  it('never counts SKL as a buyer: no cost statement, no ballot', async () => {
    const [needId] = await createNeeds(prisma(), konstgras, 1, 'IN_PREPARATION');
    await as('skl@trappan.test');
    const statement = await stateCommitment(IDLE, fixture.form({ needId: needId!, annualCost: '100 000', costBasis: 'Uppskattning', expectedVolume: '', level: 'INTERESTED', conditions: '' }));
    expect(statement).toMatchObject({ status: 'error', message: refused.notBuyingOrganization });
    expect((await getBusinessCase(needId!, true)).market.buyers).toBe(0);

    const { roundId, needIds } = await createRound(prisma(), konstgras, { needs: 2 });
    const ballot = fixture.form({ roundId, [pointsField(needIds[0]!)]: '60', [pointsField(needIds[1]!)]: '40' });
    expect(await castBallot(IDLE, ballot)).toMatchObject({ status: 'error', message: refused.noVoteInRound });
    expect(await prisma().prioritisationBallot.count({ where: { roundId } })).toBe(0);
  });

  it('refuses the arranging association’s secretariat and an observer a seat', async () => {
    const [needId] = await createNeeds(prisma(), konstgras, 1, 'IN_PREPARATION');
    await as('secretariat@trappan.test');
    for (const email of ['secretariat@trappan.test', 'funder@trappan.test']) {
      const result = await formBuyerGroup(IDLE, fixture.form({ needId: needId!, memberIds: [await fixture.userId('buyer@trappan.test'), await fixture.userId(email)], leadOrganizationId: await organizationId('malmo-stad') }));
      expect(result).toMatchObject({ status: 'error', message: refused.notBuyingMember });
    }
  });
});

// Last: it changes Konstgräs's charter, which the cases above read as the demo left it.
describe('an association that joins', () => {
  it('becomes a member by approval, and votes only once the charter gives associations a vote', async () => {
    const person = await signInAsNewPerson('svenska-fotbollforbundet');
    expect(await requestToJoin(IDLE, joinForm(konstgras))).toMatchObject({ status: 'success', message: sv.joining.requested('Konstgräs') });
    const request = await prisma().joinRequest.findFirstOrThrow({ where: { userId: person.id, status: 'PENDING' } });
    const secretariat = await as('secretariat@trappan.test');
    expect(await decideJoinRequest(IDLE, fixture.form({ requestId: request.id, decision: 'approve' }))).toMatchObject({ status: 'success' });
    const membership = await prisma().membership.findFirstOrThrow({ where: { userId: person.id, networkId: konstgras, status: 'ACTIVE' }, include: { organization: true } });
    expect(membership).toMatchObject({ role: 'MEMBER', competence: 'TECHNICIAN', organization: { slug: 'svenska-fotbollforbundet' } });
    expect(await voteOf(konstgras, person.id)).toBe(false);

    // The charter decides: a new version, audited, with the one changed field.
    const saved = await updateCharter(IDLE, await charterForm(konstgras, { associationsVote: 'true' }));
    expect(saved).toMatchObject({ status: 'success', message: sv.charter.saved(2) });
    const version = await prisma().charterVersion.findFirstOrThrow({ where: { networkId: konstgras }, orderBy: { version: 'desc' } });
    expect(version).toMatchObject({ version: 2, associationsVote: true, changedFields: ['associationsVote'] });
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { action: 'charter.update', networkId: konstgras }, orderBy: { createdAt: 'desc' } });
    expect(audit.after).toMatchObject({ version: 2, changedFields: ['associationsVote'], associationsVote: true });

    expect(await voteOf(konstgras, person.id)).toBe(true);
    expect(await voteOf(konstgras, await fixture.userId('skl@trappan.test'))).toBe(true);
    // The arranger's secretariat and the funder's observer still have none.
    expect(await voteOf(konstgras, secretariat)).toBe(false);
    expect(await voteOf(konstgras, await fixture.userId('funder@trappan.test'))).toBe(false);

    // At a held meeting the vote is recorded as the charter gives it (one whose minutes are not
    // approved yet: approved minutes keep their attendance as it was).
    const meeting = await prisma().meeting.findFirstOrThrow({
      where: { networkId: konstgras, status: { not: 'CANCELLED' }, startsAt: { lt: new Date() }, NOT: { minutes: { is: { status: 'APPROVED' } } } },
      select: { id: true, attendance: { select: { userId: true } } },
    });
    expect((await getAttendanceSheet(konstgras, meeting.id)).find((row) => row.userId === person.id)).toMatchObject({ hasVote: true, recorded: null });
    const present = [...meeting.attendance.map((a) => a.userId), person.id];
    expect(await recordAttendance(IDLE, fixture.form({ meetingId: meeting.id, present }))).toMatchObject({ status: 'success' });
    expect(await prisma().meetingAttendance.findFirstOrThrow({ where: { meetingId: meeting.id, userId: person.id } })).toMatchObject({ role: 'MEMBER', hasVote: true });

    // A vote in the network does not make the association a buyer.
    actAs(person.id);
    const { roundId, needIds } = await createRound(prisma(), konstgras, { needs: 1 });
    expect(await castBallot(IDLE, fixture.form({ roundId, [pointsField(needIds[0]!)]: '10' }))).toMatchObject({ status: 'error', message: refused.noVoteInRound });

    // Taken back, the vote goes with it.
    await as('secretariat@trappan.test');
    expect(await updateCharter(IDLE, await charterForm(konstgras, { associationsVote: 'false' }))).toMatchObject({ status: 'success' });
    expect(await voteOf(konstgras, person.id)).toBe(false);
  });

  it('refuses a charter form that does not say whether associations vote', async () => {
    await as('secretariat@trappan.test');
    const form = await charterForm(konstgras, {});
    form.delete('associationsVote');
    const before = await prisma().charterVersion.count({ where: { networkId: konstgras } });
    const result = await updateCharter(IDLE, form);
    expect(result).toMatchObject({ status: 'error', fieldErrors: { associationsVote: sv.charter.errors.choose.associationsVote } });
    expect(await prisma().charterVersion.count({ where: { networkId: konstgras } })).toBe(before);
  });
});
