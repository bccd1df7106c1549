// The signed-in customer's own data. Every procedure acts for `ctx.customer` only.
import { AddressIdInput, AddressInput, AddressUpdateInput } from '@tandem/validators';
import { customerProcedure, router } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

const addressesRouter = router({
  /** The default address first, then the newest. */
  list: customerProcedure.query(({ ctx }) => ctx.services.accounts.addresses.list(ctx.customer.id)),
  add: customerProcedure.input(AddressInput).mutation(({ ctx, input }) => ctx.services.accounts.addresses.add(ctx.customer.id, input)),
  update: customerProcedure.input(AddressUpdateInput).mutation(({ ctx, input }) => ctx.services.accounts.addresses.update(ctx.customer.id, input)),
  remove: customerProcedure.input(AddressIdInput).mutation(({ ctx, input }) => ctx.services.accounts.addresses.remove(ctx.customer.id, input.id)),
  setDefault: customerProcedure
    .input(AddressIdInput)
    .mutation(({ ctx, input }) => ctx.services.accounts.addresses.setDefault(ctx.customer.id, input.id)),
});

export const accountRouter = router({
  profile: customerProcedure.query(({ ctx }) => ctx.services.accounts.me(ctx.customer.id)),
  addresses: addressesRouter,
  /** Sends a new confirmation link to the account's address; CONFLICT once confirmed, TOO_MANY_REQUESTS after a few in an hour. */
  resendVerification: customerProcedure
    .meta(rest('POST', '/account/email-verification', { tag: 'Account', summary: 'Send a new e-mail confirmation link', description: 'Refused once the address is confirmed; limited per account.', access: 'customer' }))
    .mutation(({ ctx }) => ctx.services.accounts.resendVerification(ctx.customer.id)),
});
