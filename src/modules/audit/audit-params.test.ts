import { describe, expect, it } from 'vitest';

import { auditHref, decodeAuditCursor, encodeAuditCursor, parseAuditQuery } from './audit-params';

describe('audit log URL parameters', () => {
  const cursor = { createdAt: new Date('2026-11-26T10:15:30.123Z'), id: 'cm0abc' };

  it('round-trips a cursor', () => {
    expect(decodeAuditCursor(encodeAuditCursor(cursor))).toEqual(cursor);
  });

  it('rejects cursors that are not ours', () => {
    expect(decodeAuditCursor('not-a-cursor')).toBeNull();
    expect(decodeAuditCursor(Buffer.from('["yesterday","x"]').toString('base64url'))).toBeNull();
    expect(decodeAuditCursor(Buffer.from('{"a":1}').toString('base64url'))).toBeNull();
    expect(decodeAuditCursor(Buffer.from('["2026-01-01T00:00:00Z",""]').toString('base64url'))).toBeNull();
    expect(decodeAuditCursor('x'.repeat(500))).toBeNull();
  });

  it('reads the outcome filter and the cursor, and says when the cursor was bad', () => {
    expect(parseAuditQuery({})).toEqual({ outcome: null, cursor: null, invalidCursor: false });
    expect(parseAuditQuery({ outcome: 'denied', cursor: encodeAuditCursor(cursor) })).toEqual({ outcome: 'DENIED', cursor, invalidCursor: false });
    expect(parseAuditQuery({ outcome: ['allowed', 'denied'] }).outcome).toBe('ALLOWED');
    expect(parseAuditQuery({ outcome: 'DROP TABLE', cursor: 'bogus' })).toEqual({ outcome: null, cursor: null, invalidCursor: true });
  });

  it('builds links that keep the filter', () => {
    expect(auditHref('/sv/admin/audit', { outcome: null })).toBe('/sv/admin/audit');
    expect(auditHref('/sv/admin/audit', { outcome: 'DENIED', cursor: 'abc' })).toBe('/sv/admin/audit?outcome=denied&cursor=abc');
  });
});
