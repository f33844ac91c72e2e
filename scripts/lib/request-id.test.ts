import { describe, expect, it } from 'vitest';

import { isValidRequestId, REQUEST_ID_MAX_LENGTH, requestIdFor } from './request-id.mjs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the request id', () => {
  it('keeps the id the proxy sent when it is short and plain', () => {
    expect(requestIdFor('3f2a9c1e0b7d4e6f8a9b0c1d2e3f4a5b')).toBe('3f2a9c1e0b7d4e6f8a9b0c1d2e3f4a5b');
    expect(requestIdFor('Root=1-67891233-abcdef012345678912345678')).toBe('Root=1-67891233-abcdef012345678912345678');
    expect(requestIdFor('a'.repeat(REQUEST_ID_MAX_LENGTH))).toBe('a'.repeat(REQUEST_ID_MAX_LENGTH));
  });

  it('makes a new UUID when there is none', () => {
    expect(requestIdFor(undefined)).toMatch(UUID);
    expect(requestIdFor('')).toMatch(UUID);
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
  });

  it('does not take an id that could break a log line or a header, or that is too long', () => {
    for (const forged of ['a b', 'id\nlevel=error', 'id"}', '<script>', 'ä', 'a'.repeat(REQUEST_ID_MAX_LENGTH + 1), 'one, two']) {
      expect(isValidRequestId(forged)).toBe(false);
      expect(requestIdFor(forged)).toMatch(UUID);
    }
  });

  it('does not take a header sent twice', () => {
    expect(requestIdFor(['a', 'b'])).toMatch(UUID);
  });
});
