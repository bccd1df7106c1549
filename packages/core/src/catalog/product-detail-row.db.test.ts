// The product page's one statement against the Prisma nested select it replaced: on the demo
// catalog (variants with options, tagged images, attributes, configurable products) every
// product reads the same row both ways, and drafts and archived products read as absent.
import { createDemoTestDatabase, type DemoTestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productCardSelect } from './product-card.ts';
import { loadProductDetailRow } from './product-detail-row.ts';
import { VISIBLE } from './visibility.ts';

let db: DemoTestDatabase;

beforeAll(async () => {
  db = await createDemoTestDatabase();
}, 180_000);
afterAll(() => db.close());

/** The previous implementation's query (Prisma nested select, one query per relation). */
function byPrismaSelect(slug: string) {
  return db.prisma.product.findFirst({
    where: { AND: [VISIBLE, { slug }] },
    select: {
      ...productCardSelect,
      description: true,
      categoryId: true,
      configurable: { select: { id: true, baseVariantId: true } },
      images: { select: { url: true, alt: true, width: true, height: true, optionValues: true }, orderBy: { position: 'asc' } },
      attributes: { select: { name: true, value: true }, orderBy: [{ name: 'asc' }, { value: 'asc' }] },
      variants: {
        select: { id: true, sku: true, title: true, optionValues: true, priceAmount: true, currency: true, compareAtAmount: true, stockOnHand: true, position: true, gtin: true, mpn: true },
        orderBy: [{ position: 'asc' }, { sku: 'asc' }],
      },
    },
  });
}

describe('the product page statement', () => {
  it('reads every product exactly as the nested Prisma select did', async () => {
    const products = await db.prisma.product.findMany({ select: { slug: true, status: true } });
    const configurable = await db.prisma.configurableProduct.count();
    // The comparison proves little unless the catalog has what the statement aggregates.
    expect(products.length).toBeGreaterThan(20);
    expect(configurable).toBeGreaterThan(0);
    for (const { slug } of products) {
      expect({ slug, row: await loadProductDetailRow(db.prisma, slug) }).toEqual({ slug, row: await byPrismaSelect(slug) });
    }
  });

  it('reads a draft or archived product, and an unknown slug, as absent', async () => {
    const [product] = await db.prisma.product.findMany({ where: VISIBLE, take: 1, select: { id: true, slug: true } });
    await db.prisma.product.update({ where: { id: product!.id }, data: { status: 'DRAFT' } });
    expect(await loadProductDetailRow(db.prisma, product!.slug)).toBeNull();
    await db.prisma.product.update({ where: { id: product!.id }, data: { status: 'ARCHIVED' } });
    expect(await loadProductDetailRow(db.prisma, product!.slug)).toBeNull();
    expect(await loadProductDetailRow(db.prisma, 'no-such-product')).toBeNull();
    await db.prisma.product.update({ where: { id: product!.id }, data: { status: 'ACTIVE' } });
  });
});
