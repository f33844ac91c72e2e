import { describe, expect, it } from 'vitest';

import { ACTION_BODY_LIMIT_BYTES, refusalPage, refuseRequest } from './request-guard.mjs';

const get = (url: string) => refuseRequest({ method: 'GET', url, headers: { host: 'trappan.example' } });
const post = (url: string, headers: Record<string, string>) => refuseRequest({ method: 'POST', url, headers: { host: 'trappan.example', ...headers } });

describe('the request guard in front of Next', () => {
  it('refuses a NUL byte anywhere in the address, which PostgreSQL would refuse in any text', () => {
    expect(get('/api/v1/networks/konstgras%00')).toEqual({ status: 400, reason: 'nul' });
    expect(get('/sv/networks/konstgras/needs?q=%00')).toEqual({ status: 400, reason: 'nul' });
    expect(get('/sv/networks/konstgras/decisions?q=a%00')).toEqual({ status: 400, reason: 'nul' });
  });

  it('refuses a path that cannot be decoded, and lets readable ones through', () => {
    expect(get('/sv/networks/%ff')).toEqual({ status: 400, reason: 'encoding' });
    expect(get('/sv/%E0%A4%A')).toEqual({ status: 400, reason: 'encoding' });
    expect(get('/sv/networks/konstgr%C3%A4s')).toBeNull();
    expect(get('/sv/networks?q=gr%C3%A4s&status=active')).toBeNull();
    // An odd query is the page's to read (URLSearchParams replaces what it cannot decode).
    expect(get('/sv/networks?q=%ff')).toBeNull();
  });

  it('answers 404 for the image optimiser, which Trappan does not use', () => {
    expect(get('/_next/image?url=/etc/passwd&w=64&q=75')).toEqual({ status: 404, reason: 'no-image-optimiser' });
    expect(get('/_next/static/chunks/app.js')).toBeNull();
  });

  it('refuses a page or action post from another site, and takes one from this site', () => {
    expect(post('/sv/sign-in', { origin: 'https://evil.example', 'next-action': 'x' })).toEqual({ status: 403, reason: 'cross-origin' });
    expect(post('/sv/sign-in', { origin: 'null' })).toEqual({ status: 403, reason: 'cross-origin' });
    expect(post('/sv/sign-in', { origin: 'https://trappan.example', 'next-action': 'x' })).toBeNull();
    // Behind a proxy the host the visitor used is the forwarded one.
    expect(post('/sv/sign-in', { origin: 'https://trappan.se', 'x-forwarded-host': 'trappan.se', host: '127.0.0.1:3000' })).toBeNull();
    // The API's handlers (an organisation's login posting back among them) decide for themselves.
    expect(post('/api/auth/callback/oidc', { origin: 'https://login.example' })).toBeNull();
  });

  it('refuses a post larger than Next would read with 413 before reading it', () => {
    expect(post('/sv/sign-in', { origin: 'https://trappan.example', 'content-length': String(10 * 1024 * 1024) })).toEqual({ status: 413, reason: 'too-large' });
    expect(post('/sv/sign-in', { origin: 'https://trappan.example', 'content-length': String(ACTION_BODY_LIMIT_BYTES) })).toBeNull();
  });

  it('answers with a page in Swedish and English that says what to do', () => {
    const page = refusalPage(413);
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('Korta texten och försök igen.');
    expect(page).toContain('<div lang="en">');
  });
});
