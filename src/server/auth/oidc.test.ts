import { customFetch } from 'next-auth';
import { describe, expect, it, vi } from 'vitest';

import { guardedFetch, isLoopbackHost, oidcProvider, readOidcSettings } from './oidc';

// next-auth itself does not load outside Next (it imports `next/server`); its symbol is all oidc.ts takes from it.
vi.mock('next-auth', () => ({ customFetch: Symbol('custom-fetch') }));

const env = (issuer: string, extra: Record<string, string> = {}) => ({
  AUTH_OIDC_ISSUER: issuer,
  AUTH_OIDC_CLIENT_ID: 'trappan',
  AUTH_OIDC_CLIENT_SECRET: 'hemligt',
  ...extra,
});

describe('the organisation’s login from the environment', () => {
  it('is off without any of its variables', () => {
    expect(readOidcSettings({})).toBeNull();
    expect(readOidcSettings({ AUTH_OIDC_NAME: 'Malmö stads inloggning' })).toBeNull();
  });

  it('takes an https issuer, with the display name when given', () => {
    expect(readOidcSettings(env('https://login.microsoftonline.com/abc/v2.0', { AUTH_OIDC_NAME: ' Malmö stads inloggning ' }))).toEqual({
      settings: {
        issuer: 'https://login.microsoftonline.com/abc/v2.0',
        clientId: 'trappan',
        clientSecret: 'hemligt',
        name: 'Malmö stads inloggning',
        allowLoopbackHttp: false,
      },
    });
    expect(readOidcSettings(env('https://idp.example.se'))).toMatchObject({ settings: { name: null } });
  });

  it('allows plain http for this machine only', () => {
    expect(readOidcSettings(env('http://localhost:3199'))).toMatchObject({ settings: { allowLoopbackHttp: true } });
    expect(readOidcSettings(env('http://127.0.0.1:3199'))).toMatchObject({ settings: { allowLoopbackHttp: true } });
    expect(readOidcSettings(env('http://[::1]:3199'))).toMatchObject({ settings: { allowLoopbackHttp: true } });
    for (const issuer of ['http://idp.example.se', 'http://localhost.example.se', 'http://10.0.0.5', 'ftp://localhost']) {
      expect(readOidcSettings(env(issuer)), issuer).toEqual({ problem: expect.stringContaining('https') });
    }
  });

  it('refuses half a configuration and an issuer that is not a plain URL', () => {
    expect(readOidcSettings({ AUTH_OIDC_ISSUER: 'https://idp.example.se' })).toEqual({
      problem: expect.stringContaining('AUTH_OIDC_CLIENT_ID, AUTH_OIDC_CLIENT_SECRET missing'),
    });
    expect(readOidcSettings(env('idp.example.se'))).toEqual({ problem: expect.stringContaining('not a URL') });
    expect(readOidcSettings(env('https://idp.example.se/?tenant=x'))).toEqual({ problem: expect.stringContaining('plain URL') });
  });

  it('knows this machine by name', () => {
    expect(['localhost', '127.0.0.1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['localhost.example.se', '127.0.0.2.example.se', 'example.se'].some(isLoopbackHost)).toBe(false);
  });
});

describe('the provider', () => {
  it('is an OpenID Connect provider with PKCE, state and nonce, reading the email and profile scopes', () => {
    const settings = readOidcSettings(env('https://idp.example.se'));
    if (!settings || !('settings' in settings)) throw new Error('expected settings');
    const provider = oidcProvider(settings.settings)!;
    expect(provider).toMatchObject({
      id: 'oidc',
      type: 'oidc',
      name: 'organisationens inloggning',
      issuer: 'https://idp.example.se',
      clientId: 'trappan',
      checks: ['pkce', 'state', 'nonce'],
      authorization: { params: { scope: 'openid email profile' } },
    });
    expect(typeof provider[customFetch]).toBe('function');
    expect(oidcProvider(null)).toBeNull();
  });
});

describe('the guarded fetch', () => {
  const ok = () => vi.fn(async () => new Response('{}'));

  it('lets https through', async () => {
    const base = ok();
    await guardedFetch(false, base)('https://idp.example.se/.well-known/openid-configuration');
    expect(base).toHaveBeenCalledOnce();
  });

  it('refuses http to another machine, even when a local provider is allowed', async () => {
    for (const allow of [false, true]) {
      const base = ok();
      await expect(guardedFetch(allow, base)('http://idp.example.se/token')).rejects.toThrow(/refused/);
      await expect(guardedFetch(allow, base)(new URL('http://10.0.0.5/token'))).rejects.toThrow(/refused/);
      expect(base).not.toHaveBeenCalled();
    }
  });

  it('lets http to this machine through only when the issuer is on this machine', async () => {
    const base = ok();
    await expect(guardedFetch(false, base)('http://localhost:3199/token')).rejects.toThrow(/refused/);
    await guardedFetch(true, base)(new Request('http://localhost:3199/token', { method: 'POST' }));
    expect(base).toHaveBeenCalledOnce();
  });
});
