import { describe, expect, it } from 'vitest';

import { charterTemplate, TEMPLATE_TEXT_FIELDS, templateTextsLeft } from './charter-template';

describe('the charter template', () => {
  // That the charter form accepts it as it stands is proven by tests/integration/start-network.test.ts.
  it.each(['sv', 'en'] as const)('is a complete charter with rules to start from (%s)', (locale) => {
    const template = charterTemplate(locale, 'APPROVAL');
    for (const field of TEMPLATE_TEXT_FIELDS) expect(template[field].length).toBeGreaterThan(50);
    expect(template).toEqual(
      expect.objectContaining({ membershipPolicy: 'APPROVAL', decisionRule: 'SIMPLE_MAJORITY', qualifiedMajorityPercent: null, quorumPercent: 50, physicalMeetingsPerYear: 2, meetingFormat: 'HYBRID' }),
    );
  });

  it('names the report page for every piece of advice', () => {
    for (const locale of ['sv', 'en'] as const) {
      const template = charterTemplate(locale, 'OPEN');
      for (const field of TEMPLATE_TEXT_FIELDS) expect(template[field]).toMatch(/(s|p)\. 3[23]\)/);
    }
  });

  it('tells which texts are still the template’s, in either language', () => {
    const sv = charterTemplate('sv', 'OPEN');
    expect(templateTextsLeft(sv)).toEqual(TEMPLATE_TEXT_FIELDS);
    expect(templateTextsLeft({ ...charterTemplate('en', 'OPEN'), mission: 'Vårt eget uppdrag.' })).toEqual(TEMPLATE_TEXT_FIELDS.filter((f) => f !== 'mission'));
    const rewritten = Object.fromEntries(TEMPLATE_TEXT_FIELDS.map((field) => [field, `${field} med egna ord`]));
    expect(templateTextsLeft({ ...sv, ...rewritten, stakeholderRelations: '' })).toEqual([]);
  });
});
