// Store settings staff edit (permission `settings`): the payment methods checkout offers and
// collecting in store. Saving
// decides where shoppers send their money, so it asks for the password again; the core service
// audits it in its transaction.
import { PaymentSettingsInput, PickupSettingsInput } from '@tandem/validators';
import { router, sensitiveStaffProcedure, staffProcedure } from '../trpc.ts';

export const adminSettingsRouter = router({
  /** The payment settings and which methods checkout offers with them (card needs Stripe keys). */
  payments: staffProcedure('settings').query(({ ctx }) => ctx.services.adminPaymentSettings.get()),
  /** Saves the payment settings (IBAN checked with its checksum); orders already placed keep theirs. */
  savePayments: sensitiveStaffProcedure('settings')
    .input(PaymentSettingsInput)
    .mutation(({ ctx, input }) => ctx.services.adminPaymentSettings.save(ctx.staff, input)),
  /** Collect in store: the pickup address and opening hours, and whether checkout offers it. */
  pickup: staffProcedure('settings').query(({ ctx }) => ctx.services.adminPickupSettings.get()),
  /** Saves collect in store; orders already placed keep the address and hours they were placed with. */
  savePickup: staffProcedure('settings')
    .input(PickupSettingsInput)
    .mutation(({ ctx, input }) => ctx.services.adminPickupSettings.save(ctx.staff, input)),
});
