// A CPU profile of this process (the in-process API server) over one measured phase, through
// node:inspector, written as a .cpuprofile (open it in Chrome DevTools or speedscope) and
// summarised as self time per package: where a request's time goes (Prisma, pg, tRPC, core…).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** One row of the summary: a package (or Node's own work) and its share of the samples. */
export interface ProfileShare {
  area: string;
  percent: number;
}

/** Which package a sampled function belongs to, from its script URL. */
export function areaOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)' ? functionName : 'node (native)';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!.startsWith('@prisma/') || pkg[1] === 'prisma' ? 'prisma' : pkg[1]!;
  const own = /\/(packages|apps)\/([^/]+)\//.exec(url);
  if (own) return own[2] === 'db' && url.includes('/generated/') ? 'prisma' : `@tandem/${own[2]}`;
  if (url.startsWith('node:')) return 'node (built-ins)';
  return 'other';
}

/** Self time per area, largest first; idle time is left out of the percentages. */
export function summarise(profile: Profile): ProfileShare[] {
  const areaById = new Map(profile.nodes.map((node) => [node.id, areaOf(node.callFrame)]));
  const counts = new Map<string, number>();
  for (const id of profile.samples ?? []) {
    const area = areaById.get(id) ?? 'other';
    if (area !== '(idle)') counts.set(area, (counts.get(area) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0) || 1;
  return [...counts].map(([area, n]) => ({ area, percent: (100 * n) / total })).sort((a, b) => b.percent - a.percent);
}

/** Starts sampling this process; `stop` writes the profile to `file` and returns its summary. */
export async function startCpuProfile(): Promise<{ stop(file: string): Promise<ProfileShare[]> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
      session.disconnect();
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(profile));
      return summarise(profile);
    },
  };
}
