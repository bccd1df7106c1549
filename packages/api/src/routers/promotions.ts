import { applyCartCode, cartPricing, productDisplayPrices, removeCartCode } from '@tandem/core/pricing';
import { ApplyCartCodeInput, ProductDisplayPricesInput } from '@tandem/validators';
import { referringPartnerId } from '@tandem/core/partners';
import { segmentKeysOf } from '@tandem/core/personalization';
import type { CustomerHints } from '@tandem/core/pricing';
import type { PrismaClient } from '@tandem/db';
import { router, shopperProcedure } from '../trpc.ts';

/** The shopper's cart through the pricing engine, and the discount code kept on it. */
export const promotionsRouter = router({
  /** Line prices after price lists, tiers and promotions, with the explanation and the code's fate. */
  cartPricing: shopperProcedure.query(async ({ ctx }) => cartPricing(ctx.services.prisma, owner(ctx), ctx.services.clock.now(), await hints(ctx))),
  applyCode: shopperProcedure.input(ApplyCartCodeInput).mutation(async ({ ctx, input }) => applyCartCode(ctx.services.prisma, owner(ctx), input.code, { ip: ctx.auth.ip, hints: await hints(ctx) })),
  removeCode: shopperProcedure.mutation(async ({ ctx }) => removeCartCode(ctx.services.prisma, owner(ctx), ctx.services.clock.now(), await hints(ctx))),
  /** Today's unit prices for this shopper (price list, sale) and volume tiers, for listings and product pages. */
  productPrices: shopperProcedure
    .input(ProductDisplayPricesInput)
    .query(({ ctx, input }) => productDisplayPrices(ctx.services.prisma, input.productIds, ctx.customer?.id ?? null, ctx.services.clock.now())),
});

/**
 * What pricing cannot know itself: the referring partner (affiliate cookie forwarded as
 * X-Referral) and where personalization keeps the shopper's segments, for targeted promotions.
 */
async function hints(ctx: { services: { prisma: PrismaClient }; auth: { referralToken?: string | null } }): Promise<CustomerHints> {
  const { prisma } = ctx.services;
  return { referringPartnerId: await referringPartnerId(prisma, ctx.auth.referralToken), segmentKeysOf: (customerId) => segmentKeysOf(prisma, customerId) };
}

function owner(ctx: { customer: { id: string } | null; auth: { cartToken: string | null } }) {
  return { customerId: ctx.customer?.id ?? null, cartToken: ctx.auth.cartToken };
}
