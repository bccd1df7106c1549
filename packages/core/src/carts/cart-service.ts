// The shopper's cart: add plain and configured lines, change and remove them, with stock checked
// on every change, and an anonymous cart merged into the customer's at sign-in.
import { Prisma, type PrismaClient } from '@tandem/db';
import { isShownToShoppers } from '../catalog/index.ts';
import { DomainError, NotFoundError } from '../shared/index.ts';
import type { ConfigureLineInput } from '../configurator/index.ts';
import { readCart } from './cart-lines.ts';
import { addConfiguredLine } from './configured-lines.ts';
import { ensureActiveCart } from './ensure-cart.ts';
import { findActiveCartId } from './find-cart.ts';
import type { CartChange, CartOwner, CartView } from './types.ts';

/** Most units of one variant a cart may hold. */
export const MAX_LINE_QUANTITY = 99;

export function createCartService(prisma: PrismaClient, options: { currency?: string } = {}) {
  const currency = options.currency ?? 'EUR';

  async function get(owner: CartOwner): Promise<CartView> {
    return readCart(prisma, await findActiveCartId(prisma, owner), currency);
  }

  /** Adds units of a variant (or more of it, when already in the cart). */
  async function addLine(owner: CartOwner, variantId: string, quantity: number): Promise<CartChange> {
    return prisma.$transaction(async (tx) => {
      const variant = await tx.productVariant.findUnique({
        where: { id: variantId },
        select: { stockOnHand: true, currency: true, product: { select: { status: true } }, configurableBases: { select: { id: true }, take: 1 } },
      });
      if (!variant || !isShownToShoppers(variant.product)) throw new NotFoundError('product variant', variantId);
      // A configurable product's base is only sold with a configuration (addConfiguredLine).
      if (variant.configurableBases.length > 0) throw new DomainError('invalid_input', 'This product is built to your configuration: please configure it first.');
      if (variant.currency !== currency) throw new DomainError('invalid_input', `This item is not sold in ${currency}.`);
      const { cartId, cartToken } = await ensureActiveCart(tx, owner, currency);
      const existing = await tx.cartLine.findUnique({ where: { cartId_variantId_configurationKey: { cartId, variantId, configurationKey: '' } }, select: { quantity: true } });
      const wanted = (existing?.quantity ?? 0) + quantity;
      assertAvailable(wanted, variant.stockOnHand);
      await tx.cartLine.upsert({
        where: { cartId_variantId_configurationKey: { cartId, variantId, configurationKey: '' } },
        create: { cartId, variantId, quantity: wanted },
        update: { quantity: wanted },
      });
      await tx.cart.update({ where: { id: cartId }, data: { updatedAt: new Date() } });
      return { cart: await readCart(tx, cartId, currency), cartToken };
    });
  }

  /** Adds a configurable product built to the shopper's choices, validated and priced on the server. */
  async function addConfigured(owner: CartOwner, input: ConfigureLineInput): Promise<CartChange> {
    return addConfiguredLine(prisma, owner, currency, input);
  }

  /** Sets a line's quantity; 0 removes it. */
  async function setQuantity(owner: CartOwner, lineId: string, quantity: number): Promise<CartView> {
    return prisma.$transaction(async (tx) => {
      const cartId = await findActiveCartId(tx, owner);
      const line = cartId
        ? await tx.cartLine.findFirst({ where: { id: lineId, cartId }, select: { id: true, variant: { select: { stockOnHand: true } } } })
        : null;
      if (!cartId || !line) throw new NotFoundError('cart line', lineId);
      if (quantity === 0) await tx.cartLine.delete({ where: { id: line.id } });
      else {
        assertAvailable(quantity, line.variant.stockOnHand);
        await tx.cartLine.update({ where: { id: line.id }, data: { quantity } });
      }
      return readCart(tx, cartId, currency);
    });
  }

  /**
   * Moves an anonymous cart's lines into the customer's active cart at sign-in (quantities
   * added, capped at what is in stock) and retires the anonymous cart. A discount code entered
   * on the anonymous cart is kept: it is the shopper's latest choice, so it replaces the code the
   * customer's cart had. A no-op for unknown tokens.
   */
  async function claimAnonymousCart(cartToken: string, customerId: string): Promise<void> {
    await prisma.$transaction(async (tx) => {
      const anonymousId = await findActiveCartId(tx, { cartToken });
      if (!anonymousId) return;
      const customerCartId = await findActiveCartId(tx, { customerId });
      if (!customerCartId) {
        await tx.cart.update({ where: { id: anonymousId }, data: { customerId, tokenHash: null } });
        return;
      }
      const lines = await tx.cartLine.findMany({
        where: { cartId: anonymousId },
        select: { variantId: true, quantity: true, configurationKey: true, configuration: true, variant: { select: { stockOnHand: true } } },
      });
      for (const line of lines) {
        const existing = await tx.cartLine.findUnique({
          where: { cartId_variantId_configurationKey: { cartId: customerCartId, variantId: line.variantId, configurationKey: line.configurationKey } },
          select: { quantity: true },
        });
        // Never more than is in stock, but never less than the customer already had.
        const had = existing?.quantity ?? 0;
        const merged = Math.min(had + line.quantity, MAX_LINE_QUANTITY, Math.max(line.variant.stockOnHand, had));
        if (merged <= 0) continue;
        await tx.cartLine.upsert({
          where: { cartId_variantId_configurationKey: { cartId: customerCartId, variantId: line.variantId, configurationKey: line.configurationKey } },
          create: { cartId: customerCartId, variantId: line.variantId, quantity: merged, configurationKey: line.configurationKey, configuration: line.configuration ?? Prisma.DbNull },
          update: { quantity: merged },
        });
      }
      const { promotionCode } = await tx.cart.findUniqueOrThrow({ where: { id: anonymousId }, select: { promotionCode: true } });
      if (promotionCode) await tx.cart.update({ where: { id: customerCartId }, data: { promotionCode } });
      await tx.cart.update({ where: { id: anonymousId }, data: { status: 'MERGED', tokenHash: null } });
    });
  }

  return { get, addLine, addConfigured, setQuantity, removeLine: (owner: CartOwner, lineId: string) => setQuantity(owner, lineId, 0), claimAnonymousCart };
}

export type CartService = ReturnType<typeof createCartService>;

function assertAvailable(wanted: number, stockOnHand: number): void {
  if (wanted > MAX_LINE_QUANTITY) {
    throw new DomainError('invalid_input', `At most ${MAX_LINE_QUANTITY} of one item per order.`, { quantity: [`At most ${MAX_LINE_QUANTITY}`] });
  }
  if (stockOnHand <= 0) throw new DomainError('conflict', 'This item is sold out.');
  if (wanted > stockOnHand) {
    throw new DomainError('conflict', `Only ${stockOnHand} left in stock.`, { quantity: [`Only ${stockOnHand} left`] });
  }
}
