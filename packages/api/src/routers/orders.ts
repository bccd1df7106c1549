import { OrderDocumentInput, OrderIdInput } from '@tandem/validators';
import { pdfPayload } from './pdf-payload.ts';
import { customerProcedure, router } from '../trpc.ts';

/** The signed-in customer's own orders; other customers' order ids are NOT_FOUND. */
export const ordersRouter = router({
  list: customerProcedure.query(({ ctx }) => ctx.services.orders.list(ctx.customer.id)),
  byId: customerProcedure.input(OrderIdInput).query(({ ctx, input }) => ctx.services.orders.byId(ctx.customer.id, input.id)),
  /** The order's invoice and credit notes. */
  documents: customerProcedure.input(OrderIdInput).query(({ ctx, input }) => ctx.services.orders.documents(ctx.customer.id, input.id)),
  /** One invoice or credit note as a PDF (base64; JSON carries no bytes). */
  document: customerProcedure.input(OrderDocumentInput).query(async ({ ctx, input }) => pdfPayload(await ctx.services.orders.documentFile(ctx.customer.id, input))),
});
