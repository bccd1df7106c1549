// The one rule for what a shopper may see of the catalog. Every public read that takes a product
// or variant from its caller goes through it, so a draft or archived product answers exactly like
// an unknown one: its existence, title and price never leave the store before it is published.
import type { Prisma, PrismaClient, ProductStatus } from '@tandem/db';

// The one status shoppers see; both forms of the rule below are built from it.
const SHOWN_STATUS: ProductStatus = 'ACTIVE';

/** The products a shopper may see: active ones only, never drafts or archived products. */
export const VISIBLE: Prisma.ProductWhereInput = { status: SHOWN_STATUS };

/** Variants of visible products: the variant-side form of {@link VISIBLE}, for `where` clauses. */
export const VISIBLE_VARIANT: Prisma.ProductVariantWhereInput = { product: VISIBLE };

/**
 * The ids among `ids` that name a visible product; unknown, draft and archived ones are left out.
 * @example const shown = await visibleProductIds(prisma, input.productIds); ids.filter((id) => shown.has(id))
 */
export async function visibleProductIds(prisma: PrismaClient, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await prisma.product.findMany({ where: { AND: [VISIBLE, { id: { in: [...new Set(ids)] } }] }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

/** Whether this product id names a product a shopper may see (false for unknown ids too). */
export async function isVisibleProduct(prisma: PrismaClient, productId: string): Promise<boolean> {
  return (await visibleProductIds(prisma, [productId])).has(productId);
}

/** {@link VISIBLE} for a product already loaded (with its status), so in-memory checks cannot drift from the query form. */
export function isShownToShoppers(product: { status: ProductStatus }): boolean {
  return product.status === SHOWN_STATUS;
}
