// What the admin's customers area shows: list rows, the customer page and the export's chunks.
import type { CustomerGroup, OrderStatus, Role, TicketStatus } from '@tandem/db';
import type { Money } from '../shared/index.ts';

/** One row of the customer list. */
export interface AdminCustomerListItem {
  id: string;
  name: string;
  email: string;
  group: CustomerGroup;
  /** Staff roles, when the account is also a staff account. */
  staffRoles: Role[];
  marketingConsent: boolean;
  createdAt: string;
  /** Orders placed, whatever became of them. */
  orderCount: number;
  /** When the latest order was placed; null without orders. */
  lastOrderAt: string | null;
  /** Paid orders in the store currency, net of refunds. */
  revenue: Money;
  /** The RFM segment, when segments were computed and the customer has one. */
  segment: { key: string; label: string } | null;
}

export interface AdminCustomerPage {
  items: AdminCustomerListItem[];
  total: number;
  page: number;
  pages: number;
  /** Every segment the filter can choose, with its label. */
  segments: { key: string; label: string }[];
}

/** A customer as staff see them on the customer page. */
export interface AdminCustomerView {
  id: string;
  name: string;
  email: string;
  group: CustomerGroup;
  staffRoles: Role[];
  createdAt: string;
  /** When staff erased the customer's personal data (GDPR); null for a live account. */
  erasedAt: string | null;
  consents: { tracking: boolean; marketing: boolean };
  addresses: { id: string; name: string; line1: string; line2: string; postalCode: string; city: string; region: string; country: string; phone: string; isDefault: boolean }[];
  stats: { orderCount: number; paidOrderCount: number; revenue: Money; lastOrderAt: string | null };
  /** The latest orders, newest first (at most `ORDERS_SHOWN`). */
  orders: { id: string; number: string; status: OrderStatus; placedAt: string; total: Money; refunded: Money; paid: boolean }[];
  /** The latest support tickets, newest first. */
  tickets: { id: string; number: number; reference: string; subject: string; status: TicketStatus; createdAt: string }[];
  /** RFM scores (1–5) and segment, when personalization computed them for this customer. */
  segment: { key: string; label: string; recencyDays: number; frequency: number; monetary: Money; recencyScore: number; frequencyScore: number; monetaryScore: number; computedAt: string } | null;
  /** The partner the customer's first referred order came through, if any. */
  referral: { partnerId: string; partnerName: string; partnerCode: string; firstOrderNumber: string; referredOrders: number } | null;
}

/** A chunk of the CSV export: its text (the header only in the first chunk) and where the next starts. */
export interface CustomerCsvChunk {
  csv: string;
  /** The `after` of the next chunk; null when this was the last. */
  next: string | null;
}
