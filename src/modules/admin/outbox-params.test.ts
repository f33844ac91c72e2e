import { describe, expect, it } from 'vitest';

import { encodeLogCursor } from '@/ui/log-view';

import { outboxHref, parseOutboxQuery } from './outbox-params';

describe('the outbox view in the URL', () => {
  const cursor = encodeLogCursor({ createdAt: new Date('2026-11-20T08:00:00Z'), id: 'n1' });

  it('reads the status filter and the cursor', () => {
    expect(parseOutboxQuery({ status: 'failed', cursor })).toEqual({
      status: 'FAILED',
      cursor: { createdAt: new Date('2026-11-20T08:00:00Z'), id: 'n1' },
      invalidCursor: false,
    });
  });

  it('shows everything for an unknown status and the first page for a bad cursor', () => {
    expect(parseOutboxQuery({ status: 'DROP TABLE', cursor: 'garbage' })).toEqual({ status: null, cursor: null, invalidCursor: true });
    expect(parseOutboxQuery({})).toEqual({ status: null, cursor: null, invalidCursor: false });
  });

  it('writes links that read back the same', () => {
    const href = outboxHref('/sv/admin/outbox', { status: 'PENDING', cursor });
    expect(href).toBe(`/sv/admin/outbox?status=pending&cursor=${cursor}`);
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(parseOutboxQuery(params).status).toBe('PENDING');
    expect(outboxHref('/sv/admin/outbox', { status: null })).toBe('/sv/admin/outbox');
  });
});
