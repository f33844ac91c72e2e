// `npm run bench`: how fast the production build serves the public registry page
// (/sv/networks, a database-backed server render) compared with a static asset, first on
// the embedded PGlite database and then on PostgreSQL. Prints a table and writes
// bench-results/latest.json. Exits non-zero when a server fails to start or any request
// fails, so a broken build cannot pass as a fast one.
//   BENCH_DURATION=10 BENCH_CONNECTIONS=10 npm run bench
//   BENCH_DATABASE_URL=postgresql://... npm run bench   (use that server, not a throwaway one)
//
// Scale mode (`npm run bench -- --scale`, or BENCH_SCALE=1) answers the registry issue's
// performance question on a throwaway PostgreSQL only: the registry page with a search term
// and two filters, the open-data API with the same parameters (and two references: that
// search as a one-row answer, and a page without a database read) and a static asset, at 20
// connections, first on the seeded networks and then after scripts/bench-scale-data.ts has
// added 10,000 networks, 25,000 organisations, 300,000 users and 600,000 memberships.
//   npm run bench -- --scale
//   BENCH_SCALE_QUERY='q=avloppsvatten&status=active&initiator=agency' npm run bench -- --scale
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import autocannon from 'autocannon';

import { buildIfNeeded } from './lib/build-if-needed.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isScale = process.argv.includes('--scale') || ['1', 'true'].includes(process.env.BENCH_SCALE ?? '');
const port = Number(process.env.BENCH_PORT || 3200);
const duration = Number(process.env.BENCH_DURATION || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || (isScale ? 20 : 10));
const warmupSeconds = Math.min(isScale ? 3 : 2, duration);
const pagePath = '/sv/networks';
// A search with hits in the 2019 networks (Avancerad rening av avloppsvatten) and in the
// scale data, narrowed by two filters.
const scaleQuery = process.env.BENCH_SCALE_QUERY || 'q=avloppsvatten&status=active&initiator=agency';
const SCALE_TARGETS = [
  { target: 'registry page', path: `${pagePath}?${scaleQuery}` },
  // Built alongside the registry (issue 3); measured when the server has it.
  { target: 'open-data API', path: `/api/v1/networks?${scaleQuery}`, optional: true },
  // References, not targets, to read the two above by. The seeded networks give the search
  // one match, 10,010 give 50 rows of answer: the same search limited to one row separates
  // what the data's size costs from what the answer's size costs. And a page without a
  // database read (no session, no query) is what any server-rendered page costs here.
  { target: 'open-data API, 1 row', path: `/api/v1/networks?${scaleQuery}&limit=1`, optional: true, reference: true },
  { target: 'page without database', path: '/sv/sign-in', reference: true },
  // A network's dashboard, as the public sees it (docs/decisions/0024): the same reads whatever
  // the network's size. The large network of the speed issue (300 members, 80 meetings, 150
  // needs; scripts/bench-scale-data.ts) exists only at scale; Konstgräs, with its demo
  // history, is the reference in both halves.
  { target: 'network dashboard', path: '/sv/networks/skalnatverket/dashboard', optional: true },
  { target: 'network dashboard, Konstgräs', path: '/sv/networks/konstgras/dashboard', optional: true, reference: true },
];
const isReference = (target) => SCALE_TARGETS.some((t) => t.target === target && t.reference);
// Row labels of the two halves of a scale run (the ten seeded networks, then 10,010).
const SMALL = 'PostgreSQL, 10 networks';
const LARGE = 'PostgreSQL, 10,010 networks';
// The issue's targets for scale mode.
const TARGET_P95_MS = 150;
const TARGET_SCALE_RATIO = 2;
const pgliteDir = path.join(root, '.data', 'bench-pglite');
const resultsFile = path.join(root, 'bench-results', isScale ? 'scale.json' : 'latest.json');
// Set when this script re-runs itself under scripts/with-postgres.sh for the PostgreSQL half.
const childResultFile = process.env.BENCH_CHILD_RESULT_FILE;

// Every process started here runs in its own process group, so stopping it also stops
// what npx started beneath it.
const running = new Set();

class BenchError extends Error {}

function startGroup(command, args, options) {
  const child = spawn(command, args, { cwd: root, detached: true, ...options });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  const handle = { child, exited };
  running.add(handle);
  exited.then(() => running.delete(handle));
  return handle;
}

