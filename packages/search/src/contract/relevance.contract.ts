// The shared relevance set (issue #18): queries with the products that must and must not come
// back in the first results, run on a fresh index of its own against every adapter, so both
// engines forgive the same typos, fold the same accents, and find nothing for nonsense.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine, SearchRequest, SearchResult } from '../port.ts';
import { contractSettings } from './fixture-documents.ts';
import { relevanceDocuments } from './relevance-documents.ts';

/** One query and what its first `top` results (default 10) must and must not hold. */
export interface RelevanceCase {
  why: string;
  query: string;
  first?: string;
  found?: string[];
  notFound?: string[];
  /** Nothing at all may come back. */
  nothing?: boolean;
  top?: number;
}

export const relevanceCases: RelevanceCase[] = [
  { why: 'an exact title word ranks its product first', query: 'helmet', first: 'aero-helmet' },
  { why: 'a short word is matched exactly, not one typo away ("cafe" is not "Cadence")', query: 'cafe', found: ['cafe-racer'], notFound: ['cadence-stem', 'cadence-crank', 'cadence-sensor'] },
  { why: 'accents fold on both sides', query: 'CAFÉ', first: 'cafe-racer', notFound: ['cadence-sensor'] },
  { why: 'a four-letter word gets no typo ("bell" is not "belt")', query: 'bell', found: ['brass-bell'], notFound: ['belt-drive'] },
  { why: 'a longer word is found despite a missing letter', query: 'helmt', first: 'aero-helmet' },
  { why: 'a swap of two letters is one typo', query: 'gravle', found: ['gravel-explorer'] },
  { why: 'a typo inside a word is forgiven', query: 'montain', first: 'trail-mtb' },
  { why: 'a brand is found without its accent', query: 'montana', found: ['gravel-explorer', 'trail-mtb'] },
  { why: 'synonyms apply', query: 'bicycle', found: ['cafe-racer', 'trail-mtb', 'balance-bike'] },
  { why: 'a word is found as itself before anything it resembles', query: 'cadence', found: ['cadence-stem', 'cadence-crank', 'cadence-sensor'], notFound: ['cafe-racer'], top: 3 },
  { why: 'a nonsense word finds nothing, even when it contains a real one ("phone")', query: 'xylophone', nothing: true },
  { why: 'every word must match: a real word beside nonsense finds nothing', query: 'helmet xylophone', nothing: true },
];

export function searchRelevanceContract(name: string, engine: () => Promise<{ engine: SearchEngine; dispose(): Promise<void> }>): void {
  describe(`relevance set: ${name}`, () => {
    let subject: { engine: SearchEngine; dispose(): Promise<void> };
    const search = (request: Partial<SearchRequest>): Promise<SearchResult> => subject.engine.search({ query: '', facets: false, ...request });
    const ids = (result: SearchResult) => result.hits.map((hit) => hit.document.id);
    const marked = (result: SearchResult) => result.hits[0]?.titleHighlight.filter((s) => s.match).map((s) => s.text);

    beforeAll(async () => {
      subject = await engine();
      await subject.engine.clear();
      await subject.engine.applySettings(contractSettings);
      await subject.engine.index(relevanceDocuments);
    });
    afterAll(async () => {
      await subject?.dispose();
    });

    it.each(relevanceCases)('$query: $why', async (testCase) => {
      const result = await search({ query: testCase.query, pageSize: testCase.top ?? 10 });
      const found = ids(result);
      if (testCase.nothing) expect({ total: result.total, found }).toEqual({ total: 0, found: [] });
      if (testCase.first) expect(found[0]).toBe(testCase.first);
      expect(found).toEqual(expect.arrayContaining(testCase.found ?? []));
      for (const id of testCase.notFound ?? []) expect(found).not.toContain(id);
    });

    it('sorts every match by price when asked, however well each matched', async () => {
      const prices = (await search({ query: 'bike', sort: 'price-asc' })).hits.map((hit) => hit.document.priceMinAmount);
      expect(prices.length).toBeGreaterThan(3);
      expect(prices).toEqual([...prices].sort((a, b) => a - b));
    });

    it('marks whole words, whether the query was a prefix or a typo', async () => {
      expect(marked(await search({ query: 'helm' }))).toEqual(['Helmet']);
      expect(marked(await search({ query: 'helmt' }))).toEqual(['Helmet']);
      expect(marked(await search({ query: 'cadenc sens' }))).toEqual(['Cadence', 'Sensor']);
      const [suggested] = (await subject.engine.suggest('helm')).products;
      expect(suggested?.titleHighlight.filter((s) => s.match).map((s) => s.text)).toEqual(['Helmet']);
    });
  });
}
