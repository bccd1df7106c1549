// The admin's order list: search by order number, e-mail or customer name; filters by status,
// payment state and the day placed (UTC); newest first, one page at a time.
import type { Prisma, PrismaClient } from '@tandem/db';
import type { AdminOrderQuery } from '@tandem/validators';
import { money } from '../shared/index.ts';
import type { AdminOrderPage } from './admin-types.ts';

const DAY_MS = 86_400_000;

export function adminOrderWhere(filter: Pick<AdminOrderQuery, 'query' | 'status' | 'paymentState' | 'from' | 'to'>): Prisma.OrderWhereInput {
  const query = filter.query?.trim();
  const and: Prisma.OrderWhereInput[] = [];
  if (query) {
    and.push({
      OR: [
        { number: { contains: query, mode: 'insensitive' } },
        { email: { contains: query, mode: 'insensitive' } },
        { customer: { name: { contains: query, mode: 'insensitive' } } },
      ],
    });
  }
  if (filter.status) and.push({ status: filter.status });
  if (filter.paymentState) and.push({ payments: { some: { state: filter.paymentState } } });
  if (filter.from) and.push({ createdAt: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to) and.push({ createdAt: { lt: new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS) } });
  return and.length ? { AND: and } : {};
}

export async function listOrdersForAdmin(prisma: PrismaClient, filter: AdminOrderQuery): Promise<AdminOrderPage> {
  const where = adminOrderWhere(filter);
  const [rows, total] = await Promise.all([
    prisma.order.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * filter.limit,
      take: filter.limit,
      select: {
        id: true,
        number: true,
        status: true,
        email: true,
        createdAt: true,
        currency: true,
        totalAmount: true,
        refundedAmount: true,
        customer: { select: { name: true } },
        payments: { select: { state: true }, orderBy: { createdAt: 'desc' }, take: 1 },
        _count: { select: { lines: true } },
      },
    }),
    prisma.order.count({ where }),
  ]);
  return {
    total,
    page: filter.page,
    pages: Math.max(1, Math.ceil(total / filter.limit)),
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      status: row.status,
      email: row.email,
      customerName: row.customer?.name ?? 'Guest',
      placedAt: row.createdAt.toISOString(),
      total: money(row.totalAmount, row.currency),
      refunded: money(row.refundedAmount, row.currency),
      paymentState: row.payments[0]?.state ?? null,
      lineCount: row._count.lines,
    })),
  };
}
