// Inputs of the admin's orders area: the searchable list, fulfilment, and re-sent e-mails.
import { z } from 'zod';
import { line } from './text.ts';

export const ORDER_STATUSES = ['AWAITING_PAYMENT', 'PAID', 'FULFILLED', 'DELIVERED', 'CANCELLED'] as const;
export const PAYMENT_STATES = ['PENDING', 'REQUIRES_ACTION', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELED'] as const;

const Day = line()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-23')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'That date does not exist');

const adminOrderFilter = z.object({
  /** Matches the order number, the e-mail or the customer's name. */
  query: line().trim().max(200).optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  paymentState: z.enum(PAYMENT_STATES).optional(),
  /** Placed on or after this day (UTC). */
  from: Day.optional(),
  /** Placed on or before this day (UTC). */
  to: Day.optional(),
});
const datesInOrder = (input: { from?: string | undefined; to?: string | undefined }) => !input.from || !input.to || input.from <= input.to;
const DATES_IN_ORDER = { message: 'The end date is before the start date', path: ['to'] };

export const AdminOrderListInput = adminOrderFilter
  .extend({
    page: z.number().int().min(1).max(10_000).default(1),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .refine(datesInOrder, DATES_IN_ORDER);
export type AdminOrderListInput = z.input<typeof AdminOrderListInput>;
export type AdminOrderQuery = z.output<typeof AdminOrderListInput>;

/** One chunk of the filtered order list as CSV: keyset on the order id (`after`: the last id of the previous chunk). */
export const AdminOrderExportInput = adminOrderFilter
  .extend({
    after: line().trim().min(1).max(64).optional(),
    limit: z.number().int().min(1).max(1000).default(500),
  })
  .refine(datesInOrder, DATES_IN_ORDER);
export type AdminOrderExportQuery = z.output<typeof AdminOrderExportInput>;

export const FulfilOrderInput = z.object({
  id: line().trim().min(1).max(64),
  carrier: line().trim().min(2, 'Name the carrier').max(60, 'A carrier name has at most 60 characters'),
  trackingNumber: line()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{3,59}$/, 'A tracking number has 4 to 60 letters, digits, spaces or dashes'),
  /** The carrier's tracking page for this parcel; e-mailed to the shopper. */
  trackingUrl: line().max(500).pipe(z.url({ protocol: /^https?$/, message: 'Enter the full tracking link (https://…)' })).optional(),
});
export type FulfilOrderInput = z.output<typeof FulfilOrderInput>;

export const ORDER_EMAILS = ['confirmation', 'shipping'] as const;

export const ResendOrderEmailInput = z.object({
  id: line().trim().min(1).max(64),
  kind: z.enum(ORDER_EMAILS),
});
export type ResendOrderEmailInput = z.output<typeof ResendOrderEmailInput>;
