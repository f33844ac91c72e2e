// The charter: every save is a new version with who saved it and what changed; the
// network's membership policy follows it; invalid rules save nothing; and two coordinators
// saving at once get two consecutive versions.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { updateCharter } from '@/modules/governance/actions/charter-actions';
import { getCharterHistory, getCurrentCharter } from '@/modules/governance/charter-queries';
import { CharterSection } from '@/modules/governance/components/charter-section';

import { seedDatabase } from '../../../prisma/seed/seed';
import { actAs } from '../support/fake-session';
import { createGovernanceFixture } from './fixture';
import type { Fixture } from './roles';

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

/** The current charter as a form, with some fields changed. */
async function formWith(changes: Record<string, string>) {
  const current = await getCurrentCharter(networkId);
  if (!current) throw new Error('Konstgräs has a demo charter');
  return fixture.form({
    networkId,
    baseVersion: String(current.version),
    mission: current.mission,
    shortTermGoals: current.shortTermGoals,
    longTermGoals: current.longTermGoals,
    memberBenefit: current.memberBenefit,
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

const versionCount = () => fixture.database.prisma.charterVersion.count({ where: { networkId } });

describe('the demo charter', () => {
  it('is version 1 of Konstgräs, with its approval policy', async () => {
    const current = await getCurrentCharter(networkId);
    expect(current).toMatchObject({ version: 1, membershipPolicy: 'APPROVAL', decisionRule: 'CONSENSUS', quorumPercent: 50, physicalMeetingsPerYear: 4, meetingFormat: 'HYBRID' });
    expect((await getCharterHistory(networkId))[0]).toMatchObject({ version: 1, authorName: 'Sara Nyström' });
  });

  it('is not touched when the seed runs again', async () => {
    const before = await fixture.database.prisma.charterVersion.findMany({ orderBy: { id: 'asc' } });
    const groupsBefore = await fixture.database.prisma.networkGroup.findMany({ include: { members: true }, orderBy: { id: 'asc' } });
    await seedDatabase(fixture.database.prisma, { demo: true });
    expect(await fixture.database.prisma.charterVersion.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(await fixture.database.prisma.networkGroup.findMany({ include: { members: true }, orderBy: { id: 'asc' } })).toEqual(groupsBefore);
  });
});

describe('saving the charter', () => {
  it('adds the next version with who saved it and which fields changed, and audits it', async () => {
    actAs(coordinatorId);
    const result = await updateCharter({ status: 'idle' }, await formWith({ quorumPercent: '60', physicalMeetingsPerYear: '6' }));
    expect(result).toMatchObject({ status: 'success', message: sv.charter.saved(2) });

    const saved = await fixture.database.prisma.charterVersion.findFirstOrThrow({ where: { networkId }, orderBy: { version: 'desc' } });
    expect(saved).toMatchObject({ version: 2, quorumPercent: 60, physicalMeetingsPerYear: 6, changedFields: ['quorumPercent', 'physicalMeetingsPerYear'], createdById: coordinatorId });
    const history = await getCharterHistory(networkId);
    expect(history.map((h) => h.version)).toEqual([2, 1]);
    expect(history[0]).toMatchObject({ authorName: 'Sara Nyström', changedFields: ['quorumPercent', 'physicalMeetingsPerYear'] });

    const audit = await fixture.database.prisma.auditEvent.findFirstOrThrow({ where: { action: 'charter.update', entityId: saved.id } });
    expect(audit).toMatchObject({ outcome: 'ALLOWED', actorId: coordinatorId, networkId });
    expect(audit.before).toMatchObject({ version: 1, quorumPercent: 50, physicalMeetingsPerYear: 4 });
    expect(audit.after).toMatchObject({ version: 2, quorumPercent: 60, physicalMeetingsPerYear: 6 });
  });

  it('saves nothing when nothing changed, and says so', async () => {
    actAs(coordinatorId);
    const before = await versionCount();
    // Line breaks as the browser sends them (CRLF) are no change.
    const current = await getCurrentCharter(networkId);
    const result = await updateCharter({ status: 'idle' }, await formWith({ mission: `  ${current!.mission.replace(/\n/g, '\r\n')} ` }));
    expect(result).toMatchObject({ status: 'error', message: sv.refused.charterUnchanged });
    expect(await versionCount()).toBe(before);
  });

  it('mirrors the membership policy on the network in the same save', async () => {
    actAs(coordinatorId);
    const result = await updateCharter({ status: 'idle' }, await formWith({ membershipPolicy: 'INVITATION' }));
    expect(result.status).toBe('success');
    const network = await fixture.database.prisma.network.findUniqueOrThrow({ where: { id: networkId }, select: { membershipPolicy: true } });
    expect(network.membershipPolicy).toBe('INVITATION');
    expect((await getCurrentCharter(networkId))?.membershipPolicy).toBe('INVITATION');
    expect((await getCharterHistory(networkId))[0]?.changedFields).toEqual(['membershipPolicy']);
  });

  it('refuses an invalid threshold and quorum with errors at the fields, keeps what was typed and saves nothing', async () => {
    actAs(coordinatorId);
    const before = await versionCount();
    const result = await updateCharter(
      { status: 'idle' },
      await formWith({ decisionRule: 'QUALIFIED_MAJORITY', qualifiedMajorityPercent: '40', quorumPercent: '0', physicalMeetingsPerYear: '60' }),
    );
    expect(result.status).toBe('error');
    expect(result.fieldErrors).toEqual({
      qualifiedMajorityPercent: sv.charter.errors.range(51, 100),
      quorumPercent: sv.charter.errors.range(1, 100),
      physicalMeetingsPerYear: sv.charter.errors.range(0, 52),
    });
    expect(result.values).toMatchObject({ qualifiedMajorityPercent: '40', quorumPercent: '0', decisionRule: 'QUALIFIED_MAJORITY' });
    expect(await versionCount()).toBe(before);
  });

  it('requires the threshold for a qualified majority and stores it; drops it for the other rules', async () => {
    actAs(coordinatorId);
    const missing = await updateCharter({ status: 'idle' }, await formWith({ decisionRule: 'QUALIFIED_MAJORITY', qualifiedMajorityPercent: '' }));
    expect(missing.fieldErrors).toEqual({ qualifiedMajorityPercent: sv.charter.errors.required.qualifiedMajorityPercent });

    expect((await updateCharter({ status: 'idle' }, await formWith({ decisionRule: 'QUALIFIED_MAJORITY', qualifiedMajorityPercent: '67' }))).status).toBe('success');
    expect(await getCurrentCharter(networkId)).toMatchObject({ decisionRule: 'QUALIFIED_MAJORITY', qualifiedMajorityPercent: 67 });

    expect((await updateCharter({ status: 'idle' }, await formWith({ decisionRule: 'SIMPLE_MAJORITY', qualifiedMajorityPercent: '67' }))).status).toBe('success');
    expect(await getCurrentCharter(networkId)).toMatchObject({ decisionRule: 'SIMPLE_MAJORITY', qualifiedMajorityPercent: null });
    expect((await getCharterHistory(networkId))[0]?.changedFields).toEqual(['decisionRule', 'qualifiedMajorityPercent']);
  });

  it('refuses the second of two saves based on the same version, so no change is silently undone', async () => {
    const colleague = await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'sveriges-kultur-och-fritidschefsforening', role: 'COORDINATOR' });
    const n = (await getCurrentCharter(networkId))!.version;
    const [first, second] = [await formWith({ quorumPercent: '70' }), await formWith({ physicalMeetingsPerYear: '10' })];

    // The session is read when the action starts, so each call runs as its own coordinator.
    actAs(coordinatorId);
    const saving = updateCharter({ status: 'idle' }, first);
    actAs(colleague.userId);
    const results = await Promise.all([saving, updateCharter({ status: 'idle' }, second)]);

    expect(results.map((r) => r.status).sort()).toEqual(['error', 'success']);
    const refused = results.find((r) => r.status === 'error')!;
    expect(refused.message).toBe(sv.refused.charterChanged);
    // What the refused coordinator typed comes back to their form.
    expect(refused.values?.quorumPercent ?? refused.values?.physicalMeetingsPerYear).toBeDefined();
    const versions = await fixture.database.prisma.charterVersion.findMany({ where: { networkId, version: { gt: n } } });
    expect(versions).toHaveLength(1);
    expect(versions[0]!.version).toBe(n + 1);

    // Saved again on the new version, the second change goes through as n + 2.
    actAs(colleague.userId);
    expect((await updateCharter({ status: 'idle' }, await formWith({ physicalMeetingsPerYear: '10' }))).status).toBe('success');
    expect((await getCurrentCharter(networkId))!.version).toBe(n + 2);
  });

  it('records a denied attempt by someone who may not change it', async () => {
    actAs(await fixture.userId('buyer@trappan.test'));
    const before = await versionCount();
    const result = await updateCharter({ status: 'idle' }, await formWith({ quorumPercent: '90' }));
    expect(result).toMatchObject({ status: 'error', message: sv.refused.notCoordinator });
    expect(await versionCount()).toBe(before);
    expect(await fixture.database.prisma.auditEvent.count({ where: { action: 'charter.update', outcome: 'DENIED', networkId } })).toBeGreaterThan(0);
  });
});

describe('the charter on the network page', () => {
  /** The async server component's output as HTML text. */
  const render = async (locale: 'sv' | 'en', id: string, contentLocale: 'sv' | 'en' = 'sv') => renderToStaticMarkup(await CharterSection({ locale, networkId: id, contentLocale }));

  it('marks the charter’s texts with the network’s language on a page in the other one', async () => {
    const { mission } = (await getCurrentCharter(networkId))!;
    expect(await render('en', networkId)).toContain(`lang="sv">${mission}`);
    expect(await render('sv', networkId, 'en')).toContain(`lang="en">${mission}`);
    expect(await render('sv', networkId)).not.toContain('lang=');
  });

  it('shows the current version with its rules, in both languages', async () => {
    const current = (await getCurrentCharter(networkId))!;
    const swedish = await render('sv', networkId);
    expect(swedish).toContain(`Version ${current.version}, `);
    expect(swedish).toContain(current.mission);
    expect(swedish).toContain(`${current.quorumPercent} % av de röstberättigade medlemmarna måste vara närvarande`);
    expect(swedish).toContain(sv.enums.membershipPolicy[current.membershipPolicy]);
    const english = await render('en', networkId);
    expect(english).toContain('Charter and rules of procedure');
    expect(english).toContain(`${current.quorumPercent}% of the voting members must be present`);
  });

  it('says so when a network has no charter yet', async () => {
    const html = await render('sv', await fixture.networkId('avancerad-rening-av-avloppsvatten'));
    expect(html).toContain(sv.charter.section.empty);
  });
});
