import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { buildDemoCatalog, DEMO_CANNED_REPLIES, DEMO_FAQ, seedDemoCatalog, seedSupport, type SeedResult } from './index.ts';

let db: TestDatabase;
let mediaDir: string;
let first: SeedResult;
let second: SeedResult;
let countsAfterFirst: Record<string, number>;

async function tableCounts(): Promise<Record<string, number>> {
  const p = db.prisma;
  return {
    brands: await p.brand.count(),
    categories: await p.category.count(),
    products: await p.product.count(),
    variants: await p.productVariant.count(),
    attributes: await p.productAttribute.count(),
    images: await p.productImage.count(),
    faqEntries: await p.faqEntry.count(),
    cannedReplies: await p.cannedReply.count(),
    promotions: await p.promotion.count(),
    priceListEntries: await p.priceListEntry.count(),
  };
}

const firstSteps: [string, number][] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  mediaDir = await mkdtemp(path.join(tmpdir(), 'tandem-seed-'));
  first = await seedDemoCatalog(db.prisma, { mediaDir, onStep: (step, ms) => firstSteps.push([step, ms]) });
  countsAfterFirst = await tableCounts();
  second = await seedDemoCatalog(db.prisma, { mediaDir });
}, 120_000);

afterAll(async () => {
  await db?.close();
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
});

describe('seedDemoCatalog', () => {
  it('is idempotent: a second run inserts nothing, writes no image and leaves every count unchanged', async () => {
    expect(first.createdProducts).toBe(first.products);
    expect(second.createdProducts).toBe(0);
    expect(second.writtenImages).toBe(0);
    expect({ ...second, createdProducts: 0, writtenImages: 0 }).toEqual({ ...first, createdProducts: 0, writtenImages: 0 });
    expect(await tableCounts()).toEqual(countsAfterFirst);
    expect(countsAfterFirst.products).toBe(first.products);
    expect(countsAfterFirst.variants).toBe(first.variants);
  });

  it('reports each of its steps once, in order, with its duration', () => {
    expect(firstSteps.map(([step]) => step)).toEqual([
      'brands and categories', 'build the catalog in memory', 'product images',
      'products, variants, attributes, images rows', 'checkout settings', 'support', 'configurators', 'promotions',
    ]);
    for (const [, ms] of firstSteps) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it('seeds the FAQ, canned replies, promotions and price list once, and leaves a canned reply staff edited as it is', async () => {
    expect(countsAfterFirst).toMatchObject({ faqEntries: DEMO_FAQ.length, cannedReplies: DEMO_CANNED_REPLIES.length });
    expect(countsAfterFirst.promotions).toBeGreaterThan(0);
    expect(countsAfterFirst.priceListEntries).toBeGreaterThan(0);
    const title = DEMO_CANNED_REPLIES[0]!.title;
    await db.prisma.cannedReply.update({ where: { title }, data: { body: 'Edited by staff.' } });
    await seedSupport(db.prisma);
    expect((await db.prisma.cannedReply.findUniqueOrThrow({ where: { title } })).body).toBe('Edited by staff.');
    expect(await tableCounts()).toEqual(countsAfterFirst);
  });

  it('creates at least 200 products under at least 5 root categories with sub-categories', async () => {
    expect(countsAfterFirst.products).toBeGreaterThanOrEqual(200);
    const roots = await db.prisma.category.findMany({ where: { parentId: null }, include: { _count: { select: { children: true } } } });
    expect(roots.length).toBeGreaterThanOrEqual(5);
    for (const root of roots) expect(root._count.children).toBeGreaterThanOrEqual(2);
    expect(roots.filter((root) => root.featured).length).toBeGreaterThanOrEqual(2);
    const road = await db.prisma.category.findUnique({ where: { path: 'bikes/road' } });
    expect(road?.depth).toBe(1);
    expect(await db.prisma.product.count({ where: { category: { path: { startsWith: 'bikes/' } } } })).toBeGreaterThan(30);
  });

  it('gives every active product a variant and an image whose file exists in the media folder', async () => {
    const active = await db.prisma.product.findMany({ where: { status: 'ACTIVE' }, include: { variants: true, images: true } });
    expect(active.length).toBeGreaterThan(0);
    for (const product of active) {
      expect(product.variants.length, product.slug).toBeGreaterThanOrEqual(1);
      expect(product.images.length, product.slug).toBeGreaterThanOrEqual(1);
      for (const image of product.images) {
        expect(image.url).toMatch(/^\/media\/products\/[a-z0-9-]+\.svg$/);
        const file = path.join(mediaDir, image.url.replace('/media/', ''));
        expect(existsSync(file), file).toBe(true);
        expect((await stat(file)).size).toBeLessThan(8_000);
        expect(image.alt.length).toBeGreaterThan(5);
      }
    }
  });

  it('hides some products as drafts and archived', async () => {
    expect(await db.prisma.product.count({ where: { status: 'DRAFT' } })).toBeGreaterThan(0);
    expect(await db.prisma.product.count({ where: { status: 'ARCHIVED' } })).toBeGreaterThan(0);
    expect(await db.prisma.product.count({ where: { status: 'DRAFT', publishedAt: { not: null } } })).toBe(0);
  });

  it('stores positive integer prices and lets the trigger roll them up onto the product', async () => {
    const products = await db.prisma.product.findMany({ include: { variants: true } });
    for (const product of products) {
      const prices = product.variants.map((variant) => variant.priceAmount);
      for (const price of prices) expect(Number.isInteger(price) && price > 0).toBe(true);
      expect(product.minPriceAmount, product.slug).toBe(Math.min(...prices));
      expect(product.maxPriceAmount, product.slug).toBe(Math.max(...prices));
      expect(product.inStock, product.slug).toBe(product.variants.some((variant) => variant.stockOnHand > 0));
    }
    expect(products.some((product) => !product.inStock)).toBe(true);
  });

  it('adds filterable attributes, featured products and the future configurable products', async () => {
    const materials = await db.prisma.productAttribute.findMany({ where: { name: 'frame-material' }, distinct: ['value'], select: { value: true } });
    expect(materials.map((row) => row.value).sort()).toEqual(['aluminium', 'carbon', 'steel', 'titanium']);
    expect(await db.prisma.product.count({ where: { featured: true, status: 'ACTIVE' } })).toBe(12);
    const kit = await db.prisma.product.findUnique({ where: { slug: 'custom-build-road-bike-frame-kit' }, include: { variants: true } });
    expect(kit?.variants[0]?.optionValues).toMatchObject({ size: '49 cm' });
    expect(await db.prisma.product.findUnique({ where: { slug: 'made-to-measure-team-jersey' } })).not.toBeNull();
  });

  it('stores the deterministic dates and variant options of the built catalog', async () => {
    const specs = buildDemoCatalog();
    const rows = await db.prisma.product.findMany({ include: { variants: { orderBy: { position: 'asc' } } } });
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    for (const spec of specs) {
      const row = bySlug.get(spec.slug);
      expect(row?.createdAt.toISOString(), spec.slug).toBe(spec.createdAt.toISOString());
      expect(row?.publishedAt?.toISOString() ?? null).toBe(spec.publishedAt?.toISOString() ?? null);
      expect(row?.variants.map((variant) => [variant.sku, variant.optionValues, variant.compareAtAmount])).toEqual(
        spec.variants.map((variant) => [variant.sku, variant.optionValues, variant.compareAtAmount]),
      );
    }
  });
});
