import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { acquireLock } from './build-lock.ts';

const lockPath = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-lock-')), 'build.lock');

describe('the build lock', () => {
  it('lets one holder in at a time, the second once the first releases', async () => {
    const dir = lockPath();
    const releaseFirst = await acquireLock(dir);
    const waitedFor: number[] = [];
    let second = false;
    const next = acquireLock(dir, (pid) => waitedFor.push(pid), 10).then((release) => {
      second = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(second).toBe(false);
    expect(waitedFor).toEqual([process.pid]);
    releaseFirst();
    const releaseSecond = await next;
    expect(second).toBe(true);
    releaseSecond();
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('takes over a lock whose holder has died', async () => {
    const dir = lockPath();
    // A process that has exited: its pid is no longer in use.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'pid'), gone);
    const release = await acquireLock(dir, () => {
      throw new Error('should not wait for a dead holder');
    });
    expect(fs.readFileSync(path.join(dir, 'pid'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
