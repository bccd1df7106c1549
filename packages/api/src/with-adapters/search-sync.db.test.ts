// Core's search sync against the real PostgreSQL engine: it lives here, beside the composition
// root, because core never imports an adapter, not even in a test.
import { createTestDatabase, makeBrand, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import type { SearchDocument } from '@tandem/search/port';
import { PostgresSearchEngine } from '@tandem/search/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobWorker, type JobWorker } from '@tandem/core/jobs';
import { importOfferFeed } from '@tandem/core/offers';
import { reindexAll, searchJobHandlers, storeSearchSettings } from '@tandem/core/search';

describe('keeping search in sync with the catalog', () => {
  let db: TestDatabase;
  let engine: PostgresSearchEngine;
  let worker: JobWorker;
  const found = async (query: string) => (await engine.search({ query, pageSize: 50 })).hits.map((hit) => hit.document.slug).sort();
  const drain = async () => {
    while (await worker.runOnce()) { /* until the queue is empty */ }
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    engine = new PostgresSearchEngine(db.prisma);
    await engine.applySettings(storeSearchSettings);
    worker = createJobWorker(db.prisma, { handlers: searchJobHandlers(db.prisma, engine) });
    const bikes = await makeCategory(db.prisma, 'bikes');
    const road = await makeCategory(db.prisma, 'road', bikes);
    const velox = await makeBrand(db.prisma, 'velox');
    await makeProduct(db.prisma, { slug: 'sync-roadster', title: 'Roadster Carbon', categoryId: road.id, brandId: velox.id, attributes: { material: ['carbon'] } });
    await makeProduct(db.prisma, { slug: 'sync-draft', title: 'Roadster Draft', categoryId: road.id, status: 'DRAFT' });
    await makeProduct(db.prisma, { slug: 'sync-archived', title: 'Roadster Archived', categoryId: road.id, status: 'ARCHIVED' });
  });
  afterAll(() => db.close());

  it('indexes published products written anywhere, never drafts or archived ones', async () => {
    expect(await db.prisma.job.count({ where: { kind: 'search.sync-product', state: 'PENDING' } })).toBe(3);
    await drain();
    expect(await found('roadster')).toEqual(['sync-roadster']);
    const [hit] = (await engine.search({ query: 'roadster' })).hits;
    expect(hit?.document).toMatchObject({ brand: { slug: 'velox', name: 'VELOX' }, categoryPaths: ['bikes', 'bikes/road'], categoryNames: ['Bikes', 'Road'], priceMinAmount: 1000, bestPriceAmount: 1000, inStock: true });
  });

  it('follows edits of titles, prices, attributes, brands, categories and stock', async () => {
    const product = await db.prisma.product.findUniqueOrThrow({ where: { slug: 'sync-roadster' } });
    await db.prisma.product.update({ where: { id: product.id }, data: { title: 'Roadrunner Carbon' } });
    await db.prisma.productVariant.updateMany({ where: { productId: product.id }, data: { priceAmount: 4321 } });
    await db.prisma.productAttribute.create({ data: { productId: product.id, name: 'colour', value: 'Teal' } });
    await db.prisma.brand.update({ where: { slug: 'velox' }, data: { name: 'Velox Cycles' } });
    await db.prisma.category.update({ where: { slug: 'road' }, data: { name: 'Road bikes' } });
    await db.prisma.productVariant.updateMany({ where: { productId: product.id }, data: { stockOnHand: 0 } });
    await drain();
    const [hit] = (await engine.search({ query: 'roadrunner teal' })).hits;
    expect(hit?.document).toMatchObject({ title: 'Roadrunner Carbon', priceMinAmount: 4321, brand: { name: 'Velox Cycles' }, categoryNames: ['Bikes', 'Road bikes'], inStock: false });
  });

  it('enqueues one job per product however many rows a change touches, and none for stock-only variant updates', async () => {
    await drain();
    const product = await db.prisma.product.findUniqueOrThrow({ where: { slug: 'sync-roadster' } });
    await db.prisma.productAttribute.createMany({ data: ['a', 'b', 'c'].map((value) => ({ productId: product.id, name: 'tag', value })) });
    await db.prisma.product.update({ where: { id: product.id }, data: { description: 'Fast.' } });
    expect(await db.prisma.job.count({ where: { state: 'PENDING' } })).toBe(1);
    await drain();
    await db.prisma.productVariant.updateMany({ where: { productId: product.id }, data: { stockOnHand: 0 } });
    expect(await db.prisma.job.count({ where: { state: 'PENDING' } })).toBe(0);
  });

  it('removes products when they are archived, unpublished or deleted', async () => {
    const product = await db.prisma.product.findUniqueOrThrow({ where: { slug: 'sync-roadster' } });
    await db.prisma.product.update({ where: { id: product.id }, data: { status: 'ARCHIVED' } });
    await drain();
    expect(await found('roadrunner')).toEqual([]);
    await db.prisma.product.update({ where: { id: product.id }, data: { status: 'ACTIVE' } });
    await drain();
    expect(await found('roadrunner')).toEqual(['sync-roadster']);
    await db.prisma.product.delete({ where: { id: product.id } });
    await drain();
    expect(await found('roadrunner')).toEqual([]);
  });

  it('rebuilds the whole index from the catalog, settling the sync jobs it makes redundant', async () => {
    const road = await db.prisma.category.findUniqueOrThrow({ where: { slug: 'road' } });
    for (const n of [1, 2, 3]) await makeProduct(db.prisma, { slug: `reindexed-${n}`, title: `Reindexed ${n}`, categoryId: road.id });
    await engine.clear();
    const progress: number[] = [];
    const result = await reindexAll(db.prisma, engine, { batchSize: 2, onProgress: ({ done }) => progress.push(done) });
    expect(result.indexed).toBe(3);
    expect(progress).toEqual([0, 2, 3]);
    expect(await found('reindexed')).toEqual(['reindexed-1', 'reindexed-2', 'reindexed-3']);
    expect(await db.prisma.job.count({ where: { state: 'PENDING' } })).toBe(0);
  });

  it('takes a cheaper competitor offer as the best offer, and follows the offer when it goes', async () => {
    const category = await db.prisma.category.findUniqueOrThrow({ where: { slug: 'road' } });
    await makeProduct(db.prisma, { slug: 'sync-offered', title: 'Offered Roadrunner', categoryId: category.id, variants: [{ priceAmount: 1_500, sku: 'SYNC-OFFERED-1' }] });
    await drain();
    const sku = 'SYNC-OFFERED-1';
    const source = { slug: 'rival-shop', name: 'Rival Shop', kind: 'COMPETITOR' as const, homepageUrl: 'https://rival.example' };
    const feed = (price: string) => `id,title,mpn,brand,price,availability,shipping,link\nR-1,Offered Roadrunner,${sku},,${price},in stock,0.00 EUR,https://rival.example/p/1\n`;
    await importOfferFeed(db.prisma, { source, format: 'CSV', text: feed('12.00 EUR'), full: true });
    await drain();
    const [hit] = (await engine.search({ query: 'offered roadrunner' })).hits;
    expect(hit?.document).toMatchObject({ slug: 'sync-offered', priceMinAmount: 1_500, bestPriceAmount: 1_200 });
    // The offer leaves the next full feed: the store's own price is the best again.
    await importOfferFeed(db.prisma, { source, format: 'CSV', text: 'id,title,price,availability,link\n', full: true });
    await drain();
    const [after] = (await engine.search({ query: 'offered roadrunner' })).hits;
    expect(after?.document.bestPriceAmount).toBe(after?.document.priceMinAmount);
  });

  it('syncs every product waiting with one engine write, however many there are', async () => {
    await drain();
    const road = await db.prisma.category.findUniqueOrThrow({ where: { slug: 'road' } });
    for (const n of [1, 2, 3, 4, 5]) await makeProduct(db.prisma, { slug: `batched-${n}`, title: `Batched ${n}`, categoryId: road.id });
    const writes: number[] = [];
    const counting = Object.assign(Object.create(engine) as PostgresSearchEngine, {
      index: async (documents: SearchDocument[]) => {
        writes.push(documents.length);
        await engine.index(documents);
      },
    });
    const batchWorker = createJobWorker(db.prisma, { handlers: searchJobHandlers(db.prisma, counting) });
    expect(await batchWorker.runOnce()).toBe(5);
    expect(writes).toEqual([5]);
    expect(await found('batched')).toEqual(['batched-1', 'batched-2', 'batched-3', 'batched-4', 'batched-5']);
  });
});
