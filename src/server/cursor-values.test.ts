import { describe, expect, it } from 'vitest';

import { cursorTime, isCursorId, isCursorInt, isCursorText } from './cursor-values';
import { decodeTimeCursor } from './time-cursor';

const forged = (payload: unknown[]) => Buffer.from(JSON.stringify(payload)).toString('base64url');

describe('what a cursor may carry back into SQL', () => {
  it('takes ids and slugs, and refuses NUL bytes, spaces and empty ids', () => {
    expect(isCursorId('cmabc123_x-y')).toBe(true);
    expect(isCursorId('')).toBe(false);
    expect(isCursorId('a\u0000')).toBe(false);
    expect(isCursorId("a' OR 1=1")).toBe(false);
  });

  it('takes text without NUL within its length, ints within PostgreSQL’s int, and times a record can hold', () => {
    expect(isCursorText('Konstgräs')).toBe(true);
    expect(isCursorText('a\u0000b')).toBe(false);
    expect(isCursorText('x'.repeat(401))).toBe(false);
    expect(isCursorInt(2_147_483_647)).toBe(true);
    expect(isCursorInt(1e20)).toBe(false);
    expect(isCursorInt(1.5)).toBe(false);
    expect(cursorTime('2026-05-01T10:00:00.000Z')).toEqual(new Date('2026-05-01T10:00:00.000Z'));
    expect(cursorTime('+275760-09-13T00:00:00.000Z')).toBeNull();
    expect(cursorTime('not a time')).toBeNull();
  });

  it('makes a forged list cursor read as no cursor', () => {
    expect(decodeTimeCursor(forged(['2026-05-01T10:00:00.000Z', 'abc']))).toEqual({ at: new Date('2026-05-01T10:00:00.000Z'), id: 'abc' });
    expect(decodeTimeCursor(forged(['2026-05-01T10:00:00.000Z', 'a\u0000']))).toBeNull();
    expect(decodeTimeCursor(forged(['+275760-09-13T00:00:00.000Z', 'abc']))).toBeNull();
  });
});
