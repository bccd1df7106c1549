// Index settings bench:search-tail compares with the store's (ranking rules, facet value order):
// a setting cannot change per query, so the whole list of searches runs in blocks, store's
// settings and the variant's in the order A B B A (drift in the machine's load falls on both),
// each switch waited for. The store's settings are put back at the end, also on failure.
import type { MeilisearchBenchIndex, MultiSearchBody, MultiSearchSample } from './meilisearch-bench-index.ts';
import type { Settings } from './meilisearch-http.ts';

export interface SettingsVariant {
  name: string;
  settings: Settings;
}

export function settingsVariants(store: Settings): SettingsVariant[] {
  const rules = store.rankingRules ?? [];
  return [
    { name: 'ranking rules: "attributeRank" instead of "attribute" (no word position)', settings: { rankingRules: rules.map((rule) => (rule === 'attribute' ? 'attributeRank' : rule)) } },
    { name: 'ranking rules: no "exactness"', settings: { rankingRules: rules.filter((rule) => rule !== 'exactness') } },
    { name: 'facet values in alphabetical order (not by count)', settings: { faceting: { ...store.faceting, sortFacetValuesBy: { '*': 'alpha' } } } },
  ];
}

async function applySettings(index: MeilisearchBenchIndex, settings: Settings): Promise<void> {
  const response = await fetch(`${index.url}/indexes/${index.indexUid}/settings`, { method: 'PATCH', headers: index.headers, body: JSON.stringify(settings) });
  const { taskUid } = (await response.json()) as { taskUid: number };
  for (;;) {
    const task = (await (await fetch(`${index.url}/tasks/${taskUid}`, { headers: index.headers })).json()) as { status: string; error?: unknown };
    if (task.status === 'succeeded') return;
    if (task.status !== 'enqueued' && task.status !== 'processing') throw new Error(`settings task ${taskUid} ${task.status}: ${JSON.stringify(task.error)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Each search's sample under the store's settings and under the variant's (blocks A B B A). */
export async function timeSettingsVariant(
  index: MeilisearchBenchIndex, bodies: MultiSearchBody[], store: Settings, variant: SettingsVariant,
): Promise<{ store: MultiSearchSample[]; variant: MultiSearchSample[] }> {
  const samples = { store: [] as MultiSearchSample[], variant: [] as MultiSearchSample[] };
  const restore: Settings = Object.fromEntries(Object.keys(variant.settings).map((key) => [key, store[key as keyof Settings]]));
  try {
    for (const which of ['store', 'variant', 'variant', 'store'] as const) {
      await applySettings(index, which === 'store' ? restore : variant.settings);
      for (const body of bodies.slice(0, 10)) await index.multiSearch(body); // warm-up after the switch
      for (const body of bodies) samples[which].push(await index.multiSearch(body));
    }
  } finally {
    await applySettings(index, restore);
  }
  return samples;
}
