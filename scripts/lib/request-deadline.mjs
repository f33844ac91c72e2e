// The request deadline (docs/decisions/0027): a request that has no answer after
// TRAPPAN_REQUEST_DEADLINE_MS (default 10 s) gets a "try again" page with 503 and Retry-After,
// whatever it waits for. The database's own timeouts (TRAPPAN_DB_*_TIMEOUT_MS, shorter) answer
// first in the usual case, with Next's error page or the form kept; this is the backstop for
// anything that still hangs. What Next writes after the deadline is dropped.

import { refusalPage } from './request-guard.mjs';

export const DEFAULT_REQUEST_DEADLINE_MS = 10_000;

/**
 * TRAPPAN_REQUEST_DEADLINE_MS; 0 turns the deadline off.
 * @param {Record<string, string | undefined>} env
 */
export function requestDeadlineMs(env = process.env) {
  const raw = env.TRAPPAN_REQUEST_DEADLINE_MS?.trim();
  if (!raw) return DEFAULT_REQUEST_DEADLINE_MS;
  if (!/^\d+$/.test(raw)) throw new Error(`TRAPPAN_REQUEST_DEADLINE_MS must be a whole number of milliseconds (it is "${raw}").`);
  return Number(raw);
}

const WRITING_METHODS = ['writeHead', 'setHeader', 'appendHeader', 'removeHeader', 'flushHeaders', 'write', 'end'];

/**
 * Calls `answer(res)` once the deadline passes without the response's headers sent, then makes
 * the late writer's calls do nothing. Responses already streaming are left alone.
 * @param {import('node:http').ServerResponse} res
 * @param {number} ms
 * @param {(res: import('node:http').ServerResponse) => void} answer
 */
export function armRequestDeadline(res, ms, answer) {
  if (ms <= 0) return;
  const timer = setTimeout(() => {
    if (res.headersSent || res.writableEnded) return;
    answer(res);
    for (const method of WRITING_METHODS) {
      res[method] = method === 'write' ? () => true : () => res;
    }
  }, ms);
  timer.unref();
  res.once('close', () => clearTimeout(timer));
}

/**
 * The deadline's answer: 503 with Retry-After, the guard's "try again" page (JSON under /api/).
 * What Next had set for its own answer (cookies among them) is not this answer's, so it goes;
 * the headers every answer carries (the security headers) are set again.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Record<string, string>} keep
 */
export function answerDeadline(req, res, keep) {
  // The request id stays: the access log and the person's report name this answer by it.
  const requestId = res.getHeader('x-request-id');
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  if (requestId !== undefined) res.setHeader('X-Request-Id', requestId);
  for (const [name, value] of Object.entries(keep)) res.setHeader(name, value);
  if (req.url?.startsWith('/api/')) {
    res.writeHead(503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Retry-After': '5' });
    res.end(JSON.stringify({ error: { code: 'timeout', message: 'The server could not answer in time. Please try again in a moment.' } }));
    return;
  }
  res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '5' });
  res.end(refusalPage(503));
}
