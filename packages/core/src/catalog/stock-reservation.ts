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
 * Takes `demand` off the shelf in one statement. The sub-select locks the variants' rows in
 * variant-id order (ORDER BY runs before FOR UPDATE), so the first lock on any row is always
 * taken in that order; the UPDATE's condition is the oversell guard, re-checked by PostgreSQL
 * on the row's latest version after any wait. Returns the first line (by variant id) it could
 * not take, or null when all were taken. Lines that could be taken are taken even when another
 * was short: call it in a transaction that the caller rolls back on a shortfall.
 *
 * @example const short = await reserveStock(tx, [{ variantId, quantity: 2 }]); if (short) throw …
 */
export async function reserveStock<L extends StockUnits>(tx: Tx, demand: readonly L[]): Promise<L | null> {
  if (demand.length === 0) return null;
  const lines = byVariantId(demand);
  const quantityOf = new Map<string, number>();
  for (const line of lines) quantityOf.set(line.variantId, (quantityOf.get(line.variantId) ?? 0) + line.quantity);
  const ids = [...quantityOf.keys()];
  const quantities = [...quantityOf.values()];
  const taken = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "ProductVariant" v SET "stockOnHand" = v."stockOnHand" - d.quantity
    FROM (
      SELECT p.id, w.quantity FROM "ProductVariant" p
      JOIN unnest(${ids}::text[], ${quantities}::int[]) AS w(id, quantity) ON w.id = p.id
      ORDER BY p.id FOR UPDATE OF p
    ) d
    WHERE v.id = d.id AND v."stockOnHand" >= d.quantity
    RETURNING v.id`;
  const takenIds = new Set(taken.map((row) => row.id));
  return lines.find((line) => !takenIds.has(line.variantId)) ?? null;
}

/** Puts units back on the shelf, in the same variant-id order as `reserveStock`. */
export async function releaseStock(tx: Tx, lines: readonly StockUnits[]): Promise<void> {
  for (const line of byVariantId(lines)) {
    await tx.productVariant.updateMany({ where: { id: line.variantId }, data: { stockOnHand: { increment: line.quantity } } });
  }
}
