import { describe, expect, it } from 'vitest';

import { parseStockholmInput } from '@/i18n/stockholm-time';

import { equalSlots, isSupplier, movesFrom, nextStatus, overlaps, questionsOpen, quotesSecret, slotLength, takesPart } from './dialogue-rules';

describe('the lifecycle', () => {
  it('goes draft → open → closed → summary published', () => {
    expect(nextStatus('DRAFT', 'publish')).toBe('OPEN');
    expect(nextStatus('OPEN', 'close')).toBe('CLOSED');
    expect(nextStatus('CLOSED', 'publishSummary')).toBe('SUMMARY_PUBLISHED');
  });

  it('cancels from draft, open or closed, never after the summary', () => {
    for (const status of ['DRAFT', 'OPEN', 'CLOSED'] as const) expect(nextStatus(status, 'cancel')).toBe('CANCELLED');
    expect(nextStatus('SUMMARY_PUBLISHED', 'cancel')).toBeNull();
    expect(nextStatus('CANCELLED', 'cancel')).toBeNull();
  });

  it('skips no step and goes nowhere back', () => {
    expect(nextStatus('DRAFT', 'close')).toBeNull();
    expect(nextStatus('OPEN', 'publishSummary')).toBeNull();
    expect(nextStatus('OPEN', 'publish')).toBeNull();
    expect(nextStatus('CLOSED', 'publish')).toBeNull();
    expect(movesFrom('SUMMARY_PUBLISHED')).toEqual([]);
    expect(movesFrom('CANCELLED')).toEqual([]);
  });
});

describe('deadlines in Swedish time', () => {
  // The clocks go back at 03:00 on 25 October 2026: 02:30 happens twice.
  const autumn = {
    status: 'OPEN' as const,
    questionsCloseAt: parseStockholmInput('2026-10-25T02:30')!,
    closesAt: parseStockholmInput('2026-10-25T12:00')!,
  };

  it('takes a question up to and including the deadline, not a minute after', () => {
    expect(questionsOpen(autumn, autumn.questionsCloseAt)).toBe(true);
    expect(questionsOpen(autumn, new Date(autumn.questionsCloseAt.getTime() + 60_000))).toBe(false);
  });

  it('reads 02:30 on the night the clocks go back as the first, summer-time 02:30', () => {
    expect(autumn.questionsCloseAt.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    // The second 02:30 (winter time) is an hour later, and too late.
    expect(questionsOpen(autumn, new Date('2026-10-25T01:30:00.000Z'))).toBe(false);
  });

  it('knows no time the clocks skip in spring', () => {
    expect(parseStockholmInput('2027-03-28T02:30')).toBeNull();
    const spring = { status: 'OPEN' as const, questionsCloseAt: parseStockholmInput('2027-03-28T03:00')!, closesAt: parseStockholmInput('2027-03-28T03:00')! };
    // 01:59 winter time is one minute before 03:00 summer time.
    expect(takesPart(spring, new Date('2027-03-28T00:59:00.000Z'))).toBe(true);
    expect(takesPart(spring, new Date('2027-03-28T01:01:00.000Z'))).toBe(false);
  });

  it('takes nothing once the dialogue is closed, whatever the clock says', () => {
    const early = new Date('2026-10-01T10:00:00.000Z');
    expect(questionsOpen({ ...autumn, status: 'CLOSED' }, early)).toBe(false);
    expect(takesPart({ ...autumn, status: 'DRAFT' }, early)).toBe(false);
    expect(takesPart(autumn, early)).toBe(true);
  });
});

describe('one-to-one slots', () => {
  it('are equal: the same length, a break apart', () => {
    const first = parseStockholmInput('2027-02-10T09:00')!;
    const slots = equalSlots(first, 45, 4, 15);
    expect(slots).toHaveLength(4);
    expect(new Set(slots.map((slot) => slot.endsAt.getTime() - slot.startsAt.getTime()))).toEqual(new Set([45 * 60_000]));
    expect(slots[3]!.startsAt.toISOString()).toBe('2027-02-10T11:00:00.000Z');
    expect(slotLength(slots)).toBe(45);
    expect(slotLength([])).toBeNull();
  });

  it('stay equal in length across the night the clocks change', () => {
    const slots = equalSlots(parseStockholmInput('2026-10-25T01:00')!, 60, 3, 0);
    expect(slots.map((slot) => (slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000)).toEqual([60, 60, 60]);
  });

  it('tell overlapping times from touching ones', () => {
    const morning = equalSlots(new Date('2027-02-10T08:00:00Z'), 60, 2, 0);
    expect(overlaps(morning, equalSlots(new Date('2027-02-10T10:00:00Z'), 60, 1, 0))).toBe(false);
    expect(overlaps(morning, equalSlots(new Date('2027-02-10T09:30:00Z'), 60, 1, 0))).toBe(true);
  });
});

describe('who takes part', () => {
  it('is a company, never a buyer', () => {
    expect(isSupplier({ kind: 'COMPANY' })).toBe(true);
    for (const kind of ['MUNICIPALITY', 'REGION', 'STATE_AGENCY', 'ASSOCIATION', 'ACADEMIA'] as const) expect(isSupplier({ kind })).toBe(false);
    expect(isSupplier(null)).toBe(false);
  });
});

describe('a summary never quotes a business secret', () => {
  const secret = 'Vår kork kommer från en egen odling i Portugal. Priset är 82 kronor per kvadratmeter.';

  it('finds the whole part or one of its sentences, whatever the case and spacing', () => {
    expect(quotesSecret(`Vi lärde oss att ${secret}`, [secret])).toBe(true);
    expect(quotesSecret('En leverantör sa: vår kork kommer från en   EGEN odling i Portugal.', [secret])).toBe(true);
  });

  it('lets the network say what it learned in its own words', () => {
    expect(quotesSecret('Flera leverantörer erbjuder kork; priserna varierar.', [secret])).toBe(false);
    expect(quotesSecret('Ja.', ['Ja'])).toBe(true);
    expect(quotesSecret('Nej, inte alls.', [])).toBe(false);
    expect(quotesSecret('Jag tror att de flesta kan leverera.', ['Ja'])).toBe(false);
  });
});
