import { describe, expect, it } from 'vitest';

import { DEMO_OPEN_DATA_EMAIL, DEMO_OPERATOR_NAME, DEMO_ORGANISATION_NUMBER, readOperator } from './operator';

describe('readOperator', () => {
  it('reads the name, website and contact address the installation sets', () => {
    expect(
      readOperator({
        DATABASE_URL: 'postgresql://db/trappan',
        TRAPPAN_OPERATOR_NAME: ' Malmö stad ',
        TRAPPAN_OPERATOR_URL: 'https://malmo.se/trappan',
        TRAPPAN_CONTACT_EMAIL: 'trappan@malmo.se',
        TRAPPAN_OPERATOR_ORGANISATION_NUMBER: '212000-1124',
      }),
    ).toEqual({
      name: 'Malmö stad',
      url: 'https://malmo.se/trappan',
      email: 'trappan@malmo.se',
      organisationNumber: '2120001124',
      publisherType: 'LocalAuthority',
      openDataEmail: 'trappan@malmo.se',
      isDemo: false,
    });
  });

  it('names the demo as a demo when no operator is set on the embedded database', () => {
    expect(readOperator({})).toEqual({
      name: DEMO_OPERATOR_NAME,
      url: null,
      email: null,
      organisationNumber: DEMO_ORGANISATION_NUMBER,
      publisherType: 'NationalAuthority',
      openDataEmail: DEMO_OPEN_DATA_EMAIL,
      isDemo: true,
    });
    expect(readOperator({ TRAPPAN_OPERATOR_NAME: 'Region Skåne' }).name).toBe('Region Skåne');
  });

  it('invents no operator for a production installation that names none', () => {
    const operator = readOperator({ DATABASE_URL: 'postgresql://db/trappan' });
    expect(operator.name).toBeNull();
    expect(operator.organisationNumber).toBeNull();
    expect(operator.publisherType).toBeNull();
    expect(operator.openDataEmail).toBeNull();
  });

  it('takes the publisher type from the number series unless one is set', () => {
    const production = { DATABASE_URL: 'postgresql://db/trappan' };
    expect(readOperator({ ...production, TRAPPAN_OPERATOR_ORGANISATION_NUMBER: '232100-0255' }).publisherType).toBe('RegionalAuthority');
    expect(readOperator({ ...production, TRAPPAN_OPERATOR_ORGANISATION_NUMBER: '2021005489' }).publisherType).toBe('NationalAuthority');
    const company = { ...production, TRAPPAN_OPERATOR_ORGANISATION_NUMBER: '556036-0793' };
    expect(readOperator(company).publisherType).toBeNull();
    expect(readOperator({ ...company, TRAPPAN_OPERATOR_PUBLISHER_TYPE: 'Company' }).publisherType).toBe('Company');
    expect(readOperator({ ...company, TRAPPAN_OPERATOR_PUBLISHER_TYPE: 'Municipality' }).publisherType).toBeNull();
  });

  it('ignores an organisation number with a wrong check digit', () => {
    expect(readOperator({ DATABASE_URL: 'postgresql://db/trappan', TRAPPAN_OPERATOR_ORGANISATION_NUMBER: '212000-1125' }).organisationNumber).toBeNull();
  });

  it('ignores a website or address that is not one', () => {
    const operator = readOperator({ TRAPPAN_OPERATOR_URL: 'javascript:alert(1)', TRAPPAN_CONTACT_EMAIL: 'not an address' });
    expect(operator.url).toBeNull();
    expect(operator.email).toBeNull();
    expect(readOperator({ TRAPPAN_OPERATOR_URL: 'malmo.se' }).url).toBeNull();
  });
});
