import { reindexAll, storeSearchSettings } from '@tandem/core/search';
import { createTestDatabase, TEST_STOREFRONT_URL, makeBrand, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { PostgresSearchEngine } from '@tandem/search/postgres';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServices } from '../context.ts';
import { embeddedAdapters } from '../testing/adapters.ts';
import { callerFor, type Caller } from '../testing/callers.ts';

describe('search router', () => {
  let db: TestDatabase;
  let caller: Caller;
  beforeAll(async () => {
    db = await createTestDatabase();
    const engine = new PostgresSearchEngine(db.prisma);
    caller = callerFor(createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, search: engine }));
    const bikes = await makeCategory(db.prisma, 'bikes');
    const gravel = await makeCategory(db.prisma, 'gravel', bikes);
    const montana = await makeBrand(db.prisma, 'montana');
    await makeProduct(db.prisma, { slug: 'explorer', title: 'Gravel Explorer Ténéré', categoryId: gravel.id, brandId: montana.id, variants: [{ priceAmount: 129_900, compareAtAmount: 149_900 }] });
    await makeProduct(db.prisma, { slug: 'explorer-draft', title: 'Gravel Explorer Prototype', categoryId: gravel.id, status: 'DRAFT' });
    await engine.applySettings(storeSearchSettings);
    await reindexAll(db.prisma, engine);
  });
  afterAll(() => db.close());

  it('finds published products despite typos and accents, with money, highlights and facets', async () => {
    const page = await caller.search.query({ q: 'gravle tenere' });
    expect(page.total).toBe(1);
    expect(page.hits[0]).toMatchObject({
      slug: 'explorer',
      price: { min: { amount: 129_900, currency: 'EUR' } },
      compareAt: { amount: 149_900, currency: 'EUR' },
      bestPrice: { amount: 129_900, currency: 'EUR' },
    });
    expect(page.hits[0]?.titleHighlight.filter((s) => s.match).map((s) => s.text)).toEqual(['Gravel', 'Ténéré']);
    expect(page.didYouMean).toBe('gravel tenere');
    expect(page.facets?.brands).toEqual([{ value: 'montana', label: 'MONTANA', count: 1 }]);
    expect(page.pageCount).toBe(1);
  });

  it('suggests completions and products as the shopper types', async () => {
    const suggestions = await caller.search.suggest({ q: 'expl' });
    expect(suggestions.queries).toEqual(['explorer']);
    expect(suggestions.products.map((p) => p.slug)).toEqual(['explorer']);
  });

  it('refuses bad input with the fields at fault', async () => {
    const error = await caller.search.query({ q: 'x', minPrice: 500, maxPrice: 100, category: 'Not A Path' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    await expect(caller.search.suggest({ q: '   ' })).rejects.toThrow(/Type something/);
    await expect(caller.search.query({ q: 'x'.repeat(201) })).rejects.toThrow(/at most 200 characters/);
  });
});
