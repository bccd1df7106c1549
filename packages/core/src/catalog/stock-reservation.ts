// Taking units off the shelf for an order and putting them back: the catalog's own writes of
// `ProductVariant.stockOnHand`, composed by the place-order workflow and by cancellations.
// Rows are always taken in one global order (by variant id), so two orders holding the same
// variants can never wait on each other (deadlock).
import type { Prisma } from '@tandem/db';

type Tx = Prisma.TransactionClient;

/** Units of one variant an order takes or gives back. */
export interface StockUnits {
  variantId: string;
  quantity: number;
}

function byVariantId<L extends StockUnits>(lines: readonly L[]): L[] {
  return [...lines].sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0));
}

/**
 * Takes `demand` off the shelf in variant-id order. Each decrement is conditional (the oversell
 * guard: it cannot take stock that is not there); returns the first line it could not take, or
 * null when all were taken. Lines before a failed one stay taken: call it in a transaction that
 * the caller rolls back on a shortfall.
 *
 * @example const short = await reserveStock(tx, [{ variantId, quantity: 2 }]); if (short) throw …
 */
export async function reserveStock<L extends StockUnits>(tx: Tx, demand: readonly L[]): Promise<L | null> {
  for (const line of byVariantId(demand)) {
    const taken = await tx.$executeRaw`
      UPDATE "ProductVariant" SET "stockOnHand" = "stockOnHand" - ${line.quantity}
      WHERE id = ${line.variantId} AND "stockOnHand" >= ${line.quantity}`;
    if (taken === 0) return line;
  }
  return null;
}

/** Puts units back on the shelf, in the same variant-id order as `reserveStock`. */
export async function releaseStock(tx: Tx, lines: readonly StockUnits[]): Promise<void> {
  for (const line of byVariantId(lines)) {
    await tx.productVariant.updateMany({ where: { id: line.variantId }, data: { stockOnHand: { increment: line.quantity } } });
  }
}
