import { CartAddLineInput, CartRemoveLineInput, CartSetQuantityInput } from '@tandem/validators';
import { router, shopperProcedure } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

/** The shopper's cart: a signed-in customer's, or the anonymous cart of `X-Cart-Token`. */
export const cartRouter = router({
  get: shopperProcedure
    .meta(rest('GET', '/cart', { tag: 'Cart', summary: 'The shopper’s cart', access: 'shopper' }))
    .query(({ ctx }) => ctx.services.carts.get(owner(ctx))),
  /** Returns `cartToken` when it created an anonymous cart: keep it (cookie) and send it back. */
  addLine: shopperProcedure
    .meta(rest('POST', '/cart/lines', { tag: 'Cart', summary: 'Add a variant to the cart', description: 'Without a session or X-Cart-Token this makes an anonymous cart and returns its `cartToken`: send it back as X-Cart-Token.', access: 'shopper' }))
    .input(CartAddLineInput)
    .mutation(({ ctx, input }) => ctx.services.carts.addLine(owner(ctx), input.variantId, input.quantity)),
  setQuantity: shopperProcedure
    .meta(rest('PATCH', '/cart/lines/{lineId}', { tag: 'Cart', summary: 'Change a line’s quantity (0 removes it)', access: 'shopper' }))
    .input(CartSetQuantityInput)
    .mutation(({ ctx, input }) => ctx.services.carts.setQuantity(owner(ctx), input.lineId, input.quantity)),
  removeLine: shopperProcedure
    .meta(rest('DELETE', '/cart/lines/{lineId}', { tag: 'Cart', summary: 'Remove a line', access: 'shopper' }))
    .input(CartRemoveLineInput)
    .mutation(({ ctx, input }) => ctx.services.carts.removeLine(owner(ctx), input.lineId)),
});

function owner(ctx: { customer: { id: string } | null; auth: { cartToken: string | null } }) {
  return { customerId: ctx.customer?.id ?? null, cartToken: ctx.auth.cartToken };
}
