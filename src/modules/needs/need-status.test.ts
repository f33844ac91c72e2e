import { describe, expect, it } from 'vitest';

import type { NeedStatus } from '@/generated/prisma/enums';

import { allowedTransitions, canTransition, manualTransitions, mayBePublic, mayHandOver, mayHaveBuyerGroup, NEED_STATUSES } from './need-status';

describe('need status transitions', () => {
  it('walks the whole way forward, one step at a time', () => {
    const path: NeedStatus[] = ['PROPOSED', 'PRIORITISED', 'MARKET_TESTED', 'IN_PREPARATION', 'IN_PROCUREMENT', 'HANDED_OVER', 'IMPLEMENTED'];
    for (let i = 1; i < path.length; i += 1) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
  });

  it('does not skip steps', () => {
    expect(canTransition('PROPOSED', 'MARKET_TESTED')).toBe(false);
    expect(canTransition('PROPOSED', 'IMPLEMENTED')).toBe(false);
    expect(canTransition('PRIORITISED', 'IN_PROCUREMENT')).toBe(false);
  });

  it('archives from every status but archived, and reopens an archived need as a proposal', () => {
    for (const status of NEED_STATUSES) {
      expect(canTransition(status, 'ARCHIVED')).toBe(status !== 'ARCHIVED');
    }
    expect(allowedTransitions('ARCHIVED')).toEqual(['PROPOSED']);
  });

  it('never moves to the status it is in', () => {
    for (const status of NEED_STATUSES) expect(canTransition(status, status)).toBe(false);
  });

  it('goes back one step only before the handover', () => {
    expect(canTransition('MARKET_TESTED', 'PRIORITISED')).toBe(true);
    expect(canTransition('HANDED_OVER', 'IN_PROCUREMENT')).toBe(false);
    expect(canTransition('IMPLEMENTED', 'HANDED_OVER')).toBe(false);
  });

  it('reaches "handed over" only through a handover, never with the status form', () => {
    expect(canTransition('IN_PREPARATION', 'HANDED_OVER')).toBe(true);
    for (const status of NEED_STATUSES) expect(manualTransitions(status)).not.toContain('HANDED_OVER');
    expect(manualTransitions('IN_PROCUREMENT')).toEqual(['IN_PREPARATION', 'ARCHIVED']);
  });

  it('forms buyer groups and hands over only from preparation onwards', () => {
    expect(NEED_STATUSES.filter(mayHaveBuyerGroup)).toEqual(['IN_PREPARATION', 'IN_PROCUREMENT', 'HANDED_OVER']);
    expect(NEED_STATUSES.filter(mayHandOver)).toEqual(['IN_PREPARATION', 'IN_PROCUREMENT', 'HANDED_OVER']);
  });

  it('lets a need be public only with an organisation behind it', () => {
    expect(mayBePublic(0)).toBe(false);
    expect(mayBePublic(1)).toBe(true);
    expect(mayBePublic(3)).toBe(true);
  });
});
