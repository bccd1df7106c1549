// Stock adjustments: a change of a variant's stock with a reason, written as a history row in
// the transaction that changes the stock. Stock on hand is what is left after open orders
// took theirs (checkout decrements it when it reserves), so it may never go below zero.
import type { PrismaClient, StockAdjustmentReason } from '@tandem/db';
import type { AdjustStockInput, StockHistoryInput, StockListInput } from '@tandem/validators';
import { auditedChange, type StaffActor } from '../../staff/index.ts';
import { DomainError } from '../../shared/index.ts';
import { LOW_STOCK_THRESHOLD } from '../variant-values.ts';

/** One row of a variant's stock history. */
export interface StockAdjustmentView {
  id: string;
  variantId: string;
  sku: string;
  delta: number;
  stockAfter: number;
  reason: StockAdjustmentReason;
  note: string;
  actorEmail: string;
  createdAt: string;
}

const loadStock = (tx: Pick<PrismaClient, 'productVariant'>, id: string) => tx.productVariant.findUnique({ where: { id }, select: { id: true, sku: true, productId: true, stockOnHand: true } });

/** Applies the change; refused (and nothing written) when it would take the stock below zero. */
export async function adjustStock(prisma: PrismaClient, actor: StaffActor, input: AdjustStockInput): Promise<{ id: string; stockOnHand: number }> {
  return auditedChange(prisma, actor, {
    action: 'catalog.stock.adjust', entityType: 'ProductVariant', label: 'variant', id: input.variantId, load: loadStock,
    apply: async (tx) => {
      // One conditional statement: a checkout taking stock at the same moment cannot slip between a check and the write.
      const rows = await tx.$queryRaw<{ id: string; sku: string; productId: string; stockOnHand: number }[]>`
        UPDATE "ProductVariant" SET "stockOnHand" = "stockOnHand" + ${input.delta}, "updatedAt" = now()
        WHERE id = ${input.variantId} AND "stockOnHand" + ${input.delta} >= 0
        RETURNING id, sku, "productId", "stockOnHand"`;
      const row = rows[0];
      if (!row) {
        const current = await loadStock(tx, input.variantId);
        throw new DomainError('invalid_input', `Only ${current?.stockOnHand ?? 0} in stock; taking ${-input.delta} would go below zero.`, { delta: [`At most ${current?.stockOnHand ?? 0} can be taken away`] });
      }
      await tx.stockAdjustment.create({ data: { variantId: row.id, productId: row.productId, sku: row.sku, delta: input.delta, stockAfter: row.stockOnHand, reason: input.reason, note: input.note, actorId: actor.id, actorEmail: actor.email } });
      return row;
    },
  });
}

/** Newest first, for one variant, one product or the whole store. */
export async function stockHistory(prisma: PrismaClient, input: StockHistoryInput): Promise<StockAdjustmentView[]> {
  const rows = await prisma.stockAdjustment.findMany({
    where: { ...(input.variantId ? { variantId: input.variantId } : {}), ...(input.productId ? { productId: input.productId } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit,
  });
  return rows.map((r) => ({ id: r.id, variantId: r.variantId, sku: r.sku, delta: r.delta, stockAfter: r.stockAfter, reason: r.reason, note: r.note, actorEmail: r.actorEmail, createdAt: r.createdAt.toISOString() }));
}

/** A variant as the stock page lists it. */
export interface StockRow {
  variantId: string;
  sku: string;
  variantTitle: string;
  productId: string;
  productTitle: string;
  stockOnHand: number;
  low: boolean;
}

const STOCK_PAGE = 50;

/** Variants by SKU or product title, fewest in stock first. */
export async function stockList(prisma: PrismaClient, input: StockListInput): Promise<{ items: StockRow[]; total: number; page: number; pages: number }> {
  const where = {
    ...(input.query ? { OR: [{ sku: { contains: input.query, mode: 'insensitive' as const } }, { product: { title: { contains: input.query, mode: 'insensitive' as const } } }] } : {}),
    ...(input.lowOnly ? { stockOnHand: { lte: LOW_STOCK_THRESHOLD } } : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.productVariant.count({ where }),
    prisma.productVariant.findMany({ where, orderBy: [{ stockOnHand: 'asc' }, { sku: 'asc' }], skip: (input.page - 1) * STOCK_PAGE, take: STOCK_PAGE, select: { id: true, sku: true, title: true, stockOnHand: true, product: { select: { id: true, title: true } } } }),
  ]);
  return {
    items: rows.map((r) => ({ variantId: r.id, sku: r.sku, variantTitle: r.title, productId: r.product.id, productTitle: r.product.title, stockOnHand: r.stockOnHand, low: r.stockOnHand <= LOW_STOCK_THRESHOLD })),
    total, page: input.page, pages: Math.max(1, Math.ceil(total / STOCK_PAGE)),
  };
}
