// Trappan's production HTTP server: Next.js behind the request guard (lib/request-guard.mjs),
// in this process, so that SIGTERM reaches the server itself and it can stop gracefully:
// stop accepting, let the requests under way finish within a grace period, then exit 0.
//   node scripts/serve.mjs --port 3000 [--hostname 127.0.0.1]
// scripts/start.mjs, the end-to-end server and the benchmarks all serve through here.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import next from 'next';

import { refusalPage, refuseRequest } from './lib/request-guard.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** How long requests under way may take to finish after SIGTERM (TRAPPAN_SHUTDOWN_GRACE_MS). */
export function shutdownGraceMs(env = process.env) {
  const value = Number(env.TRAPPAN_SHUTDOWN_GRACE_MS);
  return Number.isFinite(value) && value >= 0 ? value : 10_000;
}

/**
 * Starts the server and resolves once it listens.
 * @param {{ port: number, hostname?: string, log?: (line: string) => void }} options
 */
export async function serve({ port, hostname, log = (line) => console.log(line) }) {
  const app = next({ dev: false, dir: root, port, hostname: hostname ?? 'localhost' });
  const handle = app.getRequestHandler();
  await app.prepare();

  let closing = false;
  let underWay = 0;
  const server = http.createServer((req, res) => {
    underWay += 1;
    res.once('close', () => {
      underWay -= 1;
    });
    // While closing, keep-alive connections end after their current answer.
    if (closing) res.setHeader('Connection', 'close');
    const refusal = refuseRequest(req);
    if (refusal) {
      res.writeHead(refusal.status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(refusalPage(refusal.status));
      return;
    }
    handle(req, res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, resolve);
  });

  const grace = shutdownGraceMs();
  const stop = (signal) => {
    if (closing) return;
    closing = true;
    log(`${signal}: no new connections; waiting up to ${grace} ms for ${underWay} request(s) under way.`);
    const started = Date.now();
    // Stops accepting; idle keep-alive connections close now, busy ones after their answer.
    server.close(() => {
      log(`Stopped after ${Date.now() - started} ms.`);
      process.exit(0);
    });
    server.closeIdleConnections();
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
