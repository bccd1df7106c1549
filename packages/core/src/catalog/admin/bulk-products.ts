// Bulk status changes from the admin's product list: every chosen product moves, or none does.
// One transaction locks the rows (in id order, so two bulk edits cannot deadlock), checks every
// product against the same rules as a single change (products.ts), updates them with one
// statement and writes one audit entry per product that changed.
import type { PrismaClient, ProductStatus } from '@tandem/db';
import { Prisma } from '@tandem/db';
import { DomainError, NotFoundError } from '../../shared/index.ts';
import { recordAudit, type StaffActor } from '../../staff/index.ts';
import { PRODUCT_FIELDS, statusAction, TRANSITIONS, type ProductSnapshot } from './products.ts';

export interface BulkStatusResult {
  /** Products whose status changed. */
  changed: number;
  /** Products that already had the status. */
  unchanged: number;
}

/** Why `product` cannot move to `status`, or null when it can. */
function refusal(product: ProductSnapshot & { variantCount: number }, status: ProductStatus): string | null {
  if (product.status === status) return null;
  if (!TRANSITIONS[product.status].includes(status)) return `${product.title} is ${product.status.toLowerCase()}`;
  if (status === 'ACTIVE' && product.variantCount === 0) return `${product.title} has no variant`;
  return null;
}

/**
 * Moves every product of `ids` to `status` in one audited transaction; refuses the whole batch,
 * naming the products, when any of them cannot make the move.
 *
 * @example await setProductsStatus(prisma, staff, { ids: ['p1', 'p2'], status: 'ARCHIVED' }) // { changed: 2, unchanged: 0 }
 */
export async function setProductsStatus(prisma: PrismaClient, actor: StaffActor, input: { ids: readonly string[]; status: ProductStatus }): Promise<BulkStatusResult> {
  const ids = [...new Set(input.ids)].sort();
  const { status } = input;
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT id FROM "Product" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`);
    const missing = ids.find((id) => !locked.some((row) => row.id === id));
    if (missing) throw new NotFoundError('product', missing);
    const rows = await tx.product.findMany({ where: { id: { in: ids } }, select: { ...PRODUCT_FIELDS, _count: { select: { variants: true } } }, orderBy: { id: 'asc' } });
    const products = rows.map(({ _count, ...p }) => ({ ...p, variantCount: _count.variants }));
    const refused = products.map((p) => refusal(p, status)).filter((r): r is string => r !== null);
    if (refused.length) {
      const named = refused.slice(0, 5).join('; ') + (refused.length > 5 ? `; and ${refused.length - 5} more` : '');
      throw new DomainError('invalid_input', `${refused.length} of the ${ids.length} products cannot become ${status.toLowerCase()} (${named}). Nothing was changed.`, { ids: [named] });
    }
    const moving = products.filter((p) => p.status !== status);
    const now = new Date();
    if (moving.length) {
      await tx.product.updateMany({ where: { id: { in: moving.map((p) => p.id) } }, data: { status } });
      if (status === 'ACTIVE') await tx.product.updateMany({ where: { id: { in: moving.map((p) => p.id) }, publishedAt: null }, data: { publishedAt: now } });
    }
    for (const { variantCount: _v, ...before } of moving) {
      const after = { ...before, status, publishedAt: status === 'ACTIVE' ? (before.publishedAt ?? now) : before.publishedAt };
      await recordAudit(tx, actor, { action: statusAction(status), entityType: 'Product', entityId: before.id, before, after });
    }
    return { changed: moving.length, unchanged: products.length - moving.length };
  });
}
