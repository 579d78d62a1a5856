// A lock between builds on one machine: a folder made with mkdir (which either creates it or
// fails, atomically) holding the owner's process id. A lock whose owner is gone is taken over,
// so a killed build never blocks the next one.
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// A lock folder without an owner yet is being taken; only one this old was left by a crash.
const UNOWNED_STALE_MS = 30_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process holding the lock at `dir`, or undefined if nobody does (or it died). */
function holder(dir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8'));
  } catch {
    try {
      const age = Date.now() - fs.statSync(dir).mtimeMs;
      return age < UNOWNED_STALE_MS ? -1 : undefined;
    } catch {
      return undefined;
    }
  }
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : undefined;
}

/**
 * Waits until this process holds the lock at `dir`, then returns the function that releases it.
 * `onWait` is told once, with the holder's pid, if another live process holds it.
 */
export async function acquireLock(dir: string, onWait: (pid: number) => void = () => {}, pollMs = 200): Promise<() => void> {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'pid'), String(process.pid));
      return () => {
        if (holder(dir) === process.pid) fs.rmSync(dir, { recursive: true, force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = holder(dir);
    if (pid === undefined) {
      fs.rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (!told && pid > 0) {
      onWait(pid);
      told = true;
    }
    await sleep(pollMs);
  }
}
