// The customer list's SQL: customers with their order figures from one set-based aggregate of
// Order (no query per customer), their RFM segment, filtered by the admin's search and filters.
// Revenue counts paid orders in the store currency, less what was refunded.
import { Prisma, type CustomerGroup, type PrismaClient, type Role } from '@tandem/db';
import type { AdminCustomerFilter } from '@tandem/validators';

/** A customer with the figures the list, the page and the export share. */
export interface CustomerRow {
  id: string;
  name: string;
  email: string;
  customerGroup: CustomerGroup;
  roles: Role[];
  marketingConsent: boolean;
  createdAt: Date;
  orderCount: number;
  lastOrderAt: Date | null;
  revenue: number;
  segment: string | null;
}

type RawRow = Omit<CustomerRow, 'orderCount' | 'revenue' | 'createdAt' | 'lastOrderAt'> & {
  orderCount: number | bigint;
  revenue: number | bigint;
  createdAt: Date | string;
  lastOrderAt: Date | string | null;
};

/** Raw timestamps arrive as Date or, from some drivers, as text without a zone (stored as UTC). */
function utc(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/(Z|[+-]\d\d(:?\d\d)?)$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}

const ORDER_BY = {
  revenue: Prisma.sql`revenue DESC, c.id ASC`,
  lastOrder: Prisma.sql`s.last_order_at DESC NULLS LAST, c.id ASC`,
  newest: Prisma.sql`c."createdAt" DESC, c.id DESC`,
  id: Prisma.sql`c.id ASC`,
} as const;

export type CustomerOrder = keyof typeof ORDER_BY;

/** `%text%` for ILIKE with the user's own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

function filterSql(filter: AdminCustomerFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  const query = filter.query?.trim();
  if (query) {
    const like = containsPattern(query);
    parts.push(Prisma.sql`(c.name ILIKE ${like} OR c.email ILIKE ${like}
      OR EXISTS (SELECT 1 FROM "Order" n WHERE n."customerId" = c.id AND n.number ILIKE ${like}))`);
  }
  if (filter.group) parts.push(Prisma.sql`c."customerGroup" = ${filter.group}::"CustomerGroup"`);
  if (filter.segment) parts.push(Prisma.sql`seg.segment = ${filter.segment}`);
  if (filter.hasOrders === 'yes') parts.push(Prisma.sql`s.order_count > 0`);
  if (filter.hasOrders === 'no') parts.push(Prisma.sql`s.order_count IS NULL`);
  if (filter.marketingConsent) parts.push(Prisma.sql`c."marketingConsent" = ${filter.marketingConsent === 'yes'}`);
  return Prisma.join(parts, ' AND ');
}

/** Customers, their order figures and segment, and what the filter lets through. */
function fromSql(filter: AdminCustomerFilter, currency: string): Prisma.Sql {
  return Prisma.sql`
    FROM "Customer" c
    LEFT JOIN (
      SELECT o."customerId",
             count(*) AS order_count,
             max(o."createdAt") AS last_order_at,
             coalesce(sum(o."totalAmount" - o."refundedAmount") FILTER (WHERE o."paidAt" IS NOT NULL AND o.currency = ${currency}), 0) AS revenue
      FROM "Order" o GROUP BY o."customerId"
    ) s ON s."customerId" = c.id
    LEFT JOIN "CustomerSegment" seg ON seg."customerId" = c.id
    WHERE ${filterSql(filter)}`;
}

export interface RowWindow {
  order: CustomerOrder;
  limit: number;
  offset?: number;
  /** Only customers whose id sorts after this one (the export's keyset; with order `id`). */
  afterId?: string;
}

/** One page of customers matching the filter, in the order asked for. */
export async function customerRows(prisma: PrismaClient, filter: AdminCustomerFilter, currency: string, window: RowWindow): Promise<CustomerRow[]> {
  const after = window.afterId ? Prisma.sql`AND c.id > ${window.afterId}` : Prisma.empty;
  const rows = await prisma.$queryRaw<RawRow[]>`
    SELECT c.id, c.name, c.email, c."customerGroup", c.roles::text[] AS roles, c."marketingConsent", c."createdAt",
           coalesce(s.order_count, 0) AS "orderCount", s.last_order_at AS "lastOrderAt",
           coalesce(s.revenue, 0) AS revenue, seg.segment
    ${fromSql(filter, currency)} ${after}
    ORDER BY ${ORDER_BY[window.order]}
    LIMIT ${window.limit} OFFSET ${window.offset ?? 0}`;
  return rows.map((row) => ({
    ...row,
    orderCount: Number(row.orderCount),
    revenue: Number(row.revenue),
    createdAt: utc(row.createdAt),
    lastOrderAt: row.lastOrderAt === null ? null : utc(row.lastOrderAt),
  }));
}

/** How many customers match the filter. */
export async function countCustomers(prisma: PrismaClient, filter: AdminCustomerFilter, currency: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n ${fromSql(filter, currency)}`;
  return Number(row?.n ?? 0);
}
