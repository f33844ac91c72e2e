// The request deadline against a real HTTP server: a handler that never answers gets the
// deadline's answer, what it writes late is dropped, and an answer already under way is left alone.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { armRequestDeadline, requestDeadlineMs } from './request-deadline.mjs';

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

describe('requestDeadlineMs', () => {
  it('is ten seconds unless set; 0 turns it off; nonsense stops the server', () => {
    expect(requestDeadlineMs({})).toBe(10_000);
    expect(requestDeadlineMs({ TRAPPAN_REQUEST_DEADLINE_MS: '0' })).toBe(0);
    expect(() => requestDeadlineMs({ TRAPPAN_REQUEST_DEADLINE_MS: 'ten' })).toThrow(/TRAPPAN_REQUEST_DEADLINE_MS/);
  });
});
