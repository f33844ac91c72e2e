// What the custom server does for every request before Next sees it: give it a request id
// (lib/request-id.mjs) that the app reads from the X-Request-Id request header and that goes
// back on the answer; and when the answer is done, write one access log line (unless
// TRAPPAN_ACCESS_LOG=off) and count it in the metrics (lib/metrics.mjs).
import { logger } from './log.mjs';
import { recordRequest } from './metrics.mjs';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.mjs';
import { pathOf, UNMATCHED_ROUTE } from './route-pattern.mjs';

/**
 * TRAPPAN_ACCESS_LOG=off turns the access log off (benchmarks, end-to-end tests); metrics still count.
 * @param {Record<string, string | undefined>} env
 */
export function isAccessLogOn(env = process.env) {
  return env.TRAPPAN_ACCESS_LOG?.trim().toLowerCase() !== 'off';
}

/**
 * The per-request hook.
 * @param {{ routeOf?: (pathname: string) => { route: string, path: string }, accessLog?: boolean, log?: import('pino').Logger }} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => string}
 */
export function requestObserver({ routeOf = (pathname) => ({ route: UNMATCHED_ROUTE, path: pathname }), accessLog = isAccessLogOn(), log = logger() } = {}) {
  return (req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFor(req.headers[REQUEST_ID_HEADER]);
    // Overwritten, not only read: whatever the app reads (src/server/request-id.ts) is this id.
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader('X-Request-Id', requestId);
    // Requests on one connection follow each other, so the socket's count since the start is
    // this answer's bytes, headers included (like nginx's $bytes_sent).
    const socket = req.socket;
    const bytesBefore = socket.bytesWritten;

    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const { route, path } = routeOf(pathOf(req.url ?? '/'));
      recordRequest({ method: req.method ?? 'GET', route, status: res.statusCode, seconds });
      if (!accessLog) return;
      log.info({
        msg: 'request',
        requestId,
        method: req.method,
        path,
        route,
        status: res.statusCode,
        durationMs: Math.round(seconds * 10_000) / 10,
        bytes: socket.bytesWritten - bytesBefore,
        // The visitor went away before the whole answer was sent.
        ...(res.writableFinished ? {} : { aborted: true }),
      });
    });
    return requestId;
  };
}
