import { describe, expect, it } from 'vitest';

import { attendanceRate, daysPerStatus, meetingsPerYear, membersPerQuarter, needFunnel, type MembershipSpan } from './network-figures';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('the needs funnel', () => {
  it('counts each need at its status and as having reached every status before it; archived apart', () => {
    const { rows, archived } = needFunnel(['PROPOSED', 'PROPOSED', 'PRIORITISED', 'IN_PROCUREMENT', 'IMPLEMENTED', 'ARCHIVED']);
    expect(rows.map((r) => [r.status, r.now, r.reached])).toEqual([
      ['PROPOSED', 2, 5],
      ['PRIORITISED', 1, 3],
      ['MARKET_TESTED', 0, 2],
      ['IN_PREPARATION', 0, 2],
      ['IN_PROCUREMENT', 1, 2],
      ['HANDED_OVER', 0, 1],
      ['IMPLEMENTED', 1, 1],
    ]);
    expect(archived).toBe(1);
  });

  it('is all zeros without needs', () => {
    expect(needFunnel([]).rows.every((r) => r.now === 0 && r.reached === 0)).toBe(true);
  });
});

describe('the time needs spend in each status', () => {
  it('takes the median of finished stays, and leaves out the stay still going on', () => {
    const result = daysPerStatus([
      { needId: 'a', toStatus: 'PROPOSED', at: at('2026-01-01') },
      { needId: 'a', toStatus: 'PRIORITISED', at: at('2026-01-11') },
      { needId: 'a', toStatus: 'MARKET_TESTED', at: at('2026-03-01') },
      { needId: 'b', toStatus: 'PROPOSED', at: at('2026-02-01') },
      { needId: 'b', toStatus: 'PRIORITISED', at: at('2026-03-03') },
      { needId: 'c', toStatus: 'PROPOSED', at: at('2026-05-01') },
      { needId: 'c', toStatus: 'PRIORITISED', at: at('2026-05-21') },
      { needId: 'd', toStatus: 'PROPOSED', at: at('2026-06-01') },
    ]);
    expect(result.get('PROPOSED')).toEqual({ medianDays: 20, stays: 3 });
    expect(result.get('PRIORITISED')).toEqual({ medianDays: 49, stays: 1 });
    expect(result.has('MARKET_TESTED')).toBe(false);
  });
});

const span = (organizationId: string | null, joined: string, left: string | null = null, countsForOrganization = true): MembershipSpan => ({
  organizationId,
  joinedAt: at(joined),
  leftAt: left ? at(left) : null,
  countsForOrganization,
});

describe('members per quarter', () => {
  it('counts people and organisations joining and leaving, an organisation only with its first and last membership', () => {
    const spans = [
      span('malmo', '2026-01-10'),
      span('malmo', '2026-05-02', '2026-11-20'), // a second person from Malmö: Malmö stays in
      span('umea', '2026-04-15', '2026-08-01'), // Umeå's only person leaves in Q3
      span('funder', '2026-04-20', null, false), // an observer: a member, not a member organisation
    ];
    const rows = membersPerQuarter(spans, at('2026-12-07'), 4);
    expect(rows).toEqual([
      { quarter: '2026-Q1', joined: 1, left: 0, organizationsJoined: 1, organizationsLeft: 0, membersAtEnd: 1, organizationsAtEnd: 1 },
      { quarter: '2026-Q2', joined: 3, left: 0, organizationsJoined: 1, organizationsLeft: 0, membersAtEnd: 4, organizationsAtEnd: 2 },
      { quarter: '2026-Q3', joined: 0, left: 1, organizationsJoined: 0, organizationsLeft: 1, membersAtEnd: 3, organizationsAtEnd: 1 },
      { quarter: '2026-Q4', joined: 0, left: 1, organizationsJoined: 0, organizationsLeft: 0, membersAtEnd: 2, organizationsAtEnd: 1 },
    ]);
  });

  it('crosses a year boundary', () => {
    expect(membersPerQuarter([], at('2027-02-01'), 3).map((r) => r.quarter)).toEqual(['2026-Q3', '2026-Q4', '2027-Q1']);
  });
});

describe('meetings and attendance', () => {
  it('counts held meetings per Swedish calendar year against the charter', () => {
    // 31 December 23:30 UTC is already New Year's Day in Sweden.
    const starts = [at('2025-03-01'), new Date('2025-12-31T23:30:00Z'), at('2026-05-05')];
    expect(meetingsPerYear(starts, [2025, 2026], 4)).toEqual([
      { year: 2025, held: 1, target: 4 },
      { year: 2026, held: 2, target: 4 },
    ]);
  });

  it('rates attendance as the member organisations present of those that were members when it began', () => {
    const spans = [span('malmo', '2025-01-01'), span('umea', '2025-01-01'), span('uppsala', '2026-09-01'), span('skl', '2025-01-01', '2026-02-01'), span('funder', '2025-01-01', null, false)];
    // Two people from Malmö, the funder, and Uppsala (which joined later) attend a meeting on 1 March 2026.
    expect(attendanceRate(at('2026-03-01'), ['malmo', 'malmo', 'funder', 'uppsala', null], spans)).toEqual({ present: 1, of: 2 });
  });
});
