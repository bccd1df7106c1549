import { placeOrder, quoteCart } from '@tandem/core/checkout';
import { findActiveCartId } from '@tandem/core/carts';
import { referringPartnerId } from '@tandem/core/partners';
import { CheckoutQuoteInput, PlaceOrderInput } from '@tandem/validators';
import { customerProcedure, router } from '../trpc.ts';

export const checkoutRouter = router({
  /** Shipping options, tax and totals of the signed-in customer's cart for a destination. */
  quote: customerProcedure.input(CheckoutQuoteInput).query(async ({ ctx, input }) => {
    const { prisma } = ctx.services;
    const cartId = await findActiveCartId(prisma, { customerId: ctx.customer.id });
    const hints = { referringPartnerId: await referringPartnerId(prisma, ctx.auth.referralToken, ctx.services.clock.now()) };
    return quoteCart(prisma, cartId, input.country, input.shippingMethodCode, undefined, ctx.services.clock.now(), hints);
  }),
  /** Places the cart as an order; the same idempotency key always answers with the same order. */
  placeOrder: customerProcedure.input(PlaceOrderInput).mutation(({ ctx, input }) =>
    placeOrder(ctx.services.prisma, ctx.services.payments, {
      customer: { id: ctx.customer.id, email: ctx.customer.email },
      idempotencyKey: input.idempotencyKey,
      shippingAddress: input.shippingAddress,
      shippingMethodCode: input.shippingMethodCode,
      referralToken: ctx.auth.referralToken ?? null,
    }),
  ),
});
