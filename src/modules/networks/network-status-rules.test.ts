import { describe, expect, it } from 'vitest';

import type { NetworkStatus } from '@/generated/prisma/enums';

import { effectiveDateBlocker, nextStatuses, statusMoveBlocker } from './network-status-rules';

const ALL: NetworkStatus[] = ['FORMING', 'ACTIVE', 'DORMANT', 'CLOSED'];

// Every pair, for a coordinator and for an admin: the whole table, so a changed rule shows here.
const EXPECTED: Record<NetworkStatus, Record<NetworkStatus, [coordinator: string | null, admin: string | null]>> = {
  FORMING: {
    FORMING: ['statusUnchanged', 'statusUnchanged'],
    ACTIVE: [null, null],
    DORMANT: ['statusMoveNotAllowed', 'statusMoveNotAllowed'],
    CLOSED: [null, null],
  },
  ACTIVE: {
    FORMING: ['statusMoveNotAllowed', 'statusMoveNotAllowed'],
    ACTIVE: ['statusUnchanged', 'statusUnchanged'],
    DORMANT: [null, null],
    CLOSED: [null, null],
  },
  DORMANT: {
    FORMING: ['statusMoveNotAllowed', 'statusMoveNotAllowed'],
    ACTIVE: [null, null],
    DORMANT: ['statusUnchanged', 'statusUnchanged'],
    CLOSED: [null, null],
  },
  CLOSED: {
    FORMING: ['statusMoveNotAllowed', 'statusMoveNotAllowed'],
    ACTIVE: ['statusReopenAdminOnly', null],
    DORMANT: ['statusMoveNotAllowed', 'statusMoveNotAllowed'],
    CLOSED: ['statusUnchanged', 'statusUnchanged'],
  },
};

describe('statusMoveBlocker', () => {
  for (const from of ALL) {
    for (const to of ALL) {
      it(`${from} → ${to}`, () => {
        const [coordinator, admin] = EXPECTED[from][to];
        expect(statusMoveBlocker(from, to, { isAdmin: false })).toBe(coordinator);
        expect(statusMoveBlocker(from, to, { isAdmin: true })).toBe(admin);
      });
    }
  }
});

describe('nextStatuses', () => {
  it('offers the allowed moves in the order of a network’s life', () => {
    expect(nextStatuses('FORMING', { isAdmin: false })).toEqual(['ACTIVE', 'CLOSED']);
    expect(nextStatuses('DORMANT', { isAdmin: false })).toEqual(['ACTIVE', 'CLOSED']);
    expect(nextStatuses('CLOSED', { isAdmin: false })).toEqual([]);
    expect(nextStatuses('CLOSED', { isAdmin: true })).toEqual(['ACTIVE']);
  });
});

describe('effectiveDateBlocker', () => {
  it('takes today and earlier days, back to the last move', () => {
    expect(effectiveDateBlocker('2026-12-04', '2026-12-04', null)).toBeNull();
    expect(effectiveDateBlocker('2019-05-01', '2026-12-04', null)).toBeNull();
    expect(effectiveDateBlocker('2026-03-01', '2026-12-04', '2026-03-01')).toBeNull();
    expect(effectiveDateBlocker('2026-12-05', '2026-12-04', null)).toBe('effectiveInFuture');
    expect(effectiveDateBlocker('2026-02-28', '2026-12-04', '2026-03-01')).toBe('effectiveBeforeLastMove');
  });
});
