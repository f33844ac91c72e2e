// Funders and funding periods kept by the secretariat (exact kronor, the overview's
// "funding ends" list), status moves with history, and the read-only ended network.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { getNationalOverview } from '@/modules/dashboards/overview-queries';
import { addFunderAction, addPeriodAction, removePeriodAction, updateFunderAction, updatePeriodAction } from '@/modules/funding/actions';
import { getMessages } from '@/i18n/messages';
import { createGroup } from '@/modules/governance/actions/group-actions';
import { changeRole } from '@/modules/governance/actions/member-actions';
import { leaveNetwork } from '@/modules/governance/actions/my-membership-actions';
import { changeNetworkStatusAction } from '@/modules/networks/actions/network-status-actions';
import { StatusHistorySection } from '@/modules/networks/components/status-history';
import type { FormState } from '@/server/actions/network-action';

import { actAs } from '../support/fake-session';
import { createGovernanceFixture } from '../governance/fixture';
import type { Fixture } from '../governance/roles';

const IDLE: FormState = { status: 'idle' };
let fixture: Fixture;
let konstgras: string;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  konstgras = await fixture.networkId('konstgras');
});
beforeEach(async () => {
  actAs(await fixture.userId('secretariat@trappan.test'));
});
afterAll(async () => {
  await fixture.database.drop();
});

const isoIn = (months: number) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};

