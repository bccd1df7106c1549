// Store settings staff edit (permission `settings`): the payment methods checkout offers. Saving
// decides where shoppers send their money, so it asks for the password again; the core service
// audits it in its transaction.
import { PaymentSettingsInput } from '@tandem/validators';
import { router, sensitiveStaffProcedure, staffProcedure } from '../trpc.ts';

export const adminSettingsRouter = router({
  /** The payment settings and which methods checkout offers with them (card needs Stripe keys). */
  payments: staffProcedure('settings').query(({ ctx }) => ctx.services.adminPaymentSettings.get()),
  /** Saves the payment settings (IBAN checked with its checksum); orders already placed keep theirs. */
  savePayments: sensitiveStaffProcedure('settings')
    .input(PaymentSettingsInput)
    .mutation(({ ctx, input }) => ctx.services.adminPaymentSettings.save(ctx.staff, input)),
});
