// The partner programme for signed-in customers: applying and the application's status; for
// approved partners, their profile, allowed origins and API keys.
import { CreatePartnerApiKeyInput, IdInput, PartnerApplicationInput, PartnerProfileInput } from '@tandem/validators';
import { customerProcedure, partnerProcedure, router } from '../trpc.ts';

export const partnersRouter = router({
  /** Applies to the programme (PENDING; `apply` is a name tRPC reserves); CONFLICT when the customer already has an application, unless it was rejected. */
  submitApplication: customerProcedure.input(PartnerApplicationInput).mutation(({ ctx, input }) => ctx.services.partnerAccounts.apply(ctx.customer, input)),

  /** The customer's application with its status (and the reason of a rejection or suspension); null when they never applied. */
  myApplication: customerProcedure.query(({ ctx }) => ctx.services.partnerAccounts.myApplication(ctx.customer.id)),

  profile: partnerProcedure.query(({ ctx }) => ctx.services.partnerAccounts.profile(ctx.partner.id)),
  updateProfile: partnerProcedure.input(PartnerProfileInput).mutation(({ ctx, input }) => ctx.services.partnerAccounts.updateProfile(ctx.partner.id, input)),

  apiKeys: router({
    list: partnerProcedure.query(({ ctx }) => ctx.services.partnerAccounts.apiKeys.list(ctx.partner.id)),
    /** Returns the whole key once (`key`); only its SHA-256 is stored. */
    create: partnerProcedure.input(CreatePartnerApiKeyInput).mutation(({ ctx, input }) => ctx.services.partnerAccounts.apiKeys.create(ctx.partner.id, input.label)),
    revoke: partnerProcedure.input(IdInput).mutation(({ ctx, input }) => ctx.services.partnerAccounts.apiKeys.revoke(ctx.partner.id, input.id)),
  }),
});
