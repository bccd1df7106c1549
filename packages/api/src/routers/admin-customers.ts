// The admin's customers area: list, customer page and CSV export chunks with `customers`; the
// GDPR export (audited) too, and the GDPR erase, which also needs the password again.
// Moving a customer to another price group is `adminPricing.setCustomerGroup` (marketing, audited).
import { AdminCustomerExportInput, AdminCustomerListInput, CustomerIdInput } from '@tandem/validators';
import { router, sensitiveStaffProcedure, staffProcedure } from '../trpc.ts';

const reader = staffProcedure('customers');
/** Irreversible: the password again first (see sensitiveStaffProcedure). */
const eraser = sensitiveStaffProcedure('customers');

export const adminCustomersRouter = router({
  list: reader.input(AdminCustomerListInput).query(({ ctx, input }) => ctx.services.adminCustomers.list(input)),
  detail: reader.input(CustomerIdInput).query(({ ctx, input }) => ctx.services.adminCustomers.detail(input.id)),
  /** The filtered list as CSV, one chunk per call: pass `next` back as `after` until it is null. */
  exportChunk: reader.input(AdminCustomerExportInput).query(({ ctx, input }) => ctx.services.adminCustomers.csvChunk(input)),
  /** Everything the store holds about the customer, as one JSON document; a mutation because it is audited. */
  exportPersonalData: reader.input(CustomerIdInput).mutation(({ ctx, input }) => ctx.services.adminCustomers.exportPersonalData(ctx.staff, input.id)),
  /** Anonymizes the customer; orders and invoices stay with their amounts. Answers what was changed, counted. */
  erase: eraser.input(CustomerIdInput).mutation(({ ctx, input }) => ctx.services.adminCustomers.erase(ctx.staff, input.id)),
});