async function stopGroup(handle, timeoutMs = 15000) {
  const kill = (signal) => {
    try {
      process.kill(-handle.child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  kill('SIGTERM');
  const timer = setTimeout(() => kill('SIGKILL'), timeoutMs);
  await handle.exited;
  clearTimeout(timer);
}

async function runToEnd(command, args, env) {
  const code = await startGroup(command, args, { env, stdio: 'inherit' }).exited;
  if (code !== 0) throw new BenchError(`${command} ${args.join(' ')} failed with exit code ${code}`);
}

function isPortOpen() {
  return new Promise((resolve) => {
    const socket = net.connect({ host: 'localhost', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function startServer(env) {
  // Benchmarking whatever else answers on the port would give meaningless numbers.
  if (await isPortOpen()) throw new BenchError(`Port ${port} is already in use; stop that server or set BENCH_PORT.`);
  const output = [];
  const server = startGroup(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--hostname', 'localhost'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [server.child.stdout, server.child.stderr]) {
    stream.on('data', (chunk) => output.push(chunk.toString()));
  }
  let exitCode;
  server.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && exitCode === undefined) {
    try {
      const response = await fetch(`http://localhost:${port}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (response.status === 200) return server;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stopGroup(server);
  const log = output.join('').trim().split('\n').slice(-30).join('\n');
  throw new BenchError(
    `The server did not become healthy (${exitCode === undefined ? 'timed out' : `exited with code ${exitCode}`}).\n${log}`,
  );
}

async function stopServer(server) {
  await stopGroup(server);
  // The next run binds the same port (and PGlite allows one process per data dir).
  for (let i = 0; i < 40 && (await isPortOpen()); i++) await sleep(250);
}

async function findStaticAsset(base) {
  const response = await fetch(base + pagePath, { signal: AbortSignal.timeout(30_000) });
  if (response.status !== 200) throw new BenchError(`GET ${pagePath} returned ${response.status}, expected 200.`);
  const match = (await response.text()).match(/href="(\/_next\/static\/[^"]+?\.css)"/);
  if (!match) throw new BenchError(`No /_next/static/…css stylesheet found in the HTML of ${pagePath}.`);
  return match[1];
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function load(url, seconds) {
  // autocannon 8 reports p50/p97.5/p99 but no p95, and does not expose its histogram, so
  // keep every response time (milliseconds, from its documented 'response' event).
  const times = [];
  const instance = autocannon({ url, connections, duration: seconds });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return { result, times };
}

async function measure(database, target, base, targetPath) {
  const { result, times } = await load(base + targetPath, duration);
  const row = {
    database,
    target,
    path: targetPath,
    requestsPerSecond: result.requests.average,
    totalRequests: result.requests.total,
    latencyMs: {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      max: times.at(-1) ?? null,
      autocannon: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
  };
  console.log(`  ${target}: ${row.requestsPerSecond.toFixed(1)} req/s, ${row.non2xx} non-2xx, ${row.errors} errors`);
  return row;
}

function serverEnv(databaseEnv) {
  const env = {
    ...process.env,
    ...databaseEnv,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    TRAPPAN_DEMO: 'true',
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    // The output is kept in memory for an error report: one line per measured request would fill it.
    TRAPPAN_ACCESS_LOG: process.env.TRAPPAN_ACCESS_LOG ?? 'off',
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

/**
 * Serves the app on a prepared database and measures the targets and a static asset. An
 * optional target the server does not have (404) is skipped and noted, not measured.
 */
async function serveAndMeasure(database, env, targets, notes = []) {
  const server = await startServer(env);
  try {
    const base = `http://localhost:${port}`;
    const assetPath = await findStaticAsset(base);
    const measured = [];
    for (const target of targets) {
      const response = await fetch(base + target.path, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.status === 404 && target.optional) {
        notes.push(`${database}: ${target.target} (${target.path}) answered 404, so it was not measured.`);
        console.log(`  ${target.target}: ${target.path} answers 404; skipped`);
        continue;
      }
      if (response.status !== 200) throw new BenchError(`GET ${target.path} returned ${response.status}, expected 200.`);
      measured.push(target);
    }
    measured.push({ target: 'static asset', path: assetPath });
    console.log(`  warming up (${warmupSeconds}s per target) …`);
    for (const target of measured) await load(base + target.path, warmupSeconds);
    console.log(`  measuring ${duration}s per target with ${connections} connections …`);
    const rows = [];
    for (const target of measured) rows.push(await measure(database, target.target, base, target.path));
    return rows;
  } finally {
    await stopServer(server);
  }
}

/** Prepares a database, serves the app on it and measures both targets. */
async function benchDatabase(database, databaseEnv) {
  console.log(`\n== ${database} ==`);
  const env = serverEnv(databaseEnv);
  await runToEnd('npx', ['tsx', 'scripts/prepare-db.ts'], env);
  return serveAndMeasure(database, env, [{ target: 'registry page', path: pagePath }]);
}

/** Scale mode: the seeded registry, then the same after loading the EU-scale data set. */
async function benchScale(databaseUrl) {
  const env = serverEnv({ DATABASE_URL: databaseUrl });
  const notes = [];
  console.log('\n== PostgreSQL (throwaway), seeded networks ==');
  await runToEnd('npx', ['tsx', 'scripts/prepare-db.ts'], env);
  const small = await serveAndMeasure(SMALL, env, SCALE_TARGETS, notes);
  console.log('\n== PostgreSQL (throwaway), loading the scale data ==');
  await runToEnd('npx', ['tsx', 'scripts/bench-scale-data.ts'], env);
  console.log(`\n== ${LARGE} ==`);
  const large = await serveAndMeasure(LARGE, env, SCALE_TARGETS, notes);
  return { rows: [...small, ...large], failures: [], notes };
}

async function benchPglite() {
  // A fresh directory each run, so every benchmark starts from the same seeded database.
  rmSync(pgliteDir, { recursive: true, force: true });
  return benchDatabase('PGlite (embedded)', { DATABASE_URL: undefined, TRAPPAN_DATA_DIR: pgliteDir });
}

async function benchPostgres() {
  if (childResultFile) {
    return isScale ? benchScale(process.env.DATABASE_URL) : benchDatabase('PostgreSQL (throwaway)', { DATABASE_URL: process.env.DATABASE_URL });
  }
  if (process.env.BENCH_DATABASE_URL) {
    // Scale mode adds 300,000 users and more: never to a database someone cares about.
    if (isScale) throw new BenchError('Scale mode runs on a throwaway PostgreSQL only; unset BENCH_DATABASE_URL.');
    return benchDatabase('PostgreSQL (BENCH_DATABASE_URL)', { DATABASE_URL: process.env.BENCH_DATABASE_URL });
  }
  const file = path.join(os.tmpdir(), `trappan-bench-${process.pid}.json`);
  try {
    const code = await startGroup('bash', ['scripts/with-postgres.sh', process.execPath, 'scripts/bench.mjs'], {
      env: { ...process.env, BENCH_CHILD_RESULT_FILE: file, BENCH_SCALE: isScale ? '1' : '' },
      stdio: 'inherit',
    }).exited;
    const child = JSON.parse(readFileSync(file, 'utf8'));
    if (code !== 0 && child.failures.length === 0) child.failures.push(`The PostgreSQL run exited with code ${code}.`);
    return child;
  } catch (error) {
    return { rows: [], failures: [`The PostgreSQL run failed before reporting results (${error.message}).`] };
  } finally {
    rmSync(file, { force: true });
  }
}

async function collect(rows, failures, bench, notes = []) {
  try {
    const outcome = await bench();
    if (Array.isArray(outcome)) {
      rows.push(...outcome);
    } else {
      rows.push(...outcome.rows);
      failures.push(...outcome.failures);
      notes.push(...(outcome.notes ?? []));
    }
  } catch (error) {
    if (!(error instanceof BenchError)) console.error(error);
    failures.push(error.message);
  }
}

function format(value, digits = 1) {
  return value === null || value === undefined ? '–' : value.toFixed(digits);
}

function printTable(rows) {
  if (rows.length === 0) return console.log('No measurements.');
  const header = ['Database', 'Target', 'Req/s (avg)', 'p50 ms', 'p95 ms', 'p99 ms', 'Non-2xx', 'Errors'];
  const lines = rows.map((row) => [
    row.database,
    row.target,
    format(row.requestsPerSecond),
    format(row.latencyMs.p50, 2),
    format(row.latencyMs.p95, 2),
    format(row.latencyMs.p99, 2),
    String(row.non2xx),
    String(row.errors),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  const render = (cells) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(render(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(render(line));
}

function ratios(rows) {
  const byDatabase = {};
  for (const row of rows) (byDatabase[row.database] ??= {})[row.target] = row.requestsPerSecond;
  return Object.fromEntries(
    Object.entries(byDatabase)
      .filter(([, targets]) => targets['registry page'] !== undefined && targets['static asset'])
      .map(([database, targets]) => [database, targets['registry page'] / targets['static asset']]),
  );
}

/**
 * Scale mode: every target against the static asset of the same server and run, and each
 * target's p95 at scale against its p95 on the seeded networks, with the issue's targets.
 */
function scaleSummary(rows) {
  const find = (database, target) => rows.find((row) => row.database === database && row.target === target);
  const targets = [...new Set(rows.map((row) => row.target))].filter((target) => target !== 'static asset');
  const toStatic = [];
  for (const database of [SMALL, LARGE]) {
    const asset = find(database, 'static asset');
    for (const target of targets) {
      const row = find(database, target);
      if (!row || !asset) continue;
      toStatic.push({
        database,
        target,
        requestsPerSecondRatio: row.requestsPerSecond / asset.requestsPerSecond,
        p95Ratio: row.latencyMs.p95 / asset.latencyMs.p95,
      });
    }
  }
  const atScale = targets
    .filter((target) => find(SMALL, target) && find(LARGE, target))
    .map((target) => {
      const small = find(SMALL, target).latencyMs.p95;
      const large = find(LARGE, target).latencyMs.p95;
      return {
        target,
        p95SmallMs: small,
        p95ScaleMs: large,
        p95ScaleToSmall: large / small,
        ...(isReference(target)
          ? { reference: true }
          : { meetsP95Target: large <= TARGET_P95_MS, meetsRatioTarget: large / small < TARGET_SCALE_RATIO }),
      };
    });
  return { toStatic, atScale };
}

function printScaleSummary({ toStatic, atScale }) {
  const met = (ok) => (ok ? 'met' : 'MISSED');
  console.log('\nAgainst the static asset of the same run (req/s ratio, p95 ratio):');
  for (const r of toStatic) {
    console.log(`  ${r.database}, ${r.target}: ${r.requestsPerSecondRatio.toFixed(3)} of its req/s, p95 ${r.p95Ratio.toFixed(1)}×`);
  }
  console.log(`\nAt scale (targets: p95 ≤ ${TARGET_P95_MS} ms; p95 at scale < ${TARGET_SCALE_RATIO}× p95 on the seeded networks):`);
  const line = (r, p95Verdict, ratioVerdict) =>
    `  ${r.target}: p95 ${format(r.p95SmallMs, 1)} ms → ${format(r.p95ScaleMs, 1)} ms${p95Verdict}, ` +
    `scale ÷ seeded ${r.p95ScaleToSmall.toFixed(2)}${ratioVerdict}`;
  for (const r of atScale.filter((r) => !r.reference)) {
    console.log(line(r, ` (${met(r.meetsP95Target)})`, ` (${met(r.meetsRatioTarget)})`));
  }
  const references = atScale.filter((r) => r.reference);
  if (references.length) console.log('References (no targets):');
  for (const r of references) console.log(line(r, '', ''));
}

let stopping = false;
// After Ctrl-C the signal handler stops the servers and exits; a half-finished run must
// neither report nor overwrite the last results.
const unlessStopping = async () => stopping && new Promise(() => {});

async function main() {
  const rows = [];
  const failures = [];
  const notes = [];
  if (childResultFile) {
    await collect(rows, failures, benchPostgres, notes);
    await unlessStopping();
    writeFileSync(childResultFile, JSON.stringify({ rows, failures, notes }));
    return failures.length ? 1 : 0;
  }

  buildIfNeeded(root);
  // Scale mode is about PostgreSQL at EU scale; the embedded database is for one machine.
  if (!isScale) {
    await collect(rows, failures, benchPglite);
    await unlessStopping();
  }
  await collect(rows, failures, benchPostgres, notes);
  await unlessStopping();

  for (const row of rows) {
    if (row.errors || row.non2xx) {
      failures.push(`${row.database} ${row.target}: ${row.errors} errors, ${row.non2xx} non-2xx (${JSON.stringify(row.statusCodes)}).`);
    }
  }
  const ratioByDatabase = ratios(rows);
  console.log(`\nTrappan benchmark${isScale ? ' (scale)' : ''}: ${duration}s per target, ${connections} connections, http://localhost:${port}`);
  console.log('Latency percentiles are over every response of the run.\n');
  printTable(rows);
  let summary;
  if (isScale) {
    summary = scaleSummary(rows);
    printScaleSummary(summary);
  } else {
    console.log('\nRegistry page req/s ÷ static asset req/s:');
    for (const [database, ratio] of Object.entries(ratioByDatabase)) console.log(`  ${database}: ${ratio.toFixed(3)}`);
  }
  for (const note of notes) console.log(`Note: ${note}`);

  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(
    resultsFile,
    JSON.stringify(
      {
        finishedAt: new Date().toISOString(),
        settings: { mode: isScale ? 'scale' : 'default', durationSeconds: duration, connections, warmupSeconds, port, ...(isScale ? { query: scaleQuery } : {}) },
        machine: { node: process.version, platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().length },
        results: rows,
        registryToStaticRatio: ratioByDatabase,
        ...(summary ? { scale: summary } : {}),
        notes,
        failures,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`\nWrote ${path.relative(root, resultsFile)}`);
  if (failures.length) {
    console.error(`\nBenchmark FAILED:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
    return 1;
  }
  return 0;
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping the servers started by the benchmark …`);
    await Promise.all([...running].map((handle) => stopGroup(handle)));
    process.exit(code);
  });
}

// Should a pending promise ever leave the event loop empty, Node exits quietly: not with 0.
process.exitCode = 1;
main().then(
  async (code) => {
    await Promise.all([...running].map((handle) => stopGroup(handle)));
    process.exit(code);
  },
  async (error) => {
    console.error(error);
    await Promise.all([...running].map((handle) => stopGroup(handle)));
    process.exit(1);
  },
);
