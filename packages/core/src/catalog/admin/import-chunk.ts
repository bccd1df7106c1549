// Writes one chunk of a catalog import inside the caller's transaction, set-based so ten
// thousand rows are a few dozen statements (import-statements.ts): products written by slug,
// variants by SKU, stock changes recorded as IMPORT adjustments, attributes replaced where the
// file gives them.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '@tandem/db';
import type { RejectedRow } from '../../shared/index.ts';
import type { StaffActor } from '../../staff/index.ts';
import type { ImportProductGroup, ImportRow } from './import-rows.ts';
import { INSERT_PRODUCTS, INSERT_STOCK_ADJUSTMENTS, INSERT_VARIANTS, REPLACE_ATTRIBUTES, UPDATE_PRODUCTS, UPDATE_VARIANTS } from './import-statements.ts';

type Tx = Prisma.TransactionClient;

export interface ImportLookups {
  /** Category path or slug → id. */
  categories: ReadonlyMap<string, string>;
  /** Brand slug → id. */
  brands: ReadonlyMap<string, string>;
}

export interface ChunkOutcome {
  created: number;
  updated: number;
  rejected: RejectedRow[];
}

const reject = (rows: readonly ImportRow[], reason: string): RejectedRow[] => rows.map((r) => ({ row: r.row, externalId: r.data.sku, reasons: [reason] }));
const variantTitle = (r: ImportRow) => r.data.variant_title || Object.values(r.data.options).join(' / ') || 'Default';

/** Writes the chunk; rows the database refuses (unknown category, SKU of another product…) come back rejected. */
export async function writeImportChunk(tx: Tx, groups: readonly ImportProductGroup[], lookups: ImportLookups, context: { actor: StaffActor; fileName: string }): Promise<ChunkOutcome> {
  const rejected: RejectedRow[] = [];
  const skus = groups.flatMap((g) => g.rows.map((r) => r.data.sku));
  const [products, variants] = await Promise.all([
    tx.product.findMany({ where: { slug: { in: groups.map((g) => g.slug) } }, select: { id: true, slug: true } }),
    tx.productVariant.findMany({ where: { sku: { in: skus } }, select: { sku: true, stockOnHand: true, product: { select: { slug: true } } } }),
  ]);
  const existingProduct = new Map(products.map((p) => [p.slug, p.id]));
  const existingVariant = new Map(variants.map((v) => [v.sku, v]));

  const accepted: { group: ImportProductGroup; rows: ImportRow[]; categoryId: string | null; brandId: string | null }[] = [];
  for (const group of groups) {
    const categoryId = group.category ? (lookups.categories.get(group.category) ?? null) : null;
    const brandId = group.brand ? (lookups.brands.get(group.brand) ?? null) : null;
    if (group.category && !categoryId) rejected.push(...reject(group.rows, `category: no category "${group.category}" (give its path, e.g. bikes/road, or its slug)`));
    else if (group.brand && !brandId) rejected.push(...reject(group.rows, `brand: no brand "${group.brand}"; create it on the brands page first`));
    else if (!existingProduct.has(group.slug) && (!group.title || !categoryId)) rejected.push(...reject(group.rows, `product_title, category: "${group.slug}" is a new product, so its first row needs a title and a category`));
    else {
      const rows: ImportRow[] = [];
      for (const r of group.rows) {
        const owner = existingVariant.get(r.data.sku)?.product.slug;
        if (owner && owner !== group.slug) rejected.push({ row: r.row, externalId: r.data.sku, reasons: [`sku: "${r.data.sku}" belongs to product "${owner}"`] });
        else rows.push(r);
      }
      if (rows.length) accepted.push({ group, rows, categoryId, brandId });
    }
  }
  if (accepted.length === 0) return { created: 0, updated: 0, rejected };

  const productRecords = accepted.map(({ group, categoryId, brandId }) => ({ id: randomUUID(), slug: group.slug, title: group.title ?? null, description: group.description ?? null, status: group.status ?? null, categoryId, brandId }));
  const written = await writeSplit<'slug', { id: string; slug: string }, (typeof productRecords)[number]>(tx, 'slug', productRecords, existingProduct, UPDATE_PRODUCTS, INSERT_PRODUCTS);
  const productId = new Map(written.map((p) => [p.slug, p.id]));

  const variantRecords = accepted.flatMap(({ group, rows }) =>
    rows.map((r, position) => ({
      id: randomUUID(), productId: productId.get(group.slug)!, sku: r.data.sku, title: variantTitle(r), optionValues: r.data.options, priceAmount: r.data.price_amount, currency: r.data.currency,
      compareAtAmount: r.data.compare_at_amount ?? null, stockOnHand: r.data.stock ?? null, weightGrams: r.data.weight_grams ?? null, position, gtin: r.data.gtin ?? null, mpn: r.data.mpn ?? null,
    })),
  );
  const upserted = await writeSplit<'sku', { id: string; sku: string; productId: string; stockOnHand: number }, (typeof variantRecords)[number]>(tx, 'sku', variantRecords, existingVariant, UPDATE_VARIANTS, INSERT_VARIANTS);

  const adjustments = upserted.flatMap((v) => {
    const before = existingVariant.get(v.sku)?.stockOnHand ?? 0;
    const delta = v.stockOnHand - before;
    return delta === 0 ? [] : [{ id: randomUUID(), variantId: v.id, productId: v.productId, sku: v.sku, delta, stockAfter: v.stockOnHand, note: `Import of ${context.fileName}`, actorId: context.actor.id, actorEmail: context.actor.email }];
  });
  if (adjustments.length) await tx.$executeRawUnsafe(INSERT_STOCK_ADJUSTMENTS, JSON.stringify(adjustments));

  const withAttributes = accepted.filter((a) => a.group.attributes !== undefined);
  if (withAttributes.length) {
    await tx.$executeRawUnsafe(REPLACE_ATTRIBUTES[0], JSON.stringify(withAttributes.map((a) => ({ id: productId.get(a.group.slug)! }))));
    const data = withAttributes.flatMap((a) => [...new Map((a.group.attributes ?? []).map(([name, value]) => [`${name}=${value}`, { productId: productId.get(a.group.slug)!, name, value }])).values()]);
    if (data.length) await tx.$executeRawUnsafe(REPLACE_ATTRIBUTES[1], JSON.stringify(data));
  }
  const updated = upserted.filter((v) => existingVariant.has(v.sku)).length;
  return { created: upserted.length - updated, updated, rejected };
}

/**
 * Updates the records whose `key` the chunk found in the database and inserts the others; a
 * record deleted since the lookup (the UPDATE does not return it) is inserted after all.
 */
async function writeSplit<K extends 'slug' | 'sku', R extends Record<K, string>, T extends Record<K, string>>(tx: Tx, key: K, records: readonly T[], known: ReadonlyMap<string, unknown>, update: string, insert: string): Promise<R[]> {
  const existing = records.filter((r) => known.has(r[key]));
  const updated = existing.length ? await tx.$queryRawUnsafe<R[]>(update, JSON.stringify(existing)) : [];
  const done = new Set<string>(updated.map((r) => r[key]));
  const fresh = records.filter((r) => !done.has(r[key]));
  const inserted = fresh.length ? await tx.$queryRawUnsafe<R[]>(insert, JSON.stringify(fresh)) : [];
  return [...updated, ...inserted];
}
