import { describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { publicOrigin } from '@/server/public-origin';

import { agendaUrl } from './agenda-recipients';
import { agendaMail, inAgendaOrder, moveInOrder, newItemSchema, nextPosition, parseLinks, positionUpdates } from './agenda-rules';

const sv = getMessages('sv');
const en = getMessages('en');

describe('moving an item', () => {
  const ids = ['a', 'b', 'c'];

  it('swaps with the neighbour above or below', () => {
    expect(moveInOrder(ids, 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(ids, 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(moveInOrder(ids, 'c', 'up')).toEqual(['a', 'c', 'b']);
  });

  it('cannot move the first item up, the last down, or an unknown item', () => {
    expect(moveInOrder(ids, 'a', 'up')).toBeNull();
    expect(moveInOrder(ids, 'c', 'down')).toBeNull();
    expect(moveInOrder(ids, 'x', 'up')).toBeNull();
  });

  it('does not change the list it was given', () => {
    moveInOrder(ids, 'b', 'up');
    expect(ids).toEqual(['a', 'b', 'c']);
  });

  it('updates only the positions that change, numbering from 1', () => {
    expect(positionUpdates(['b', 'a', 'c'], new Map([['a', 1], ['b', 2], ['c', 3]]))).toEqual([
      { id: 'b', position: 1 },
      { id: 'a', position: 2 },
    ]);
    // Gaps and ties from old data are closed up.
    expect(positionUpdates(['a', 'b', 'c'], new Map([['a', 1], ['b', 5], ['c', 5]]))).toEqual([
      { id: 'b', position: 2 },
      { id: 'c', position: 3 },
    ]);
  });
});

describe('agenda order', () => {
  it('orders by position, then by creation time', () => {
    const at = (ms: number) => new Date(ms);
    const items = [
      { id: 'c', position: 2, createdAt: at(1) },
      { id: 'b', position: 1, createdAt: at(2) },
      { id: 'a', position: 1, createdAt: at(1) },
    ];
    expect(inAgendaOrder(items).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('places a new item last', () => {
    expect(nextPosition([])).toBe(1);
    expect(nextPosition([3, 1, 2])).toBe(4);
  });
});

describe('the item form', () => {
  const parse = (fields: Record<string, string>, t = sv) =>
    newItemSchema(t).safeParse({ meetingId: 'm1', agendaVersion: '2', title: 'Punkt', kind: 'DISCUSSION', ...fields });

  it('accepts a minimal item and turns the text into values', () => {
    const result = parse({ plannedMinutes: '30', links: 'https://example.se/a\n\n  http://example.se/b  ' });
    expect(result.success && result.data).toMatchObject({ agendaVersion: 2, title: 'Punkt', plannedMinutes: 30, links: ['https://example.se/a', 'http://example.se/b'], presenter: '' });
    expect(parse({}).success && parse({}).data).toMatchObject({ plannedMinutes: null, links: [] });
  });

  it('reads a link typed without https:// as https, and says "Fyll i" for an empty title', () => {
    const result = parse({ links: 'www.example.se/handling.pdf' });
    expect(result.success && result.data.links).toEqual(['https://www.example.se/handling.pdf']);
    expect(parse({ title: '' }, en).error?.issues[0]?.message).toBe('Fill in title.');
  });

  it('refuses bad values with messages in the person’s language', () => {
    const result = parse({ title: '  ', kind: 'VOTE', plannedMinutes: '601', links: 'javascript:alert(1)' });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
    expect(messages).toEqual({ title: 'Fyll i rubrik.', kind: sv.agenda.errors.kind, plannedMinutes: sv.agenda.errors.plannedMinutes, links: sv.agenda.errors.links });
    const english = parse({ plannedMinutes: '0' }, en);
    expect(english.error?.issues[0]?.message).toBe(en.agenda.errors.plannedMinutes);
  });

  it('refuses more than ten links and non-numbers as minutes', () => {
    expect(parseLinks(Array.from({ length: 11 }, (_, i) => `https://example.se/${i}`).join('\n'))).toBeNull();
    expect(parseLinks('ftp://example.se')).toBeNull();
    expect(parse({ plannedMinutes: '1.5' }).success).toBe(false);
    expect(parse({ plannedMinutes: '-3' }).success).toBe(false);
  });
});

describe('the message to attendees', () => {
  const mail = agendaMail(sv, en, {
    recipientName: 'Anna',
    meetingTitle: 'Nätverksmöte höst 2026',
    networkName: 'Konstgräs',
    when: { sv: '10 december 2026 10:00', en: '10 December 2026 10:00' },
    items: [
      { title: 'Välkommen', kind: 'INFORMATION', plannedMinutes: 10, presenter: 'Sara' },
      { title: 'Beslut om miljökrav', kind: 'DECISION', plannedMinutes: null, presenter: '' },
    ],
    url: { sv: 'https://trappan.se/sv/x', en: 'https://trappan.se/en/x' },
    again: false,
  });

  it('is in Swedish first and English below', () => {
    expect(mail.subject).toBe('Dagordning: Nätverksmöte höst 2026 / Agenda: Nätverksmöte höst 2026');
    const swedish = mail.body.indexOf('Hej Anna!');
    const english = mail.body.indexOf('Hello Anna,');
    expect(swedish).toBe(0);
    expect(english).toBeGreaterThan(swedish);
    expect(mail.body).toContain('1. Välkommen (Information, 10 min, Sara)');
    expect(mail.body).toContain('2. Beslut om miljökrav (Beslut)');
    expect(mail.body).toContain('2. Beslut om miljökrav (Decision)');
    expect(mail.body).toContain('https://trappan.se/sv/x');
    expect(mail.body).toContain('https://trappan.se/en/x');
  });

  it('links to the agenda page at the configured address', () => {
    expect(publicOrigin({ TRAPPAN_PUBLIC_URL: 'https://trappan.se/' })).toBe('https://trappan.se');
    expect(publicOrigin({})).toBe('http://localhost:3000');
    expect(agendaUrl('sv', 'konstgras', 'm1', 'https://trappan.se')).toBe('https://trappan.se/sv/networks/konstgras/meetings/m1/agenda');
  });
});
