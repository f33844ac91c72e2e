// Trappan's production HTTP server: Next.js behind the request guard (lib/request-guard.mjs),
// in this process, so that SIGTERM reaches the server itself and it can stop gracefully: say it
// is not ready and drain, stop accepting, let the requests under way finish within a grace
// period, then exit 0.
//   node scripts/serve.mjs --port 3000 [--hostname 127.0.0.1]
// scripts/start.mjs, the end-to-end server and the benchmarks all serve through here.
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import next from 'next';

import { configuredPublicAddress, pinForwardedHeaders } from './lib/forwarded-headers.mjs';
import { logger } from './lib/log.mjs';
import { requestObserver } from './lib/observe-request.mjs';
import { answerDeadline, armRequestDeadline, requestDeadlineMs } from './lib/request-deadline.mjs';
import { refusalPage, refuseRequest } from './lib/request-guard.mjs';
import { routeMatcherForBuild } from './lib/route-pattern.mjs';
import { applySecurityHeaders, securityHeaderSettings } from './lib/security-headers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** How long requests under way may take to finish after SIGTERM (TRAPPAN_SHUTDOWN_GRACE_MS). */
export function shutdownGraceMs(env = process.env) {
  const value = Number(env.TRAPPAN_SHUTDOWN_GRACE_MS);
  return Number.isFinite(value) && value >= 0 ? value : 10_000;
}

/**
 * How long the server keeps taking requests after SIGTERM, saying it is not ready, before it
 * stops accepting (TRAPPAN_SHUTDOWN_DRAIN_MS): time for a proxy or an orchestrator to stop
 * sending, and for requests already on their way to arrive instead of being reset.
 */
export function shutdownDrainMs(env = process.env) {
  const value = Number(env.TRAPPAN_SHUTDOWN_DRAIN_MS);
  return Number.isFinite(value) && value >= 0 ? value : 2000;
}

/**
 * Starts the server and resolves once it listens.
 * @param {{ port: number, hostname?: string, log?: (line: string) => void }} options
 */
export async function serve({ port, hostname, log = (line) => logger().info(line) }) {
  const app = next({ dev: false, dir: root, port, hostname: hostname ?? 'localhost' });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Request id, access log line and metrics for every request (lib/observe-request.mjs).
  const observe = requestObserver({ routeOf: routeMatcherForBuild(root) });

  const deadline = requestDeadlineMs();
  const answerRefusal = (res, status) => {
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(refusalPage(status));
  };
  let closing = false;
  let underWay = 0;
  // The public address, not the client, decides the host redirects go to (forwarded-headers.mjs).
  const publicAddress = configuredPublicAddress();
  const headerSettings = securityHeaderSettings();
  const server = http.createServer((req, res) => {
    pinForwardedHeaders(req, publicAddress);
    observe(req, res);
    underWay += 1;
    res.once('close', () => {
      underWay -= 1;
    });
    // On every answer, the guard's and Next's error pages included; the nonce for Next's scripts.
    const securityHeaders = applySecurityHeaders(req, res, headerSettings);
    // While closing, keep-alive connections end after their current answer.
    if (closing) res.setHeader('Connection', 'close');
    // Draining: readiness says no, so that nothing new is routed here.
    if (closing && req.url?.startsWith('/api/health/ready')) {
      res.writeHead(503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ status: 'stopping' }));
      return;
    }
    const refusal = refuseRequest(req);
    if (refusal) {
      answerRefusal(res, refusal.status);
      return;
    }
    armRequestDeadline(res, deadline, () => answerDeadline(req, res, securityHeaders));
    handle(req, res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, resolve);
  });

  const grace = shutdownGraceMs();
  const drain = Math.min(shutdownDrainMs(), grace);
  const stop = (signal) => {
    if (closing) return;
    closing = true;
    const started = Date.now();
    log(`${signal}: draining for ${drain} ms, then no new connections; ${underWay} request(s) under way; at most ${grace} ms in all.`);
    // Stops accepting after the drain. Not http.Server#close: that also drops every connection
    // without a request in progress, among them ones accepted a moment ago whose request is not
    // yet read. Connections end after their answer (Connection: close above); idle keep-alive
    // ones at Node's keep-alive timeout. The extra turn of the event loop accepts what waits in
    // the kernel's queue, which closing the listener would reset.
    setTimeout(
      () =>
        setImmediate(() =>
          net.Server.prototype.close.call(server, () => {
            log(`Stopped after ${Date.now() - started} ms.`);
            process.exit(0);
          }),
        ),
      drain,
    );
    setTimeout(() => {
      log(`Grace period over with ${underWay} request(s) still under way; closing them.`);
      server.closeAllConnections();
      process.exit(0);
    }, grace).unref();
  };
  for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => stop(signal));
  return server;
}

// Run directly (not imported by scripts/start.mjs).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  serve({ port, hostname: values.hostname }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
