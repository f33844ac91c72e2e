// The crash drill for the embedded database: a writer process commits batches of rows in a
// loop and is killed with SIGKILL in the middle of writing, several rounds on one folder. After
// each kill the folder opens again (the dead writer's lock is taken over), the last batch the
// writer confirmed is there, and every batch is whole: all its rows or none. PostgreSQL's own
// crash safety is not ours to drill, so this runs once, in the embedded phase.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openDatabase } from '@/server/db/open-database';

const ROUNDS = 5;
const BATCH_ROWS = 5;
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'trappan-crash-drill-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/**
 * Starts the writer, lets it confirm `confirmations` batches, then kills it while the next
 * batch is being written: when its first row is in, after a random 0-9 ms more, so that the
 * kill lands anywhere from the first insert to the commit.
 */
function writeThenKill(dataDir: string, confirmations: number): Promise<{ lastConfirmed: number; confirmedNow: number; writing: number }> {
  return new Promise((resolve, reject) => {
    // node itself, not npx: SIGKILL must hit the process that writes, not a launcher.
    const writer = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/integration/operations/crash-writer.ts', dataDir, String(BATCH_ROWS)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let lastConfirmed = 0;
    let confirmedNow = 0;
    let writing = 0;
    let killing = false;
    let stderr = '';
    let buffered = '';
    writer.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    writer.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [word, number] = line.split(' ');
        if (word === 'confirmed') {
          lastConfirmed = Number(number);
          confirmedNow++;
        } else if (word === 'writing' && confirmedNow >= confirmations && !killing) {
          killing = true;
          writing = Number(number);
          setTimeout(() => writer.kill('SIGKILL'), Math.floor(Math.random() * 10));
        }
      }
    });
    writer.on('error', reject);
    writer.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ lastConfirmed, confirmedNow, writing });
      else reject(new Error(`The writer ended by itself (exit ${code}) before the kill: ${stderr}`));
    });
  });
}

describe('crash of the embedded database process (SIGKILL during writes)', () => {
  it.skipIf(process.env.TEST_DATABASE_URL)(`keeps every confirmed batch and no half batch, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
    const dataDir = path.join(workDir, 'pglite');
    const results: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const { lastConfirmed, confirmedNow, writing } = await writeThenKill(dataDir, 5 + Math.floor(Math.random() * 20));
      const database = openDatabase({ kind: 'pglite', dataDir });
      try {
        const [state] = await database.sql.query<{ batches: number; rows: number; highest: number }>(
          'SELECT count(DISTINCT batch)::int AS batches, count(*)::int AS rows, max(batch)::int AS highest FROM crash_drill',
        );
        const partial = await database.sql.query<{ batch: number; n: number }>(
          'SELECT batch, count(*)::int AS n FROM crash_drill GROUP BY batch HAVING count(*) <> $1',
          [BATCH_ROWS],
        );
        // The last confirmed batch is there; the one under way at the kill may have committed
        // before its confirmation was printed, but nothing beyond it.
        expect(state!.highest).toBeGreaterThanOrEqual(lastConfirmed);
        expect(state!.highest).toBeLessThanOrEqual(lastConfirmed + 1);
        expect(partial).toEqual([]);
        // No batch lost before it either: batches are numbered 1..highest without a gap.
        expect(state!.batches).toBe(state!.highest);
        expect(state!.rows).toBe(state!.highest * BATCH_ROWS);
        const underWay = state!.highest > lastConfirmed ? 'committed, its confirmation not yet printed' : 'left no row';
        results.push(
          `round ${round}: killed while writing batch ${writing}, after ${confirmedNow} confirmed this round ` +
            `(last confirmed ${lastConfirmed}); found ${state!.highest} whole batches, the one under way ${underWay}`,
        );
      } finally {
        await database.close();
      }
    }
    console.log(`Crash drill, ${ROUNDS} rounds of SIGKILL during writes:\n  ${results.join('\n  ')}`);
  });
});
