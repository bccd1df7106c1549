// Queues a return's e-mail for one of its steps. The refunded step is announced by whichever
// event comes first, the refund that pays the return back (with its credit note) or the return
// reaching REFUNDED (a refund of nothing): both queue it under one key, the return's step, so
// the shopper gets one e-mail with the return's details, not a second, generic refund e-mail.
import type { Prisma, ReturnStatus } from '@tandem/db';
import { queueEmailOnce, type EmailAttachmentRef } from '../../notifications/index.ts';
import { returnUpdateEmail } from './return-emails.ts';

/** The order the e-mail is about, and the page it links to. */
export interface ReturnEmailOrder {
  id: string;
  email: string;
  number: string;
  currency: string;
  orderUrl: string;
}

/** The key of the e-mail announcing one step of one return. */
export const returnEmailKey = (orderId: string, returnId: string, status: ReturnStatus) => ['order', orderId, 'return', returnId, status].join(':');

/** Queues the e-mail of `status` for the return, once; says whether it queued. */
export async function queueReturnEmail(tx: Prisma.TransactionClient, order: ReturnEmailOrder, returnId: string, status: ReturnStatus, creditNote?: EmailAttachmentRef): Promise<boolean> {
  const ret = await tx.returnRequest.findUniqueOrThrow({
    where: { id: returnId },
    select: { reason: true, rejectionReason: true, refundAmount: true, lines: { select: { quantity: true, orderLine: { select: { productTitle: true, variantTitle: true } } }, orderBy: { id: 'asc' } } },
  });
  const items = ret.lines.map((l) => `${l.quantity} × ${l.orderLine.productTitle}${l.orderLine.variantTitle ? ` (${l.orderLine.variantTitle})` : ''}`);
  const data = { orderNumber: order.number, status, items, reason: ret.reason, rejectionReason: ret.rejectionReason, refundAmount: ret.refundAmount, currency: order.currency, orderUrl: order.orderUrl, creditNote };
  return queueEmailOnce(tx, returnUpdateEmail, order.email, data, returnEmailKey(order.id, returnId, status));
}
