// A customer's privacy choices and their behaviour data: see it, export it, delete it.
import { ConsentInput, DeleteBehaviourInput } from '@tandem/validators';
import { customerProcedure, router } from '../trpc.ts';

export const personalDataRouter = router({
  consent: customerProcedure.query(({ ctx }) => ctx.services.accounts.consent(ctx.customer.id)),
  setConsent: customerProcedure.input(ConsentInput).mutation(({ ctx, input }) => ctx.services.accounts.setConsent(ctx.customer.id, input)),
  /** A preview of the customer's own newsletter digest; null when they did not ask for newsletters. */
  digest: customerProcedure.query(({ ctx }) => ctx.services.personalization.digest(ctx.customer)),
  exportBehaviour: customerProcedure.query(({ ctx }) => ctx.services.personalization.exportBehaviour(ctx.customer.id)),
  deleteBehaviour: customerProcedure
    .input(DeleteBehaviourInput)
    .mutation(({ ctx, input }) => ctx.services.personalization.deleteBehaviour(ctx.customer.id, input.visitorId ?? null)),
});
