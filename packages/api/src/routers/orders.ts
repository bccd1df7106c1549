import { OrderIdInput } from '@tandem/validators';
import { customerProcedure, router } from '../trpc.ts';

/** The signed-in customer's own orders; other customers' order ids are NOT_FOUND. */
export const ordersRouter = router({
  list: customerProcedure.query(({ ctx }) => ctx.services.orders.list(ctx.customer.id)),
  byId: customerProcedure.input(OrderIdInput).query(({ ctx, input }) => ctx.services.orders.byId(ctx.customer.id, input.id)),
});
