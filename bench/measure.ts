// Runs a command and measures it as a whole process tree: wall time, CPU time and peak resident
// memory summed over every process in the tree, sampled from /proc (Linux).
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Measured {
  ok: boolean;
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  output: string;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux
const PAGE = 4096;

function children(pid: number): number[] {
  try {
    const tasks = fs.readdirSync(`/proc/${pid}/task`);
    return tasks.flatMap((t) => {
      try {
        return fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

function tree(root: number): number[] {
  const all = [root];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]));
  return all;
}

/** [resident bytes, CPU ticks used by the process itself] */
function sample(pid: number): [number, number] | null {
  try {
    const statm = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return [Number(statm[1]) * PAGE, Number(fields[11]) + Number(fields[12])];
  } catch {
    return null;
  }
}

export function measure(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const cpuTicks = new Map<number, number>();
    let peak = 0;
    const poll = () => {
      let rss = 0;
      for (const pid of tree(child.pid!)) {
        const s = sample(pid);
        if (!s) continue;
        rss += s[0];
        cpuTicks.set(pid, s[1]);
      }
      peak = Math.max(peak, rss);
    };
    const timer = setInterval(poll, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const ticks = [...cpuTicks.values()].reduce((a, b) => a + b, 0);
      resolve({
        ok: code === 0,
        wallMs: performance.now() - started,
        cpuMs: (ticks / TICKS_PER_SECOND) * 1000,
        peakRssBytes: peak,
        output,
      });
    });
  });
}
