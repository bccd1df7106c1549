import { CartAddLineInput, CartRemoveLineInput, CartSetQuantityInput } from '@tandem/validators';
import { router, shopperProcedure } from '../trpc.ts';

/** The shopper's cart: a signed-in customer's, or the anonymous cart of `X-Cart-Token`. */
export const cartRouter = router({
  get: shopperProcedure.query(({ ctx }) => ctx.services.carts.get(owner(ctx))),
  /** Returns `cartToken` when it created an anonymous cart: keep it (cookie) and send it back. */
  addLine: shopperProcedure
    .input(CartAddLineInput)
    .mutation(({ ctx, input }) => ctx.services.carts.addLine(owner(ctx), input.variantId, input.quantity)),
  setQuantity: shopperProcedure
    .input(CartSetQuantityInput)
    .mutation(({ ctx, input }) => ctx.services.carts.setQuantity(owner(ctx), input.lineId, input.quantity)),
  removeLine: shopperProcedure
    .input(CartRemoveLineInput)
    .mutation(({ ctx, input }) => ctx.services.carts.removeLine(owner(ctx), input.lineId)),
});

function owner(ctx: { customer: { id: string } | null; auth: { cartToken: string | null } }) {
  return { customerId: ctx.customer?.id ?? null, cartToken: ctx.auth.cartToken };
}
