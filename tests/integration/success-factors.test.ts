// The year's assessment of the five success factors: saved for this Swedish year whatever the
// form says, saved again it replaces that year's scores, a member's view counts in the spread
// without a name, an observer gives none, and a form with errors writes nothing and keeps what
// was chosen. The dashboard shows the coordinators' scores beside last year's (the demo's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { eraseAccount } from '@/modules/accounts/account-deletion';
import { collectMyData } from '@/modules/accounts/my-data';
import { saveFactorAssessment } from '@/modules/dashboards/actions/factor-actions';
import { getNetworkDashboard } from '@/modules/dashboards/network-dashboard-queries';
import type { FormState } from '@/server/actions/network-action';

import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';
import { actAs } from './support/fake-session';
import { redirected } from './support/redirected';

const IDLE: FormState = { status: 'idle' };
const FACTORS = ['GOAL', 'STRUCTURE', 'ENGAGEMENT', 'COMMUNICATION', 'FUNDING'] as const;
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date()));

let fixture: Fixture;
let konstgras: string;
const prisma = () => fixture.database.prisma;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  konstgras = await fixture.networkId('konstgras');
});
afterAll(async () => {
  await fixture.database.drop();
});

const form = (scope: 'secretariat' | 'member', scores: number[], extra: Record<string, string> = {}) =>
  fixture.form({ networkId: konstgras, scope, ...Object.fromEntries(FACTORS.map((factor, i) => [`score-${factor}`, String(scores[i])])), ...extra });

async function saveAs(email: string, data: FormData) {
  actAs(await fixture.userId(email));
  return redirected(saveFactorAssessment)(IDLE, data);
}

describe('the success factors', () => {
  it('saves the coordinators’ assessment for this year, shown beside last year’s, and replaces it when saved again', async () => {
    const first = await saveAs('secretariat@trappan.test', form('secretariat', [5, 4, 4, 3, 2], { 'comment-COMMUNICATION': 'Nyhetsbrev varje kvartal.', year: '1999' }));
    expect(first).toMatchObject({ redirectedTo: '/sv/networks/konstgras/dashboard?done=assessed#notice' });
    const again = await saveAs('secretariat@trappan.test', form('secretariat', [5, 4, 4, 4, 2], { 'comment-COMMUNICATION': 'Nyhetsbrev varje månad.' }));
    expect(again).toMatchObject({ redirectedTo: expect.stringContaining('done=assessed') });

    // Saved again, this year's assessment is replaced, not added; the demo's earlier years stay.
    expect(await prisma().factorAssessment.count({ where: { networkId: konstgras, memberId: null, year: YEAR } })).toBe(1);
    const { factors } = await getNetworkDashboard(konstgras, true);
    expect(factors?.secretariat[YEAR]?.COMMUNICATION).toEqual({ score: 4, comment: 'Nyhetsbrev varje månad.' });
    expect(factors?.secretariat[YEAR - 1]?.COMMUNICATION?.score).toBe(2);
    expect(await prisma().factorAssessment.count({ where: { year: 1999 } })).toBe(0);
  });

  it('counts members’ own views as a spread, without names, and refuses an observer', async () => {
    // From no views this year (the demo has a few), so the spread is the three below.
    await prisma().factorAssessment.deleteMany({ where: { networkId: konstgras, year: YEAR, memberId: { not: null } } });
    await saveAs('buyer@trappan.test', form('member', [3, 3, 5, 2, 1]));
    await saveAs('umea@trappan.test', form('member', [4, 2, 5, 3, 1]));
    await saveAs('goteborg@trappan.test', form('member', [5, 3, 4, 3, 2]));
    const { factors } = await getNetworkDashboard(konstgras, true);
    expect(factors?.members.GOAL).toEqual({ min: 3, max: 5, median: 4, count: 3 });
    expect(factors?.members.FUNDING).toEqual({ min: 1, max: 2, median: 1, count: 3 });

    const observer = await saveAs('funder@trappan.test', form('member', [1, 1, 1, 1, 1]));
    expect(observer).toMatchObject({ status: 'error', message: getMessages('sv').refused.observerCannotAssess });
    expect((await getNetworkDashboard(konstgras, true)).factors?.members.GOAL?.count).toBe(3);
    // The public sees no assessment at all.
    expect((await getNetworkDashboard(konstgras, false)).factors).toBeNull();
  });

  it('writes nothing for a form with a factor left out, and keeps what was chosen', async () => {
    const before = await prisma().factorScore.count();
    const data = form('member', [2, 2, 2, 2, 2], { 'comment-GOAL': 'Behåll mig' });
    data.delete('score-STRUCTURE');
    const result = await saveAs('linkoping@trappan.test', data);
    expect(result).toMatchObject({ status: 'error', fieldErrors: { 'score-STRUCTURE': 'Välj en skattning för Struktur.' }, values: { 'comment-GOAL': 'Behåll mig', 'score-GOAL': '2' } });
    expect(await prisma().factorScore.count()).toBe(before);
  });

  it('refuses a score outside 1 to 5 in the database too', async () => {
    const assessment = await prisma().factorAssessment.findFirstOrThrow({ where: { networkId: konstgras, memberId: null, year: YEAR } });
    await expect(prisma().factorScore.update({ where: { assessmentId_factor: { assessmentId: assessment.id, factor: 'GOAL' } }, data: { score: 6 } })).rejects.toThrow();
  });

  it('keeps one assessment of the network per year when two coordinators save at once', async () => {
    await prisma().factorAssessment.deleteMany({ where: { networkId: konstgras, memberId: null, year: YEAR } });
    actAs(await fixture.userId('secretariat@trappan.test'));
    await Promise.all([
      redirected(saveFactorAssessment)(IDLE, form('secretariat', [1, 2, 3, 4, 5])),
      redirected(saveFactorAssessment)(IDLE, form('secretariat', [5, 4, 3, 2, 1])),
    ]);
    expect(await prisma().factorAssessment.count({ where: { networkId: konstgras, memberId: null, year: YEAR } })).toBe(1);
    expect(await prisma().factorScore.count({ where: { assessment: { networkId: konstgras, memberId: null, year: YEAR } } })).toBe(5);
  });

  it('gives a member their own views in the download of their data, and removes them with the account', async () => {
    const umea = await fixture.userId('umea@trappan.test');
    const mine = await collectMyData(umea);
    expect(mine.successFactorViews).toEqual([expect.objectContaining({ network: { name: 'Konstgräs', slug: 'konstgras' }, year: YEAR, scores: expect.arrayContaining([{ factor: 'GOAL', score: 4, comment: '' }]) })]);
    await prisma().$transaction((tx) => eraseAccount(tx, { id: umea, email: 'umea@trappan.test' }, new Date()));
    expect(await prisma().factorAssessment.count({ where: { memberId: umea } })).toBe(0);
    expect((await getNetworkDashboard(konstgras, true)).factors?.members.GOAL?.count).toBe(2);
  });
});
