// The request deadline against a real HTTP server: a handler that never answers gets the
// deadline's answer, what it writes late is dropped, and an answer already under way is left alone.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { answerDeadline, armRequestDeadline, requestDeadlineMs } from './request-deadline.mjs';

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serveWith(handler: http.RequestListener): Promise<string> {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const TRY_AGAIN = (res: http.ServerResponse) => {
  res.writeHead(503, { 'Retry-After': '5' });
  res.end('try again');
};

describe('armRequestDeadline', () => {
  it('answers a request that hangs once the deadline passes, and drops what is written after', async () => {
    const origin = await serveWith((_req, res) => {
      armRequestDeadline(res, 200, TRY_AGAIN);
      res.setHeader('Set-Cookie', 'late=1');
      setTimeout(() => {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('too late');
      }, 400);
    });
    const started = Date.now();
    const response = await fetch(origin);
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('try again');
    expect(Date.now() - started).toBeLessThan(380);
    await new Promise((resolve) => setTimeout(resolve, 300));
  });

  it('leaves an answer alone that started before the deadline, and one that ended', async () => {
    const origin = await serveWith((req, res) => {
      armRequestDeadline(res, 150, TRY_AGAIN);
      if (req.url === '/quick') return void res.end('quick');
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first part, ');
      setTimeout(() => res.end('second part'), 300);
    });
    expect(await (await fetch(`${origin}/quick`)).text()).toBe('quick');
    const streamed = await fetch(`${origin}/stream`);
    expect(streamed.status).toBe(200);
    expect(await streamed.text()).toBe('first part, second part');
  });
});

describe('answerDeadline', () => {
  const KEEP = { 'Content-Security-Policy': "default-src 'self'", 'X-Frame-Options': 'DENY' };
  const hanging = (req: http.IncomingMessage, res: http.ServerResponse) => {
    res.setHeader('X-Request-Id', 'req-42');
    res.setHeader('Set-Cookie', 'session=for-the-late-answer');
    res.setHeader('Content-Type', 'text/x-component');
    armRequestDeadline(res, 100, () => answerDeadline(req, res, KEEP));
  };

  it('answers a page with the "try again" page in both languages, 503, Retry-After and the headers every answer carries, without what Next had set', async () => {
    const origin = await serveWith(hanging);
    const response = await fetch(`${origin}/sv/networks`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('content-security-policy')).toBe(KEEP['Content-Security-Policy']);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-request-id')).toBe('req-42');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toContain('Försök igen om en stund');
    expect(page).toContain('Please try again in a moment');
  });

  it('answers the API in JSON', async () => {
    const origin = await serveWith(hanging);
    const response = await fetch(`${origin}/api/v1/networks`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: 'timeout', message: expect.stringMatching(/try again/) } });
    expect(response.headers.get('content-security-policy')).toBe(KEEP['Content-Security-Policy']);
  });
});

describe('requestDeadlineMs', () => {
  it('is ten seconds unless set; 0 turns it off; nonsense stops the server', () => {
    expect(requestDeadlineMs({})).toBe(10_000);
    expect(requestDeadlineMs({ TRAPPAN_REQUEST_DEADLINE_MS: '0' })).toBe(0);
    expect(() => requestDeadlineMs({ TRAPPAN_REQUEST_DEADLINE_MS: 'ten' })).toThrow(/TRAPPAN_REQUEST_DEADLINE_MS/);
  });
});