describe('funders and periods', () => {
  it('keeps an amount of 1 234 567 kr exactly and shows a granted period ending in five months on the overview', async () => {
    const vinnova = await fixture.database.prisma.organization.findUniqueOrThrow({ where: { slug: 'vinnova' }, select: { id: true } });
    const end = isoIn(5);
    const result = await addFunderAction(
      IDLE,
      fixture.form({ networkId: konstgras, kind: 'PROJECT', organizationId: vinnova.id, periodStart: '2026-01-01', periodEnd: end, status: 'GRANTED', amount: '1 234 567', note: 'Dnr 2026-01234' }),
    );
    expect(result, JSON.stringify(result)).toMatchObject({ status: 'success' });
    const funder = await fixture.database.prisma.networkFunder.findFirstOrThrow({ where: { networkId: konstgras, funderOrganizationId: vinnova.id }, include: { periods: true } });
    expect(funder.periods).toMatchObject([{ amountSek: 1_234_567, status: 'GRANTED', note: 'Dnr 2026-01234' }]);
    expect(funder.periods[0]!.periodEnd!.toISOString().slice(0, 10)).toBe(end);

    const { fundingEnding } = await getNationalOverview();
    expect(fundingEnding.rows).toContainEqual({ networkSlug: 'konstgras', networkName: 'Konstgräs', funderName: 'Vinnova', kind: 'PROJECT', periodEnd: end });

    // An application ending as soon is not on the list; once the period is marked ended it leaves it.
    await updatePeriodAction(IDLE, fixture.form({ periodId: funder.periods[0]!.id, periodStart: '2026-01-01', periodEnd: end, status: 'ENDED', amount: '1234567' }));
    expect((await getNationalOverview()).fundingEnding.rows.some((row) => row.funderName === 'Vinnova' && row.networkSlug === 'konstgras')).toBe(false);
  });

  it('answers with field errors and keeps what was typed', async () => {
    const vinnova = await fixture.database.prisma.organization.findUniqueOrThrow({ where: { slug: 'vinnova' }, select: { id: true } });
    const funder = await fixture.database.prisma.networkFunder.findFirstOrThrow({ where: { networkId: konstgras, funderOrganizationId: vinnova.id } });
    const before = await fixture.database.prisma.fundingPeriod.count();
    const bad = await addPeriodAction(IDLE, fixture.form({ funderId: funder.id, periodStart: '2027-01-01', periodEnd: '2027-12-31', status: 'GRANTED', amount: '12,50' }));
    expect(bad).toMatchObject({ status: 'error', fieldErrors: { amount: expect.any(String) }, values: { amount: '12,50' } });
    const backwards = await addPeriodAction(IDLE, fixture.form({ funderId: funder.id, periodStart: '2027-01-01', periodEnd: '2026-01-01', status: 'GRANTED' }));
    expect(backwards).toMatchObject({ status: 'error', fieldErrors: { periodEnd: expect.any(String) } });
    // Vinnova's grants are time-limited: a granted period needs its end.
    const open = await addPeriodAction(IDLE, fixture.form({ funderId: funder.id, periodStart: '2027-01-01', status: 'GRANTED' }));
    expect(open).toMatchObject({ status: 'error', fieldErrors: { periodEnd: expect.any(String) } });
    expect(await fixture.database.prisma.fundingPeriod.count()).toBe(before);
  });

  it('saves one of two edits of the same period or funder and tells the other, keeping what they typed', async () => {
    const period = await fixture.database.prisma.fundingPeriod.findFirstOrThrow({ where: { funder: { networkId: konstgras } }, include: { funder: true } });
    const seen = period.updatedAt.toISOString();
    const save = (amount: string) =>
      updatePeriodAction(IDLE, fixture.form({ periodId: period.id, baseUpdatedAt: seen, periodStart: '2026-01-01', periodEnd: isoIn(5), status: 'GRANTED', amount }));
    expect((await save('2 000 000')).status).toBe('success');
    const second = await save('3 000 000');
    expect(second).toMatchObject({ status: 'error', message: getMessages('sv').refused.fundingChanged, values: { amount: '3 000 000' } });
    expect((await fixture.database.prisma.fundingPeriod.findUniqueOrThrow({ where: { id: period.id } })).amountSek).toBe(2_000_000);

    const base = { funderId: period.funderId, baseKind: period.funder.kind, baseOrganizationId: period.funder.funderOrganizationId ?? '' };
    const organizationId = period.funder.funderOrganizationId ?? '';
    expect((await updateFunderAction(IDLE, fixture.form({ ...base, kind: 'BASE', organizationId }))).status).toBe('success');
    const stale = await updateFunderAction(IDLE, fixture.form({ ...base, kind: 'IN_KIND', organizationId }));
    expect(stale).toMatchObject({ status: 'error', message: getMessages('sv').refused.fundingChanged });
    expect((await fixture.database.prisma.networkFunder.findUniqueOrThrow({ where: { id: period.funderId } })).kind).toBe('BASE');
    await updateFunderAction(IDLE, fixture.form({ funderId: period.funderId, kind: period.funder.kind, organizationId }));
  });

  it('refuses a coordinator of another network a forged period id', async () => {
    const period = await fixture.database.prisma.fundingPeriod.findFirstOrThrow({ where: { funder: { networkId: konstgras } } });
    actAs(await fixture.userId('vatten@trappan.test'));
    try {
      expect((await removePeriodAction(IDLE, fixture.form({ periodId: period.id }))).status).toBe('error');
      expect(await fixture.database.prisma.fundingPeriod.count({ where: { id: period.id } })).toBe(1);
    } finally {
      actAs(await fixture.userId('secretariat@trappan.test'));
    }
  });

  it('puts a new funder in the registry’s search document at once', async () => {
    const msb = await fixture.database.prisma.organization.findFirstOrThrow({ where: { slug: 'msb' }, select: { id: true } });
    const added = await addFunderAction(IDLE, fixture.form({ networkId: konstgras, kind: 'BASE', organizationId: msb.id, status: 'GRANTED' }));
    expect(added, JSON.stringify(added)).toMatchObject({ status: 'success' });
    const rows = await fixture.database.prisma.$queryRaw<Array<{ hit: boolean }>>`
      SELECT "searchVector" @@ plainto_tsquery('swedish', 'beredskap') AS hit FROM "Network" WHERE id = ${konstgras}`;
    expect(rows[0]?.hit).toBe(true);
  });
});

