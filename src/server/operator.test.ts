import { describe, expect, it } from 'vitest';

import { DEMO_OPERATOR_NAME, readOperator } from './operator';

describe('readOperator', () => {
  it('reads the name, website and contact address the installation sets', () => {
    expect(
      readOperator({
        DATABASE_URL: 'postgresql://db/trappan',
        TRAPPAN_OPERATOR_NAME: ' Malmö stad ',
        TRAPPAN_OPERATOR_URL: 'https://malmo.se/trappan',
        TRAPPAN_CONTACT_EMAIL: 'trappan@malmo.se',
      }),
    ).toEqual({ name: 'Malmö stad', url: 'https://malmo.se/trappan', email: 'trappan@malmo.se', isDemo: false });
  });

  it('names the demo as a demo when no operator is set on the embedded database', () => {
    expect(readOperator({})).toEqual({ name: DEMO_OPERATOR_NAME, url: null, email: null, isDemo: true });
    expect(readOperator({ TRAPPAN_OPERATOR_NAME: 'Region Skåne' }).name).toBe('Region Skåne');
  });

  it('invents no operator for a production installation that names none', () => {
    expect(readOperator({ DATABASE_URL: 'postgresql://db/trappan' }).name).toBeNull();
  });

  it('ignores a website or address that is not one', () => {
    const operator = readOperator({ TRAPPAN_OPERATOR_URL: 'javascript:alert(1)', TRAPPAN_CONTACT_EMAIL: 'not an address' });
    expect(operator.url).toBeNull();
    expect(operator.email).toBeNull();
    expect(readOperator({ TRAPPAN_OPERATOR_URL: 'malmo.se' }).url).toBeNull();
  });
});
