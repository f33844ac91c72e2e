import { describe, expect, it } from 'vitest';

import {
  checkScbCode,
  isContractingAuthority,
  isValidOrganizationNumber,
  normalizeOrganizationNumber,
} from './organization-rules';

describe('organisation numbers', () => {
  it.each([
    ['202100-6552', 'Upphandlingsmyndigheten'],
    ['212000-1124', 'Malmö stad'],
    ['222000-0315', 'Sveriges Kommuner och Landsting'],
    ['2021006552', 'without hyphen'],
    ['16202100-6552', 'twelve digits with the 16 prefix'],
    [' 202100 6552 ', 'with spaces'],
  ])('accepts %s (%s)', (number) => {
    expect(isValidOrganizationNumber(number)).toBe(true);
  });

  it.each([
    ['202100-6553', 'wrong check digit'],
    ['212000-1125', 'wrong check digit'],
    ['20210065', 'too short'],
    ['202100-65520', 'too long'],
    ['20210A-6552', 'a letter'],
    ['', 'empty'],
  ])('rejects %s (%s)', (number) => {
    expect(isValidOrganizationNumber(number)).toBe(false);
  });

  it.each([
    ['556036-0793', 'a company (aktiebolag)'],
    ['5560360793', 'a company without hyphen'],
    ['16556036-0793', 'a company, twelve digits'],
  ])('accepts %s (%s)', (number) => {
    expect(isValidOrganizationNumber(number)).toBe(true);
  });

  it.each([
    ['556036-0794', 'a company with a wrong check digit'],
    ['15202100-6552', 'a twelve-digit form without the 16 prefix'],
    ['201000-6552', 'a third digit below 2 (a personal identity number, not an organisation)'],
  ])('rejects %s (%s)', (number) => {
    expect(isValidOrganizationNumber(number)).toBe(false);
  });

  it('normalises to NNNNNN-NNNN', () => {
    expect(normalizeOrganizationNumber('162021006552')).toBe('202100-6552');
    expect(normalizeOrganizationNumber('2021006552')).toBe('202100-6552');
    expect(normalizeOrganizationNumber('nonsense')).toBeNull();
  });
});

describe('contracting authorities', () => {
  it('are municipalities, regions, state agencies, public companies and central purchasing bodies', () => {
    expect(isContractingAuthority('MUNICIPALITY')).toBe(true);
    expect(isContractingAuthority('REGION')).toBe(true);
    expect(isContractingAuthority('STATE_AGENCY')).toBe(true);
    expect(isContractingAuthority('PUBLIC_COMPANY')).toBe(true);
    expect(isContractingAuthority('CENTRAL_PURCHASING_BODY')).toBe(true);
  });

  it('exclude suppliers, associations, academia and others', () => {
    expect(isContractingAuthority('COMPANY')).toBe(false);
    expect(isContractingAuthority('ASSOCIATION')).toBe(false);
    expect(isContractingAuthority('ACADEMIA')).toBe(false);
    expect(isContractingAuthority('OTHER')).toBe(false);
  });
});

describe('SCB codes', () => {
  it('accepts a municipality code within its county', () => {
    expect(checkScbCode('MUNICIPALITY', '12', '1280')).toBeNull();
  });
  it('rejects a municipality code from another county', () => {
    expect(checkScbCode('MUNICIPALITY', '01', '1280')).toBe('scbCodeCounty');
  });
  it('requires four digits for municipalities and two for regions', () => {
    expect(checkScbCode('MUNICIPALITY', '12', '128')).toBe('scbCodeFormat');
    expect(checkScbCode('REGION', '12', '1280')).toBe('scbCodeFormat');
    expect(checkScbCode('REGION', '12', '12')).toBeNull();
  });
  it('allows no SCB code for other kinds', () => {
    expect(checkScbCode('STATE_AGENCY', '01', '0180')).toBe('scbCodeNotAllowed');
    expect(checkScbCode('STATE_AGENCY', '01', undefined)).toBeNull();
  });
  it('rejects a county code that does not exist', () => {
    expect(checkScbCode('MUNICIPALITY', '02', undefined)).toBe('countyUnknown');
  });
});
