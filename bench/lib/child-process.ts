// Servers a benchmark runs as their own processes (the API, the storefront): started with their
// output kept for the error report, awaited until they answer, measured by their resident memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Cleanup } from './cleanup.ts';
import { repoRoot } from './prepare.ts';

export interface Proc {
  name: string;
  child: ChildProcess;
  /** The highest resident memory seen by `samplePeak`, in MB. */
  peakRssMb: number;
}

/** Resident and peak resident memory of a process in MB, from /proc (Linux). */
export async function memoryOf(pid: number): Promise<{ rss: number; hwm: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** Raises `proc.peakRssMb` to the process's peak resident memory so far (the kernel's high-water mark). */
export async function samplePeak(proc: Proc): Promise<void> {
  if (proc.child.pid && proc.child.exitCode === null) proc.peakRssMb = Math.max(proc.peakRssMb, (await memoryOf(proc.child.pid)).hwm);
}

/** Starts `node <args>` in the repository root; stopped by `cleanup`. Its last output is printed if it fails. */
export function startNodeProcess(cleanup: Cleanup, name: string, args: string[], env: Record<string, string>): Proc {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.on('exit', (code) => {
    if (code && !cleanup.interrupted) console.error(`${name} exited with ${code}:\n${tail}`);
  });
  cleanup.add(`stop ${name}`, () => {
    child.kill('SIGTERM');
  });
  return { name, child, peakRssMb: 0 };
}

/** Stops a process started by `startNodeProcess` and waits for it to exit. */
export async function stopProcess(proc: Proc): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.child.once('exit', resolve));
  proc.child.kill('SIGTERM');
  await exited;
}

/** Resolves once `url` answers 2xx; fails after `timeoutMs`. */
export async function waitFor(url: string, what: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
}

/** CPU seconds (user + system) used so far by a process and its children (cluster workers), from /proc (Linux, 100 ticks/s). */
export async function cpuSecondsOfTree(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const own = (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / 100;
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')).trim().split(/\s+/).filter(Boolean);
  const theirs = await Promise.all(children.map((child) => cpuSecondsOfTree(Number(child))));
  return theirs.reduce((sum, s) => sum + s, own);
}

/**
 * Resolves once a process tree has `children` child processes (cluster workers; 0 for none) and
 * used under `quietCpuS` CPU seconds in each of two consecutive seconds: its start-up work
 * (other workers' migrations, search rebuilds, first jobs) is over.
 */
export async function waitUntilSettled(pid: number, children: number, timeoutMs: number, quietCpuS = 0.15): Promise<void> {
  const until = Date.now() + timeoutMs;
  let quietSeconds = 0;
  let before = await cpuSecondsOfTree(pid);
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = await cpuSecondsOfTree(pid);
    const running = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')).trim().split(/\s+/).filter(Boolean).length;
    quietSeconds = running >= children && now - before < quietCpuS ? quietSeconds + 1 : 0;
    if (quietSeconds >= 2) return;
    before = now;
  }
  throw new Error(`process ${pid} did not settle within ${timeoutMs / 1000} s`);
}
