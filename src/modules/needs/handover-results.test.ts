import { describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';

import { handoverResultSchema, tallyResults } from './handover-results';

const sv = getMessages('sv');
const TODAY = '2026-12-07';
const parse = (input: Record<string, string>) => handoverResultSchema(sv, TODAY).safeParse({ handoverId: 'h1', ...input });
const errorsOf = (result: ReturnType<typeof parse>) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('a result after a handover', () => {
  it('reads an advertised procurement with its notice number, a bare link as https, and drops fields of other kinds', () => {
    const result = parse({ kind: 'ADVERTISED', occurredOn: '2026-03-02', reference: ' TED 2026/S 045-123456 ', url: 'www.e-avrop.com/notice/1', supplierName: 'Kvar från ett annat val', valueSek: '100' });
    expect(result.data).toEqual({
      handoverId: 'h1',
      kind: 'ADVERTISED',
      occurredOn: '2026-03-02',
      reference: 'TED 2026/S 045-123456',
      url: 'https://www.e-avrop.com/notice/1',
      supplierName: '',
      valueSek: null,
      organizationId: null,
      description: '',
    });
  });

  it('asks for what each kind needs', () => {
    expect(errorsOf(parse({ kind: 'ADVERTISED', occurredOn: '2026-03-02' }))).toEqual({ reference: 'Fyll i annonsnummer eller länk till annonsen.' });
    expect(errorsOf(parse({ kind: 'CONTRACT', occurredOn: '2026-03-02' }))).toEqual({ supplierName: 'Fyll i leverantör.' });
    expect(errorsOf(parse({ kind: 'CALL_OFF', occurredOn: '2026-03-02' }))).toEqual({ organizationId: 'Välj organisationen som avropade.' });
    expect(errorsOf(parse({ kind: 'EFFECT', occurredOn: '2026-03-02', description: '   ' }))).toEqual({ description: 'Fyll i vad ni har sett.' });
    expect(errorsOf(parse({ occurredOn: '2026-03-02' }))).toMatchObject({ kind: 'Välj vad som hände.' });
  });

  it('takes a value in whole kronor as people write it, and refuses the rest', () => {
    expect(parse({ kind: 'CONTRACT', occurredOn: '2026-03-02', supplierName: 'Gräsytor Syd AB', valueSek: '1 250 000 kr' }).data?.valueSek).toBe(1_250_000);
    expect(errorsOf(parse({ kind: 'CONTRACT', occurredOn: '2026-03-02', supplierName: 'Gräsytor Syd AB', valueSek: '12,5' }))).toEqual({ valueSek: 'Skriv värdet i hela kronor, till exempel 1 250 000.' });
  });

  it('refuses a date after today, a missing date and one that is not a date', () => {
    expect(errorsOf(parse({ kind: 'EFFECT', occurredOn: '2026-12-08', description: 'Lägre kostnader.' }))).toEqual({ occurredOn: 'Datumet kan inte ligga i framtiden: registrera det som har hänt.' });
    expect(parse({ kind: 'EFFECT', occurredOn: TODAY, description: 'Lägre kostnader.' }).success).toBe(true);
    expect(errorsOf(parse({ kind: 'EFFECT', occurredOn: '', description: 'x' }))).toEqual({ occurredOn: 'Fyll i datum.' });
    expect(errorsOf(parse({ kind: 'EFFECT', occurredOn: '2026-02-30', description: 'x' }))).toEqual({ occurredOn: 'Skriv datumet som ÅÅÅÅ-MM-DD.' });
  });
});

describe('results counted', () => {
  it('counts each kind with the values, and the contracts nobody has called off', () => {
    const tally = tallyResults([
      { handoverId: 'a', kind: 'ADVERTISED', valueSek: null },
      { handoverId: 'a', kind: 'CONTRACT', valueSek: 2_000_000 },
      { handoverId: 'a', kind: 'CALL_OFF', valueSek: 300_000 },
      { handoverId: 'b', kind: 'CONTRACT', valueSek: null }, // a framework agreement nobody has called off
      { handoverId: 'b', kind: 'EFFECT', valueSek: null },
    ]);
    expect(tally).toEqual({ advertised: 1, contracts: 2, contractValueSek: 2_000_000, callOffs: 1, callOffValueSek: 300_000, effects: 1, uncalledContracts: 1 });
  });
});
