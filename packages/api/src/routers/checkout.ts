// Checkout: quotes and placing orders, for signed-in customers and for guests (the cart their
// X-Cart-Token holds, an e-mail, no password), plus the guest order page and the account a guest
// may create (or sign in to) to keep the order.
import { CheckoutQuoteInput, GuestAccountInput, PaymentMethodsInput, GuestOrderTokenInput, GuestPlaceOrderInput, PlaceOrderInput } from '@tandem/validators';
import { customerProcedure, publicProcedure, router, shopperProcedure } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

export const checkoutRouter = router({
  /** Shipping options, tax and totals of the shopper's cart (the customer's, or the anonymous cart token's) for a destination. */
  quote: shopperProcedure
    .meta(rest('GET', '/checkout/quote', { tag: 'Checkout', summary: 'Shipping options, tax and totals of the cart', access: 'shopper' }))
    .input(CheckoutQuoteInput)
    .query(({ ctx, input }) => ctx.services.checkout.quote(ctx.customer ? { customerId: ctx.customer.id } : { cartToken: ctx.auth.cartToken }, input, ctx.auth.referralToken)),
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
        paymentMethod: input.paymentMethod,
        expectedTotal: input.expectedTotal,
      }),
    ),
  /** The payment methods checkout offers now for a shipping method (the first is the default), with what their help text needs. */
  paymentMethods: publicProcedure
    .meta(rest('GET', '/checkout/payment-methods', { tag: 'Checkout', summary: 'The payment methods the shop offers', description: 'With `shippingMethodCode`, the ones offered for it: pay on pickup only with `collect_in_store`.', access: 'public' }))
    .input(PaymentMethodsInput)
    .query(({ ctx, input }) => ctx.services.checkout.paymentMethods(input?.shippingMethodCode)),
  /** Places the anonymous cart (X-Cart-Token) as a guest order; answers with the order and a link token to its page. */
  placeGuestOrder: publicProcedure
    .meta(rest('POST', '/checkout/guest-orders', { tag: 'Checkout', summary: 'Place the anonymous cart as a guest order', description: 'The cart is the one X-Cart-Token holds; no account needed. Answers the order and `accessToken`, the link token to its page. The same idempotency key with the same cart token answers with the same order. Limited per address and per e-mail.', access: 'shopper' }))
    .input(GuestPlaceOrderInput)
    .mutation(({ ctx, input }) =>
    ctx.services.checkout.placeGuestOrder({
      email: input.email,
      cartToken: ctx.auth.cartToken,
      ip: ctx.auth.ip,
      idempotencyKey: input.idempotencyKey,
      shippingAddress: input.shippingAddress,
      shippingMethodCode: input.shippingMethodCode,
      referralToken: ctx.auth.referralToken ?? null,
      paymentMethod: input.paymentMethod,
      expectedTotal: input.expectedTotal,
    }),
  ),
  /** The guest order a link opens; an unknown, altered or expired token is NOT_FOUND. */
  guestOrder: publicProcedure
    .meta(rest('GET', '/checkout/guest-orders/{token}', { tag: 'Checkout', summary: 'A guest order, by its link token', description: 'An unknown, altered or expired token is NOT_FOUND.' }))
    .input(GuestOrderTokenInput)
    .query(({ ctx, input }) => ctx.services.checkout.guestOrder(input.token)),
  /** Creates an account with the guest order's e-mail and signs it in; the account adopts the order. */
  createGuestAccount: publicProcedure
    .meta(rest('POST', '/checkout/guest-orders/{token}/account', { tag: 'Checkout', summary: 'Create an account that keeps a guest order', description: 'The account gets the order’s e-mail and signs in (answers the session). When an account with that e-mail exists: CONFLICT — sign in and claim the order instead.' }))
    .input(GuestAccountInput)
    .mutation(({ ctx, input }) =>
      ctx.services.checkout.createAccountForGuestOrder(input, { ip: ctx.auth.ip, userAgent: ctx.auth.userAgent, presentedSessionToken: ctx.auth.sessionToken }),
    ),
  /** Adds a guest order to the signed-in customer's account when its e-mail is the order's. */
  claimGuestOrder: customerProcedure
    .meta(rest('POST', '/checkout/guest-orders/{token}/claim', { tag: 'Checkout', summary: 'Add a guest order to the signed-in account', description: 'Only when the account’s e-mail is the one the order was placed with.', access: 'customer' }))
    .input(GuestOrderTokenInput)
    .mutation(({ ctx, input }) => ctx.services.checkout.claimGuestOrder({ id: ctx.customer.id, email: ctx.customer.email }, input.token)),
});
