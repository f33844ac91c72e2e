import http from 'node:http';
import { Socket } from 'node:net';

import { describe, expect, it } from 'vitest';

import { publicOrigin } from '@/server/public-origin';

import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';

import { applySecurityHeaders, contentSecurityPolicy, HSTS_VALUE, newNonce, securityHeaders, securityHeaderSettings } from './security-headers.mjs';

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe('the Content-Security-Policy', () => {
  it('lets scripts run only with the nonce, never inline ones without it', () => {
    const policy = directives(contentSecurityPolicy('abc123=='));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('has the nonce where Next.js looks for it', () => {
    const nonce = newNonce();
    expect(getScriptNonceFromHeader(contentSecurityPolicy(nonce))).toBe(nonce);
  });

  it('forbids plugins, framing, other bases and images from elsewhere', () => {
    const policy = directives(contentSecurityPolicy('n'));
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('lets forms go to this site, and to the organisation’s login when there is one', () => {
    expect(directives(contentSecurityPolicy('n', securityHeaderSettings({}))).get('form-action')).toEqual(["'self'"]);
    const settings = securityHeaderSettings({ AUTH_OIDC_ISSUER: 'https://login.malmo.se/realms/staff' });
    expect(directives(contentSecurityPolicy('n', settings)).get('form-action')).toEqual(["'self'", 'https://login.malmo.se']);
    expect(securityHeaderSettings({ AUTH_OIDC_ISSUER: 'not a url' }).formActionOrigins).toEqual([]);
  });

  it('draws a different nonce every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('HSTS', () => {
  it('is sent when the public address is https or the request came over TLS, and never on plain http', () => {
    const http = securityHeaderSettings({ AUTH_URL: 'http://localhost:3000' });
    const https = securityHeaderSettings({ AUTH_URL: 'http://localhost:3000', TRAPPAN_PUBLIC_URL: 'https://trappan.example.se' });
    expect(securityHeaders({ isTls: false }, http, 'n')['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders({ isTls: false }, securityHeaderSettings({}), 'n')['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders({ isTls: false }, https, 'n')['Strict-Transport-Security']).toBe(HSTS_VALUE);
    expect(securityHeaders({ isTls: true }, http, 'n')['Strict-Transport-Security']).toBe(HSTS_VALUE);
  });

  it('reads the public address as the app does (TRAPPAN_PUBLIC_URL, else AUTH_URL)', () => {
    const envs = [
      {},
      { AUTH_URL: 'https://trappan.example.se' },
      { AUTH_URL: 'http://localhost:3000' },
      { TRAPPAN_PUBLIC_URL: 'https://a.example.se', AUTH_URL: 'http://localhost:3000' },
      { TRAPPAN_PUBLIC_URL: 'http://localhost:3100', AUTH_URL: 'https://trappan.example.se' },
      { TRAPPAN_PUBLIC_URL: '  ', AUTH_URL: ' https://trappan.example.se ' },
      { AUTH_URL: 'HTTPS://TRAPPAN.EXAMPLE.SE' },
    ];
    for (const env of envs) expect(securityHeaderSettings(env).isPublicOriginHttps, JSON.stringify(env)).toBe(publicOrigin(env).toLowerCase().startsWith('https:'));
  });
});

describe('applying the headers to a request', () => {
  it('replaces a policy the client sent, so Next never uses a nonce the client chose', () => {
    const req = new http.IncomingMessage(new Socket());
    req.headers['content-security-policy'] = "script-src 'nonce-chosenbyclient'";
    req.headers['content-security-policy-report-only'] = "script-src 'nonce-chosenbyclient'";
    const res = new http.ServerResponse(req);
    applySecurityHeaders(req, res, securityHeaderSettings({}));

    const sent = String(res.getHeader('content-security-policy'));
    expect(req.headers['content-security-policy']).toBe(sent);
    expect(req.headers['content-security-policy-report-only']).toBeUndefined();
    expect(getScriptNonceFromHeader(sent)).not.toBe('chosenbyclient');
    expect(res.getHeader('x-content-type-options')).toBe('nosniff');
    expect(res.getHeader('x-frame-options')).toBe('DENY');
    expect(res.getHeader('strict-transport-security')).toBeUndefined();
  });
});
