// CPU seconds spent by the processes a benchmark runs beside it, read from /proc (Linux): a
// PostgreSQL cluster (its postmaster, live backends and the backends that have exited), a server
// found by the address on its command line, and the benchmark's own finished child processes.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** /proc reports CPU time in clock ticks of USER_HZ, which Linux fixes at 100 for user space. */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  /** utime + stime, in seconds. */
  own: number;
  /** cutime + cstime: children that exited and were waited for, in seconds. */
  children: number;
}

async function procStat(pid: number | 'self'): Promise<ProcStat | null> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (text === null) return null;
  // The command name may hold spaces and parentheses: the fields start after its last ")".
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const tick = (i: number) => Number(fields[i]) / TICKS_PER_SECOND;
  return { ppid: Number(fields[1]), own: tick(11) + tick(12), children: tick(13) + tick(14) };
}

async function pids(): Promise<number[]> {
  return (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
}

/** CPU seconds of a PostgreSQL cluster so far: its postmaster with every backend, living or exited. */
export async function postgresClusterCpu(dataDir: string): Promise<number> {
  const postmaster = Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const root = await procStat(postmaster);
  if (!root) throw new Error(`no PostgreSQL postmaster ${postmaster} for ${dataDir}`);
  let total = root.own + root.children;
  for (const pid of await pids()) {
    const stat = await procStat(pid);
    if (stat?.ppid === postmaster) total += stat.own;
  }
  return total;
}

/** The pid of the process whose command line holds `needle` (e.g. "127.0.0.1:57420"), or null. */
export async function pidByCommandLine(needle: string): Promise<number | null> {
  for (const pid of await pids()) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.split('\0').includes(needle) && pid !== process.pid) return pid;
  }
  return null;
}

/** CPU seconds of one process (all its threads) so far. */
export async function processCpu(pid: number): Promise<number> {
  const stat = await procStat(pid);
  if (!stat) throw new Error(`no process ${pid}`);
  return stat.own;
}

/** CPU seconds of this process's child processes that have exited (and theirs). */
export async function finishedChildrenCpu(): Promise<number> {
  return (await procStat('self'))!.children;
}
