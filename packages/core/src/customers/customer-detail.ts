// The admin's customer page: profile, consents, addresses, order figures and latest orders,
// support tickets, RFM segment and the partner who referred them. A fixed handful of queries,
// run together, whatever the customer's history.
import type { PrismaClient } from '@tandem/db';
import { SEGMENT_LABELS, type SegmentKey } from '../personalization/index.ts';
import { isStaffRole } from '../staff/index.ts';
import { ticketReference } from '../support/index.ts';
import { money, NotFoundError } from '../shared/index.ts';
import type { AdminCustomerView } from './types.ts';

/** How many of the latest orders and tickets the page lists. */
export const ORDERS_SHOWN = 50;
export const TICKETS_SHOWN = 20;

const ADDRESS = { id: true, name: true, line1: true, line2: true, postalCode: true, city: true, region: true, country: true, phone: true, isDefault: true } as const;

export async function customerForAdmin(prisma: PrismaClient, id: string, currency: string): Promise<AdminCustomerView> {
  const customer = await prisma.customer.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, customerGroup: true, roles: true, createdAt: true, erasedAt: true, trackingConsent: true, marketingConsent: true, addresses: { select: ADDRESS, orderBy: [{ isDefault: 'desc' }, { createdAt: 'asc' }] } },
  });
  if (!customer) throw new NotFoundError('customer', id);
  const [orders, placed, paid, tickets, segment, referrals] = await Promise.all([
    prisma.order.findMany({
      where: { customerId: id },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: ORDERS_SHOWN,
      select: { id: true, number: true, status: true, createdAt: true, currency: true, totalAmount: true, refundedAmount: true, paidAt: true },
    }),
    prisma.order.aggregate({ where: { customerId: id }, _count: { _all: true }, _max: { createdAt: true } }),
    prisma.order.aggregate({ where: { customerId: id, paidAt: { not: null }, currency }, _count: { _all: true }, _sum: { totalAmount: true, refundedAmount: true } }),
    prisma.supportTicket.findMany({ where: { customerId: id }, orderBy: { createdAt: 'desc' }, take: TICKETS_SHOWN, select: { id: true, number: true, subject: true, status: true, createdAt: true } }),
    prisma.customerSegment.findUnique({ where: { customerId: id } }),
    prisma.orderReferral.findMany({
      where: { order: { customerId: id } },
      orderBy: { createdAt: 'asc' },
      select: { partnerId: true, partner: { select: { name: true, code: true } }, order: { select: { number: true } } },
    }),
  ]);
  const first = referrals[0];
  return {
    id: customer.id,
    name: customer.name,
    email: customer.email,
    group: customer.customerGroup,
    staffRoles: customer.roles.filter(isStaffRole),
    createdAt: customer.createdAt.toISOString(),
    erasedAt: customer.erasedAt?.toISOString() ?? null,
    consents: { tracking: customer.trackingConsent, marketing: customer.marketingConsent },
    addresses: customer.addresses,
    stats: {
      orderCount: placed._count._all,
      paidOrderCount: paid._count._all,
      revenue: money((paid._sum.totalAmount ?? 0) - (paid._sum.refundedAmount ?? 0), currency),
      lastOrderAt: placed._max.createdAt?.toISOString() ?? null,
    },
    orders: orders.map((o) => ({ id: o.id, number: o.number, status: o.status, placedAt: o.createdAt.toISOString(), total: money(o.totalAmount, o.currency), refunded: money(o.refundedAmount, o.currency), paid: o.paidAt !== null })),
    tickets: tickets.map((t) => ({ ...t, reference: ticketReference(t.number), createdAt: t.createdAt.toISOString() })),
    segment: segment && {
      key: segment.segment,
      label: SEGMENT_LABELS[segment.segment as SegmentKey] ?? segment.segment,
      recencyDays: segment.recencyDays,
      frequency: segment.frequency,
      monetary: money(segment.monetaryAmount, segment.currency),
      recencyScore: segment.recencyScore,
      frequencyScore: segment.frequencyScore,
      monetaryScore: segment.monetaryScore,
      computedAt: segment.computedAt.toISOString(),
    },
    referral: first ? { partnerId: first.partnerId, partnerName: first.partner.name, partnerCode: first.partner.code, firstOrderNumber: first.order.number, referredOrders: referrals.length } : null,
  };
}
