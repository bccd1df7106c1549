// Revenue and orders per UTC day, and the best-selling products, over paid orders. An order
// counts on the day it was paid; refunds are taken off its revenue; cancelled orders count
// only with what was kept (a fully refunded order adds 0 revenue but still one order).
import type { PrismaClient } from '@tandem/db';
import { money } from '../shared/index.ts';
import type { DailySales, TopProduct } from './types.ts';

const DAY_MS = 86_400_000;

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Every UTC day from `from` to `to`, inclusive. */
export function daysBetween(from: Date, to: Date): string[] {
  const days: string[] = [];
  for (let t = Date.parse(utcDay(from)); t <= Date.parse(utcDay(to)); t += DAY_MS) days.push(utcDay(new Date(t)));
  return days;
}

export async function salesPerDay(prisma: PrismaClient, from: Date, to: Date, currency: string): Promise<DailySales[]> {
  const orders = await prisma.order.findMany({
    where: { paidAt: { gte: from, lte: to }, currency },
    select: { paidAt: true, totalAmount: true, refundedAmount: true },
  });
  const byDay = new Map(daysBetween(from, to).map((day) => [day, { orders: 0, revenue: 0 }]));
  for (const order of orders) {
    const bucket = byDay.get(utcDay(order.paidAt!));
    if (!bucket) continue;
    bucket.orders += 1;
    bucket.revenue += order.totalAmount - order.refundedAmount;
  }
  return [...byDay].map(([day, b]) => ({ day, orders: b.orders, revenue: money(b.revenue, currency) }));
}

export async function topProducts(prisma: PrismaClient, from: Date, to: Date, currency: string, limit = 5): Promise<TopProduct[]> {
  const rows = await prisma.orderLine.groupBy({
    by: ['productTitle'],
    where: { order: { paidAt: { gte: from, lte: to }, currency } },
    _sum: { quantity: true, lineTotalAmount: true },
    orderBy: [{ _sum: { lineTotalAmount: 'desc' } }, { productTitle: 'asc' }],
    take: limit,
  });
  return rows.map((row) => ({ title: row.productTitle, quantity: row._sum.quantity ?? 0, revenue: money(row._sum.lineTotalAmount ?? 0, currency) }));
}

/** Orders placed in the period (whatever became of them) and orders paid in it. */
export async function ordersPlacedAndPaid(prisma: PrismaClient, from: Date, to: Date, currency: string): Promise<{ ordersPlaced: number; ordersPaid: number }> {
  const [ordersPlaced, ordersPaid] = await Promise.all([
    prisma.order.count({ where: { createdAt: { gte: from, lte: to }, currency } }),
    prisma.order.count({ where: { paidAt: { gte: from, lte: to }, currency } }),
  ]);
  return { ordersPlaced, ordersPaid };
}
