// Test helper: a shopper with a placed (unpaid, offline) order of one 100.00 item.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@tandem/db';
import { makeCategory, makeProduct } from '@tandem/db/testing';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer } from './callers.ts';

const address = { name: 'C', line1: 'Dam 1', postalCode: '1012 JS', city: 'Amsterdam', country: 'NL' };

export async function placedOrder(prisma: PrismaClient, services: ApiServices, shopperName?: string) {
  const category = await makeCategory(prisma, `c-${randomUUID().slice(0, 8)}`);
  const product = await makeProduct(prisma, { slug: `p-${randomUUID().slice(0, 8)}`, categoryId: category.id, variants: [{ priceAmount: 10_000, stockOnHand: 3 }] });
  const variant = await prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  const shopper = await signedInCustomer(prisma);
  if (shopperName) await prisma.customer.update({ where: { id: shopper.customer.id }, data: { name: shopperName } });
  const api = callerFor(services, { sessionToken: shopper.sessionToken });
  await api.cart.addLine({ variantId: variant.id, quantity: 1 });
  const order = await api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: { ...address, name: shopperName ?? address.name }, shippingMethodCode: 'standard', acceptedTerms: true });
  return { order, api, shopper: shopper.customer };
}
