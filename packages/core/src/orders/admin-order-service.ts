// The orders area of the admin, bound to one database and payment provider: list, detail,
// mark an offline payment received, fulfil, deliver, cancel, refund and re-send e-mails. Every change is audited.
import type { PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import type { AdminOrderExportQuery, AdminOrderQuery, FulfilOrderInput, ResendOrderEmailInput } from '@tandem/validators';
import { DomainError, NotFoundError } from '../shared/index.ts';
import { recordAudit, type StaffActor } from '../staff/index.ts';
import { orderForAdmin } from './admin-order-detail.ts';
import { listOrdersForAdmin } from './admin-order-list.ts';
import { orderCsvChunk } from './admin-order-export.ts';
import { cancelOrder } from './cancel-order.ts';
import { fulfilOrder, markOrderDelivered, type FulfilmentDeps } from './fulfil-order.ts';
import { ordersPageUrl, queueConfirmationEmail, queueShippingEmail } from './order-emails.ts';
import { markOfflinePaymentReceived, refundOrder } from './settle-order.ts';
import { markCollected, markReadyForPickup } from './pickup-fulfilment.ts';
import { documentFile, orderDocuments } from './invoices/document-views.ts';
import type { DocumentSequence } from './invoices/document-counter.ts';

export interface AdminOrderServiceOptions {
  payments: PaymentProvider;
  /** Base URL of the storefront, for links in e-mails. */
  storefrontUrl: string;
  now?: () => Date;
}

export function createAdminOrderService(prisma: PrismaClient, options: AdminOrderServiceOptions) {
  const deps: FulfilmentDeps = { prisma, now: options.now ?? (() => new Date()) };
  const ordersUrl = ordersPageUrl(options.storefrontUrl);
  return {
    list: (filter: AdminOrderQuery) => listOrdersForAdmin(prisma, filter),
    /** One chunk of the filtered list as CSV (keyset on the order id). */
    csvChunk: (query: AdminOrderExportQuery) => orderCsvChunk(prisma, query),
    detail: (orderId: string) => orderForAdmin(prisma, orderId),
    /** The order's invoice and credit notes, and any one of them as a PDF. */
    documents: (orderId: string) => orderDocuments(prisma, orderId),
    documentFile: (ref: { kind: DocumentSequence; id: string }) => documentFile(prisma, ref),
    /** An offline payment (bank transfer, cash) arrived. */
    markPaid: (orderId: string) => markOfflinePaymentReceived(prisma, orderId, deps.now()),
    fulfil: (actor: StaffActor, input: FulfilOrderInput) => fulfilOrder(deps, actor, input),
    deliver: (actor: StaffActor, orderId: string) => markOrderDelivered(deps, actor, orderId),
    /** Collect in store: the order waits in the store (the shopper is e-mailed), then is collected. */
    readyForPickup: (actor: StaffActor, orderId: string) => markReadyForPickup(deps, actor, orderId),
    collected: (actor: StaffActor, orderId: string) => markCollected(deps, actor, orderId),
    cancel: (actor: StaffActor, orderId: string) =>
      // The reason reaches the shopper's e-mail; who cancelled is in the audit entry.
      cancelOrder(prisma, orderId, 'The shop cancelled it.', deps.now(), (tx, from) =>
        recordAudit(tx, actor, { action: 'orders.cancel', entityType: 'Order', entityId: orderId, before: { status: from }, after: { status: 'CANCELLED' } }),
      ),
    refund: (actor: StaffActor, input: { orderId: string; amount: number; idempotencyKey: string }) => refundAudited(prisma, options.payments, actor, input),
    resendEmail: (actor: StaffActor, input: ResendOrderEmailInput) => resendEmail(prisma, ordersUrl, actor, input),
  };
}

export type AdminOrderService = ReturnType<typeof createAdminOrderService>;

/**
 * The refund runs at the provider first (an external call cannot join a transaction); the
 * audit entry is written only when the refunded amount moved, so a replayed key adds no entry.
 */
async function refundAudited(prisma: PrismaClient, payments: PaymentProvider, actor: StaffActor, input: { orderId: string; amount: number; idempotencyKey: string }) {
  const refundedOf = async () => (await prisma.order.findUnique({ where: { id: input.orderId }, select: { refundedAmount: true } }))?.refundedAmount;
  const before = await refundedOf();
  if (before === undefined) throw new NotFoundError('order', input.orderId);
  await refundOrder(prisma, payments, input);
  const after = await refundedOf();
  if (after !== before) {
    await recordAudit(prisma, actor, {
      action: 'orders.refund',
      entityType: 'Order',
      entityId: input.orderId,
      before: { refundedAmount: before },
      after: { refundedAmount: after, requested: input.amount, key: input.idempotencyKey },
    });
  }
}

async function resendEmail(prisma: PrismaClient, ordersUrl: string, actor: StaffActor, input: ResendOrderEmailInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const order = await tx.order.findUnique({
      where: { id: input.id },
      select: { id: true, email: true, number: true, totalAmount: true, currency: true, trackingNumber: true, events: { where: { type: 'fulfilled' }, orderBy: { createdAt: 'desc' }, take: 1, select: { data: true } } },
    });
    if (!order) throw new NotFoundError('order', input.id);
    if (input.kind === 'confirmation') await queueConfirmationEmail(tx, order);
    else {
      const data = (order.events[0]?.data ?? {}) as { carrier?: string; trackingUrl?: string | null };
      if (!order.trackingNumber) throw new DomainError('conflict', 'This order has not shipped yet, so there is no shipping e-mail to send.');
      await queueShippingEmail(tx, order, { carrier: data.carrier ?? 'the carrier', trackingNumber: order.trackingNumber, trackingUrl: data.trackingUrl ?? null }, ordersUrl);
    }
    await recordAudit(tx, actor, { action: `orders.email.${input.kind}`, entityType: 'Order', entityId: input.id, before: null, after: { to: order.email, kind: input.kind } });
  });
}
