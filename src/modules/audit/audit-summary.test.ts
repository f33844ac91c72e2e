import { describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';

import { actionLabel, changeLineText, describeChange, entityTypeLabel } from './audit-summary';

const sv = getMessages('sv');
const en = getMessages('en');

describe('audit events in words', () => {
  it('names known actions and entity types, and shows unknown ones by their code', () => {
    expect(actionLabel('membership.changeRole', sv)).toBe('Byte av roll');
    expect(actionLabel('membership.remove', en)).toBe('Removal from the network');
    expect(actionLabel('charter.somethingNew', sv)).toBe('charter.somethingNew');
    expect(entityTypeLabel('Membership', sv)).toBe('Medlemskap');
    expect(entityTypeLabel('Meeting', en)).toBe('Meeting');
  });

  it('turns a role change into from → to in the reader’s language', () => {
    const lines = describeChange({ role: 'MEMBER' }, { role: 'STEERING' }, sv, 'sv');
    expect(lines).toEqual([{ field: 'Roll', from: 'Medlem', to: 'Styrgrupp' }]);
    expect(lines.map(changeLineText)).toEqual(['Roll: Medlem → Styrgrupp']);
    expect(describeChange({ role: 'MEMBER' }, { role: 'STEERING' }, en, 'en').map(changeLineText)).toEqual(['Role: Member → Steering group']);
  });

  it('leaves out fields that did not change and keeps fields only on one side', () => {
    const lines = describeChange(
      { status: 'ACTIVE', role: 'MEMBER' },
      { status: 'REMOVED', removedReason: 'Har bytt tjänst', closedGroupPlaces: 2 },
      sv,
      'sv',
    );
    expect(lines.map(changeLineText)).toEqual([
      'Roll: Medlem',
      'Status: Aktiv → Borttagen',
      'Skäl: Har bytt tjänst',
      'Avslutade platser i grupper: 2',
    ]);
  });

  it('explains a denied attempt by its refusal', () => {
    expect(describeChange(null, { reason: 'lastCoordinator' }, sv, 'sv').map(changeLineText)).toEqual([
      'Skäl: Nätverket måste alltid ha minst en samordnare. Utse en ny samordnare först.',
    ]);
  });

  it('shows booleans, lists, unknown fields and long texts readably', () => {
    const lines = describeChange(
      { isListed: false },
      { isListed: true, changedFields: ['mission', 'quorumPercent'], note: 'x'.repeat(300), nested: { a: 1 } },
      sv,
      'sv',
    ).map(changeLineText);
    expect(lines[0]).toBe('Namnet visas: nej → ja');
    expect(lines[1]).toBe('Ändrade uppgifter: Uppdrag, Beslutsförhet');
    expect(lines[2]).toHaveLength('note: '.length + 200);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(lines[3]).toBe('nested: {"a":1}');
  });

  it('still says what an event touched when nothing changed, and copes with no summary', () => {
    expect(describeChange({ role: 'MEMBER' }, { role: 'MEMBER' }, sv, 'sv')).toEqual([{ field: 'Roll', from: 'Medlem', to: 'Medlem' }]);
    expect(describeChange(null, undefined, sv, 'sv')).toEqual([]);
    expect(describeChange('odd', [1, 2], sv, 'sv')).toEqual([]);
  });
});
