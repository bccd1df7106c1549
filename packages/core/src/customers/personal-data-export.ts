// The admin's GDPR export of one customer (article 15 and 20): everything the store holds about
// them, as one JSON document staff hand over. Money is in minor units with its currency, dates
// in ISO 8601. The export itself is audited (who looked at whose data, not the data).
import type { PrismaClient } from '@tandem/db';
import { exportBehaviour, type BehaviourExport } from '../personalization/index.ts';
import { NotFoundError } from '../shared/index.ts';
import { recordAudit, type StaffActor } from '../staff/index.ts';

/** Bumped when the document's shape changes, so whoever reads an old export knows. */
export const PERSONAL_DATA_EXPORT_VERSION = 1;

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The whole export; see the field names for what each part holds. */
export interface PersonalDataExport {
  format: { name: 'tandem-personal-data'; version: number; exportedAt: string };
  account: { id: string; name: string; email: string; customerGroup: string; roles: string[]; createdAt: string; erasedAt: string | null };
  consents: { tracking: boolean; marketing: boolean };
  addresses: { name: string; line1: string; line2: string; postalCode: string; city: string; region: string; country: string; phone: string; isDefault: boolean }[];
  sessions: { createdAt: string; lastSeenAt: string; expiresAt: string; revokedAt: string | null; userAgent: string }[];
  orders: unknown[];
  supportTickets: unknown[];
  behaviour: BehaviourExport;
  referrals: { orderNumber: string; partnerName: string; partnerCode: string; attributedAt: string }[];
  groupBuys: { groupBuyId: string; orderId: string; quantity: number; status: string; joinedAt: string }[];
  promotionRedemptions: { promotionName: string; orderNumber: string; redeemedAt: string }[];
}

/** Builds the export and records in the audit log that `actor` made it; NotFoundError when there is no customer. */
export async function exportPersonalData(prisma: PrismaClient, actor: StaffActor, customerId: string, at: Date): Promise<PersonalDataExport> {
  const customer = await prisma.customer.findUnique({
    where: { id: customerId },
    include: { addresses: { orderBy: { createdAt: 'asc' } }, sessions: { orderBy: { createdAt: 'asc' } } },
  });
  if (!customer) throw new NotFoundError('customer', customerId);
  const [orders, tickets, behaviour, referrals, groupBuys, redemptions] = await Promise.all([
    prisma.order.findMany({
      where: { OR: [{ customerId }, { customerId: null, email: customer.email }] },
      orderBy: { createdAt: 'asc' },
      include: { lines: { orderBy: { id: 'asc' } }, invoice: { select: { number: true, issuedAt: true, totalAmount: true } }, creditNotes: { select: { number: true, issuedAt: true, amount: true } } },
    }),
    prisma.supportTicket.findMany({ where: { OR: [{ customerId }, { email: customer.email }] }, orderBy: { createdAt: 'asc' }, include: { messages: { orderBy: { createdAt: 'asc' } } } }),
    exportBehaviour(prisma, customerId),
    prisma.orderReferral.findMany({ where: { order: { customerId } }, orderBy: { createdAt: 'asc' }, select: { createdAt: true, order: { select: { number: true } }, partner: { select: { name: true, code: true } } } }),
    prisma.groupBuyParticipant.findMany({ where: { customerId }, orderBy: { createdAt: 'asc' } }),
    prisma.promotionRedemption.findMany({ where: { customerId }, include: { promotion: { select: { name: true } }, order: { select: { number: true } } } }),
  ]);
  await recordAudit(prisma, actor, { action: 'customers.personal-data.export', entityType: 'customer', entityId: customerId, before: null, after: { exportedAt: at.toISOString() } });
  return {
    format: { name: 'tandem-personal-data', version: PERSONAL_DATA_EXPORT_VERSION, exportedAt: at.toISOString() },
    account: { id: customer.id, name: customer.name, email: customer.email, customerGroup: customer.customerGroup, roles: customer.roles, createdAt: customer.createdAt.toISOString(), erasedAt: iso(customer.erasedAt) },
    consents: { tracking: customer.trackingConsent, marketing: customer.marketingConsent },
    addresses: customer.addresses.map(({ name, line1, line2, postalCode, city, region, country, phone, isDefault }) => ({ name, line1, line2, postalCode, city, region, country, phone, isDefault })),
    sessions: customer.sessions.map((s) => ({ createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString(), expiresAt: s.expiresAt.toISOString(), revokedAt: iso(s.revokedAt), userAgent: s.userAgent })),
    orders: orders.map((o) => ({
      number: o.number, status: o.status, email: o.email, currency: o.currency, placedAt: o.createdAt.toISOString(), paidAt: iso(o.paidAt), cancelledAt: iso(o.cancelledAt), fulfilledAt: iso(o.fulfilledAt), deliveredAt: iso(o.deliveredAt),
      subtotalAmount: o.subtotalAmount, shippingAmount: o.shippingAmount, taxAmount: o.taxAmount, discountAmount: o.discountAmount, totalAmount: o.totalAmount, refundedAmount: o.refundedAmount,
      shippingAddress: o.shippingAddress, shippingMethod: o.shippingMethodName, trackingNumber: o.trackingNumber,
      lines: o.lines.map((l) => ({ sku: l.sku, product: l.productTitle, variant: l.variantTitle, quantity: l.quantity, unitPriceAmount: l.unitPriceAmount, lineTotalAmount: l.lineTotalAmount, taxAmount: l.taxAmount, discountAmount: l.discountAmount })),
      invoice: o.invoice && { number: o.invoice.number, issuedAt: o.invoice.issuedAt.toISOString(), totalAmount: o.invoice.totalAmount },
      creditNotes: o.creditNotes.map((c) => ({ number: c.number, issuedAt: c.issuedAt.toISOString(), amount: c.amount })),
    })),
    supportTickets: tickets.map((t) => ({
      number: t.number, subject: t.subject, name: t.name, email: t.email, channel: t.channel, status: t.status, createdAt: t.createdAt.toISOString(),
      messages: t.messages.map((m) => ({ author: m.author, authorName: m.authorName, body: m.body, createdAt: m.createdAt.toISOString() })),
    })),
    behaviour,
    referrals: referrals.map((r) => ({ orderNumber: r.order.number, partnerName: r.partner.name, partnerCode: r.partner.code, attributedAt: r.createdAt.toISOString() })),
    groupBuys: groupBuys.map((g) => ({ groupBuyId: g.groupBuyId, orderId: g.orderId, quantity: g.quantity, status: g.status, joinedAt: g.createdAt.toISOString() })),
    promotionRedemptions: redemptions.map((r) => ({ promotionName: r.promotion.name, orderNumber: r.order.number, redeemedAt: r.createdAt.toISOString() })),
  };
}
