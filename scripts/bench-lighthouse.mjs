// `npm run bench:lighthouse`: what a visitor on a phone meets on the seven public pages, by
// Lighthouse 12 (mobile, simulated throttling: the slow 4G and four times slower processor of
// its default), on the production build with a fresh embedded database and the demo data.
// Each page is measured RUNS times and the median run is reported: performance score, first
// and largest contentful paint, total blocking time, layout shift and the JavaScript sent.
// Prints a table and writes bench-results/lighthouse.json. Not a timed test: the figures go to
// docs/performance/, and the run fails only when the server or Lighthouse does.
//   LIGHTHOUSE_RUNS=3 npm run bench:lighthouse
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildIfNeeded } from './lib/build-if-needed.mjs';
import { run } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.BENCH_PORT || 3250);
const runs = Number(process.env.LIGHTHOUSE_RUNS || 3);
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const dataDir = '.data/lighthouse-pglite';
const resultsFile = path.join(root, 'bench-results', 'lighthouse.json');

// The seven public pages of the page-weight issue.
const PAGES = ['/sv', '/sv/networks', '/sv/networks/konstgras', '/sv/networks/konstgras/needs', '/sv/overview', '/en/open-data', '/sv/sign-in'];

// Chromium as root on a machine whose only network is loopback (see the end-to-end config).
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function startServer() {
  const env = {
    ...process.env,
    TRAPPAN_DATA_DIR: dataDir,
    TRAPPAN_DEMO: 'true',
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  };
  delete env.DATABASE_URL;
  rmSync(path.join(root, dataDir), { recursive: true, force: true });
  run('npx', ['tsx', 'scripts/prepare-db.ts'], { cwd: root, env });
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--hostname', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode}.`);
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  server.kill('SIGTERM');
  throw new Error('The server did not become healthy within a minute.');
}

function lighthouse(url) {
  const output = path.join(root, 'bench-results', 'lighthouse-run.json');
  const result = spawnSync(
    path.join(root, 'node_modules', '.bin', 'lighthouse'),
    [url, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${output}`, `--chrome-flags=${CHROME_FLAGS}`],
    { cwd: root, env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`Lighthouse failed on ${url} (exit code ${result.status}).`);
  const report = JSON.parse(readFileSync(output, 'utf8'));
  if (!process.env.LIGHTHOUSE_KEEP) rmSync(output, { force: true });
  if (report.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${report.runtimeError.message}`);
  const audits = report.audits;
  const scripts = audits['resource-summary'].details.items.find((item) => item.resourceType === 'script');
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcpMs: audits['first-contentful-paint'].numericValue,
    lcpMs: audits['largest-contentful-paint'].numericValue,
    tbtMs: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    speedIndexMs: audits['speed-index'].numericValue,
    scriptKb: (scripts?.transferSize ?? 0) / 1000,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  buildIfNeeded(root);
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const server = await startServer();
  const rows = [];
  try {
    for (const page of PAGES) {
      const measured = [];
      for (let i = 0; i < runs; i++) measured.push(lighthouse(`http://localhost:${port}${page}`));
      // The run with the median largest paint, so the row's figures belong together.
      const middle = median(measured.map((m) => m.lcpMs));
      rows.push({ page, runs: measured.length, ...measured.find((m) => m.lcpMs === middle) });
      console.log(`  ${page}: done`);
    }
  } finally {
    server.kill('SIGTERM');
  }
  const cell = (value, width) => String(value).padStart(width);
  console.log(`\nLighthouse 12, mobile, simulated throttling, median of ${runs} runs`);
  console.log(`${'page'.padEnd(30)} ${cell('score', 5)} ${cell('FCP s', 6)} ${cell('LCP s', 6)} ${cell('TBT ms', 7)} ${cell('CLS', 5)} ${cell('JS KB', 6)}`);
  for (const r of rows) {
    console.log(
      `${r.page.padEnd(30)} ${cell(r.score, 5)} ${cell((r.fcpMs / 1000).toFixed(2), 6)} ${cell((r.lcpMs / 1000).toFixed(2), 6)} ${cell(Math.round(r.tbtMs), 7)} ${cell(r.cls.toFixed(3), 5)} ${cell(r.scriptKb.toFixed(1), 6)}`,
    );
  }
  writeFileSync(resultsFile, JSON.stringify({ finishedAt: new Date().toISOString(), runs, chrome, rows }, null, 2) + '\n');
  console.log(`\nWrote ${path.relative(root, resultsFile)}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error.message ?? error);
    process.exit(1);
  },
);
