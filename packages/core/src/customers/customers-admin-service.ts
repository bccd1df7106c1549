// The admin's customers area bound to one database: the list, the customer page, the CSV
// export, and the GDPR export and erase of one customer. Customers sit on the top layer with dashboards because the page reads what orders,
// support, personalization and partners know about a customer. Changing a customer's group stays
// pricing's audited `setCustomerGroup` (the group selects price lists).
import type { PrismaClient } from '@tandem/db';
import type { AdminCustomerExportQuery, AdminCustomerQuery } from '@tandem/validators';
import { systemClock, type Clock } from '../shared/index.ts';
import type { StaffActor } from '../staff/index.ts';
import { customerForAdmin } from './customer-detail.ts';
import { customerCsvChunk } from './customer-export.ts';
import { listCustomersForAdmin } from './customer-list.ts';
import { eraseCustomer } from './erase-customer.ts';
import { exportPersonalData } from './personal-data-export.ts';

export interface CustomersAdminServiceOptions {
  /** The store currency revenue is counted in; EUR when absent (as the dashboards). */
  currency?: string;
  /** Stamps exports and erasures; the machine's clock when absent. */
  clock?: Clock;
}

/**
 * Customers as staff see them.
 *
 * @example const customers = createCustomersAdminService(prisma); await customers.list({ query: 'ada', sort: 'revenue', page: 1, limit: 25 })
 */
export function createCustomersAdminService(prisma: PrismaClient, options: CustomersAdminServiceOptions = {}) {
  const currency = options.currency ?? 'EUR';
  const clock = options.clock ?? systemClock;
  return {
    /** One page of customers matching the search and filters, in the chosen order. */
    list: (query: AdminCustomerQuery) => listCustomersForAdmin(prisma, query, currency),
    /** One customer's page; NotFoundError when there is none. */
    detail: (id: string) => customerForAdmin(prisma, id, currency),
    /** One chunk of the filtered list as CSV (header in the first). */
    csvChunk: (query: AdminCustomerExportQuery) => customerCsvChunk(prisma, query, currency),
    /** GDPR export: everything the store holds about the customer, as JSON (audited). */
    exportPersonalData: (actor: StaffActor, id: string) => exportPersonalData(prisma, actor, id, clock.now()),
    /** GDPR erase: anonymizes the customer, keeping orders and invoices with their amounts (one audited transaction). */
    erase: (actor: StaffActor, id: string) => eraseCustomer(prisma, actor, id, clock.now()),
  };
}

export type CustomersAdminService = ReturnType<typeof createCustomersAdminService>;
