// The checkout benchmark's data: a small generated catalog with checkout settings, variants with
// limited stock, customers created straight in the database (each with a live session and an
// active cart), and the checks run after the load: nothing oversold, every order equal to its
// cart, and the database agreeing with what the HTTP responses said.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { applyPendingMigrations, type Database, type PrismaClient } from '@tandem/db';
import { generateCatalog, seedCheckoutSettings } from '@tandem/db/seed';
import { seededRandom } from './stats.ts';

/** Catalog generator seed of the checkout benchmark (its catalog is throw-away). */
const CATALOG_SEED = 4_242;
/** The heaviest parcel the demo's 'standard' shipping method takes. */
const STANDARD_MAX_GRAMS = 31_500;

/**
 * The SHA-256 the database keeps of a session token: the same as `hashToken` in
 * packages/core/src/accounts/tokens.ts (the bench does not depend on @tandem/core). The
 * benchmark's preflight fails at once if the two ever disagree: the API would not know the
 * sessions created here.
 */
function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** Migrations, the demo checkout settings and `products` generated active products. */
export async function prepareCheckoutCatalog(db: Database, products: number, mediaDir: string): Promise<void> {
  await applyPendingMigrations(db.adapterFactory);
  await seedCheckoutSettings(db.prisma);
  await generateCatalog(db.prisma, { products, mediaDir, seed: CATALOG_SEED });
  await db.prisma.$executeRawUnsafe('VACUUM ANALYZE');
}

export interface BenchVariant {
  id: string;
  sku: string;
  productId: string;
  /** Stock set by the benchmark before its run. */
  initialStock: number;
}

/**
 * Hands out variants that can be ordered with the demo settings (EUR, active product, light
 * enough for 'standard' shipping), each from a product not handed out before, so no two
 * scenarios of a run share a stock row or a product roll-up.
 */
export class VariantSupply {
  private constructor(private readonly free: { id: string; sku: string; productId: string }[]) {}

  static async load(prisma: PrismaClient, seed: number): Promise<VariantSupply> {
    const rows = await prisma.productVariant.findMany({
      where: { currency: 'EUR', priceAmount: { gt: 0 }, weightGrams: { lte: STANDARD_MAX_GRAMS }, product: { status: 'ACTIVE' } },
      select: { id: true, sku: true, productId: true },
      orderBy: { sku: 'asc' },
    });
    const seen = new Set<string>();
    const onePerProduct = rows.filter((row) => !seen.has(row.productId) && seen.add(row.productId));
    return new VariantSupply(shuffle(onePerProduct, seededRandom(seed)));
  }

  /** `count` fresh variants, their stock set to `stock[i]` units. */
  async take(prisma: PrismaClient, stock: readonly number[]): Promise<BenchVariant[]> {
    if (stock.length > this.free.length) {
      throw new Error(`The catalog has ${this.free.length} more orderable products, ${stock.length} needed: raise --products`);
    }
    const taken = this.free.splice(0, stock.length).map((row, i) => ({ ...row, initialStock: stock[i] ?? 0 }));
    for (const variant of taken) {
      await prisma.productVariant.update({ where: { id: variant.id }, data: { stockOnHand: variant.initialStock } });
    }
    return taken;
  }
}

