// One load round with wrk (Debian's `wrk` package), the lightest HTTP load generator at hand:
// one C thread, far less CPU per request than autocannon, which matters when client and server
// share two cores. Each connection cycles through the paths (a Lua `request` function). The
// client's own CPU time (bash's `times` for its child) is reported beside the rate.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface WrkOptions {
  origin: string;
  paths: readonly string[];
  connections: number;
  /** Seconds. */
  duration: number;
  /** wrk threads (default 1: the client should take as little of the machine as it can). */
  threads?: number;
}

export interface WrkResult {
  rps: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors (connect, read, write, timeout) plus non-2xx/3xx responses. */
  failures: number;
  /** CPU seconds (user + system) the client used. */
  clientCpuS: number;
}

/** True when the `wrk` binary is on PATH. */
export async function wrkAvailable(): Promise<boolean> {
  return run('wrk', ['--version']).then(() => true, (error: { stdout?: string }) => Boolean(error.stdout?.includes('wrk')));
}

export async function runWrk({ origin, paths, connections, duration, threads = 1 }: WrkOptions): Promise<WrkResult> {
  const script = path.join(os.tmpdir(), `tandem-wrk-${process.pid}.lua`);
  await writeFile(script, luaRotation(paths));
  const command = `wrk -t${threads} -c${connections} -d${duration}s --timeout 30s --latency -s '${script}' '${origin}/'; times`;
  const { stdout } = await run('bash', ['-c', command], { maxBuffer: 1 << 20 });
  return parseWrk(stdout);
}

function luaRotation(paths: readonly string[]): string {
  const list = paths.map((p) => JSON.stringify(p)).join(',\n  ');
  return `local paths = {\n  ${list}\n}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format("GET", paths[i])\nend\n`;
}

/** Reads wrk's report and the `times` lines after it (the second is the children's user and system time). */
export function parseWrk(stdout: string): WrkResult {
  const number = (pattern: RegExp) => Number(pattern.exec(stdout)?.[1] ?? Number.NaN);
  const latencyMs = (percent: string) => {
    const match = new RegExp(`^\\s+${percent}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(stdout);
    if (!match) return Number.NaN;
    const value = Number(match[1]);
    return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value;
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  const socketErrors = errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const times = [...stdout.matchAll(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/g)].at(-1);
  const clientCpuS = times ? Number(times[1]) * 60 + Number(times[2]) + Number(times[3]) * 60 + Number(times[4]) : Number.NaN;
  return {
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    requests: number(/(\d+) requests in/),
    p50Ms: latencyMs('50'),
    p99Ms: latencyMs('99'),
    failures: socketErrors + (Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0)),
    clientCpuS,
  };
}
