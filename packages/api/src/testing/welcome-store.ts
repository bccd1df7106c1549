// Test helper: a store that sells one product (40.00, plenty in stock) and gives a first order
// 5.00 off, the set-up of the checkout tests that follow a first-order discount.
import type { PrismaClient } from '@tandem/db';
import { makeCategory, makeProduct } from '@tandem/db/testing';
import { seedCheckoutSettings } from '@tandem/db/seed';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, testServices } from './callers.ts';

export const WELCOME_STORE = { price: 4_000, welcomeOff: 500 } as const;

export async function welcomeStore(prisma: PrismaClient, slug: string): Promise<{ services: ApiServices; variantId: string }> {
  await seedCheckoutSettings(prisma);
  const services = testServices(prisma);
  const categoryId = (await makeCategory(prisma, slug)).id;
  const product = await makeProduct(prisma, { slug: `${slug}-bell`, title: 'Bell', categoryId, variants: [{ priceAmount: WELCOME_STORE.price, stockOnHand: 100 }] });
  const variantId = (await prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } })).id;
  const admin = callerFor(services, { sessionToken: (await signedInCustomer(prisma, ['CUSTOMER', 'ADMIN'])).sessionToken });
  await admin.adminPricing.createPromotion({ name: 'Welcome', kind: 'FIXED_AMOUNT', amount: WELCOME_STORE.welcomeOff, firstOrderOnly: true });
  return { services, variantId };
}
