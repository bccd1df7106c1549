// The rewritten search statement against the one it replaced (reference-search-statement.ts),
// on the same generated catalog: the same hits in the same order, totals and facets for random
// queries (words, prefixes, synonyms, typos through the trigram fallback, none), filters, sorts
// and pages. Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.
import { createRandom } from '@tandem/db/seed';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractSettings, doc } from '../contract/fixture-documents.ts';
import type { SearchDocument, SearchRequest, SearchSort } from '../port.ts';
import { PostgresSearchEngine } from './postgres-engine.ts';
import { analyseQuery } from './query-analysis.ts';
import { referenceSearchStatement } from './reference-search-statement.ts';
import { runStatement, searchStatement, type MatchMode } from './search-statement.ts';

const WORDS = ['carbon', 'steel', 'alloy', 'gravel', 'road', 'helmet', 'tyre', 'bike', 'bicycle', 'light', 'touring', 'bag'];
const CATEGORIES: [string, ...string[]][] = [
  ['bikes/road', 'Bikes', 'Road bikes'],
  ['bikes/gravel', 'Bikes', 'Gravel bikes'],
  ['bikes/gravel/kids', 'Bikes', 'Gravel bikes', 'Kids gravel'],
  ['parts/wheels', 'Parts', 'Wheels'],
  ['parts', 'Parts'],
  ['accessories/lights', 'Accessories', 'Lights'],
];
const BRANDS: ([string, string] | undefined)[] = [['velox', 'Velox'], ['montana', 'Montaña'], ['casco', 'Casco'], undefined];
const COLOURS = ['Red', 'Black', 'Green'];
const MATERIALS = ['carbon', 'steel', 'aluminium'];
const SORTS: SearchSort[] = ['relevance', 'price-asc', 'price-desc', 'newest', 'rating', 'best-offer'];

/** A deterministic generator, so a failure names a reproducible case. */
const seeded = (seed: number): (() => number) => createRandom(seed).next;

function catalog(count: number, random: () => number): SearchDocument[] {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const attributes: Record<string, string> = {};
    if (random() < 0.8) attributes['colour'] = pick(COLOURS);
    if (random() < 0.6) attributes['material'] = pick(MATERIALS);
    const brand = pick(BRANDS);
    const price = 500 + Math.floor(random() * 200) * 100;
    return doc({
      id: `p${String(i).padStart(4, '0')}`,
      title: `${pick(WORDS)} ${pick(WORDS)} ${i % 7 === 0 ? 'Café' : 'model'} ${i}`,
      description: `${pick(WORDS)} for ${pick(WORDS)} days, ${pick(WORDS)}.`,
      ...(brand ? { brand } : {}),
      category: pick(CATEGORIES),
      price,
      bestPrice: random() < 0.3 ? price - 100 : price,
      inStock: random() < 0.8,
      ...(random() < 0.5 ? { rating: [1 + Math.floor(random() * 40) / 10, 1 + Math.floor(random() * 20)] as [number, number] } : {}),
      attributes,
      // Several documents share a creation time, so the id tie-break decides their order.
      createdAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(random() * 60))).toISOString(),
    });
  });
}

function request(random: () => number): SearchRequest {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const word = pick(WORDS);
  const query = pick(['', word, word.slice(0, 3), `${word} ${pick(WORDS)}`, `${word.slice(0, 2)}x${word.slice(3)}`, 'cafe', 'bicycle', 'zzzz']);
  const filters: NonNullable<SearchRequest['filters']> = {};
  if (random() < 0.3) filters.category = pick(['bikes', 'bikes/gravel', 'parts', 'accessories/lights']);
  if (random() < 0.3) filters.brands = random() < 0.5 ? ['velox'] : ['velox', 'casco'];
  if (random() < 0.2) Object.assign(filters, { priceMin: 3_000, priceMax: 15_000 });
  if (random() < 0.15) filters.bestPriceMax = 10_000;
  if (random() < 0.3) filters.inStock = true;
  if (random() < 0.3) filters.attributes = { colour: random() < 0.5 ? ['Red'] : ['Red', 'Black'] };
  if (random() < 0.2) filters.attributes = { ...filters.attributes, material: ['steel'] };
  return { query, filters, sort: pick(SORTS), page: random() < 0.2 ? 2 : 1, pageSize: 10, facets: random() < 0.9 };
}

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  const engine = new PostgresSearchEngine(db.prisma);
  await engine.applySettings(contractSettings);
  await engine.index(catalog(400, seeded(21)));
});
afterAll(() => db.close());

/** Runs `count` random searches through both statements; returns how many found documents. */
async function compareSearches(seed: number, count: number): Promise<number> {
  const random = seeded(seed);
  let nonEmpty = 0;
  for (let i = 0; i < count; i++) {
    const search = request(random);
    const analysed = await analyseQuery(db.prisma, search.query);
    const modes: MatchMode[] = analysed.tsquery
      ? [{ kind: 'fulltext', tsquery: analysed.tsquery }, { kind: 'fuzzy', text: analysed.text }]
      : [{ kind: 'all' }];
    for (const mode of modes) {
      const args = [search, mode, search.page ?? 1, search.pageSize ?? 10] as const;
      const before = await runStatement(db.prisma, referenceSearchStatement(...args), mode);
      const after = await runStatement(db.prisma, searchStatement(...args), mode);
      expect(after, `case ${i}: ${JSON.stringify(search)} (${mode.kind})`).toEqual(before);
      if (before.total > 0) nonEmpty++;
    }
  }
  return nonEmpty;
}

describe('the rewritten search statement', () => {
  it('answers 150 random searches exactly as the statement it replaced', async () => {
    // The comparison means something only if most cases find documents.
    expect(await compareSearches(18, 150)).toBeGreaterThan(100);
  });

  it('keeps attribute facets exact after documents are re-indexed with other attributes', async () => {
    // Re-indexed documents move to other attribute lists (ids of "SearchAttributeSet"), some to
    // lists no document had before; the facets count them under their new lists only.
    const edited = catalog(400, seeded(21))
      .filter((_, i) => i % 3 === 0)
      .map((document, i) => ({ ...document, attributes: i % 2 ? [{ name: 'colour', value: 'Blue' }] : [{ name: 'material', value: 'steel' }, { name: 'colour', value: 'Red' }] }));
    const engine = new PostgresSearchEngine(db.prisma);
    await engine.index(edited);
    const blue = await engine.search({ query: '', facets: true, pageSize: 1 });
    expect(blue.facets?.attributes.find((a) => a.name === 'colour')?.values.find((v) => v.value === 'Blue')?.count).toBe(Math.floor(edited.length / 2));
    expect(await compareSearches(19, 60)).toBeGreaterThan(40);
  });
});
