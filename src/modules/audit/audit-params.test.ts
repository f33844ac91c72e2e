import { describe, expect, it } from 'vitest';

import { encodeLogCursor } from '@/ui/log-view';

import { auditHref, parseAuditQuery } from './audit-params';

describe('audit log URL parameters', () => {
  const cursor = { createdAt: new Date('2026-11-26T10:15:30.123Z'), id: 'cm0abc' };

  it('reads the outcome filter and the cursor, and says when the cursor was bad', () => {
    expect(parseAuditQuery({})).toEqual({ outcome: null, cursor: null, invalidCursor: false });
    expect(parseAuditQuery({ outcome: 'denied', cursor: encodeLogCursor(cursor) })).toEqual({ outcome: 'DENIED', cursor, invalidCursor: false });
    expect(parseAuditQuery({ outcome: ['allowed', 'denied'] }).outcome).toBe('ALLOWED');
    expect(parseAuditQuery({ outcome: 'DROP TABLE', cursor: 'bogus' })).toEqual({ outcome: null, cursor: null, invalidCursor: true });
    // A name every object has is not an outcome either.
    expect(parseAuditQuery({ outcome: 'constructor' }).outcome).toBeNull();
    expect(parseAuditQuery({ outcome: '__proto__' }).outcome).toBeNull();
  });

  it('builds links that keep the filter', () => {
    expect(auditHref('/sv/admin/audit', { outcome: null })).toBe('/sv/admin/audit');
    expect(auditHref('/sv/admin/audit', { outcome: 'DENIED', cursor: 'abc' })).toBe('/sv/admin/audit?outcome=denied&cursor=abc');
  });
});
