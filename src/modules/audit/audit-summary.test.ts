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
    expect(lines[3]).toBe('nested: a: 1');
  });

  it('titles a refused attempt as refused, not as done', () => {
    expect(actionLabel('admin.organisation.merge', sv)).toBe('Sammanslagna organisationer');
    expect(actionLabel('admin.organisation.merge', sv, 'DENIED')).toBe('Nekad sammanslagning av organisationer');
    expect(actionLabel('admin.organisation.merge', en, 'DENIED')).toBe('Refused merge of organisations');
    // An action without a title of its own for refusals still says it was refused.
    expect(actionLabel('membership.remove', sv, 'DENIED')).toBe('Nekat försök: Borttagning ur nätverket');
    expect(actionLabel('membership.remove', en, 'DENIED')).toBe('Refused attempt: Removal from the network');
  });

  it('shows an admin’s changes to people in words and in Swedish time', () => {
    const disabled = describeChange({ disabledAt: null }, { disabledAt: '2026-12-03T13:05:00.000Z', endedSessions: 2 }, sv, 'sv').map(changeLineText);
    expect(disabled).toEqual(['Avstängt: – → 3 dec. 2026 14:05:00', 'Avslutade inloggningar: 2']);
    expect(describeChange({ platformRole: 'NONE' }, { platformRole: 'ADMIN' }, sv, 'sv').map(changeLineText)).toEqual(['Plattformsroll: Ingen plattformsroll → Administratör']);
    expect(describeChange({ platformRole: 'AGENCY_STAFF' }, { platformRole: 'NONE' }, en, 'en').map(changeLineText)).toEqual(['Platform role: Agency staff → No platform role']);
    const names = new Map([['org-1', 'Uppsala kommun']]);
    expect(describeChange({ affiliation: 'PENDING' }, { affiliation: 'CONFIRMED', organizationId: 'org-1' }, sv, 'sv', names).map(changeLineText)).toEqual([
      'Organisation: Uppsala kommun',
      'Koppling till organisationen: Väntar på bekräftelse → Bekräftad',
    ]);
    // An organisation the page could not name (merged away) keeps its id rather than vanish.
    expect(describeChange(null, { organizationId: 'org-2' }, sv, 'sv', names).map(changeLineText)).toEqual(['Organisation: org-2']);
  });

  it('shows an organisation’s details by their labels: kind, county and number', () => {
    const lines = describeChange(
      { kind: 'MUNICIPALITY', countyCode: '03', organizationNumber: null },
      { kind: 'REGION', countyCode: '12', organizationNumber: '232100-0024' },
      sv,
      'sv',
    ).map(changeLineText);
    expect(lines).toEqual(['Typ: Kommun → Region', 'Län: Uppsala län → Skåne län', 'Organisationsnummer: – → 232100-0024']);
    expect(describeChange({ countyCode: '03' }, { countyCode: '01' }, en, 'en').map(changeLineText)).toEqual(['County: Uppsala County → Stockholm County']);
  });

  it('shows a merge by the organisations’ names and what moved, and a refused one by its reason', () => {
    const before = { duplicate: { id: 'org-2', name: 'Upsala kommun', slug: 'upsala', organizationNumber: null } };
    const after = {
      kept: { id: 'org-1', name: 'Uppsala kommun' },
      moved: { users: 3, memberships: 1, domains: 0 },
      collisions: { needLinks: [], ballots: [{ id: 'b' }], commitments: [] },
      movedOrganizationNumber: null,
    };
    const lines = describeChange(before, after, sv, 'sv').map(changeLineText);
    expect(lines).toEqual([
      'Dubbletten: Upsala kommun',
      'Finns kvar: Uppsala kommun',
      'Flyttat till organisationen som finns kvar: Personer: 3, Medlemskap: 1',
      'Fanns hos båda (dubblettens togs bort): Röster: 1',
      'Flyttat organisationsnummer: –',
    ]);
    expect(lines.join(' ')).not.toMatch(/org-\d/);
    // Merges logged before the figures had their own fields kept them under "summary".
    const old = describeChange(null, { keptId: 'org-1', summary: { moved: { users: 2 }, collisions: { ballots: [] }, movedOrganizationNumber: null } }, sv, 'sv', new Map([['org-1', 'Uppsala kommun']]));
    expect(old.map(changeLineText)).toContain('Flyttat till organisationen som finns kvar: Personer: 2');
    expect(old.map(changeLineText)).toContain('Finns kvar: Uppsala kommun');
    expect(describeChange(null, { reason: 'mergeSame' }, sv, 'sv').map(changeLineText)).toEqual(['Skäl: En organisation kan inte slås ihop med sig själv.']);
    expect(describeChange(null, { reason: 'mergeSame' }, en, 'en').map(changeLineText)).toEqual(['Reason: An organisation cannot be merged with itself.']);
  });

  it('shows a person’s own changes in words: language and kinds of email', () => {
    expect(describeChange({ locale: 'sv' }, { locale: 'en' }, sv, 'sv').map(changeLineText)).toEqual(['Språk: Svenska → English']);
    expect(describeChange({ mutedMailKinds: [] }, { mutedMailKinds: ['agenda.published'], kind: 'agenda.published', via: 'oneClick' }, en, 'en').map(changeLineText)).toEqual([
      'Kind: Agendas published or changed for meetings I am registered for or a member of',
      'Emails turned off: – → Agendas published or changed for meetings I am registered for or a member of',
      'Unsubscribed through: the email program’s unsubscribe button',
    ]);
  });

  it('still says what an event touched when nothing changed, and copes with no summary', () => {
    expect(describeChange({ role: 'MEMBER' }, { role: 'MEMBER' }, sv, 'sv')).toEqual([{ field: 'Roll', from: 'Medlem', to: 'Medlem' }]);
    expect(describeChange(null, undefined, sv, 'sv')).toEqual([]);
    expect(describeChange('odd', [1, 2], sv, 'sv')).toEqual([]);
  });
});
