import type { Prisma, PrismaClient } from '@tandem/db';
import type { PricingLineInput } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** A cart line as callers have it: which variant, how many, at what base unit price. */
export interface LineToPrice {
  key: string;
  variantId: string;
  quantity: number;
  baseUnitAmount: number;
  configurationDeltas?: readonly { label: string; amount: number }[];
}

/** Adds what targeting needs to each line: the product, and its category with every ancestor. */
export async function withLineFacts(db: Db, lines: readonly LineToPrice[]): Promise<PricingLineInput[]> {
  const variants = await db.productVariant.findMany({
    where: { id: { in: lines.map((l) => l.variantId) } },
    select: { id: true, productId: true, product: { select: { category: { select: { path: true } } } } },
  });
  // "bikes/road/carbon" lies under "bikes" and "bikes/road".
  const prefixes = (path: string) => path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  const paths = [...new Set(variants.flatMap((v) => prefixes(v.product.category.path)))];
  const categories = await db.category.findMany({ where: { path: { in: paths } }, select: { id: true, path: true } });
  const idOfPath = new Map(categories.map((c) => [c.path, c.id]));
  const byId = new Map(variants.map((v) => [v.id, v]));
  return lines.map((line) => {
    const v = byId.get(line.variantId);
    return {
      ...line,
      productId: v?.productId ?? '',
      categoryIds: v ? prefixes(v.product.category.path).flatMap((p) => idOfPath.get(p) ?? []) : [],
    };
  });
}
