// Reads a cart's lines with live catalog prices and stock. Prices always come from the
// catalog at read time: nothing a client sends ever sets a price.
import type { Prisma, PrismaClient } from '@tandem/db';
import { stockOf, toOptionValues } from '../catalog/index.ts';
import { priceConfiguredLines } from '../configurator/cart-pricing.ts';
import { readSnapshot } from '../configurator/snapshot.ts';
import { money } from '../shared/index.ts';
import type { CartLineView, CartView } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export const cartLineSelect = {
  id: true,
  quantity: true,
  configuration: true,
  variant: {
    select: {
      id: true,
      sku: true,
      title: true,
      optionValues: true,
      priceAmount: true,
      currency: true,
      stockOnHand: true,
      product: {
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          images: { select: { url: true, alt: true, width: true, height: true }, orderBy: { position: 'asc' }, take: 1 },
        },
      },
    },
  },
} satisfies Prisma.CartLineSelect;

type LineRow = Prisma.CartLineGetPayload<{ select: typeof cartLineSelect }>;

export async function readCart(db: Db, cartId: string | null, currency: string): Promise<CartView> {
  const rows = cartId
    ? await db.cartLine.findMany({ where: { cartId }, select: cartLineSelect, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
    : [];
  // Configured lines are re-validated and re-priced against their product's current definition.
  const lines = await priceConfiguredLines(db, rows.map(toLineView));
  const subtotal = lines.reduce((sum, line) => sum + line.lineTotal.amount, 0);
  return {
    id: cartId,
    currency,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: money(subtotal, currency),
    purchasable: lines.length > 0 && lines.every((line) => line.problems.length === 0),
  };
}

function toLineView(row: LineRow): CartLineView {
  const { variant } = row;
  const available = Math.max(0, variant.stockOnHand);
  const problems: string[] = [];
  if (variant.product.status !== 'ACTIVE') problems.push('This product is no longer sold.');
  else if (available === 0) problems.push('Sold out.');
  else if (row.quantity > available) problems.push(`Only ${available} left: lower the quantity.`);
  return {
    id: row.id,
    variantId: variant.id,
    sku: variant.sku,
    productId: variant.product.id,
    productSlug: variant.product.slug,
    productTitle: variant.product.title,
    variantTitle: variant.title,
    optionValues: toOptionValues(variant.optionValues),
    image: variant.product.images[0] ?? null,
    quantity: row.quantity,
    unitPrice: money(variant.priceAmount, variant.currency),
    lineTotal: money(variant.priceAmount * row.quantity, variant.currency),
    stock: stockOf(variant.stockOnHand),
    problems,
    configuration: readSnapshot(row.configuration),
  };
}
