import { describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';

import { charterSchema, decisionRuleSummary } from './charter';
import { changedFields, CHARTER_FIELDS, charterContent, formatCharterDate, type CharterContent } from './charter-content';

const sv = getMessages('sv');
const en = getMessages('en');

const form = (overrides: Record<string, unknown> = {}) => ({
  networkId: 'n1',
  baseVersion: '3',
  mission: 'Hållbara konstgräsplaner',
  shortTermGoals: 'Testa två alternativ',
  longTermGoals: 'Ett nationellt ramavtal',
  memberBenefit: 'Färdiga miljökrav',
  membershipPolicy: 'APPROVAL',
  associationsVote: 'false',
  decisionRule: 'CONSENSUS',
  quorumPercent: '50',
  physicalMeetingsPerYear: '4',
  meetingFormat: 'HYBRID',
  ...overrides,
});

/** The first message per field, as runNetworkAction shows them. */
function fieldErrors(result: ReturnType<ReturnType<typeof charterSchema>['safeParse']>) {
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

const base: CharterContent = {
  mission: 'm',
  shortTermGoals: 's',
  longTermGoals: 'l',
  memberBenefit: 'b',
  stakeholderRelations: '',
  membershipPolicy: 'APPROVAL',
  associationsVote: false,
  decisionRule: 'CONSENSUS',
  qualifiedMajorityPercent: null,
  quorumPercent: 50,
  physicalMeetingsPerYear: 4,
  meetingFormat: 'HYBRID',
};

describe('the charter form', () => {
  it('turns the form into a charter: numbers, trimmed texts with LF line breaks, no threshold for consensus', () => {
    const result = charterSchema(sv).parse(form({ mission: '  Rad ett\r\nRad två  ', qualifiedMajorityPercent: '75' }));
    expect(result).toMatchObject({ mission: 'Rad ett\nRad två', quorumPercent: 50, physicalMeetingsPerYear: 4, qualifiedMajorityPercent: null });
  });

  it('lets the relation to suppliers and industry bodies be left out or empty, and keeps it otherwise', () => {
    expect(charterSchema(sv).parse(form({})).stakeholderRelations).toBe('');
    expect(charterSchema(sv).parse(form({ stakeholderRelations: '   ' })).stakeholderRelations).toBe('');
    expect(charterSchema(sv).parse(form({ stakeholderRelations: ' Referensgrupp\r\nmed leverantörer ' })).stakeholderRelations).toBe('Referensgrupp\nmed leverantörer');
  });

  it('asks whether associations vote, and takes the answer as a yes or no', () => {
    const schema = charterSchema(sv);
    expect(schema.parse(form({ associationsVote: 'true' })).associationsVote).toBe(true);
    expect(schema.parse(form({ associationsVote: 'false' })).associationsVote).toBe(false);
    // Nothing chosen, or something the form never offers, is an error rather than a silent no.
    expect(fieldErrors(schema.safeParse(form({ associationsVote: undefined })))).toEqual({ associationsVote: sv.charter.errors.choose.associationsVote });
    expect(fieldErrors(schema.safeParse(form({ associationsVote: 'yes' })))).toEqual({ associationsVote: sv.charter.errors.choose.associationsVote });
  });

  it('counts a change of the associations’ vote as a changed field', () => {
    expect(changedFields(base, { ...base, associationsVote: true })).toEqual(['associationsVote']);
  });

  it('requires the threshold only for a qualified majority, and within 51–100', () => {
    const schema = charterSchema(sv);
    expect(fieldErrors(schema.safeParse(form({ decisionRule: 'QUALIFIED_MAJORITY' })))).toEqual({
      qualifiedMajorityPercent: sv.charter.errors.required.qualifiedMajorityPercent,
    });
    expect(fieldErrors(schema.safeParse(form({ decisionRule: 'QUALIFIED_MAJORITY', qualifiedMajorityPercent: '50' })))).toEqual({
      qualifiedMajorityPercent: sv.charter.errors.range(51, 100),
    });
    expect(schema.parse(form({ decisionRule: 'QUALIFIED_MAJORITY', qualifiedMajorityPercent: '67' })).qualifiedMajorityPercent).toBe(67);
    // Ignored for the other rules, whatever was sent.
    expect(schema.parse(form({ decisionRule: 'SIMPLE_MAJORITY', qualifiedMajorityPercent: 'abc' })).qualifiedMajorityPercent).toBeNull();
  });

  it.each([
    ['quorumPercent', '0', sv.charter.errors.range(1, 100)],
    ['quorumPercent', '101', sv.charter.errors.range(1, 100)],
    ['quorumPercent', '5.5', sv.charter.errors.wholeNumber],
    ['quorumPercent', '', sv.charter.errors.required.quorumPercent],
    ['physicalMeetingsPerYear', '53', sv.charter.errors.range(0, 52)],
    ['physicalMeetingsPerYear', '-1', sv.charter.errors.wholeNumber],
    ['mission', '   ', 'Fyll i uppdrag.'],
    ['memberBenefit', undefined, 'Fyll i nytta för medlemsorganisationerna.'],
    ['mission', 'x'.repeat(4001), 'Texten är 4\u00a0001 tecken, högst 4\u00a0000 får plats. Korta den med 1 tecken.'],
    ['membershipPolicy', 'SOMETIMES', sv.charter.errors.choose.membershipPolicy],
    ['meetingFormat', undefined, sv.charter.errors.choose.meetingFormat],
    ['stakeholderRelations', 'x'.repeat(4001), sv.input.tooLong(4000, 4001)],
  ])('%s = %j → %s', (field, value, message) => {
    expect(fieldErrors(charterSchema(sv).safeParse(form({ [field]: value })))).toEqual({ [field]: message });
  });

  it('accepts the edges: no physical meetings, a quorum of 100 %', () => {
    expect(charterSchema(sv).safeParse(form({ physicalMeetingsPerYear: '0', quorumPercent: '100' })).success).toBe(true);
  });

  it('speaks the person’s language', () => {
    expect(fieldErrors(charterSchema(en).safeParse(form({ quorumPercent: '' })))).toEqual({ quorumPercent: en.charter.errors.required.quorumPercent });
    expect(fieldErrors(charterSchema(en).safeParse(form({ shortTermGoals: '' })))).toEqual({ shortTermGoals: 'Fill in short-term goals.' });
    expect(fieldErrors(charterSchema(en).safeParse(form({ longTermGoals: 'x'.repeat(4010) })))).toEqual({
      longTermGoals: 'The text is 4,010 characters; at most 4,000 fit. Shorten it by 10.',
    });
  });

  it('reports every invalid field at once', () => {
    const errors = fieldErrors(charterSchema(sv).safeParse(form({ mission: '', quorumPercent: '0', decisionRule: 'QUALIFIED_MAJORITY' })));
    expect(Object.keys(errors).sort()).toEqual(['mission', 'qualifiedMajorityPercent', 'quorumPercent']);
  });
});

describe('which fields a new version changes', () => {
  it('lists every field with a value for the first version', () => {
    expect(changedFields(null, base)).toEqual(CHARTER_FIELDS.filter((f) => f !== 'qualifiedMajorityPercent'));
  });

  it('lists nothing when nothing changed', () => {
    expect(changedFields(base, { ...base })).toEqual([]);
  });

  it('lists the changed fields in the form’s order', () => {
    const next = { ...base, physicalMeetingsPerYear: 6, mission: 'ny', decisionRule: 'QUALIFIED_MAJORITY' as const, qualifiedMajorityPercent: 67 };
    expect(changedFields(base, next)).toEqual(['mission', 'decisionRule', 'qualifiedMajorityPercent', 'physicalMeetingsPerYear']);
  });

  it('compares only the content, not the record around it', () => {
    const row = { ...base, id: 'x', version: 3, createdAt: new Date() };
    expect(charterContent(row)).toEqual(base);
  });
});

describe('the decision rule in words', () => {
  it.each([
    [{ decisionRule: 'CONSENSUS' as const, qualifiedMajorityPercent: null }, 'Konsensus'],
    [{ decisionRule: 'SIMPLE_MAJORITY' as const, qualifiedMajorityPercent: null }, 'Enkel majoritet, mer än hälften av de avgivna rösterna'],
    [{ decisionRule: 'QUALIFIED_MAJORITY' as const, qualifiedMajorityPercent: 67 }, 'Kvalificerad majoritet, minst 67 % av de avgivna rösterna'],
  ])('%j → %s', (rule, expected) => {
    expect(decisionRuleSummary(rule, sv)).toBe(expected);
  });

  it('in English too', () => {
    expect(decisionRuleSummary({ decisionRule: 'QUALIFIED_MAJORITY', qualifiedMajorityPercent: 75 }, en)).toBe('Qualified majority, at least 75% of the votes cast');
  });
});

describe('version dates', () => {
  it('are dated in Swedish time, not UTC', () => {
    expect(formatCharterDate(new Date('2026-12-31T23:30:00Z'), 'sv')).toBe('1 januari 2027');
    expect(formatCharterDate(new Date('2026-06-01T10:05:00Z'), 'en', { withTime: true })).toBe('1 June 2026 at 12:05');
  });
});
