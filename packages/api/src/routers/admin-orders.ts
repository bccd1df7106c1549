import { cancelOrder, markOfflinePaymentReceived, refundOrder } from '@tandem/core/orders';
import { OrderIdInput, RefundOrderInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

/** Store administrators' money actions on orders (the admin app builds on these). */
export const adminOrdersRouter = router({
  markPaid: staffProcedure('orders.manage').input(OrderIdInput).mutation(async ({ ctx, input }) => {
    await markOfflinePaymentReceived(ctx.services.prisma, input.id);
    return { ok: true as const };
  }),
  refund: staffProcedure('orders.manage').input(RefundOrderInput).mutation(async ({ ctx, input }) => {
    await refundOrder(ctx.services.prisma, ctx.services.payments, { orderId: input.id, amount: input.amount, idempotencyKey: input.idempotencyKey });
    return { ok: true as const };
  }),
  cancel: staffProcedure('orders.manage').input(OrderIdInput).mutation(async ({ ctx, input }) => {
    await cancelOrder(ctx.services.prisma, input.id, `Cancelled by ${ctx.customer.email}`);
    return { ok: true as const };
  }),
});
