// Medians over rounds, ratios against the ceiling, the printed table and the JSON file; the
// plain-text table and number formatting are shared with the checkout benchmark.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadResult } from './load.ts';
import type { QueryTiming } from './probe.ts';
import { median } from './stats.ts';

export interface TargetRuns {
  id: 'ceiling' | 'pglite' | 'postgres' | 'pglite-cached' | 'postgres-cached';
  label: string;
  rounds: LoadResult[];
  /** Sequential single-request latency per query (not under load). */
  queries?: QueryTiming[];
}

export interface TargetSummary {
  id: TargetRuns['id'];
  label: string;
  /** Medians over the rounds. */
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  /** Median over the rounds of this target's req/s divided by the ceiling's req/s in the same round, in %. */
  pctOfCeiling: number;
  /** Summed over the rounds; must all be 0. */
  errors: number;
  timeouts: number;
  non2xx: number;
  roundsRps: number[];
}

export function summarise(targets: readonly TargetRuns[]): TargetSummary[] {
  const ceiling = targets.find((t) => t.id === 'ceiling');
  return targets.map((target) => ({
    id: target.id,
    label: target.label,
    rps: median(target.rounds.map((r) => r.rps)),
    p50: median(target.rounds.map((r) => r.p50)),
    p99: median(target.rounds.map((r) => r.p99)),
    mean: median(target.rounds.map((r) => r.mean)),
    pctOfCeiling: ceiling
      ? median(target.rounds.map((r, i) => (100 * r.rps) / (ceiling.rounds[i]?.rps ?? Number.NaN)))
      : Number.NaN,
    errors: sum(target.rounds.map((r) => r.errors)),
    timeouts: sum(target.rounds.map((r) => r.timeouts)),
    non2xx: sum(target.rounds.map((r) => r.non2xx)),
    roundsRps: target.rounds.map((r) => Math.round(r.rps)),
  }));
}

export function formatTable(rows: readonly TargetSummary[]): string {
  const header = ['target', 'req/s', 'p50 ms', 'p99 ms', 'mean ms', '% of ceiling', 'errors/non-2xx', 'req/s per round'];
  const body = rows.map((row) => [
    row.label,
    fmt(row.rps, 0),
    fmt(row.p50, 0),
    fmt(row.p99, 0),
    fmt(row.mean, 2),
    row.id === 'ceiling' ? '100 %' : `${fmt(row.pctOfCeiling, row.pctOfCeiling < 10 ? 2 : 1)} %`,
    `${row.errors} / ${row.non2xx}`,
    row.roundsRps.join(', '),
  ]);
  return table(header, body, [false, true, true, true, true, true, true, false]);
}

export function formatQueryTimings(targets: readonly TargetRuns[]): string {
  const withQueries = targets.filter((t) => t.queries?.length);
  const names = withQueries[0]?.queries?.map((q) => q.name) ?? [];
  const header = ['query (sequential, 1 connection)', 'matches', 'KiB', ...withQueries.map((t) => `${t.label} ms`)];
  const body = names.map((name, i) => [
    name,
    String(withQueries[0]?.queries?.[i]?.total ?? ''),
    fmt((withQueries[0]?.queries?.[i]?.bytes ?? 0) / 1024, 1),
    ...withQueries.map((t) => {
      const q = t.queries?.[i];
      return q ? `${fmt(q.medianMs, 1)} (p95 ${fmt(q.p95Ms, 1)}, min ${fmt(q.minMs, 1)})` : '';
    }),
  ]);
  return table(header, body, [false, true, true, ...withQueries.map(() => true)]);
}

export async function writeJson(file: string, data: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** A plain-text table: columns padded to their widest cell, right-aligned where asked. */
export function table(header: string[], body: string[][], rightAlign: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (rightAlign[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** `value` with `digits` decimals and thousands separators; "–" for NaN and infinities. */
export function fmt(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–';
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