describe('status moves and the ended network', () => {
  it('moves forming/active → paused → ended with history, and refuses a move the rule does not allow', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const current = await fixture.database.prisma.network.findUniqueOrThrow({ where: { id: konstgras }, select: { status: true } });
    expect(current.status).toBe('ACTIVE');
    const skip = await changeNetworkStatusAction(IDLE, fixture.form({ networkId: konstgras, status: 'FORMING', effectiveOn: today, reason: 'Tillbaka' }));
    expect(skip.status).toBe('error');
    const future = await changeNetworkStatusAction(IDLE, fixture.form({ networkId: konstgras, status: 'DORMANT', effectiveOn: isoIn(1), reason: 'Paus' }));
    expect(future).toMatchObject({ status: 'error', fieldErrors: { effectiveOn: expect.any(String) } });

    expect((await changeNetworkStatusAction(IDLE, fixture.form({ networkId: konstgras, status: 'DORMANT', effectiveOn: today, reason: 'Paus under omorganisation' }))).status).toBe('success');
    expect((await changeNetworkStatusAction(IDLE, fixture.form({ networkId: konstgras, status: 'CLOSED', effectiveOn: today, reason: 'Uppdraget är slutfört' }))).status).toBe('success');
    const history = await fixture.database.prisma.networkStatusChange.findMany({ where: { networkId: konstgras }, orderBy: { createdAt: 'asc' } });
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.reason])).toEqual([
      ['ACTIVE', 'DORMANT', 'Paus under omorganisation'],
      ['DORMANT', 'CLOSED', 'Uppdraget är slutfört'],
    ]);
    const audited = await fixture.database.prisma.auditEvent.count({ where: { networkId: konstgras, action: 'network.changeStatus', outcome: 'ALLOWED' } });
    expect(audited).toBe(2);

    // The network's page shows the moves as history, newest first, and that it has ended.
    const html = renderToStaticMarkup(await StatusHistorySection({ locale: 'sv', networkId: konstgras, status: 'CLOSED' }));
    expect(html).toContain('Nätverket är avslutat.');
    expect(html.indexOf('Vilande → Avslutat')).toBeGreaterThan(-1);
    expect(html.indexOf('Vilande → Avslutat')).toBeLessThan(html.indexOf('Aktivt → Vilande'));
    expect(html).toContain('Uppdraget är slutfört');
  });

  it('refuses every write in the ended network, and lets a member leave', async () => {
    const { membershipId, userId } = await fixture.database.prisma.membership
      .findFirstOrThrow({ where: { networkId: konstgras, status: 'ACTIVE', role: 'MEMBER' }, select: { id: true, userId: true } })
      .then((m) => ({ membershipId: m.id, userId: m.userId }));
    const vinnova = await fixture.database.prisma.organization.findUniqueOrThrow({ where: { slug: 'vinnova' }, select: { id: true } });
    const writes: Array<[string, () => Promise<FormState>]> = [
      ['create a group', () => createGroup(IDLE, fixture.form({ networkId: konstgras, kind: 'WORKING', name: 'Ny grupp' }))],
      ['change a role', () => changeRole(IDLE, fixture.form({ membershipId, role: 'STEERING' }))],
      ['add a funder', () => addFunderAction(IDLE, fixture.form({ networkId: konstgras, kind: 'BASE', organizationId: vinnova.id, status: 'GRANTED' }))],
      ['pause it again', () => changeNetworkStatusAction(IDLE, fixture.form({ networkId: konstgras, status: 'ACTIVE', effectiveOn: new Date().toISOString().slice(0, 10), reason: 'Igen' }))],
    ];
    const before = await fixture.database.prisma.auditEvent.count({ where: { networkId: konstgras, outcome: 'ALLOWED' } });
    for (const [name, write] of writes) {
      const result = await write();
      expect(result.status, name).toBe('error');
    }
    expect(await fixture.database.prisma.auditEvent.count({ where: { networkId: konstgras, outcome: 'ALLOWED' } })).toBe(before);
    expect(await fixture.database.prisma.networkGroup.count({ where: { networkId: konstgras, name: 'Ny grupp' } })).toBe(0);

    actAs(userId);
    expect((await leaveNetwork(IDLE, fixture.form({ networkId: konstgras }))).status).toBe('success');
    actAs(await fixture.userId('secretariat@trappan.test'));
  });
});
