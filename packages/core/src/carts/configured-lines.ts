// Configured lines: a configurable product's base variant plus the shopper's configuration
// snapshot. Two different configurations are two lines; the same one again adds to its line.
// The configurator validates, prices and snapshots the choices; carts owns the line it becomes.
import type { PrismaClient } from '@tandem/db';
import { configureLine, type ConfigureLineInput } from '../configurator/index.ts';
import { DomainError } from '../shared/index.ts';
import { readCart } from './cart-lines.ts';
import { MAX_CONFIGURED_QUANTITY } from './limits.ts';
import { ensureActiveCart } from './ensure-cart.ts';
import type { CartChange, CartOwner } from './types.ts';

/**
 * Re-validates and re-prices the choices on the server, then adds the configuration's snapshot
 * as a cart line (or more of the same configuration), the line write in one transaction.
 */
export async function addConfiguredLine(prisma: PrismaClient, owner: CartOwner, currency: string, input: ConfigureLineInput): Promise<CartChange> {
  const line = await configureLine(prisma, currency, input);
  return prisma.$transaction(async (tx) => {
    const { cartId, cartToken } = await ensureActiveCart(tx, owner, currency);
    const key = { cartId_variantId_configurationKey: { cartId, variantId: line.variantId, configurationKey: line.configurationKey } };
    const existing = await tx.cartLine.findUnique({ where: key, select: { quantity: true } });
    const wanted = (existing?.quantity ?? 0) + input.quantity;
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
