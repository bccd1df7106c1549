import { CheckoutQuoteInput, PlaceOrderInput } from '@tandem/validators';
import { customerProcedure, router } from '../trpc.ts';

export const checkoutRouter = router({
  /** Shipping options, tax and totals of the signed-in customer's cart for a destination. */
  quote: customerProcedure.input(CheckoutQuoteInput).query(({ ctx, input }) => ctx.services.checkout.quote(ctx.customer.id, input, ctx.auth.referralToken)),
  /** Places the cart as an order; the same idempotency key always answers with the same order. */
  placeOrder: customerProcedure.input(PlaceOrderInput).mutation(({ ctx, input }) =>
    ctx.services.checkout.placeOrder({
      customer: { id: ctx.customer.id, email: ctx.customer.email },
      idempotencyKey: input.idempotencyKey,
      shippingAddress: input.shippingAddress,
      shippingMethodCode: input.shippingMethodCode,
      referralToken: ctx.auth.referralToken ?? null,
    }),
  ),
});
