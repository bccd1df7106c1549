// Reads a cart's lines with live catalog prices and stock. Prices always come from the
// catalog at read time: nothing a client sends ever sets a price.
import type { Prisma, PrismaClient } from '@tandem/db';
import { imageForVariant, isShownToShoppers, stockOf, toOptionValues } from '../catalog/index.ts';
import { readSnapshot, recheckConfigurations } from '../configurator/index.ts';
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
          // All of them (a product has a few): the line shows the one of its variant.
          images: { select: { url: true, alt: true, width: true, height: true, optionValues: true }, orderBy: { position: 'asc' } },
        },
      },
    },
  },
} satisfies Prisma.CartLineSelect;

/**
 * A line as pricing and checkout read it: no images (prices and order lines show none), the
 * weight instead (shipping is by weight).
 */
type CheckoutLineRow = Omit<LineRow, 'variant'> & {
  variant: Omit<LineRow['variant'], 'product'> & { weightGrams: number; product: Omit<FullRow['variant']['product'], 'images'> };
};

interface CheckoutLineColumns {
  id: string;
  quantity: number;
  configuration: Prisma.JsonValue;
  variantId: string;
  sku: string;
  variantTitle: string;
  optionValues: Prisma.JsonValue;
  priceAmount: number;
  currency: string;
  stockOnHand: number;
  weightGrams: number;
  productId: string;
  slug: string;
  productTitle: string;
  status: CheckoutLineRow['variant']['product']['status'];
}

/**
 * The checkout lines with their variant and product joined in one statement (Prisma's nested
 * select reads each relation with a query of its own: three round trips in every quote and
 * every order's transaction).
 */
async function checkoutLinesOf(db: Db, cartId: string): Promise<CheckoutLineRow[]> {
  const rows = await db.$queryRaw<CheckoutLineColumns[]>`
    SELECT l.id, l.quantity, l.configuration, v.id AS "variantId", v.sku, v.title AS "variantTitle", v."optionValues",
           v."priceAmount", v.currency, v."stockOnHand", v."weightGrams",
           p.id AS "productId", p.slug, p.title AS "productTitle", p.status::text AS status
    FROM "CartLine" l JOIN "ProductVariant" v ON v.id = l."variantId" JOIN "Product" p ON p.id = v."productId"
    WHERE l."cartId" = ${cartId}
    ORDER BY l."createdAt", l.id`;
  return rows.map((r) => ({
    id: r.id,
    quantity: r.quantity,
    configuration: r.configuration,
    variant: {
      id: r.variantId,
      sku: r.sku,
      title: r.variantTitle,
      optionValues: r.optionValues,
      priceAmount: r.priceAmount,
      currency: r.currency,
      stockOnHand: r.stockOnHand,
      weightGrams: r.weightGrams,
      product: { id: r.productId, slug: r.slug, title: r.productTitle, status: r.status },
    },
  }));
}

type FullRow = Prisma.CartLineGetPayload<{ select: typeof cartLineSelect }>;
/** A line read with or without its product's images (checkout reads none). */
type LineRow = Omit<FullRow, 'variant'> & {
  variant: Omit<FullRow['variant'], 'product'> & { product: Omit<FullRow['variant']['product'], 'images'> & Partial<Pick<FullRow['variant']['product'], 'images'>> };
};

export async function readCart(db: Db, cartId: string | null, currency: string): Promise<CartView> {
  const rows = cartId
    ? await db.cartLine.findMany({ where: { cartId }, select: cartLineSelect, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
    : [];
  return cartViewOf(db, cartId, currency, rows);
}

/** The cart as pricing and checkout read it: the same lines (without images) and each variant's unit weight. */
export async function readCartForPricing(db: Db, cartId: string | null, currency: string): Promise<{ cart: CartView; weightOf: ReadonlyMap<string, number> }> {
  const rows = cartId ? await checkoutLinesOf(db, cartId) : [];
  const weightOf = new Map(rows.map((row) => [row.variant.id, row.variant.weightGrams]));
  return { cart: await cartViewOf(db, cartId, currency, rows), weightOf };
}

async function cartViewOf(db: Db, cartId: string | null, currency: string, rows: readonly LineRow[]): Promise<CartView> {
  const lines = await repriceConfiguredLines(db, rows.map(toLineView));
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

/**
 * Configured lines are re-validated and re-priced against their product's current definition
 * and component stock every time a cart is read (and so again when checkout quotes and places
 * it): the snapshot records what the shopper chose, the configurator decides what it costs now.
 */
async function repriceConfiguredLines(db: Db, lines: CartLineView[]): Promise<CartLineView[]> {
  const configured = lines.flatMap((line) => (line.configuration ? [{ line, snapshot: line.configuration }] : []));
  if (configured.length === 0) return lines;
  const checks = await recheckConfigurations(db, configured.map(({ line, snapshot }) => ({ snapshot, quantity: line.quantity })));
  const repriced = new Map(configured.map(({ line }, i) => [line, checks[i]]));
  return lines.map((line) => {
    const check = repriced.get(line);
    if (!check) return line;
    if (check.status === 'not_sold') return { ...line, problems: [...new Set([...line.problems, 'This product is no longer sold.'])] };
    if (check.status === 'invalid') return { ...line, problems: [...line.problems, ...check.problems] };
    const { amount, currency } = check.snapshot.unitPrice;
    return { ...line, configuration: check.snapshot, unitPrice: money(amount, currency), lineTotal: money(amount * line.quantity, currency) };
  });
}

function toLineView(row: LineRow): CartLineView {
  const { variant } = row;
  const available = Math.max(0, variant.stockOnHand);
  const optionValues = toOptionValues(variant.optionValues);
  const problems: string[] = [];
  if (!isShownToShoppers(variant.product)) problems.push('This product is no longer sold.');
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
    optionValues,
    image: variant.product.images ? imageForVariant(variant.product.images, optionValues) : null,
    quantity: row.quantity,
    unitPrice: money(variant.priceAmount, variant.currency),
    lineTotal: money(variant.priceAmount * row.quantity, variant.currency),
    stock: stockOf(variant.stockOnHand),
    problems,
    configuration: readSnapshot(row.configuration),
  };
}
