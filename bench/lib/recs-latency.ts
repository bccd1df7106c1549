// The serving half of `pnpm bench:recs`: the recommendation procedures over HTTP next to
// `catalog.bySlug` (a product page read) on the same server in the same run, requests
// interleaved (bySlug, forYou, forProduct, forCart, popular, bySlug, …) so every procedure sees
// the same machine noise, over several rounds; percentiles per round, medians over rounds.
import os from 'node:os';
import type { Database } from '@tandem/db';
import { median, percentile } from './stats.ts';

export type Stats = { p50: number; p95: number; p99: number };
export interface LatencyRow extends Stats {
  name: string;
  /** Median over rounds of this procedure's p95 divided by the baseline's in the same round. */
  p95VsBaseline: number;
}

export async function measureRecommendationLatency(db: Database, origin: string, options: { requests: number; rounds: number; visitorPrefix?: string; visitors?: readonly string[] }): Promise<{ rows: LatencyRow[]; loads: number[]; visitors: number }> {
  const products = await db.prisma.product.findMany({ where: { status: 'ACTIVE' }, select: { id: true, slug: true }, orderBy: { id: 'asc' } });
  // Visitors with a history: the demo and bench logs keep them as anonymous ids ("demo-…"); an
  // imported log's customers are keyed "online-retail-c-…", which serving reads the same way.
  const prefix = options.visitorPrefix ?? 'demo-';
  const visitors = options.visitors ?? (await db.prisma.forYouVisitor.findMany({ where: { visitor: { startsWith: prefix } }, select: { visitor: true }, orderBy: { visitor: 'asc' }, take: 2_000 })).map((v) => v.visitor);
  if (visitors.length === 0) throw new Error('No visitor has a precomputed list: did the rebuild run?');
  const pick = <T>(items: readonly T[], i: number) => items[(i * 7919) % items.length]!;
  const url = (procedure: string, input: unknown) => `${origin}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const targets: [string, (i: number) => string][] = [
    ['catalog.bySlug (baseline)', (i) => url('catalog.bySlug', { slug: pick(products, i).slug })],
    ['recommendations.forYou', (i) => url('recommendations.forYou', { visitorId: pick(visitors, i), limit: 8 })],
    ['recommendations.forProduct', (i) => url('recommendations.forProduct', { productId: pick(products, i).id, limit: 4 })],
    ['recommendations.forCart', (i) => url('recommendations.forCart', { productIds: [pick(products, i).id, pick(products, i + 1).id], limit: 4 })],
    ['recommendations.popular', () => url('recommendations.popular', { limit: 8 })],
  ];
  const get = async (target: string) => {
    const started = performance.now();
    const response = await fetch(target);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${target} answered ${response.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < 20; i++) for (const [, makeUrl] of targets) await get(makeUrl(i)); // warm-up
  const perRound: Stats[][] = [];
  const loads: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const times = targets.map(() => [] as number[]);
    for (let i = 0; i < options.requests; i++) for (const [t, [, makeUrl]] of targets.entries()) times[t]!.push(await get(makeUrl(round * options.requests + i)));
    perRound.push(times.map((s) => ({ p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) })));
    loads.push(os.loadavg()[0]!);
  }
  const rows = targets.map(([name], t) => {
    const stat = (k: keyof Stats) => median(perRound.map((r) => r[t]![k]));
    return { name, p50: stat('p50'), p95: stat('p95'), p99: stat('p99'), p95VsBaseline: median(perRound.map((r) => r[t]!.p95 / r[0]!.p95)) };
  });
  return { rows, loads, visitors: visitors.length };
}
