import { describe, expect, it } from 'vitest';

import { decodeLogCursor, encodeLogCursor, logViewHref, parseLogView } from './log-view';

describe('a log view in the URL', () => {
  const cursor = { createdAt: new Date('2026-11-26T10:15:30.123Z'), id: 'cm0abc' };

  it('round-trips a cursor', () => {
    expect(decodeLogCursor(encodeLogCursor(cursor))).toEqual(cursor);
  });

  it('rejects cursors that are not ours', () => {
    expect(decodeLogCursor('not-a-cursor')).toBeNull();
    expect(decodeLogCursor(Buffer.from('["yesterday","x"]').toString('base64url'))).toBeNull();
    expect(decodeLogCursor(Buffer.from('{"a":1}').toString('base64url'))).toBeNull();
    expect(decodeLogCursor(Buffer.from('["2026-01-01T00:00:00Z",""]').toString('base64url'))).toBeNull();
    expect(decodeLogCursor('x'.repeat(500))).toBeNull();
  });

  it('reads only the filter values it was given', () => {
    const values = { open: 'OPEN' } as const;
    expect(parseLogView({ state: 'open' }, 'state', values).filter).toBe('OPEN');
    expect(parseLogView({ state: 'OPEN' }, 'state', values).filter).toBeNull();
    expect(parseLogView({ state: 'toString' }, 'state', values).filter).toBeNull();
    expect(parseLogView({ state: 'open', cursor: encodeLogCursor(cursor) }, 'state', values)).toEqual({ filter: 'OPEN', cursor, invalidCursor: false });
  });

  it('writes links that read back the same', () => {
    const href = logViewHref('/sv/x', 'state', 'OPEN', 'abc');
    expect(href).toBe('/sv/x?state=open&cursor=abc');
    expect(logViewHref('/sv/x', 'state', null)).toBe('/sv/x');
  });
});
