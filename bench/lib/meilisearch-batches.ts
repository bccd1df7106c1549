// What Meilisearch's batches spent their time on, from its /batches route (1.50): each batch's
// `progressTrace` maps a step ("processing tasks > indexing > extracting words") to a duration
// ("1.23s", "646.77ms", "74.65µs"); summed per indexing step over the batches of a run.

/** Seconds per step ("extracting words", "post processing words > word prefix docids", …). */
export type StepSeconds = Record<string, number>;

interface Batch {
  uid: number;
  stats: { progressTrace?: Record<string, string> };
}

const INDEXING = 'processing tasks > indexing > ';
const UNITS: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, µs: 1e-6, us: 1e-6, ns: 1e-9 };

/** "1m2.5s", "646.77ms", "74.65µs" in seconds. */
export function traceSeconds(text: string): number {
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/([\d.]+)(h|ms|µs|us|ns|m|s)/g)) total += Number(amount) * (UNITS[unit!] ?? 0);
  return total;
}

async function batchesPage(url: string, apiKey: string | undefined, from?: number): Promise<{ results: Batch[]; next: number | null }> {
  const query = `limit=100${from === undefined ? '' : `&from=${from}`}`;
  const response = await fetch(`${url}/batches?${query}`, { headers: { Authorization: `Bearer ${apiKey ?? ''}`, 'Accept-Encoding': 'identity' } });
  if (!response.ok) throw new Error(`GET /batches: ${response.status}`);
  return (await response.json()) as { results: Batch[]; next: number | null };
}

/** The newest batch's uid, or -1 when there is none. */
export async function lastBatchUid(url: string, apiKey: string | undefined): Promise<number> {
  return (await batchesPage(url, apiKey)).results[0]?.uid ?? -1;
}

/** The batches newer than `afterUid` and their indexing steps' seconds, summed (steps two levels under "indexing" too). */
export async function meilisearchBatchesAfter(url: string, apiKey: string | undefined, afterUid: number): Promise<{ batches: number; steps: StepSeconds }> {
  const steps: StepSeconds = {};
  let batches = 0;
  let from: number | undefined;
  for (;;) {
    const page = await batchesPage(url, apiKey, from);
    const newer = page.results.filter((batch) => batch.uid > afterUid);
    for (const batch of newer) {
      batches++;
      for (const [step, duration] of Object.entries(batch.stats.progressTrace ?? {})) {
        if (!step.startsWith(INDEXING)) continue;
        const name = step.slice(INDEXING.length);
        if (name.split(' > ').length > 2) continue;
        steps[name] = (steps[name] ?? 0) + traceSeconds(duration);
      }
    }
    if (newer.length < page.results.length || page.next === null) return { batches, steps };
    from = page.next;
  }
}
