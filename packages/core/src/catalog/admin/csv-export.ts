// The catalog as CSV, one row per variant, in the columns the import reads (see README,
// "Catalog CSV"): export, edit in a spreadsheet, import again, and rows update by SKU.
import type { PrismaClient } from '@tandem/db';
import { CATALOG_CSV_COLUMNS } from '@tandem/validators';
import { csvLine } from '../../shared/index.ts';

const BATCH = 500;

const pairs = (values: Record<string, string> | { name: string; value: string }[]) =>
  (Array.isArray(values) ? values.map((a) => [a.name, a.value]) : Object.entries(values)).map(([k, v]) => `${k}=${v}`).join(';');

/** Every product (any status) and variant, or only the products of `productIds`; products in id order, read in batches. */
export async function exportCatalogCsv(prisma: PrismaClient, productIds?: readonly string[]): Promise<string> {
  const lines = [csvLine(CATALOG_CSV_COLUMNS)];
  let cursor: string | undefined;
  for (;;) {
    const products = await prisma.product.findMany({
      ...(productIds ? { where: { id: { in: [...productIds] } } } : {}),
      orderBy: { id: 'asc' }, take: BATCH, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true, slug: true, title: true, status: true, description: true, category: { select: { path: true } }, brand: { select: { slug: true } },
        attributes: { orderBy: [{ name: 'asc' }, { value: 'asc' }], select: { name: true, value: true } },
        variants: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { sku: true, title: true, optionValues: true, priceAmount: true, currency: true, compareAtAmount: true, stockOnHand: true, weightGrams: true, gtin: true, mpn: true } },
      },
    });
    for (const p of products) {
      for (const v of p.variants) {
        const row: Record<(typeof CATALOG_CSV_COLUMNS)[number], string | number | null> = {
          product_slug: p.slug, product_title: p.title, status: p.status, category: p.category.path, brand: p.brand?.slug ?? '', description: p.description, attributes: pairs(p.attributes),
          sku: v.sku, variant_title: v.title, options: pairs(v.optionValues as Record<string, string>), price_amount: v.priceAmount, currency: v.currency,
          compare_at_amount: v.compareAtAmount, stock: v.stockOnHand, weight_grams: v.weightGrams, gtin: v.gtin, mpn: v.mpn,
        };
        lines.push(csvLine(CATALOG_CSV_COLUMNS.map((column) => row[column])));
      }
    }
    if (products.length < BATCH) break;
    cursor = products.at(-1)!.id;
  }
  return `${lines.join('\r\n')}\r\n`;
}
