// The signed-in customer's own orders: read, documents, cancel, return. Other customers' order
// ids are NOT_FOUND.
import { OrderDocumentInput, OrderIdInput, RequestReturnInput } from '@tandem/validators';
import { pdfPayload } from './pdf-payload.ts';
import { customerProcedure, router } from '../trpc.ts';

const ok = { ok: true as const };

export const ordersRouter = router({
  list: customerProcedure.query(({ ctx }) => ctx.services.orders.list(ctx.customer.id)),
  byId: customerProcedure.input(OrderIdInput).query(({ ctx, input }) => ctx.services.orders.byId(ctx.customer.id, input.id)),
  /** The order's invoice and credit notes. */
  documents: customerProcedure.input(OrderIdInput).query(({ ctx, input }) => ctx.services.orders.documents(ctx.customer.id, input.id)),
  /** One invoice or credit note as a PDF (base64; JSON carries no bytes). */
  document: customerProcedure.input(OrderDocumentInput).query(async ({ ctx, input }) => pdfPayload(await ctx.services.orders.documentFile(ctx.customer.id, input))),
  /** Cancels an unpaid, or paid and unshipped, order; what was paid is refunded in full. Replays have one effect. */
  cancel: customerProcedure.input(OrderIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.returns.cancel({ customerId: ctx.customer.id, orderId: input.id });
    return ok;
  }),
  /** What the return form may offer: until when, and the units left per line. */
  returnOptions: customerProcedure.input(OrderIdInput).query(({ ctx, input }) => ctx.services.returns.options({ customerId: ctx.customer.id, orderId: input.id })),
  /** Asks to return units of a shipped order; the same key makes one return. */
  requestReturn: customerProcedure.input(RequestReturnInput).mutation(({ ctx, input }) => {
    const { id, ...draft } = input;
    return ctx.services.returns.request({ customerId: ctx.customer.id, orderId: id }, draft);
  }),
});
