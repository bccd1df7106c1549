// Inputs of the admin's customers area: the filtered, sorted list, one customer, and the CSV
// export's chunks (the list's filters plus a cursor).
import { z } from 'zod';
import { line } from './text.ts';
import { CustomerGroupInput } from './pricing.ts';

const YesNo = z.enum(['yes', 'no']);

/** The list's sort orders: revenue (paid, net of refunds), the latest order placed, newest account. */
export const CUSTOMER_SORTS = ['revenue', 'lastOrder', 'newest'] as const;

const customerFilter = z.object({
  /** Matches the name or e-mail (contains) or the number of one of the customer's orders. */
  query: line().trim().max(200).optional(),
  group: CustomerGroupInput.optional(),
  /** An RFM segment key (personalization's SEGMENTS), e.g. `key_account`. */
  segment: line().regex(/^[a-z_]{1,40}$/, 'Choose a segment from the list').optional(),
  /** Whether the customer has placed at least one order (any status). */
  hasOrders: YesNo.optional(),
  /** Whether the customer agreed to marketing e-mails. */
  marketingConsent: YesNo.optional(),
});

export const AdminCustomerListInput = customerFilter.extend({
  sort: z.enum(CUSTOMER_SORTS).default('newest'),
  page: z.number().int().min(1).max(10_000).default(1),
  limit: z.number().int().min(1).max(100).default(25),
});
export type AdminCustomerListInput = z.input<typeof AdminCustomerListInput>;
export type AdminCustomerQuery = z.output<typeof AdminCustomerListInput>;
export type AdminCustomerFilter = z.output<typeof customerFilter>;

/** One chunk of the CSV export: the rows after `after` (a customer id), in id order. */
export const AdminCustomerExportInput = customerFilter.extend({
  after: line().trim().min(1).max(64).optional(),
  limit: z.number().int().min(1).max(1000).default(500),
});
export type AdminCustomerExportQuery = z.output<typeof AdminCustomerExportInput>;

export const CustomerIdInput = z.object({ id: line().trim().min(1).max(64) });
