import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';

import { afterEach, describe, expect, it } from 'vitest';

import { createLogger } from './log.mjs';
import { metrics } from './metrics.mjs';
import { isAccessLogOn, requestObserver } from './observe-request.mjs';
import { routeMatcher } from './route-pattern.mjs';

const routeOf = routeMatcher({
  dynamicRoutes: [
    { page: '/api/v1/calendar/[token]', regex: '^/api/v1/calendar/([^/]+?)(?:/)?$' },
    { page: '/[locale]/networks/[slug]', regex: '^/([^/]+?)/networks/([^/]+?)(?:/)?$' },
  ],
});

let server: http.Server | undefined;
afterEach(() => server?.close());

/** A server with the observer in front of a handler that answers what the app saw, as the custom server does. */
async function observedServer(accessLog = true) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const observe = requestObserver({ routeOf, accessLog, log: createLogger({ destination }) });
  server = http.createServer((req, res) => {
    observe(req, res);
    res.writeHead(req.url?.startsWith('/sv/networks/saknas') ? 404 : 200, { 'Content-Type': 'text/plain' });
    // What the app reads from next/headers.
    res.end(`app saw ${req.headers['x-request-id']}`);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
    const text = await response.text();
    // The line is written when the answer has gone out; give the 'close' event its turn.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { response, text };
  };
  return { lines, get };
}

describe('every request observed by the custom server', () => {
  it('gets the proxy’s request id, on the answer and for the app', async () => {
    const { get } = await observedServer();
    const { response, text } = await get('/sv/networks/konstgras', { 'X-Request-Id': 'nginx-7f3e2a' });
    expect(response.headers.get('x-request-id')).toBe('nginx-7f3e2a');
    expect(text).toBe('app saw nginx-7f3e2a');
  });

  it('gets an id of its own when the one sent is not usable, and the app sees that one, not the forged', async () => {
    const { get } = await observedServer();
    const { response, text } = await get('/sv/networks/konstgras', { 'X-Request-Id': 'x'.repeat(500) });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(text).toBe(`app saw ${id}`);
  });

  it('writes one access log line with method, path, route, status, duration, bytes and request id, and no query', async () => {
    const { lines, get } = await observedServer();
    await get('/sv/networks/saknas?q=hemligt&token=abc123', { 'X-Request-Id': 'req-42' });
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toMatchObject({ msg: 'request', requestId: 'req-42', method: 'GET', path: '/sv/networks/saknas', route: '/[locale]/networks/[slug]', status: 404 });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(line.durationMs as number).toBeGreaterThanOrEqual(0);
    expect(line.bytes as number).toBeGreaterThan('app saw req-42'.length);
    expect(JSON.stringify(line)).not.toMatch(/hemligt|abc123/);
  });

  it('keeps a token in the path out of the line', async () => {
    const { lines, get } = await observedServer();
    await get('/api/v1/calendar/c2VjcmV0LWZlZWQ');
    expect(lines[0]).toMatchObject({ path: '/api/v1/calendar/[token]', route: '/api/v1/calendar/[token]' });
    expect(JSON.stringify(lines)).not.toContain('c2VjcmV0LWZlZWQ');
  });

  it('writes no line with the access log off, and still counts the request', async () => {
    const { lines, get } = await observedServer(false);
    const before = await countOf('/[locale]/networks/[slug]', '200');
    await get('/sv/networks/konstgras');
    await get('/en/networks/vardnatverket');
    expect(lines).toEqual([]);
    expect(await countOf('/[locale]/networks/[slug]', '200')).toBe(before + 2);
  });

  it('reads TRAPPAN_ACCESS_LOG', () => {
    expect(isAccessLogOn({})).toBe(true);
    expect(isAccessLogOn({ TRAPPAN_ACCESS_LOG: 'off' })).toBe(false);
    expect(isAccessLogOn({ TRAPPAN_ACCESS_LOG: 'OFF ' })).toBe(false);
    expect(isAccessLogOn({ TRAPPAN_ACCESS_LOG: 'on' })).toBe(true);
  });
});

async function countOf(route: string, status: string): Promise<number> {
  const metric = await metrics().requests.get();
  return metric.values.find((v) => v.labels.route === route && v.labels.status === status && v.labels.method === 'GET')?.value ?? 0;
}
