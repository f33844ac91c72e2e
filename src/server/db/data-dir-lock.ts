// Keeps a second process off an embedded database folder. PGlite opens a folder that another
// process already has open without a word, and two writers corrupt it; so whoever opens the
// folder (the server, migrations, the seed, backup and restore) first takes a lock file beside
// it that names its process. A lock whose process is gone (killed, crashed) is taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

export type DataDirLockOwner = { pid: number; host: string; since: string };

export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly owner: DataDirLockOwner,
  ) {
    super(
      `The embedded database is in use by process ${owner.pid} on ${owner.host} (since ${owner.since}), ` +
        `probably the Trappan server. Stop it first and try again. ` +
        `If no such process runs, delete ${lockFile}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

// How many open handles this process has on each lock it holds: the file goes with the last.
const heldHere = new Map<string, number>();

export function lockFileFor(dataDir: string): string {
  return `${dataDir}.lock`;
}

/** Takes the folder's lock for this process, or throws DataDirLockedError; returns the release. */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockFile = lockFileFor(dataDir);
  if (heldHere.has(lockFile)) return releaserFor(lockFile);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      const owner: DataDirLockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      return releaserFor(lockFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(lockFile);
    if (owner && isAlive(owner)) throw new DataDirLockedError(lockFile, owner);
    unlinkIfPresent(lockFile);
  }
  throw new Error(`Could not take the lock ${lockFile}: another process keeps taking it.`);
}

// One process may open its own folder more than once (a script that reopens after a restore).
function releaserFor(lockFile: string): () => void {
  heldHere.set(lockFile, (heldHere.get(lockFile) ?? 0) + 1);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const left = (heldHere.get(lockFile) ?? 1) - 1;
    if (left > 0) return void heldHere.set(lockFile, left);
    heldHere.delete(lockFile);
    if (readOwner(lockFile)?.pid === process.pid) unlinkIfPresent(lockFile);
  };
  // A process that exits without closing the database (an error, process.exit) frees it too.
  process.on('exit', release);
  return release;
}

function readOwner(lockFile: string): DataDirLockOwner | undefined {
  try {
    return JSON.parse(readFileSync(lockFile, 'utf8')) as DataDirLockOwner;
  } catch {
    // Unreadable or half-written by a process that died while writing it: nobody holds it.
    return undefined;
  }
}

function isAlive(owner: DataDirLockOwner): boolean {
  // A process on another machine (a shared volume) cannot be checked from here: assume it runs.
  if (owner.host !== hostname()) return true;
  // This very process, which does not hold the lock (heldHere): a lock left by an earlier run
  // that had the same process id, as a container restarted after a crash does (its server is
  // process 1 again). Counted as alive, it would keep the server from ever starting.
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function unlinkIfPresent(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
