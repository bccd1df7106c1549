import { CheckoutQuoteInput, PlaceOrderInput } from '@tandem/validators';
import { customerProcedure, router } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

export const checkoutRouter = router({
  /** Shipping options, tax and totals of the signed-in customer's cart for a destination. */
  quote: customerProcedure
    .meta(rest('GET', '/checkout/quote', { tag: 'Checkout', summary: 'Shipping options, tax and totals of the cart', access: 'customer' }))
    .input(CheckoutQuoteInput)
    .query(({ ctx, input }) => ctx.services.checkout.quote(ctx.customer.id, input, ctx.auth.referralToken)),
  /** Places the cart as an order; the same idempotency key always answers with the same order. */
  placeOrder: customerProcedure
    .meta(rest('POST', '/checkout/orders', { tag: 'Checkout', summary: 'Place the cart as an order', description: 'The same idempotency key always answers with the same order.', access: 'customer' }))
    .input(PlaceOrderInput)
    .mutation(({ ctx, input }) =>
      ctx.services.checkout.placeOrder({
        customer: { id: ctx.customer.id, email: ctx.customer.email },
        idempotencyKey: input.idempotencyKey,
        shippingAddress: input.shippingAddress,
        shippingMethodCode: input.shippingMethodCode,
        referralToken: ctx.auth.referralToken ?? null,
      }),
    ),
});
