// The admin's customers area: list, customer page and CSV export chunks with `customers`.
// Moving a customer to another price group is `adminPricing.setCustomerGroup` (marketing, audited).
import { AdminCustomerExportInput, AdminCustomerListInput, CustomerIdInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

const reader = staffProcedure('customers');

export const adminCustomersRouter = router({
  list: reader.input(AdminCustomerListInput).query(({ ctx, input }) => ctx.services.adminCustomers.list(input)),
  detail: reader.input(CustomerIdInput).query(({ ctx, input }) => ctx.services.adminCustomers.detail(input.id)),
  /** The filtered list as CSV, one chunk per call: pass `next` back as `after` until it is null. */
  exportChunk: reader.input(AdminCustomerExportInput).query(({ ctx, input }) => ctx.services.adminCustomers.csvChunk(input)),
});
