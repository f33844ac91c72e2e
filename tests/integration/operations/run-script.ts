// Runs a project command the way an operator types it, in its own process, and times it.
import { spawn } from 'node:child_process';

export type ScriptRun = { code: number | null; stdout: string; stderr: string; seconds: number };

export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<ScriptRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

/** The environment for a command on one database: DATABASE_URL for PostgreSQL, else the folder. */
export function envFor(database: { url: string } | { dataDir: string }): NodeJS.ProcessEnv {
  // The test runner's own settings (NODE_ENV=test, VITEST) would change how the scripts behave.
  const { DATABASE_URL, TRAPPAN_DATA_DIR, VITEST, ...rest } = process.env;
  void [DATABASE_URL, TRAPPAN_DATA_DIR, VITEST];
  const env: NodeJS.ProcessEnv = { ...rest, NODE_ENV: 'production', TRAPPAN_DEMO: 'true' };
  if ('url' in database) env.DATABASE_URL = database.url;
  else env.TRAPPAN_DATA_DIR = database.dataDir;
  return env;
}
