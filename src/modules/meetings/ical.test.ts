import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import { buildMeetingCalendar, type FeedMeeting } from './ical';

const meeting: FeedMeeting = {
  id: 'm1',
  title: 'Nätverksmöte höst 2026',
  description: 'Beslut om miljökraven.',
  startsAt: new Date('2026-12-10T12:00:00Z'),
  endsAt: new Date('2026-12-10T15:00:00Z'),
  format: 'HYBRID',
  place: 'Malmö stadshus',
  onlineUrl: 'https://meet.example.se/x',
  status: 'PLANNED',
  sequence: 2,
  updatedAt: new Date('2026-11-01T08:00:00Z'),
  network: { slug: 'konstgras', name: 'Konstgräs' },
};

describe('the iCalendar feed', () => {
  it('writes one event per meeting that a parser reads back', () => {
    const text = buildMeetingCalendar({ name: 'Konstgräs: möten', meetings: [meeting, { ...meeting, id: 'm2', status: 'CANCELLED' }], origin: 'https://trappan.example', locale: 'sv' });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [first, second] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(first!);
    expect(event.uid).toBe('meeting-m1@trappan');
    expect(event.sequence).toBe(2);
    expect(event.summary).toBe('Nätverksmöte höst 2026 (Konstgräs)');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-10T12:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-10T15:00:00.000Z');
    expect(event.location).toBe('Malmö stadshus · https://meet.example.se/x');
    expect(first!.getFirstPropertyValue('url')).toBe('https://trappan.example/sv/networks/konstgras/meetings/m1');
    expect(event.description).toContain('https://trappan.example/sv/networks/konstgras/meetings/m1');
    expect(first!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(first!.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-01T08:00:00Z');
    expect(second!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('gives the same file for the same meetings (so the ETag holds)', () => {
    const build = () => buildMeetingCalendar({ name: 'x', meetings: [meeting], origin: 'https://t', locale: 'en' });
    expect(build()).toBe(build());
  });
});
