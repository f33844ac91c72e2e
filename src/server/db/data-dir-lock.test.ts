import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { acquireDataDirLock, DataDirLockedError, lockFileFor } from './data-dir-lock';

const freshDataDir = () => path.join(mkdtempSync(path.join(tmpdir(), 'trappan-lock-')), 'pglite');
const writeLock = (dataDir: string, pid: number, host = hostname()) =>
  writeFileSync(lockFileFor(dataDir), JSON.stringify({ pid, host, since: '2026-12-07T03:00:00.000Z' }));

describe('the embedded database folder lock', () => {
  it('names this process while held and is gone once released', () => {
    const dataDir = freshDataDir();
    const release = acquireDataDirLock(dataDir);
    expect(JSON.parse(readFileSync(lockFileFor(dataDir), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    release();
    expect(existsSync(lockFileFor(dataDir))).toBe(false);
  });

  it('refuses while another live process holds it, and says how to go on', () => {
    const dataDir = freshDataDir();
    writeLock(dataDir, process.ppid);
    expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dataDir)).toThrow(`in use by process ${process.ppid}`);
    expect(readFileSync(lockFileFor(dataDir), 'utf8')).toContain(`"pid":${process.ppid}`);
  });

  it('takes over the lock of a process that is gone (killed or crashed)', () => {
    const dataDir = freshDataDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeLock(dataDir, Number(gone.stdout));
    const release = acquireDataDirLock(dataDir);
    expect(JSON.parse(readFileSync(lockFileFor(dataDir), 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('takes over a lock that names this process: left by an earlier run with the same id (a restarted container)', () => {
    const dataDir = freshDataDir();
    writeLock(dataDir, process.pid);
    const release = acquireDataDirLock(dataDir);
    expect(JSON.parse(readFileSync(lockFileFor(dataDir), 'utf8'))).toMatchObject({ pid: process.pid, since: expect.not.stringMatching(/^2026-12-07T03:00/) });
    release();
    expect(existsSync(lockFileFor(dataDir))).toBe(false);
  });

  it('never takes over a lock from another machine', () => {
    const dataDir = freshDataDir();
    writeLock(dataDir, 1, 'another-host.example');
    expect(() => acquireDataDirLock(dataDir)).toThrow(/on another-host\.example.*delete .*pglite\.lock/s);
  });

  it('lets one process open its folder twice and keeps the lock until the last close', () => {
    const dataDir = freshDataDir();
    const first = acquireDataDirLock(dataDir);
    const second = acquireDataDirLock(dataDir);
    first();
    expect(existsSync(lockFileFor(dataDir))).toBe(true);
    second();
    expect(existsSync(lockFileFor(dataDir))).toBe(false);
  });
});
