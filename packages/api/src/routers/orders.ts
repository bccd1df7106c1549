import { orderForCustomer, ordersOfCustomer } from '@tandem/core/orders';
import { OrderIdInput } from '@tandem/validators';
import { customerProcedure, router } from '../trpc.ts';

/** The signed-in customer's own orders; other customers' order ids are NOT_FOUND. */
export const ordersRouter = router({
  list: customerProcedure.query(({ ctx }) => ordersOfCustomer(ctx.services.prisma, ctx.customer.id)),
  byId: customerProcedure.input(OrderIdInput).query(({ ctx, input }) => orderForCustomer(ctx.services.prisma, ctx.customer.id, input.id)),
});
