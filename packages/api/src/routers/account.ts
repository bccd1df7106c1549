// The signed-in customer's own data. Every procedure acts for `ctx.customer` only.
import { AddressIdInput, AddressInput, AddressUpdateInput } from '@tandem/validators';
import { customerProcedure, router } from '../trpc.ts';

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
});
