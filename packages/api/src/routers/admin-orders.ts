// The admin's orders area: read with `orders.read`; fulfil, deliver, cancel, refund, settle
// offline payments and re-send e-mails with `orders.manage`. Every change is audited.
import { AdminOrderExportInput, AdminOrderListInput, FulfilOrderInput, OrderDocumentInput, OrderIdInput, RefundOrderInput, ResendOrderEmailInput } from '@tandem/validators';
import { router, sensitiveStaffProcedure, staffProcedure } from '../trpc.ts';
import { pdfPayload } from './pdf-payload.ts';

const reader = staffProcedure('orders.read');
const manager = staffProcedure('orders.manage');
/** Money leaving the store: the password again first (see sensitiveStaffProcedure). */
const refunder = sensitiveStaffProcedure('orders.manage');
const ok = { ok: true as const };

export const adminOrdersRouter = router({
  list: reader.input(AdminOrderListInput).query(({ ctx, input }) => ctx.services.adminOrders.list(input)),
  /** The filtered list as CSV, one chunk at a time (the admin streams them into one download). */
  exportChunk: reader.input(AdminOrderExportInput).query(({ ctx, input }) => ctx.services.adminOrders.csvChunk(input)),
  detail: reader.input(OrderIdInput).query(({ ctx, input }) => ctx.services.adminOrders.detail(input.id)),
  documents: reader.input(OrderIdInput).query(({ ctx, input }) => ctx.services.adminOrders.documents(input.id)),
  document: reader.input(OrderDocumentInput).query(async ({ ctx, input }) => pdfPayload(await ctx.services.adminOrders.documentFile(input))),

  markPaid: manager.input(OrderIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminOrders.markPaid(input.id);
    return ok;
  }),
  fulfil: manager.input(FulfilOrderInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminOrders.fulfil(ctx.staff, input);
    return ok;
  }),
  /** Collect in store: the order waits in the store, and the shopper is e-mailed where and when. */
  readyForPickup: manager.input(OrderIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminOrders.readyForPickup(ctx.staff, input.id);
    return ok;
  }),
  /** Collect in store: the shopper took the paid order (shipped and delivered at once). */
  collected: manager.input(OrderIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminOrders.collected(ctx.staff, input.id);
    return ok;
  }),
  deliver: manager.input(OrderIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminOrders.deliver(ctx.staff, input.id);
    return ok;
  }),
  refund: refunder.input(RefundOrderInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminOrders.refund(ctx.staff, { orderId: input.id, amount: input.amount, idempotencyKey: input.idempotencyKey });
    return ok;
  }),
  cancel: manager.input(OrderIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminOrders.cancel(ctx.staff, input.id);
    return ok;
  }),
  resendEmail: manager.input(ResendOrderEmailInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminOrders.resendEmail(ctx.staff, input);
    return ok;
  }),
});