/** `total` units split over `parts` as evenly as whole units allow. */
export function splitStock(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

export interface Shopper {
  customerId: string;
  email: string;
  sessionToken: string;
  cartId: string;
  /** The cart's lines, in the order they were added. */
  lines: { variantId: string; quantity: number }[];
}

/**
 * `count` customers, each with a live session and an active cart holding 1 unit of each variant
 * `linesOf(i)` names, inserted in bulk (a few statements per table, not per customer). Line
 * creation times follow the order given, which is the order placing an order reads the lines in.
 */
export async function createShoppers(prisma: PrismaClient, group: string, count: number, linesOf: (i: number) => string[]): Promise<Shopper[]> {
  const now = Date.now();
  const tag = randomBytes(3).toString('hex');
  const shoppers: Shopper[] = Array.from({ length: count }, (_, i) => ({
    customerId: randomUUID(),
    email: `bench-${group}-${tag}-${i}@example.test`,
    sessionToken: randomBytes(32).toString('base64url'),
    cartId: randomUUID(),
    lines: linesOf(i).map((variantId) => ({ variantId, quantity: 1 })),
  }));
  const expiresAt = new Date(now + 86_400_000);
  for (let from = 0; from < shoppers.length; from += 2_000) {
    const batch = shoppers.slice(from, from + 2_000);
    await prisma.customer.createMany({
      data: batch.map((s, i) => ({ id: s.customerId, email: s.email, name: `Bench shopper ${from + i}`, passwordHash: 'not-used-by-the-benchmark' })),
    });
    await prisma.session.createMany({
      data: batch.map((s) => ({ customerId: s.customerId, tokenHash: hashToken(s.sessionToken), expiresAt, userAgent: 'bench' })),
    });
    await prisma.cart.createMany({ data: batch.map((s) => ({ id: s.cartId, customerId: s.customerId, currency: 'EUR' })) });
    await prisma.cartLine.createMany({
      data: batch.flatMap((s) =>
        s.lines.map((line, position) => ({ cartId: s.cartId, variantId: line.variantId, quantity: line.quantity, createdAt: new Date(now + position) })),
      ),
    });
  }
  return shoppers;
}

/** Fisher–Yates with the given generator; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** How one placement request ended, as the client saw it. */
export type PlacementOutcome = { kind: 'placed'; orderId: string } | { kind: 'refused' } | { kind: 'error' };

export interface VariantCheck {
  sku: string;
  initialStock: number;
  /** Units on orders that still hold their stock. */
  sold: number;
  stockOnHand: number;
}

export interface Verification {
  variants: VariantCheck[];
  /** Units sold beyond the initial stock, plus any negative stock. Must be 0. */
  oversells: number;
  /** Units whose stock row disagrees with the orders: |initial − sold − stockOnHand| summed (lost or double decrements). Must be 0. */
  stockDrift: number;
  orders: number;
  /** Customers with more than one order (each placed exactly once). */
  duplicateOrders: number;
  /** Orders whose lines (variant, quantity) differ from the customer's cart. */
  linesDifferFromCart: number;
  /** Answered 200, but that order is not in the database (or is another customer's). */
  missingOrders: number;
  /** Orders of customers whose request did not answer 200. */
  unexpectedOrders: number;
  /** Ordered carts still active, or refused carts converted. */
  cartStatusWrong: number;
  /** Orders without a payment record (the offline provider's). */
  ordersWithoutPayment: number;
  /** Products whose listing roll-up `inStock` disagrees with their variants' stock after the run. */
  staleRollups: number;
}

/** Every count of `Verification` that must be 0 for the run to be valid (roll-ups are reported, not counted). */
export function integrityFailures(v: Verification): number {
  return v.oversells + v.stockDrift + v.duplicateOrders + v.linesDifferFromCart + v.missingOrders + v.unexpectedOrders + v.cartStatusWrong + v.ordersWithoutPayment;
}

export async function verifyPlacements(
  prisma: PrismaClient,
  variants: readonly BenchVariant[],
  shoppers: readonly Shopper[],
  outcomes: readonly PlacementOutcome[],
): Promise<Verification> {
  const variantIds = variants.map((v) => v.id);
  const customerIds = shoppers.map((s) => s.customerId);
  const [stockRows, soldRows, orders, carts, products] = await Promise.all([
    prisma.productVariant.findMany({ where: { id: { in: variantIds } }, select: { id: true, stockOnHand: true } }),
    prisma.orderLine.groupBy({ by: ['variantId'], where: { variantId: { in: variantIds }, order: { stockReleasedAt: null } }, _sum: { quantity: true } }),
    prisma.order.findMany({
      where: { customerId: { in: customerIds } },
      select: { id: true, customerId: true, lines: { select: { variantId: true, quantity: true } }, _count: { select: { payments: true } } },
    }),
    prisma.cart.findMany({ where: { customerId: { in: customerIds } }, select: { customerId: true, status: true } }),
    prisma.product.findMany({
      where: { id: { in: [...new Set(variants.map((v) => v.productId))] } },
      select: { inStock: true, variants: { select: { stockOnHand: true } } },
    }),
  ]);

  const stockOf = new Map(stockRows.map((row) => [row.id, row.stockOnHand]));
  const soldOf = new Map(soldRows.map((row) => [row.variantId, row._sum.quantity ?? 0]));
  const variantChecks = variants.map((v) => ({ sku: v.sku, initialStock: v.initialStock, sold: soldOf.get(v.id) ?? 0, stockOnHand: stockOf.get(v.id) ?? Number.NaN }));
  const oversells = variantChecks.reduce((n, v) => n + Math.max(0, v.sold - v.initialStock) + Math.max(0, -v.stockOnHand), 0);
  const stockDrift = variantChecks.reduce((n, v) => n + Math.abs(v.initialStock - v.sold - v.stockOnHand), 0);

  const ordersOf = new Map<string, (typeof orders)[number][]>();
  // Every order here belongs to a bench customer (the query filters on them); guest orders have none.
  for (const order of orders) if (order.customerId) ordersOf.set(order.customerId, [...(ordersOf.get(order.customerId) ?? []), order]);
  const cartStatusOf = new Map(carts.map((cart) => [cart.customerId, cart.status]));
  const key = (lines: readonly { variantId: string; quantity: number }[]) =>
    lines.map((l) => `${l.variantId}×${l.quantity}`).sort().join(',');

  let duplicateOrders = 0;
  let linesDifferFromCart = 0;
  let missingOrders = 0;
  let unexpectedOrders = 0;
  let cartStatusWrong = 0;
  shoppers.forEach((shopper, i) => {
    const outcome = outcomes[i];
    const own = ordersOf.get(shopper.customerId) ?? [];
    if (own.length > 1) duplicateOrders += own.length - 1;
    for (const order of own) if (key(order.lines) !== key(shopper.lines)) linesDifferFromCart++;
    const placed = outcome?.kind === 'placed';
    if (placed && !own.some((order) => order.id === outcome.orderId)) missingOrders++;
    if (!placed) unexpectedOrders += own.length;
    if (cartStatusOf.get(shopper.customerId) !== (own.length ? 'CONVERTED' : 'ACTIVE')) cartStatusWrong++;
  });

  return {
    variants: variantChecks,
    oversells,
    stockDrift,
    orders: orders.length,
    duplicateOrders,
    linesDifferFromCart,
    missingOrders,
    unexpectedOrders,
    cartStatusWrong,
    ordersWithoutPayment: orders.filter((order) => order._count.payments === 0).length,
    staleRollups: products.filter((p) => p.inStock !== p.variants.some((v) => v.stockOnHand > 0)).length,
  };
}
