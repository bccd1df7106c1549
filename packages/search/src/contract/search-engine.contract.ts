// One behavioural contract for every SearchEngine adapter. An adapter's test file calls
// `searchEngineContract(name, factory)`; the suite indexes the fixture catalog and checks
// relevance (exact, typo'd, accented, synonym and prefix queries), filters, facet counts,
// every sort, pagination, highlights, suggestions and that removed products never come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine, SearchRequest, SearchResult } from '../port.ts';
import { contractDocuments, contractSettings } from './fixture-documents.ts';
import { searchRelevanceContract } from './relevance.contract.ts';

export interface ContractEngine {
  engine: SearchEngine;
  /** Called once after the suite. */
  dispose(): Promise<void>;
}

export interface ContractOptions {
  /** Whether the engine offers "did you mean" corrections (Meilisearch corrects silently). */
  didYouMean: boolean;
  /** Skip the whole suite, saying why (e.g. no server configured). */
  skipReason?: string | undefined;
}

export function searchEngineContract(name: string, create: () => Promise<ContractEngine>, options: ContractOptions): void {
  describe.skipIf(Boolean(options.skipReason))(`SearchEngine contract: ${name}${options.skipReason ? ` (skipped: ${options.skipReason})` : ''}`, () => {
    let subject: ContractEngine;
    const search = (request: Partial<SearchRequest>): Promise<SearchResult> => subject.engine.search({ query: '', ...request });
    const ids = (result: SearchResult) => result.hits.map((hit) => hit.document.id);

    beforeAll(async () => {
      subject = await create();
      await subject.engine.clear();
      await subject.engine.applySettings(contractSettings);
      await subject.engine.applySettings(contractSettings);
      await subject.engine.index(contractDocuments);
    });
    afterAll(async () => {
      await subject?.dispose();
    });

    describe('relevance', () => {
      it('finds a product by an exact word of its title, first', async () => {
        expect(ids(await search({ query: 'helmet' }))[0]).toBe('aero-helmet');
      });
      it('finds products despite a typo', async () => {
        expect(ids(await search({ query: 'helmt' }))).toContain('aero-helmet');
        expect(ids(await search({ query: 'montain' }))).toContain('trail-mtb');
        expect(ids(await search({ query: 'carbn road' }))[0]).toBe('carbon-road');
      });
      it('ignores accents on both sides', async () => {
        expect(ids(await search({ query: 'cafe' }))).toContain('cafe-racer');
        expect(ids(await search({ query: 'CAFÉ racer' }))[0]).toBe('cafe-racer');
        expect(ids(await search({ query: 'montana' })).sort()).toEqual(expect.arrayContaining(['gravel-explorer', 'trail-mtb']));
      });
      it('applies synonyms in both directions', async () => {
        expect(ids(await search({ query: 'bicycle' }))).toEqual(expect.arrayContaining(['carbon-road', 'cafe-racer']));
        expect(ids(await search({ query: 'tire' }))).toContain('tough-tyre');
        expect(ids(await search({ query: 'mtb' }))).toContain('trail-mtb');
      });
      it('matches the beginning of a word', async () => {
        expect(ids(await search({ query: 'grav' }))).toContain('gravel-explorer');
        expect(ids(await search({ query: 'alumin' }))).toContain('alu-road');
      });
      it('ignores stop words', async () => {
        expect(ids(await search({ query: 'the helmet' }))[0]).toBe('aero-helmet');
      });
      it('ranks title matches above description matches', async () => {
        const found = ids(await search({ query: 'road bike' }));
        expect(found.indexOf('carbon-road')).toBeLessThan(found.indexOf('tough-tyre'));
        expect(found.indexOf('alu-road')).toBeLessThan(found.indexOf('tough-tyre'));
      });
      it('marks the matched words of titles, accents included', async () => {
        const [hit] = (await search({ query: 'cafe' })).hits;
        expect(hit?.titleHighlight.filter((s) => s.match).map((s) => s.text)).toEqual(['Café']);
        expect(hit?.titleHighlight.map((s) => s.text).join('')).toBe('Café Racer City Bicycle');
      });
      it.runIf(options.didYouMean)('suggests the corrected query for a misspelt word', async () => {
        expect((await search({ query: 'helmt' })).didYouMean).toBe('helmet');
        expect((await search({ query: 'helmet' })).didYouMean).toBeNull();
      });
      it('returns nothing for words that match nothing', async () => {
        const result = await search({ query: 'xylophone' });
        expect(result.total).toBe(0);
        expect(result.hits).toEqual([]);
      });
    });

    describe('filters', () => {
      it('filters by a category and everything under it', async () => {
        expect(ids(await search({ filters: { category: 'bikes' }, pageSize: 50 })).sort()).toEqual(
          ['alu-road', 'balance-bike', 'cafe-racer', 'carbon-road', 'gravel-explorer', 'trail-mtb'],
        );
        expect(ids(await search({ filters: { category: 'bikes/road' } })).sort()).toEqual(['alu-road', 'carbon-road']);
      });
      it('filters by brands, price range, best price, attributes and stock, together', async () => {
        expect((await search({ filters: { brands: ['velox', 'casco'] } })).total).toBe(4);
        expect(ids(await search({ filters: { priceMin: 10_000, priceMax: 60_000 } })).sort()).toEqual(['aero-helmet', 'balance-bike', 'cafe-racer']);
        expect(ids(await search({ filters: { category: 'bikes', bestPriceMax: 60_000 } })).sort()).toEqual(['balance-bike', 'cafe-racer', 'gravel-explorer']);
        expect(ids(await search({ filters: { attributes: { material: ['aluminium', 'steel'] } } })).sort()).toEqual(['alu-road', 'gravel-explorer', 'trail-mtb']);
        expect(ids(await search({ filters: { attributes: { material: ['aluminium'], colour: ['Red'] } } }))).toEqual(['alu-road']);
        expect(ids(await search({ filters: { category: 'bikes/mountain', inStock: true } }))).toEqual([]);
        expect(ids(await search({ query: 'bike', filters: { brands: ['montana'], inStock: true } }))).toEqual(['gravel-explorer']);
      });
    });

    describe('facets', () => {
      it('counts categories, brands, attributes, stock and the price span', async () => {
        const { facets, total } = await search({});
        expect(total).toBe(10);
        expect(facets?.categories).toEqual([
          { value: 'bikes', label: 'Bikes', count: 6 },
          { value: 'accessories', label: 'Accessories', count: 2 },
          { value: 'clothing', label: 'Clothing', count: 1 },
          { value: 'parts', label: 'Parts', count: 1 },
        ]);
        expect(facets?.brands).toEqual([
          { value: 'urbano', label: 'Urbano', count: 3 },
          { value: 'velox', label: 'Velox', count: 3 },
          { value: 'montana', label: 'Montaña', count: 2 },
          { value: 'casco', label: 'Casco', count: 1 },
        ]);
        const colour = facets?.attributes.find((a) => a.name === 'colour');
        expect(colour?.values).toEqual(expect.arrayContaining([{ value: 'Black', label: 'Black', count: 2 }, { value: 'Red', label: 'Red', count: 1 }]));
        expect(facets?.inStock).toBe(8);
        expect(facets?.price).toEqual({ min: 2_900, max: 199_900 });
      });
      it('counts each facet under every filter but its own', async () => {
        const { facets, total } = await search({ filters: { category: 'bikes', brands: ['velox'] } });
        expect(total).toBe(2);
        expect(facets?.brands).toEqual([
          { value: 'montana', label: 'Montaña', count: 2 },
          { value: 'urbano', label: 'Urbano', count: 2 },
          { value: 'velox', label: 'Velox', count: 2 },
        ]);
        expect(facets?.categories).toEqual([{ value: 'bikes/road', label: 'Road bikes', count: 2 }]);
        const material = facets?.attributes.find((a) => a.name === 'material');
        expect(material?.values).toEqual(expect.arrayContaining([{ value: 'carbon', label: 'carbon', count: 1 }, { value: 'aluminium', label: 'aluminium', count: 1 }]));
      });
      it('omits facets when not asked for', async () => {
        expect((await search({ facets: false })).facets).toBeNull();
      });
    });

    describe('sorts and pages', () => {
      const all = { filters: { category: 'bikes' }, pageSize: 50 } as const;
      it('sorts by price both ways', async () => {
        const asc = (await search({ ...all, sort: 'price-asc' })).hits.map((h) => h.document.priceMinAmount);
        expect(asc).toEqual([...asc].sort((a, b) => a - b));
        const desc = ids(await search({ ...all, sort: 'price-desc' }));
        expect(desc[0]).toBe('carbon-road');
      });
      it('sorts newest first', async () => {
        expect(ids(await search({ ...all, sort: 'newest' }))).toEqual(['balance-bike', 'gravel-explorer', 'cafe-racer', 'alu-road', 'trail-mtb', 'carbon-road']);
      });
      it('sorts by rating, unrated products last', async () => {
        expect(ids(await search({ ...all, sort: 'rating' })).slice(0, 3)).toEqual(['carbon-road', 'alu-road', 'cafe-racer']);
      });
      it('sorts by best offer, which may beat the store price', async () => {
        expect(ids(await search({ ...all, sort: 'best-offer' }))).toEqual(['balance-bike', 'gravel-explorer', 'cafe-racer', 'alu-road', 'trail-mtb', 'carbon-road']);
      });
      it('pages without repeats and keeps the total', async () => {
        const first = await search({ ...all, sort: 'price-asc', pageSize: 4, page: 1 });
        const second = await search({ ...all, sort: 'price-asc', pageSize: 4, page: 2 });
        expect(first.total).toBe(6);
        expect(second.total).toBe(6);
        expect(ids(second)).toHaveLength(2);
        expect(new Set([...ids(first), ...ids(second)]).size).toBe(6);
      });
    });

    describe('suggestions', () => {
      it('completes words and proposes products as the shopper types', async () => {
        const suggestions = await subject.engine.suggest('helm');
        expect(suggestions.queries).toContain('helmet');
        expect(suggestions.products[0]?.slug).toBe('aero-helmet');
      });
    });

    describe('results', () => {
      it('hand back each document exactly as it was indexed', async () => {
        const hits = (await search({ pageSize: 50 })).hits;
        expect(hits).toHaveLength(contractDocuments.length);
        for (const hit of hits) expect(hit.document).toEqual(contractDocuments.find((d) => d.id === hit.document.id));
      });
    });

    describe('index maintenance', () => {
      it('replaces a re-indexed document and never returns a removed one', async () => {
        const light = contractDocuments.find((d) => d.id === 'front-light')!;
        await subject.engine.index([{ ...light, title: 'LED Front Lamp' }]);
        expect(ids(await search({ query: 'lamp' }))).toEqual(['front-light']);
        await subject.engine.remove(['front-light', 'never-indexed']);
        expect(ids(await search({ query: 'lamp' }))).toEqual([]);
        expect(ids(await search({ pageSize: 50 }))).not.toContain('front-light');
        expect((await subject.engine.suggest('lam')).products).toEqual([]);
        await subject.engine.index([light]);
        expect(ids(await search({ query: 'light' }))).toContain('front-light');
      });
      it('reports how many documents the index holds and nothing failed', async () => {
        expect(await subject.engine.status()).toEqual({ documents: contractDocuments.length, pendingWrites: 0, recentFailures: [] });
      });
    });

    // On an index of its own: the relevance set's bait products would change the counts above.
    searchRelevanceContract(name, create);
  });
}
