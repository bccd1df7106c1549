// The admin's customer list: one page of customers matching the search and filters, sorted by
// revenue, latest order or newest account.
import type { PrismaClient } from '@tandem/db';
import type { AdminCustomerQuery } from '@tandem/validators';
import { SEGMENT_LABELS, SEGMENTS, type SegmentKey } from '../personalization/index.ts';
import { isStaffRole } from '../staff/index.ts';
import { money } from '../shared/index.ts';
import { countCustomers, customerRows, type CustomerRow } from './customer-rows.ts';
import type { AdminCustomerListItem, AdminCustomerPage } from './types.ts';

export function listItem(row: CustomerRow, currency: string): AdminCustomerListItem {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    group: row.customerGroup,
    staffRoles: row.roles.filter(isStaffRole),
    marketingConsent: row.marketingConsent,
    createdAt: row.createdAt.toISOString(),
    orderCount: row.orderCount,
    lastOrderAt: row.lastOrderAt?.toISOString() ?? null,
    revenue: money(row.revenue, currency),
    segment: row.segment === null ? null : { key: row.segment, label: SEGMENT_LABELS[row.segment as SegmentKey] ?? row.segment },
  };
}

export async function listCustomersForAdmin(prisma: PrismaClient, query: AdminCustomerQuery, currency: string): Promise<AdminCustomerPage> {
  const [rows, total] = await Promise.all([
    customerRows(prisma, query, currency, { order: query.sort, limit: query.limit, offset: (query.page - 1) * query.limit }),
    countCustomers(prisma, query, currency),
  ]);
  return { items: rows.map((row) => listItem(row, currency)), total, page: query.page, pages: Math.max(1, Math.ceil(total / query.limit)), segments: SEGMENTS.map((key) => ({ key, label: SEGMENT_LABELS[key] })) };
}
