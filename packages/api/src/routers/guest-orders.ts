// A guest's order through its link (the token is the key; an unknown, altered or expired one is
// NOT_FOUND): its invoice and credit notes, cancel, and returns — what the account's order page
// offers, for a shopper without an account. The order itself is read through checkout.guestOrder.
import { GuestOrderTokenInput, GuestRequestReturnInput, OrderDocumentInput } from '@tandem/validators';
import { pdfPayload } from './pdf-payload.ts';
import { publicProcedure, router } from '../trpc.ts';

const ok = { ok: true as const };

export const guestOrdersRouter = router({
  documents: publicProcedure.input(GuestOrderTokenInput).query(({ ctx, input }) => ctx.services.orders.guestDocuments(input.token)),
  document: publicProcedure
    .input(GuestOrderTokenInput.extend(OrderDocumentInput.shape))
    .query(async ({ ctx, input }) => pdfPayload(await ctx.services.orders.guestDocumentFile(input.token, { kind: input.kind, id: input.id }))),
  cancel: publicProcedure.input(GuestOrderTokenInput).mutation(async ({ ctx, input }) => {
    await ctx.services.returns.cancel({ guestToken: input.token });
    return ok;
  }),
  returnOptions: publicProcedure.input(GuestOrderTokenInput).query(({ ctx, input }) => ctx.services.returns.options({ guestToken: input.token })),
  requestReturn: publicProcedure.input(GuestRequestReturnInput).mutation(({ ctx, input }) => {
    const { token, ...draft } = input;
    return ctx.services.returns.request({ guestToken: token }, draft);
  }),
});
