// Test helpers for affiliate tracking: approved partners straight in the database, tracked
// clicks through the API, and referred shoppers who buy one item.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@tandem/db';
import { makeCategory, makeProduct } from '@tandem/db/testing';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer } from './callers.ts';

export const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const address = { name: 'C', line1: 'Dam 1', postalCode: '1012 JS', city: 'Amsterdam', country: 'NL' };
let ips = 0;

/** An approved partner with its own signed-in customer account. */
export async function approvedPartner(prisma: PrismaClient, contactEmail?: string) {
  const owner = await signedInCustomer(prisma);
  const code = `partner-${randomUUID().slice(0, 8)}`;
  const partner = await prisma.partner.create({
    data: { code, name: `Partner ${code}`, websiteUrl: 'https://partner.example.test', contactEmail: contactEmail ?? owner.customer.email, customerId: owner.customer.id, status: 'APPROVED' },
  });
  return { partner, owner, sessionToken: owner.sessionToken };
}

/** A visitor's click on `/r/<code>` from a browser on its own address; returns the referral token. */
export async function clickThrough(services: ApiServices, code: string, referralToken?: string | null) {
  ips += 1;
  const visitor = callerFor(services, { ip: `198.51.100.${ips % 250}`, userAgent: BROWSER_UA });
  return visitor.affiliate.recordClick({ partnerCode: code, referralToken: referralToken ?? null });
}

/** A product in its own category, `priceAmount` each. */
export async function productFor(prisma: PrismaClient, priceAmount = 10_000) {
  const category = await makeCategory(prisma, `c-${randomUUID().slice(0, 8)}`);
  const product = await makeProduct(prisma, { slug: `p-${randomUUID().slice(0, 8)}`, categoryId: category.id, variants: [{ priceAmount, stockOnHand: 50 }] });
  const variant = await prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  return { category, product, variant };
}

/** A shopper (new, or the given session) who buys `quantity` of the variant carrying the referral token. */
export async function referredOrder(services: ApiServices, variantId: string, referralToken: string | null, shopper?: { sessionToken: string }, quantity = 1) {
  const session = shopper ?? (await signedInCustomer(services.prisma));
  const api = callerFor(services, { sessionToken: session.sessionToken, referralToken });
  await api.cart.addLine({ variantId, quantity });
  const order = await api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true });
  return { order, api };
}
