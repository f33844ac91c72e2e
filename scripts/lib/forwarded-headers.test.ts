// A client must not choose the host the app builds its redirects from: with a public address
// configured, the forwarded host and scheme are always that address.
import { describe, expect, it } from 'vitest';

import { configuredPublicAddress, pinForwardedHeaders } from './forwarded-headers.mjs';

describe('configuredPublicAddress', () => {
  it('is AUTH_URL when set, else TRAPPAN_PUBLIC_URL', () => {
    expect(configuredPublicAddress({ AUTH_URL: 'https://trappan.example.se', TRAPPAN_PUBLIC_URL: 'https://other.example' })).toEqual({ host: 'trappan.example.se', proto: 'https' });
    expect(configuredPublicAddress({ TRAPPAN_PUBLIC_URL: 'http://localhost:3000/' })).toEqual({ host: 'localhost:3000', proto: 'http' });
  });

  it('is null on a machine without one', () => {
    expect(configuredPublicAddress({})).toBeNull();
    expect(configuredPublicAddress({ AUTH_URL: ' ' })).toBeNull();
  });

  it('refuses to start with an address that is none, rather than trust the client', () => {
    expect(() => configuredPublicAddress({ AUTH_URL: 'trappan.example.se' })).toThrow(/not an address/);
    expect(() => configuredPublicAddress({ AUTH_URL: 'ftp://trappan.example.se' })).toThrow(/http/);
  });
});

describe('pinForwardedHeaders', () => {
  it('overwrites a forged forwarded host and scheme with the public address', () => {
    const request = { headers: { host: '10.0.0.5:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' } as Record<string, string> };
    pinForwardedHeaders(request, { host: 'trappan.example.se', proto: 'https' });
    expect(request.headers).toEqual({ host: '10.0.0.5:3000', 'x-forwarded-host': 'trappan.example.se', 'x-forwarded-proto': 'https' });
  });

  it('sets them when the client sent none', () => {
    const request = { headers: { host: '10.0.0.5:3000' } as Record<string, string> };
    pinForwardedHeaders(request, { host: 'trappan.example.se', proto: 'https' });
    expect(request.headers['x-forwarded-host']).toBe('trappan.example.se');
  });

  it('leaves the headers alone without a configured address', () => {
    const request = { headers: { host: 'localhost:3000', 'x-forwarded-host': 'localhost:3000' } as Record<string, string> };
    pinForwardedHeaders(request, null);
    expect(request.headers).toEqual({ host: 'localhost:3000', 'x-forwarded-host': 'localhost:3000' });
  });
});
