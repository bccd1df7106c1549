// Configured lines: a configurable product's base variant plus the shopper's configuration
// snapshot. Two different configurations are two lines; the same one again adds to its line.
import { Prisma, type PrismaClient } from '@tandem/db';
import { DomainError } from '../shared/index.ts';
import { readCart } from './cart-lines.ts';
import { MAX_CONFIGURED_QUANTITY } from './limits.ts';
import { ensureActiveCart } from './ensure-cart.ts';
import type { CartChange, CartOwner } from './types.ts';

export interface ConfiguredLineInput {
  variantId: string;
  /** A digest of the product and its normalised choices. */
  configurationKey: string;
  /** The server-computed snapshot (never what a client sent). */
  configuration: Prisma.InputJsonValue;
  quantity: number;
}

/** Adds a configured line (or more of the same configuration) in one transaction. */
export async function addConfiguredLine(prisma: PrismaClient, owner: CartOwner, currency: string, line: ConfiguredLineInput): Promise<CartChange> {
  return prisma.$transaction(async (tx) => {
    const { cartId, cartToken } = await ensureActiveCart(tx, owner, currency);
    const key = { cartId_variantId_configurationKey: { cartId, variantId: line.variantId, configurationKey: line.configurationKey } };
    const existing = await tx.cartLine.findUnique({ where: key, select: { quantity: true } });
    const wanted = (existing?.quantity ?? 0) + line.quantity;
    if (wanted > MAX_CONFIGURED_QUANTITY) {
      throw new DomainError('invalid_input', `At most ${MAX_CONFIGURED_QUANTITY} of one configuration per order.`, { quantity: [`At most ${MAX_CONFIGURED_QUANTITY}`] });
    }
    await tx.cartLine.upsert({
      where: key,
      create: { cartId, variantId: line.variantId, configurationKey: line.configurationKey, configuration: line.configuration, quantity: wanted },
      update: { quantity: wanted, configuration: line.configuration },
    });
    await tx.cart.update({ where: { id: cartId }, data: { updatedAt: new Date() } });
    return { cart: await readCart(tx, cartId, currency), cartToken };
  });
}
